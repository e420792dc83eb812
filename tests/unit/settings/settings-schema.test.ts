import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '@/lib/entities';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  parseSettings,
  SETTINGS_VERSION,
  settingsSchema,
  type Settings,
} from '@/lib/settings/settings-schema';

describe('DEFAULT_SETTINGS', () => {
  it('equals what the schema makes of nothing, so the literal and the schema cannot drift', () => {
    expect(settingsSchema.parse({})).toStrictEqual({ ...DEFAULT_SETTINGS });
    expect(parseSettings(undefined)).toStrictEqual({ ...DEFAULT_SETTINGS });
  });

  it("defaults to on, first mention per paragraph, every kind, this story's items", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      enabled: true,
      density: 'first',
      disabledSites: [],
      highlightScope: 'story',
    });
    expect(DEFAULT_SETTINGS.kinds).toEqual(['person', 'organisation', 'place', 'topic', 'date']);
  });

  it('cannot be changed by a caller, down to its lists', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.disabledSites)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.kinds)).toBe(true);
    expect(() => DEFAULT_SETTINGS.disabledSites.push('news.example')).toThrow(TypeError);
  });
});

describe('parseSettings', () => {
  it.each([undefined, null, 'garbage', 42, [], { version: 99 }, { version: '1' }, new Date(0)])(
    'turns %j into the defaults',
    (stored) => {
      expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('reads the highlight scope, and falls back to “this story’s items” from anything else', () => {
    expect(parseSettings({ version: 1, highlightScope: 'every' }).highlightScope).toBe('every');
    expect(parseSettings({ version: 1, highlightScope: 'all', density: 'all' })).toEqual({
      ...DEFAULT_SETTINGS,
      density: 'all',
    });
    // Settings stored before the scope existed keep the default.
    expect(parseSettings({ version: 1, enabled: false }).highlightScope).toBe('story');
  });

  it('keeps every valid field when another one is corrupt', () => {
    const settings = parseSettings({ enabled: false, density: 'everything', disabledSites: ['example.com'] });
    expect(settings).toMatchObject({ enabled: false, density: 'first', disabledSites: ['example.com'] });
  });

  it('never hands two results the same fallback list to mutate', () => {
    const first = parseSettings({ version: 1, disabledSites: 7 });
    first.disabledSites.push('news.example');
    expect(parseSettings({ version: 1, disabledSites: 7 }).disabledSites).toEqual([]);
  });

  it('keeps the fields that still fit from a newer version, after a downgrade', () => {
    const future = { version: SETTINGS_VERSION + 1, enabled: false, density: 'all', theme: 'dark' };
    expect(parseSettings(future)).toEqual({ ...DEFAULT_SETTINGS, enabled: false, density: 'all' });
  });
});

describe('parseSettings migrations', () => {
  it('migrates version 0 (no version field): blockedSites → disabledSites, highlightAll → density', () => {
    const v0 = { enabled: false, blockedSites: ['news.example'], highlightAll: true, kinds: ['person'] };
    expect(parseSettings(v0)).toEqual({
      version: 1,
      enabled: false,
      disabledSites: ['news.example'],
      density: 'all',
      kinds: ['person'],
      highlightScope: 'story',
      keep: { enabled: false, paused: false, sites: [] },
      retention: { months: null, maxSources: null },
    });
    expect(parseSettings({ highlightAll: false }).density).toBe('first');
    expect(parseSettings({ version: 0, blockedSites: ['a.example'] }).disabledSites).toEqual(['a.example']);
  });

  it('prefers a value under the new name to one under the old', () => {
    const both = {
      blockedSites: ['old.example'],
      disabledSites: ['new.example'],
      highlightAll: true,
      density: 'first',
    };
    expect(parseSettings(both)).toMatchObject({ disabledSites: ['new.example'], density: 'first' });
  });

  it('falls back field by field when a migrated value is itself corrupt', () => {
    expect(parseSettings({ blockedSites: 'news.example', highlightAll: 'yes', enabled: false })).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
    });
  });

  it('leaves current-version settings alone: old names there are unknown fields', () => {
    expect(parseSettings({ version: 1, blockedSites: ['news.example'], highlightAll: true })).toEqual(
      DEFAULT_SETTINGS,
    );
  });

  /** Anything storage could hold, and objects near the real shape, old and new. */
  const small = fc.anything({ maxDepth: 2, maxKeys: 4, withBoxedValues: true, withNullPrototype: true });
  const stored = fc.oneof(
    small,
    fc.record(
      {
        version: fc.oneof(fc.constantFrom(0, 1, 2, -1, 0.5, '1'), small),
        enabled: fc.oneof(fc.boolean(), small),
        disabledSites: fc.oneof(fc.array(fc.string(), { maxLength: 4 }), small),
        blockedSites: fc.oneof(fc.array(fc.string({ maxLength: 300 }), { maxLength: 4 }), small),
        highlightAll: fc.oneof(fc.boolean(), small),
        density: fc.oneof(fc.constantFrom('first', 'all', 'some'), small),
        kinds: fc.oneof(fc.array(fc.constantFrom(...ENTITY_KINDS, 'thing'), { maxLength: 6 }), small),
        highlightScope: fc.oneof(fc.constantFrom('story', 'every', 'all'), small),
      },
      { requiredKeys: [] },
    ),
  );

  /** Settings as the schema demands them, checked without the schema's fallbacks. */
  function isValid(settings: Settings): boolean {
    return (
      settings.version === SETTINGS_VERSION &&
      typeof settings.enabled === 'boolean' &&
      Array.isArray(settings.disabledSites) &&
      settings.disabledSites.every(
        (site) => typeof site === 'string' && site.length >= 1 && site.length <= 253,
      ) &&
      (settings.density === 'first' || settings.density === 'all') &&
      settings.kinds.every((kind) => (ENTITY_KINDS as readonly string[]).includes(kind)) &&
      (settings.highlightScope === 'story' || settings.highlightScope === 'every') &&
      typeof settings.keep.enabled === 'boolean' &&
      (settings.retention.months === null || Number.isInteger(settings.retention.months)) &&
      Object.keys(settings).sort().join() ===
        'density,disabledSites,enabled,highlightScope,keep,kinds,retention,version'
    );
  }

  it('never throws, always returns valid settings, and is a fixed point on its own output', () => {
    fc.assert(
      fc.property(stored, (value) => {
        const settings = parseSettings(value);
        return isValid(settings) && JSON.stringify(parseSettings(settings)) === JSON.stringify(settings);
      }),
      { numRuns: 10_000 },
    );
    // zod runs without its JIT here, as in the extension: ~0.1 ms a parse.
  }, 20_000);
});

describe('isActiveOn', () => {
  it('is off everywhere when paused and off on listed sites', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, 'news.example')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'news.example')).toBe(false);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }, 'NEWS.example')).toBe(false);
  });
});
