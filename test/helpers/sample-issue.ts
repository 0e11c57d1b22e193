// The sample issue (issues/2017-5-3.yaml) as the exports receive it: each article
// final under the committed record (DOIs …245–…248, pp. 693–729), no PDF laid out.
import { join, resolve } from 'node:path';
import { DiagnosticBag } from '../../src/checks/diagnostic.js';
import { loadIssueFile } from '../../src/issue/issue-file.js';
import { exportIssueValues } from '../../src/issue/exports.js';
import type { Article } from '../../src/model/types.js';
import { prepareArticle, journalRecordFor } from '../../src/pipeline/prepare.js';
import { loadProfile } from '../../src/profile/load.js';
import { readExports } from '../../src/profile/exports.js';
import type { Profile } from '../../src/profile/types.js';
import type { IssueExportInput } from '../../src/render/issue-export.js';
import { parseYamlDoc } from '../../src/util/yaml-doc.js';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const sampleIssueFile = join(repoRoot, 'issues/2017-5-3.yaml');

/** The exports' settings a test turns on; `titleid` is a test value, not Quaestio Rossica's eLIBRARY id. */
export const exportSettings = `
exports: [elibrary, doaj, ojs]
elibrary: { titleid: 99999 }
ojs: { version: "3.4" }
schemas:
  elibrary: vendor/elibrary-rsci-journal
  doaj: vendor/doaj-articles-1.3
  ojs: vendor/ojs-native-{version}
`;

/** journal.yaml with export settings (YAML text) read as the profile loader reads them. */
export function exportProfile(settings = exportSettings): Profile {
  const { profile, diagnostics } = loadProfile(join(repoRoot, 'journal.yaml'));
  if (!profile) throw new Error(`journal.yaml did not load: ${diagnostics.items.map((d) => d.message).join('; ')}`);
  const doc = parseYamlDoc(settings, join(repoRoot, 'journal.yaml'));
  const get = (p: string): unknown => p.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), doc.value);
  const bag = new DiagnosticBag();
  const exports = readExports({ get, positionOf: (p) => doc.positionOf(p) }, profile.root, profile.languages, bag);
  if (bag.items.length) throw new Error(bag.items.map((d) => d.message).join('; '));
  return { ...profile, exports };
}

let cached: { profile: Profile; input: IssueExportInput } | undefined;

export function sampleIssueInput(profile: Profile = exportProfile()): IssueExportInput {
  if (cached?.profile === profile) return cached.input;
  const parsed = loadIssueFile(sampleIssueFile, profile.languages);
  if (!parsed.issue) throw new Error(parsed.diagnostics.items.map((d) => d.message).join('; '));
  const issue = parsed.issue;
  const ids = issue.sections.flatMap((s) => s.articles.map((a) => a.id));
  const dirs = ids.map((id) => join(issue.articlesDir, id));
  const journal = journalRecordFor(profile, dirs);
  const articles: Article[] = dirs.map((dir) => {
    const prepared = prepareArticle(dir, profile, journal);
    const errors = prepared.diagnostics.filter((d) => d.severity === 'error');
    if (!prepared.article || errors.length) throw new Error(`${dir}: ${errors.map((d) => d.message).join('; ')}`);
    return prepared.article;
  });
  const record = journal.issues.get(issue.id)!;
  const input: IssueExportInput = {
    profile,
    issue: exportIssueValues(issue, record.firstPage, record.lastPage),
    articles,
  };
  cached = { profile, input };
  return input;
}
