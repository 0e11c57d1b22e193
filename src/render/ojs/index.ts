// OJS Native XML (3.4 or 3.5, the profile's `ojs.version`): the issue with its
// sections and each article as a submission with its publication and galleys,
// through templates/ojs/, for OJS's Native XML import plugin.
import type { Diagnostic } from '../../checks/diagnostic.js';
import { droppedFieldNotes, positionKey, type IssueExportInput } from '../issue-export.js';
import { loadFormatTemplates } from '../templates.js';
import { escapeXml } from '../xml-escape.js';
import { ojsView } from './view-model.js';

export function renderOjs(input: IssueExportInput): { xml: string; diagnostics: Diagnostic[] } {
  const settings = input.profile.exports?.ojs ?? { version: '3.4', galleys: 'embed' };
  const embedded = settings.galleys === 'embed' ? input : { ...input, outputs: undefined };
  const { view, diagnostics } = ojsView(embedded, settings.version);
  const xml = loadFormatTemplates(input.profile.templates, 'ojs', escapeXml, () => undefined).render('issues', view);
  return { xml, diagnostics: [...diagnostics, ...ojsDropped(input, settings.version === '3.5')] };
}

/** What the sources say that OJS Native XML has no place for. */
function ojsDropped(input: IssueExportInput, v35: boolean) {
  const lists = input.articles.flatMap((a) => a.references.slice(1).map((l) => ({ a, l })));
  return droppedFieldNotes('OJS', input.articles, [
    ...(v35 ? [] : [{ field: 'affiliations.ror', find: (a: IssueExportInput['articles'][number]) => positionKey(a, (k) => /^affiliations\.\d+\.ror$/.test(k)) }]),
    { field: 'short-title', find: (a) => positionKey(a, (k) => k === 'short-title') },
    { field: 'history.accepted', find: (a) => positionKey(a, (k) => k === 'history.accepted') },
    // <citations> holds one list: the first (the article's own style); the others stay out.
    { field: `bibliography (the ${[...new Set(lists.map((x) => x.l.title))].join(', ')} list)`, find: (a) => (lists.some((x) => x.a === a && x.l.entries.length) ? 'bibliography' : undefined) },
  ]);
}
