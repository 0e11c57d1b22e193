// CSL variable → role of the Field node that carries it. Roles are JATS element
// names (person-group with its type after a colon), so the JATS renderer can tag
// them and every other renderer just shows the children. Data, not code.

/** A role per variable; a map when the role depends on the item's CSL type. */
export const variableRoles: Record<string, string | { default: string; [type: string]: string }> = {
  author: 'person-group:author',
  'container-author': 'person-group:author',
  editor: 'person-group:editor',
  translator: 'person-group:translator',
  compiler: 'person-group:compiler',
  title: { default: 'article-title', chapter: 'chapter-title', book: 'source', report: 'source', thesis: 'source', collection: 'source' },
  'title-en': { default: 'trans-title', collection: '' },
  'container-title': 'source',
  'collection-title': 'series',
  issued: 'year',
  'publisher-place': 'publisher-loc',
  publisher: 'publisher-name',
  /** Split into fpage / lpage when the pages are a simple range. */
  page: 'page-range',
  'number-of-pages': 'size',
  volume: 'volume',
  issue: 'issue',
  edition: 'edition',
  DOI: 'pub-id:doi',
  archive: 'institution',
};

/**
 * citeproc hands the variable wrapper a final period separately, as punctuation.
 * After a short word in these roles it is an abbreviation's (L., N. Y., H., лит.)
 * and stays inside the field: role → longest such word. Data.
 */
export const abbreviationRoles: Record<string, number> = { 'person-group': 2, 'publisher-loc': 4, 'publisher-name': 3 };

/** CSL type → JATS `publication-type` of the mixed citation. */
export const publicationTypes: Record<string, string> = {
  'article-journal': 'journal',
  'article-magazine': 'magazine',
  'article-newspaper': 'newspaper',
  book: 'book',
  chapter: 'book',
  'paper-conference': 'confproc',
  report: 'report',
  thesis: 'thesis',
  webpage: 'webpage',
  dataset: 'data',
  software: 'software',
  patent: 'patent',
  collection: 'archive',
};

/**
 * The name variables a style's <substitute> may put in the author's place, in
 * CSL's order: an edited book printed under its editors is still edited.
 */
const authorSubstitutes = ['editor', 'compiler', 'translator'];

const hasNames = (item: Record<string, unknown> | undefined, variable: string) => Array.isArray(item?.[variable]) && (item![variable] as unknown[]).length > 0;

export function roleOf(variables: string[], type: string, item?: Record<string, unknown>): string {
  for (let v of variables) {
    // citeproc names the substituted variable by the one it stands for.
    if (v === 'author' && item && !hasNames(item, 'author')) v = authorSubstitutes.find((s) => hasNames(item, s)) ?? v;
    const spec = variableRoles[v];
    if (spec === undefined) continue;
    return typeof spec === 'string' ? spec : spec[type] ?? spec.default;
  }
  return '';
}
