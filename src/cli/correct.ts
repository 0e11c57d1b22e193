// `galley correct <article-dir> --note "what changed" [--date YYYY-MM-DD]`:
// note a correction of a published article in the journal's record.
import { basename, join, resolve } from 'node:path';
import { journalRecordFor } from '../pipeline/prepare.js';
import { loadProfile } from '../profile/load.js';
import { addCorrection } from '../record/correct.js';
import { UsageError, parseArgs } from './args.js';
import { articleDirs } from './article-dirs.js';
import type { CliVerb } from './io.js';
import { formatHuman } from './report.js';

export const run: CliVerb = async (args, io) => {
  const { positional, options } = parseArgs(args, { profile: { value: true }, note: { value: true }, date: { value: true } });
  if (positional.length !== 1) throw new UsageError('name exactly one article folder');
  if (typeof options.note !== 'string' || !options.note.trim()) throw new UsageError('say what changed with --note "…"');
  const loaded = loadProfile(resolve(io.cwd, (options.profile as string) ?? 'journal.yaml'));
  if (!loaded.profile) {
    io.stderr(formatHuman(loaded.diagnostics.items, io.cwd));
    return 1;
  }
  const [dir] = articleDirs(positional, io.cwd);
  const journal = journalRecordFor(loaded.profile, [dir]);
  // The day a person records the correction: the one wall-clock date in the record, given with --date to pin it.
  const date = typeof options.date === 'string' ? options.date : new Date().toISOString().slice(0, 10);
  const diagnostics = [...journal.diagnostics, ...addCorrection(journal, basename(dir), { date, note: options.note.trim() }, join(dir, 'article.md'))];
  io.stderr(formatHuman(diagnostics, io.cwd));
  if (diagnostics.some((d) => d.severity === 'error')) return 1;
  io.stdout(`correction of ${basename(dir)} recorded (${date}); rebuild it and deposit it again: \`galley build ${positional[0]}\`, \`galley deposit ${positional[0]}\`\n`);
  return 0;
};
