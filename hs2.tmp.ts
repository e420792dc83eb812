import { formatHighlightsShown, highlightsShown } from './eval/highlights-shown';
for (const name of ['basil', 'ecbplus']) {
  const t = Date.now();
  const r = highlightsShown(`../shared/corpora/${name}`, '../shared/pages');
  console.log(name, Date.now() - t, 'ms');
  console.log(formatHighlightsShown({ ...r, seedPages: { ...r.seedPages, pages: r.seedPages.pages.slice(0, 0) } }));
  const lost = r.seedPages.pages.filter((p) => p.items !== p.shownItems || p.story === null);
  console.log('corpus articles as pages:', r.seedPages.pages.length, 'not keeping every item:', lost.length, lost.slice(0, 5));
}
