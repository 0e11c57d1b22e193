// The one output contract of every verb: diagnostics on stderr, results on
// stdout; with --format json one versioned document (docs/cli-output.schema.json)
// that is written even when the command fails fatally.
import { relative } from 'node:path';
import type { Diagnostic } from '../checks/diagnostic.js';
import type { FormatName } from './args.js';
import { paintFor, type Paint } from './colour.js';
import type { CliIO } from './io.js';
import { formatGithub, formatHuman, jsonDiagnostics } from './report.js';
import { formatSarif } from './sarif.js';
import { galleyVersion } from './version.js';

/** Bumped when a field changes meaning or disappears; adding a field keeps it. */
export const outputFormatVersion = 1;

export interface Fatal {
  kind: 'usage' | 'internal' | 'failed';
  message: string;
}

export interface Output {
  readonly format: FormatName;
  readonly paint: Paint;
  /** Diagnostics: printed at once (stderr) for people, collected for the documents. */
  diagnostics(list: Diagnostic[]): void;
  /** A line of results for people (stdout); the documents carry results through `result`. */
  line(text: string): void;
  /** Progress for people (stderr), never in a document. */
  progress(text: string): void;
  /** A file the command wrote. */
  output(path: string, article?: string): void;
  /** Verb-specific results, merged into the document's `result`. */
  result(values: Record<string, unknown>): void;
  /** A named duration in milliseconds. */
  time(name: string, ms: number): void;
  /** End the run: write the document (json, sarif). */
  finish(exitCode: number, fatal?: Fatal): void;
}

export interface OutputOptions {
  verb: string;
  format: FormatName;
  /** Source excerpts under human diagnostics (default on). */
  excerpts?: boolean;
}

export function createOutput(io: CliIO, options: OutputOptions): Output {
  const started = performance.now();
  const collected: Diagnostic[] = [];
  const outputs: { path: string; article?: string }[] = [];
  const timings: Record<string, number> = {};
  const result: Record<string, unknown> = {};
  const paint = options.format === 'human' ? paintFor(io.colorTTY ?? false, io.env) : paintFor(false, io.env);
  const people = options.format === 'human' || options.format === 'github';
  let finished = false;
  return {
    format: options.format,
    paint,
    diagnostics(list) {
      collected.push(...list);
      if (!list.length) return;
      if (options.format === 'human') io.stderr(formatHuman(list, io.cwd, { paint, excerpts: options.excerpts }));
      else if (options.format === 'github') io.stderr(formatGithub(list, io.cwd));
    },
    line(text) {
      if (people) io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    },
    progress(text) {
      if (people) io.stderr(text.endsWith('\n') ? text : `${text}\n`);
    },
    output(path, article) {
      outputs.push({ path: relative(io.cwd, path) || path, ...(article && { article }) });
    },
    result(values) {
      Object.assign(result, values);
    },
    time(name, ms) {
      timings[name] = Math.round(ms);
    },
    finish(exitCode, fatal) {
      if (finished) return;
      finished = true;
      // The one line a person reads in every format (a bug's own line is written by the dispatcher).
      if (fatal && fatal.kind !== 'internal') io.stderr(`galley ${options.verb}: ${fatal.message}\n`);
      if (options.format === 'sarif') io.stdout(formatSarif(collected, io.cwd, galleyVersion, { exitCode, fatal }));
      if (options.format !== 'json') return;
      const count = (s: Diagnostic['severity']) => collected.filter((d) => d.severity === s).length;
      const document = {
        format: 'galley-output',
        version: outputFormatVersion,
        galley: galleyVersion,
        verb: options.verb,
        ok: exitCode === 0,
        exitCode,
        fatal: fatal ?? null,
        summary: { errors: count('error'), warnings: count('warning'), infos: count('info') },
        diagnostics: jsonDiagnostics(collected, io.cwd),
        outputs,
        timings: { ...timings, totalMs: Math.round(performance.now() - started) },
        result,
      };
      io.stdout(JSON.stringify(document, null, 2) + '\n');
    },
  };
}
