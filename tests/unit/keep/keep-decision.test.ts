import { describe, expect, it } from 'vitest';
import {
  dwellFor,
  hasBeenRead,
  keepDecision,
  MIN_SCROLL_DWELL_MS,
  privateSiteReason,
  siteRule,
  withSiteRule,
  type KeepDecision,
} from '@/lib/keep';
import { DEFAULT_SETTINGS, parseSettings } from '@/lib/settings';
import type { KeepSettings } from '@/lib/settings';

const ON: KeepSettings = { enabled: true, paused: false, sites: [] };

describe('privateSiteReason', () => {
  it.each([
    ['https://www.examplebank.com/', null],
    ['https://online.bank-of-somewhere.com/accounts/summary', 'banking'],
    ['https://netbanking.example.in/', 'banking'],
    ['https://mail.example.org/u/0/#inbox', 'mail'],
    ['https://webmail.university.edu/', 'mail'],
    ['https://example.net/mail/compose', 'mail'],
    ['https://mychart.hospital.org/', 'health'],
    ['https://clinic.example/patient/records', 'health'],
    ['https://login.news.example/', 'account'],
    ['https://shop.example/checkout/step-2', 'account'],
    ['https://blog.example/wp-admin/post.php', 'account'],
    ['https://news.example/2025/08/06/bank-rates-rise', null],
    ['https://news.example/business/mail-carriers-strike', null],
    ['https://www.nytimes.com/2025/08/06/world/europe/witkoff-putin.html', null],
    ['http://127.0.0.1:8080/site/article.html', null],
    ['file:///home/me/article.html', 'not-web'],
    ['not a url', 'not-web'],
  ])('%s → %s', (url, reason) => {
    expect(privateSiteReason(url)).toBe(reason);
  });
});

describe('siteRule', () => {
  const sites = [
    { site: 'example.com', rule: 'never' as const },
    { site: 'www.news.example.com', rule: 'always' as const },
  ];
  it.each([
    ['example.com', 'never'],
    ['WWW.Example.com', 'never'],
    ['blog.example.com', 'never'],
    ['news.example.com', 'always'],
    ['deep.news.example.com', 'always'],
    ['example.org', null],
    ['notexample.com', null],
  ])('%s → %s', (host, rule) => {
    expect(siteRule(sites, host)).toBe(rule);
  });

  it('withSiteRule keeps one rule per site and removes with null', () => {
    const once = withSiteRule([], 'www.Example.com', 'ask');
    expect(once).toEqual([{ site: 'example.com', rule: 'ask' }]);
    expect(withSiteRule(once, 'example.com', 'never')).toEqual([{ site: 'example.com', rule: 'never' }]);
    expect(withSiteRule(once, 'example.com', null)).toEqual([]);
  });
});

describe('keepDecision', () => {
  const keep = (kind: 'keep' | 'ask'): KeepDecision => ({ kind });
  const skip = (reason: string): KeepDecision => ({ kind: 'skip', reason }) as KeepDecision;
  const article = 'https://news.example/2025/08/06/talks.html';
  it.each<[string, Partial<KeepSettings>, string, boolean, boolean, KeepDecision]>([
    ['off by default', DEFAULT_SETTINGS.keep, article, false, false, skip('off')],
    ['on: an article is kept', ON, article, false, false, keep('keep')],
    ['paused', { ...ON, paused: true }, article, false, false, skip('paused')],
    [
      'a private window, whatever the rule',
      { ...ON, sites: [{ site: 'news.example', rule: 'always' }] },
      article,
      true,
      false,
      skip('private-window'),
    ],
    [
      'a bank, even with an always rule',
      { ...ON, sites: [{ site: 'bank.example', rule: 'always' }] },
      'https://bank.example/',
      false,
      false,
      skip('banking'),
    ],
    ['an editable page', ON, article, false, true, skip('editable')],
    [
      'a never rule on a parent domain',
      { ...ON, sites: [{ site: 'example', rule: 'never' }] },
      article,
      false,
      false,
      skip('site-never'),
    ],
    [
      'an ask rule',
      { ...ON, sites: [{ site: 'news.example', rule: 'ask' }] },
      article,
      false,
      false,
      keep('ask'),
    ],
  ])('%s', (_, settings, url, privateWindow, editable, expected) => {
    expect(keepDecision({ keep: { ...ON, ...settings }, url, privateWindow, editable })).toEqual(expected);
  });
});

describe('hasBeenRead', () => {
  it.each([
    ['a glance at a short page', { visibleMs: 3_000, scrolled: 0.2, words: 300 }, false],
    [
      'staying with a short page for the minimum dwell',
      { visibleMs: 20_000, scrolled: 0.2, words: 100 },
      true,
    ],
    [
      'staying 30 s with a 3,000-word feature is not yet enough',
      { visibleMs: 30_000, scrolled: 0.3, words: 3000 },
      false,
    ],
    ['a minute with any article', { visibleMs: 60_000, scrolled: 0, words: 20_000 }, true],
    ['racing to the end', { visibleMs: 2_000, scrolled: 1, words: 800 }, false],
    [
      'scrolling through at a reading pace',
      { visibleMs: MIN_SCROLL_DWELL_MS, scrolled: 0.95, words: 800 },
      true,
    ],
    ['scrolling most of the way only', { visibleMs: 15_000, scrolled: 0.6, words: 800 }, false],
  ])('%s → %s', (_, state, read) => {
    expect(hasBeenRead(state)).toBe(read);
  });

  it('asks longer dwell of longer articles, within bounds', () => {
    expect(dwellFor(100)).toBeLessThan(dwellFor(2000));
    expect(dwellFor(0)).toBeGreaterThan(0);
    expect(dwellFor(1_000_000)).toBe(dwellFor(2_000_000));
  });
});

describe('keep settings', () => {
  it('are off by default and repair a damaged field on its own', () => {
    expect(parseSettings({}).keep).toEqual({ enabled: false, paused: false, sites: [] });
    expect(
      parseSettings({
        keep: { enabled: true, paused: 'yes', sites: [{ site: 'a.example', rule: 'sometimes' }] },
      }).keep,
    ).toEqual({
      enabled: true,
      paused: false,
      sites: [],
    });
    expect(parseSettings({ keep: 'on' }).keep.enabled).toBe(false);
  });
});
