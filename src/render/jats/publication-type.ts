// CSL item type → JATS @publication-type of <mixed-citation>, as data.
// Book chapters are "book" with a <chapter-title>, as JATS4R recommends.
const byCslType: Record<string, string> = {
  'article-journal': 'journal',
  article: 'journal',
  review: 'journal',
  'review-book': 'journal',
  'article-magazine': 'magazine',
  'article-newspaper': 'newspaper',
  book: 'book',
  chapter: 'book',
  'entry-encyclopedia': 'book',
  'entry-dictionary': 'book',
  collection: 'archive',
  manuscript: 'archive',
  'paper-conference': 'confproc',
  thesis: 'thesis',
  report: 'report',
  webpage: 'webpage',
  'post-weblog': 'webpage',
  dataset: 'data',
  patent: 'patent',
  standard: 'standard',
  software: 'software',
  legislation: 'legal-doc',
  legal_case: 'legal-doc',
  map: 'map',
};

export function publicationType(cslType: string | undefined): string {
  return (cslType && byCslType[cslType]) || 'other';
}
