// `galley correct <article> --note "what changed" [--date YYYY-MM-DD]`:
// note a correction of a published article in the journal's record.
import { basename, join, resolve } from 'node:path';
import { journalRecordFor } from '../pipeline/prepare.js';
import { loadProfile } from '../profile/load.js';
import { addCorrection } from '../record/correct.js';
import { UsageError, parseArgs } from './args.js';
import { commands } from './commands.js';
import { createOutput } from './output.js';
import { articleDirs } from './article-dirs.js';
import type { CliVerb } from './io.js';

export const run: CliVerb = async (args, io, out = createOutput(io, { verb: 'correct', format: 'human' })) => {
  const { positional, options } = parseArgs(args, commands.correct);
  if (positional.length !== 1) throw new UsageError('name exactly one article folder');
  if (typeof options.note !== 'string' || !options.note.trim()) throw new UsageError('say what changed with --note "…"');
  const loaded = loadProfile(resolve(io.cwd, (options.profile as string) ?? 'journal.yaml'));
  if (!loaded.profile) {
    out.diagnostics(loaded.diagnostics.items);
    return 1;
  }
  const [dir] = articleDirs(positional, io.cwd);
  const journal = journalRecordFor(loaded.profile, [dir]);
  // The day a person records the correction: the one wall-clock date in the record, given with --date to pin it.
  const date = typeof options.date === 'string' ? options.date : new Date().toISOString().slice(0, 10);
  const diagnostics = [...journal.diagnostics, ...addCorrection(journal, basename(dir), { date, note: options.note.trim() }, join(dir, 'article.md'))];
  out.diagnostics(diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return 1;
  out.result({ article: basename(dir), date, note: options.note.trim() });
  out.line(`correction of ${basename(dir)} recorded (${date}); rebuild it and deposit it again: \`galley build ${positional[0]}\`, \`galley deposit ${positional[0]}\`\n`);
  return 0;
};
