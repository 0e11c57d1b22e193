// Diagnostics in each CLI format: one line each (with the source excerpt) for
// people, the diagnostic record for JSON, workflow annotations for GitHub.
import { relative } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../checks/diagnostic.js';
import { ruleCatalogue } from '../checks/catalogue/index.js';
import { noPaint, type Paint } from './colour.js';
import { excerptReader } from './excerpt.js';

const shownPath = (file: string, cwd: string) => relative(cwd, file) || file;

export interface HumanOptions {
  paint?: Paint;
  /** Show the source line under each diagnostic (off for tests that count lines). */
  excerpts?: boolean;
}

export function formatHuman(diagnostics: Diagnostic[], cwd: string, options: HumanOptions = {}): string {
  const paint = options.paint ?? noPaint;
  const excerpt = options.excerpts === false ? () => undefined : excerptReader();
  return collapseYamlCascades(sortDiagnostics(diagnostics))
    .map((d) => {
      const where = d.position ? `${shownPath(d.position.file, cwd)}:${d.position.line}:${d.position.column}` : '-';
      const head = `${paint(where, 'bold')}  ${paint(d.severity, d.severity)}  ${paint(d.rule, 'dim')}  ${d.message}`;
      // A diagnostic with its own detail (the UDC rule's excerpt, a diff) shows that instead.
      const below = d.detail ?? (d.position ? excerpt(d.position.file, d.position.line, d.position.column) : undefined);
      return head + (below ? '\n' + below.replace(/^/gm, '    ') : '') + '\n';
    })
    .join('');
}

/**
 * After one YAML syntax error the parser's further errors in the same file
 * mostly follow from it (a missing quote reads the next lines wrongly): only
 * the first is shown, with a note; JSON and SARIF keep them all.
 */
export function collapseYamlCascades(sorted: Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, Diagnostic>();
  const out: Diagnostic[] = [];
  const hidden = new Map<Diagnostic, number>();
  for (const d of sorted) {
    const file = d.position?.file;
    if (file && d.message.startsWith('Unexpected YAML syntax')) {
      const first = seen.get(file);
      if (first) {
        hidden.set(first, (hidden.get(first) ?? 0) + 1);
        continue;
      }
      seen.set(file, d);
    }
    out.push(d);
  }
  return out.map((d) => (hidden.has(d) ? { ...d, message: `${d.message} (${hidden.get(d)} later YAML error${hidden.get(d) === 1 ? '' : 's'} in this file not shown: they follow from this one)` } : d));
}

/** The rule's own link: the diagnostic's, else the catalogue's. */
export function ruleUrl(d: Diagnostic): string | null {
  return d.url ?? (ruleCatalogue[d.rule] as { url?: string } | undefined)?.url ?? null;
}

export interface JsonDiagnostic {
  rule: string;
  severity: Diagnostic['severity'];
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  url: string | null;
  detail?: string;
}

export function jsonDiagnostics(diagnostics: Diagnostic[], cwd: string): JsonDiagnostic[] {
  return sortDiagnostics(diagnostics).map((d) => ({
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    file: d.position ? shownPath(d.position.file, cwd) : null,
    line: d.position?.line ?? null,
    column: d.position?.column ?? null,
    url: ruleUrl(d),
    ...(d.detail && { detail: d.detail }),
  }));
}

/** GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=rule::message`. */
export function formatGithub(diagnostics: Diagnostic[], cwd: string): string {
  const command = { error: 'error', warning: 'warning', info: 'notice' } as const;
  // Workflow-command escaping: data escapes %, CR, LF; properties also : and ,.
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return sortDiagnostics(diagnostics)
    .map((d) => {
      const props = [
        ...(d.position ? [`file=${property(shownPath(d.position.file, cwd))}`, `line=${d.position.line}`, `col=${d.position.column}`] : []),
        `title=${property(d.rule)}`,
      ];
      return `::${command[d.severity]} ${props.join(',')}::${data(d.message)}\n`;
    })
    .join('');
}

export function summaryLine(diagnostics: Diagnostic[]): string {
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  const e = count('error');
  const w = count('warning');
  return `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`;
}
