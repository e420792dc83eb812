import { describe, expect, it } from 'vitest';
import { collectFacts, corpusView, sourcePassageIds } from '@/lib/compare';
import { readCorpusBundle } from '@/lib/node';
import { CorpusSearch } from '@/lib/search';
import { SEEDS_DIR } from '../../helpers/fixtures';

const bundle = readCorpusBundle(SEEDS_DIR);
const view = corpusView(CorpusSearch.fromFiles(bundle), bundle.catalogue);
const labelOf = (id: string | null): string | undefined =>
  bundle.catalogue.entities.find((entity) => entity.id === id)?.label;

/** The quotation of `sourceId` that starts with `start`, as the card gets it. */
function quote(sourceId: string, start: string) {
  const source = view.sources.find((candidate) => candidate.id === sourceId);
  if (!source) throw new Error(`no source ${sourceId}`);
  const found = collectFacts(view, source, sourcePassageIds(view, sourceId)).find(
    (fact) => fact.kind === 'quote' && fact.quote?.startsWith(start),
  );
  if (!found) throw new Error(`no quotation “${start}” in ${sourceId}`);
  return found;
}

describe('collectFacts, quotation speakers', () => {
  it('names the speaker of “He added: …” from the paragraph before, as the catalogue person', () => {
    const fact = quote('003_ef5a6fde2ba6a5a5', 'On our part');
    expect(fact.speaker).toBe('Yuri Ushakov');
    expect(labelOf(fact.speakerId)).toMatch(/Ushakov/u);
  });

  it('gives a quotation split over three sentences the speaker named after its last part', () => {
    const fact = quote('003_ef5a6fde2ba6a5a5', 'It seems that Russia');
    expect(fact.speaker).toMatch(/Zelensky/u);
  });

  it('gives a scare quote nobody', () => {
    expect(quote('000_ad04fbc0c7af5402', 'air truce').speaker).toBeNull();
  });
});
