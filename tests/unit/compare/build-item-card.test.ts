import { describe, expect, it } from 'vitest';
import {
  buildItemCard,
  compareItem,
  corpusView,
  itemCardSchema,
  MAX_CARD_FINDINGS,
  PASSAGES_PER_SOURCE,
  THIS_PAGE_ID,
} from '@/lib/compare';
import { dayLabel } from '@/lib/compare/day-label';
import { oneFindingPerDay } from '@/lib/compare/one-finding-per-day';
import { readCorpusBundle } from '@/lib/node';
import { CorpusSearch } from '@/lib/search';
import { SEEDS_DIR } from '../../helpers/fixtures';

const bundle = readCorpusBundle(SEEDS_DIR);
const search = CorpusSearch.fromFiles(bundle);
const sources = [...search.sources.values()];
const view = corpusView(search, bundle.catalogue);
const labels = new Map(bundle.catalogue.entities.map((entity) => [entity.id, entity.label]));
const witkoff = bundle.catalogue.entities.find((entity) => entity.label === 'Steve Witkoff');
if (!witkoff) throw new Error('the seed catalogue has Steve Witkoff');
const comparison = compareItem(view, witkoff);

function card(pageSourceId: string | null, pageContext?: string) {
  if (!witkoff) throw new Error('the seed catalogue has Steve Witkoff');
  return buildItemCard({
    entity: witkoff,
    sources,
    passage: (id) => search.passage(id),
    pageSourceId,
    pageContext,
    comparison,
    labelOf: (id) => labels.get(id),
  });
}

describe('buildItemCard', () => {
  it('lists every other source that mentions the item with its best passages, the item emphasised', () => {
    const result = card(null);
    expect(result.others.length + result.silent.length).toBe(sources.length);
    expect(result.mentionedByCount).toBe(result.others.length);
    for (const other of result.others) {
      expect(other.passages.length).toBeGreaterThan(0);
      expect(other.passages.length).toBeLessThanOrEqual(PASSAGES_PER_SOURCE);
      for (const passage of other.passages) {
        expect(passage.emphasis.length).toBeGreaterThan(0);
        for (const [start, end] of passage.emphasis)
          expect(passage.text.slice(start, end)).toMatch(/Witkoff/u);
      }
    }
    expect(result.silent.map((source) => source.id)).toContain('004_cf8e87853554287d');
  });

  it('leaves the page’s own source out of the others and names it', () => {
    const result = card('003_ef5a6fde2ba6a5a5');
    expect(result.pageSource?.outlet).toBe('The Straits Times');
    expect(result.others.map((other) => other.source.id)).not.toContain('003_ef5a6fde2ba6a5a5');
    expect(result.silent.map((source) => source.id)).not.toContain('003_ef5a6fde2ba6a5a5');
    expect(result.mentionedByCount).toBe(card(null).mentionedByCount);
  });

  it('shows passages in article order', () => {
    for (const other of card(null).others) {
      const order = other.passages.map((passage) => Number(passage.id.split('#')[1]));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('carries the comparison’s findings, differences first, within the card’s cap', () => {
    const result = card(null);
    // One finding per day: a source's two sentences naming it are one agreement to a reader.
    const expected = [...comparison.discrepancies, ...oneFindingPerDay(comparison.agreements)].slice(
      0,
      MAX_CARD_FINDINGS,
    );
    expect(expected.length).toBeGreaterThan(0);
    // A day is labelled by the day itself.
    const labelled = (aligned: (typeof expected)[number]): string =>
      aligned.kind === 'date' ? (dayLabel(aligned.values[0]?.iso ?? '') ?? aligned.label) : aligned.label;
    expect(result.findings.map((finding) => [finding.status, finding.label])).toEqual(
      expected.map((aligned) => [aligned.status, labelled(aligned)]),
    );
    expect(itemCardSchema.safeParse(result).success).toBe(true);
  });

  it('sets the page’s own figure first when it differs from a source’s, but not on a corpus article', () => {
    const figure = comparison.facts.find(
      (fact) => fact.kind === 'quantity' && fact.value !== null && /\d/u.test(fact.text),
    );
    if (!figure?.value) throw new Error('Witkoff’s sources state a quantity');
    // The page says the source's very sentence with another figure.
    const pageContext = figure.sentence.replace(
      figure.text,
      figure.text.replace(/\d+/u, String(figure.value + 7)),
    );
    expect(pageContext).not.toBe(figure.sentence);
    const [first] = card(null, pageContext).findings;
    expect(first?.status).toBe('differ');
    expect(first?.values.map((value) => value.sourceId)).toContain(THIS_PAGE_ID);
    const onArticle = card(figure.sourceId, pageContext).findings;
    expect(onArticle.flatMap((finding) => finding.values).map((value) => value.sourceId)).not.toContain(
      THIS_PAGE_ID,
    );
  });

  it('counts how much could be compared, the page’s own figures included when it is no corpus article', () => {
    const result = card(null);
    expect(result.extent).toMatchObject({
      message: 'compared',
      facts: comparison.facts.length,
      differ: comparison.discrepancies.length,
      agree: oneFindingPerDay(comparison.agreements).length,
    });
    expect(result.extent?.compared).toBeGreaterThan(0);
    expect(result.extent?.compared).toBeLessThan(comparison.facts.length);
    const page = 'The envoy’s convoy of 1,234 armoured cars crossed the river.';
    expect(card(null, page).extent?.facts).toBe(comparison.facts.length + 1);
  });

  it('refuses, as a message would, a card with more passages per source than the cap', () => {
    const result = card(null);
    const [other] = result.others;
    if (!other) throw new Error('another source mentions Witkoff');
    const passage = other.passages[0];
    if (!passage) throw new Error('with a passage');
    const padded = { ...other, passages: Array.from({ length: PASSAGES_PER_SOURCE + 1 }, () => passage) };
    expect(itemCardSchema.safeParse({ ...result, others: [padded] }).success).toBe(false);
  });

  it('calls silent on a date item only the sources the comparison finds silent (a weekday that resolves to the day counts)', () => {
    const day = bundle.catalogue.entities.find(
      (entity) => entity.kind === 'date' && entity.label === 'August 6',
    );
    if (!day) throw new Error('the seed catalogue has August 6');
    const dayComparison = compareItem(view, day);
    const result = buildItemCard({
      entity: day,
      sources,
      passage: (id) => search.passage(id),
      pageSourceId: null,
      comparison: dayComparison,
      labelOf: (id) => labels.get(id),
    });
    expect(result.silent.map((source) => source.id)).toEqual(dayComparison.silent);
    expect(result.silent.map((source) => source.id)).not.toContain('001_4ad11c5cc216dbde');
    expect(result.mentionedByCount).toBe(dayComparison.sources.length);
  });
});
