import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings } from '@/lib/settings/settings-schema';

describe('parseSettings', () => {
  it.each([undefined, null, 'garbage', 42, [], { version: 99 }])('turns %j into the defaults', (stored) => {
    expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field when another one is corrupt', () => {
    const settings = parseSettings({ enabled: false, density: 'everything', disabledSites: ['example.com'] });
    expect(settings).toMatchObject({ enabled: false, density: 'first', disabledSites: ['example.com'] });
  });

  it('defaults to on, first mention per paragraph, every kind', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ enabled: true, density: 'first', disabledSites: [] });
    expect(DEFAULT_SETTINGS.kinds).toEqual(['person', 'organisation', 'place', 'topic', 'date']);
  });
});

describe('isActiveOn', () => {
  it('is off everywhere when paused and off on listed sites', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, 'news.example')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'news.example')).toBe(false);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }, 'NEWS.example')).toBe(false);
  });
});
