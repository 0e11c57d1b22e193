// The eLIBRARY (RSCI) issue file: the <journal> document eLIBRARY's Articulus
// loads, through templates/elibrary/. Renders from the final articles of an issue.
import { diagnostic, type Diagnostic } from '../../checks/diagnostic.js';
import { loadFormatTemplates, type TemplateEnv } from '../templates.js';
import { escapeXml } from '../xml-escape.js';
import { droppedFieldNotes, positionKey, type IssueExportInput } from '../issue-export.js';
import { elibraryView } from './view-model.js';

function registerHelpers(env: TemplateEnv): void {
  env.registerHelper('any', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
}

export function renderElibrary(input: IssueExportInput): { xml?: string; diagnostics: Diagnostic[] } {
  const { profile } = input;
  const settings = profile.exports?.elibrary ?? {};
  if (settings.titleid === undefined)
    return { diagnostics: [diagnostic('profile-invalid', 'Unexpected missing `elibrary.titleid` with the eLIBRARY export on, expected the journal\'s eLIBRARY id', { file: profile.file, line: 1, column: 1 })] };
  const journalLanguage = settings.language ?? profile.languages[0];
  const { view, diagnostics } = elibraryView(input, settings.titleid, journalLanguage);
  const templates = loadFormatTemplates(profile.templates, 'elibrary', escapeXml, registerHelpers);
  const xml = templates.render('journal', view);
  return { xml, diagnostics: [...diagnostics, ...elibraryDropped(input, journalLanguage)] };
}

/** What the sources say that an eLIBRARY issue file has no place for. */
function elibraryDropped(input: IssueExportInput, journalLanguage: string) {
  const { profile, articles } = input;
  const notes = droppedFieldNotes('eLIBRARY', articles, [
    { field: 'affiliations.ror', find: (a) => positionKey(a, (k) => /^affiliations\.\d+\.ror$/.test(k)) },
    { field: 'license', find: (a) => positionKey(a, (k) => k === 'license') },
    { field: 'short-title', find: (a) => positionKey(a, (k) => k === 'short-title') },
    { field: 'history.revised', find: (a) => positionKey(a, (k) => k === 'history.revised') },
  ]);
  // <journalInfo> sits in an xs:all: one title, in one language.
  const others = profile.languages.filter((l) => l !== journalLanguage && profile.title[l] && profile.title[l] !== profile.title[journalLanguage]);
  if (others.length)
    notes.push(diagnostic('export-field-dropped', `Unexpected journal title in ${others.join(', ')} for the eLIBRARY export, expected one <journalInfo> (in ${journalLanguage}, \`elibrary.language\`): the other titles are left out`, { file: profile.file, line: 1, column: 1 }));
  return notes;
}
