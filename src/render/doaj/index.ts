// The DOAJ article file (doajArticles.xsd 1.3): one <record> per article of the
// issue, through templates/doaj/, for DOAJ's XML upload.
import type { Diagnostic } from '../../checks/diagnostic.js';
import { droppedFieldNotes, positionKey, type IssueExportInput } from '../issue-export.js';
import { loadFormatTemplates } from '../templates.js';
import { escapeXml } from '../xml-escape.js';
import { doajView } from './view-model.js';

export function renderDoaj(input: IssueExportInput): { xml: string; diagnostics: Diagnostic[] } {
  const { records, diagnostics } = doajView(input);
  const xml = loadFormatTemplates(input.profile.templates, 'doaj', escapeXml, () => undefined).render('records', { records });
  return { xml, diagnostics: [...diagnostics, ...doajDropped(input)] };
}

/** What the sources say that a DOAJ record has no place for. */
function doajDropped(input: IssueExportInput) {
  return droppedFieldNotes('DOAJ', input.articles, [
    { field: 'udc', find: (a) => (a.meta.udc ? 'udc' : undefined) },
    { field: 'bibliography', find: (a) => (a.references.some((l) => l.entries.length) ? 'bibliography' : undefined) },
    { field: 'affiliations.ror', find: (a) => positionKey(a, (k) => /^affiliations\.\d+\.ror$/.test(k)) },
    // One name per author: the article's language; the other scripts stay out.
    { field: 'authors.name (other languages)', find: (a) => (a.meta.authors.some((au) => Object.keys(au.name).some((l) => l !== a.meta.lang)) ? positionKey(a, (k) => /^authors\.\d+\.name$/.test(k)) : undefined) },
    { field: 'history', find: (a) => positionKey(a, (k) => k === 'history') },
    { field: 'license', find: (a) => positionKey(a, (k) => k === 'license') },
  ]);
}
