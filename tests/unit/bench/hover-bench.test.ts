import { describe, expect, it } from 'vitest';
import {
  formatHoverReport,
  HIT_TEST_DELAY_MS,
  INTENT_DELAY_MS,
  type HoverBenchResult,
} from '../../../bench/sections/hover';
import { checkTarget } from '../../../bench/support/targets';
import type { CardMarks } from '../../../bench/sections/hover/hover-probe';
import { mentionEntity, planHovers } from '../../../bench/sections/hover/plan-hovers';
import {
  hoverOutcome,
  missReason,
  percentiles,
  summariseHovers,
  type HoverSample,
  type HoverTarget,
} from '../../../bench/sections/hover/summarise-hovers';
import { HIT_TEST_DELAY_MS as CONTENT_HIT_TEST_DELAY_MS } from '../../../lib/content/start-parallax';
import { catalogueMatcher, type Catalogue, type Entity } from '../../../lib/entities';
import { OPEN_DELAY_MS } from '../../../lib/ui/card/card-intent';

function entity(id: string, kind: Entity['kind'], aliases: string[]): Entity {
  return {
    id,
    label: aliases[0] ?? id,
    kind,
    aliases: aliases.map((text) => ({ text, caseSensitive: text === text.toUpperCase() })),
    sources: {},
    mentions: 1,
  };
}

const CATALOGUE: Catalogue = {
  format: 1,
  entities: [
    entity('steve-witkoff', 'person', ['Steve Witkoff', 'Witkoff']),
    entity('moscow', 'place', ['Moscow']),
    entity('united-states', 'place', ['US', 'United States']),
    entity('ceasefire', 'topic', ['ceasefire']),
  ],
};

const TARGET: HoverTarget = {
  page: 'seed 000',
  text: 'Witkoff',
  entityId: 'steve-witkoff',
  phase: 'measured',
};

function marks(partial: Partial<CardMarks>): CardMarks {
  return { open: 1000, ready: 1017, stop: 730, opened: ['steve-witkoff'], ...partial };
}

function sample(partial: Partial<HoverSample>): HoverSample {
  return {
    ...TARGET,
    openToReadyMs: 17,
    restToReadyMs: 287,
    restToOpenMs: 270,
    ...partial,
  };
}

describe('hover bench: the item a highlighted mention names', () => {
  const matcher = catalogueMatcher(CATALOGUE);

  it('is the item whose alias the whole mention text is', () => {
    expect(mentionEntity(matcher, 'Witkoff')).toBe('steve-witkoff');
    expect(mentionEntity(matcher, 'Steve Witkoff')).toBe('steve-witkoff');
    expect(mentionEntity(matcher, 'Ceasefire')).toBe('ceasefire');
  });

  it('is unknown when the text is no alias, only part of one, or more than one mention', () => {
    expect(mentionEntity(matcher, 'Kyiv')).toBeNull();
    expect(mentionEntity(matcher, 'us')).toBeNull();
    expect(mentionEntity(matcher, 'Moscow ceasefire')).toBeNull();
    expect(mentionEntity(matcher, 'Moscow.')).toBeNull();
  });
});

describe('hover bench: the hover plan', () => {
  const texts = ['Moscow', 'Witkoff', 'Kyiv', 'Moscow', 'ceasefire', 'Witkoff', 'Moscow'];
  const entities = ['moscow', 'steve-witkoff', null, 'moscow', 'ceasefire', 'steve-witkoff', 'moscow'];

  it('visits one mention of each item per round, items in order of first appearance', () => {
    const plan = planHovers(texts, entities, 10);
    expect(plan.map((hover) => hover.index)).toEqual([0, 1, 4, 3, 5, 6]);
    expect(plan.map((hover) => hover.entityId)).toEqual([
      'moscow',
      'steve-witkoff',
      'ceasefire',
      'moscow',
      'steve-witkoff',
      'moscow',
    ]);
    expect(plan[1]?.text).toBe('Witkoff');
  });

  it('never hovers the same mention twice nor one whose item is unknown', () => {
    const plan = planHovers(texts, entities, 100);
    const indices = plan.map((hover) => hover.index);
    expect(new Set(indices).size).toBe(indices.length);
    expect(indices).not.toContain(2);
  });

  it('stops at the count asked for, and gives nothing for a page without known mentions', () => {
    expect(planHovers(texts, entities, 2).map((hover) => hover.index)).toEqual([0, 1]);
    expect(planHovers(['Kyiv'], [null], 5)).toEqual([]);
    expect(planHovers(texts, entities, 0)).toEqual([]);
  });
});

