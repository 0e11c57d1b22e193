// `galley import <format> <file…>` (options: commands.ts): other formats into
// article sources. Each format is one entry of `importers`; the batch, the
// progress lines, the summary and the exit code are the same for all.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { applySeverities } from '../checks/diagnostic.js';
import { docxImporter } from '../import/docx/importer.js';
import { jatsImporter } from '../import/jats/importer.js';
import { runImport, type Importer, type ImportOutcome } from '../import/run-import.js';
import { loadProfile } from '../profile/load.js';
import type { Profile } from '../profile/types.js';
import { didYouMean } from '../util/suggest.js';
import { UsageError, parseArgs, type ParsedArgs } from './args.js';
import { commands } from './commands.js';
import type { CliVerb } from './io.js';
import { createOutput, type Output } from './output.js';

const importers: Record<string, { importer: Importer | ((options: ParsedArgs['options']) => Importer); parse: (args: string[]) => ParsedArgs }> = {
  jats: { importer: jatsImporter, parse: (args) => parseArgs(args, commands['import jats']) },
  docx: { importer: (options) => docxImporter(changesOption(options)), parse: (args) => parseArgs(args, commands['import docx']) },
};

/** What the Word importer does with pending tracked changes and comments (`import docx`). */
function changesOption(options: ParsedArgs['options']): 'accept' | 'reject' | undefined {
  if (options['accept-changes'] && options['reject-changes']) throw new UsageError('--accept-changes and --reject-changes exclude each other');
  return options['accept-changes'] ? 'accept' : options['reject-changes'] ? 'reject' : undefined;
}

export const run: CliVerb = async (args, io, out = createOutput(io, { verb: 'import jats', format: 'human' })) => {
  const [sub, ...rest] = args;
  const entry = sub ? importers[sub] : undefined;
  if (!entry) throw new UsageError(`expected \`galley import ${Object.keys(importers).join('|')} <file…>\`, got ${sub ? `\`import ${sub}\`${didYouMean(sub, Object.keys(importers))}` : 'no format'}`);
  const { positional, options } = entry.parse(rest);
  const importer = typeof entry.importer === 'function' ? entry.importer(options) : entry.importer;
  if (!positional.length) throw new UsageError(`name the files to import (or a folder of ${importer.extensions.join(', ')} files)`);
  const files = inputFiles(positional.map((p) => resolve(io.cwd, p)), importer.extensions);
  const into = resolve(io.cwd, (options.into as string) ?? 'article');
  const profileFile = options.profile ? resolve(io.cwd, options.profile as string) : join(dirname(into), 'journal.yaml');
  let profile: Profile | undefined;
  if (options.profile || existsSync(profileFile)) {
    const loaded = loadProfile(profileFile);
    if (!loaded.profile) {
      out.diagnostics(loaded.diagnostics.items);
      out.finish(1, { kind: 'failed', message: `the journal profile ${relative(io.cwd, profileFile) || profileFile} has errors: nothing imported` });
      return 1;
    }
    profile = loaded.profile;
  }
  const started = performance.now();
  const outcomes = runImport(importer, files, {
    into,
    show: (p) => relative(io.cwd, p) || '.',
    force: options.force === true,
    profile,
    reload: (file) => loadProfile(file).profile,
    progress: (line) => out.progress(line),
  });
  out.time('importMs', performance.now() - started);
  const rules = profile?.rules ?? {};
  for (const o of outcomes) {
    out.diagnostics(applySeverities(o.diagnostics, rules));
    if (o.profileWritten) out.output(resolve(io.cwd, o.profileWritten));
    if (o.id && o.outcome !== 'kept' && o.outcome !== 'failed') out.output(join(into, o.id), o.id);
  }
  summary(out, outcomes);
  return outcomes.some((o) => o.outcome === 'failed') ? 1 : 0;
};

/** Files as given; a folder stands for its files with one of the extensions (sorted, not recursive). */
function inputFiles(paths: string[], extensions: string[]): string[] {
  return paths.flatMap((p) => {
    if (!existsSync(p) || !statSync(p).isDirectory()) return [p];
    return readdirSync(p).filter((f) => extensions.some((e) => f.toLowerCase().endsWith(e))).sort().map((f) => join(p, f));
  });
}

function summary(out: Output, outcomes: ImportOutcome[]): void {
  const rows = outcomes.map((o) => [o.id ?? o.file, o.outcome, String(o.references), String(o.notKept)]);
  const head = ['article', 'outcome', 'references', 'not kept'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  out.line(line(head));
  for (const r of rows) out.line(line(r));
  const count = (k: ImportOutcome['outcome']) => outcomes.filter((o) => o.outcome === k).length;
  const refs = outcomes.reduce((n, o) => n + o.references, 0);
  const notKept = outcomes.reduce((n, o) => n + o.notKept, 0);
  out.line(`${outcomes.length} article${outcomes.length === 1 ? '' : 's'}: ${count('written')} written, ${count('replaced')} replaced, ${count('kept')} kept, ${count('failed')} failed; ${refs} references mapped; ${notKept} elements not kept`);
  out.result({
    articles: outcomes.map((o) => ({ file: o.file, id: o.id ?? null, outcome: o.outcome, references: o.references, notKept: o.notKept, ...(o.profileWritten && { profileWritten: o.profileWritten }), ...(o.message && { message: o.message }) })),
    summary: { articles: outcomes.length, written: count('written'), replaced: count('replaced'), kept: count('kept'), failed: count('failed'), references: refs, notKept },
  });
}
