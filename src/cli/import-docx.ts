// `galley import docx <file.docx…>`: one article folder per Word manuscript,
// written whole (or not at all) with its import report; a manuscript with
// pending tracked changes or comments stops with the list of them.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { diagnostic } from '../checks/diagnostic.js';
import { importDocxFile } from '../import/docx/import-docx.js';
import { writeImportedArticle } from '../import/write-article.js';
import { loadProfile } from '../profile/load.js';
import type { Profile } from '../profile/types.js';
import { UsageError, parseArgs } from './args.js';
import { commands } from './commands.js';
import type { CliVerb } from './io.js';
import { createOutput } from './output.js';

export const run: CliVerb = async (args, io, out = createOutput(io, { verb: 'import docx', format: 'human' })) => {
  if (args[0] !== 'docx') throw new UsageError(`unknown import format ${JSON.stringify(args[0] ?? '')}, expected \`galley import docx <file.docx…>\``);
  const { positional, options } = parseArgs(args.slice(1), commands['import docx']);
  if (!positional.length) throw new UsageError('name the Word files: `galley import docx <file.docx…>`');
  if (options['accept-changes'] && options['reject-changes']) throw new UsageError('--accept-changes and --reject-changes exclude each other');
  const changes = options['accept-changes'] ? 'accept' : options['reject-changes'] ? 'reject' : undefined;
  let profile: Profile | undefined;
  const profileFile = resolve(io.cwd, (options.profile as string | undefined) ?? 'journal.yaml');
  if (options.profile !== undefined || existsSync(profileFile)) {
    const loaded = loadProfile(profileFile);
    if (!loaded.profile) {
      out.diagnostics(loaded.diagnostics.items);
      return 1;
    }
    profile = loaded.profile;
  }
  const into = resolve(io.cwd, (options.into as string | undefined) ?? 'article');
  const shown = (p: string) => relative(io.cwd, p) || '.';
  let code = 0;
  const results: Record<string, unknown>[] = [];
  for (const given of positional) {
    const file = resolve(io.cwd, given);
    if (!existsSync(file)) {
      out.diagnostics([diagnostic('import-unreadable', `Unexpected missing file ${given}, expected a Word manuscript (.docx)`)]);
      results.push({ file: given, outcome: 'failed' });
      code = 1;
      continue;
    }
    const r = importDocxFile(file, { into: shown(into), profile, changes });
    if ('failed' in r) {
      out.diagnostics(r.report.diagnostics);
      results.push({ file: given, outcome: 'failed' });
      code = 1;
      continue;
    }
    if ('pending' in r) {
      out.diagnostics(r.pending.diagnostics);
      out.line(`${given}: stopped, ${r.pending.counts['tracked changes']} pending tracked change(s) and ${r.pending.counts.comments} comment(s); run again with --accept-changes or --reject-changes`);
      results.push({ file: given, outcome: 'pending', counts: r.pending.counts });
      code = 1;
      continue;
    }
    const outcome = writeImportedArticle(into, r.article, { force: Boolean(options.force) });
    const folder = shown(resolve(into, r.article.id));
    if (outcome === 'kept') {
      out.diagnostics([diagnostic('import-folder-exists', `Unexpected existing folder ${folder}, expected a new article folder (--force replaces it)`)]);
      results.push({ file: given, outcome, article: folder });
      code = 1;
      continue;
    }
    out.diagnostics(r.article.report.diagnostics);
    out.output(resolve(into, r.article.id, 'article.md'), r.article.id);
    const c = r.article.report.counts;
    out.line(`${given} → ${folder}: ${c.paragraphs} paragraphs, ${c.tables} tables, ${c.notes} notes, ${c.figures} figures, ${c.formulas} formulas, ${c.references} references; ${c['not kept']} not kept, ${r.article.report.decisions.length} decisions (import-report.txt)`);
    results.push({ file: given, outcome, article: folder, counts: c });
  }
  out.result({ imports: results });
  return code;
};
