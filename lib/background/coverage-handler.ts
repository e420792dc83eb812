import { coverageMatrix } from '../compare';
import type { CoverageRequest, CoverageResponse } from '../messaging';
import type { BundledCorpus } from './corpus-for';

/** Who else mentions the items of a page: unknown ids are left out, the page's order is kept. */
export async function answerCoverage(
  request: CoverageRequest,
  getCorpus: () => Promise<BundledCorpus>,
): Promise<CoverageResponse> {
  const { catalogue, search } = await getCorpus();
  const byId = new Map(catalogue.entities.map((entity) => [entity.id, entity]));
  const entities = request.entityIds.flatMap((id) => {
    const entity = byId.get(id);
    return entity ? [entity] : [];
  });
  const sources = [...search.sources.values()];
  const rows = coverageMatrix(entities, sources);
  return {
    type: 'coverage',
    sources,
    rows: entities.map((entity, i) => ({
      item: { id: entity.id, label: entity.label, kind: entity.kind },
      counts: rows[i]?.counts ?? {},
    })),
  };
}