describe('hover bench: one hover from its marks', () => {
  it('gives card-open → card-ready, pointer stop → card-ready and → card-open', () => {
    const outcome = hoverOutcome(TARGET, marks({}), 3000);
    expect(outcome).toEqual({
      ok: true,
      sample: { ...TARGET, openToReadyMs: 17, restToReadyMs: 287, restToOpenMs: 270 },
    });
  });

  it('keeps card-open → card-ready when the pointer listener missed the last move', () => {
    const outcome = hoverOutcome(TARGET, marks({ stop: null }), 3000);
    expect(outcome.ok && outcome.sample).toMatchObject({
      openToReadyMs: 17,
      restToReadyMs: null,
      restToOpenMs: null,
    });
  });

  it('is a failure, with its reason, when no card became ready', () => {
    const none = hoverOutcome(TARGET, marks({ open: null, ready: null, opened: [] }), 3000);
    expect(none).toEqual({ ok: false, failure: { ...TARGET, reason: 'no card opened within 3000 ms' } });
    expect(missReason(TARGET, marks({ ready: null, opened: ['moscow', 'moscow'] }), 3000)).toBe(
      'a card for moscow opened instead of steve-witkoff',
    );
    expect(missReason(TARGET, marks({ ready: null }), 3000)).toBe(
      'the card opened but was not ready within 3000 ms',
    );
    expect(hoverOutcome(TARGET, marks({ open: null }), 3000).ok).toBe(false);
  });
});

describe('hover bench: the summary', () => {
  const samples = [
    sample({ phase: 'cold', entityId: 'moscow', openToReadyMs: 120, restToReadyMs: 380 }),
    sample({ phase: 'warm-up', openToReadyMs: 40 }),
    sample({ openToReadyMs: 10 }),
    sample({ openToReadyMs: 20, entityId: 'moscow' }),
    sample({ openToReadyMs: 30, restToReadyMs: null, restToOpenMs: null }),
    sample({ phase: 'cold', page: 'seed 001', openToReadyMs: 60, restToReadyMs: 320 }),
  ];

  it('puts only measured hovers in the percentiles, cold and warm-up ones nowhere', () => {
    const summary = summariseHovers(samples);
    expect(summary.hovers).toBe(3);
    expect(summary.items).toBe(2);
    expect(summary.openToReady).toMatchObject({ count: 3, p50: 20, max: 30 });
    expect(summary.restToReady).toMatchObject({ count: 2, max: 287 });
    expect(summary.restToOpen).toMatchObject({ count: 2 });
  });

  it('has no percentiles of nothing', () => {
    expect(summariseHovers(samples.slice(0, 2)).openToReady).toBeNull();
    expect(percentiles([])).toBeNull();
    expect(percentiles([5])).toEqual({ count: 1, p50: 5, p95: 5, p99: 5, max: 5 });
  });
});

describe('hover bench: the deliberate delay', () => {
  it("is the content script's hit-test delay plus the card's hover intent", () => {
    expect(HIT_TEST_DELAY_MS).toBe(CONTENT_HIT_TEST_DELAY_MS);
    expect(INTENT_DELAY_MS).toBe(CONTENT_HIT_TEST_DELAY_MS + OPEN_DELAY_MS);
  });
});

describe('hover bench: the report', () => {
  const summary = summariseHovers([
    sample({ phase: 'cold', openToReadyMs: 120 }),
    ...Array.from({ length: 12 }, (_, i) => sample({ openToReadyMs: 15 + i })),
  ]);
  const result: HoverBenchResult = {
    ...summary,
    chromium: 'Chrome/156.0',
    pages: [{ name: 'seed 000', mentions: 55, known: 55, hovers: 13 }],
    warmup: 0,
    failures: [{ ...TARGET, reason: 'no card opened within 3000 ms' }],
    notClosed: 1,
    intentDelayMs: 250,
    samples: [],
    targets: [
      checkTarget('card-open → card-ready p95', 26, 50, 'ms'),
      checkTarget('failed hovers', 1, 0, 'hovers'),
    ],
  };

  it('shows the percentiles, the targets and every failed hover', () => {
    const markdown = formatHoverReport(result, true);
    expect(markdown).toContain('## Hover: the item card');
    expect(markdown).toMatch(/\| card-open → card-ready \| 12 \| 20\.5 ms \| /u);
    expect(markdown).toContain('| failed hovers | ≤ 0 hovers | 1 hovers | **miss** |');
    expect(markdown).toContain('seed 000 "Witkoff" (measured): no card opened within 3000 ms');
    expect(markdown).toContain('1 card(s) were still open');
  });

  it('leaves p95 and p99 out for a handful of samples', () => {
    const few = summariseHovers([sample({ openToReadyMs: 120 }), sample({ openToReadyMs: 100 })]);
    const markdown = formatHoverReport({ ...result, ...few }, true);
    expect(markdown).toMatch(/\| card-open → card-ready \| 2 \| 110\.0 ms \| – \| – \| 120\.0 ms \|/u);
  });
});
