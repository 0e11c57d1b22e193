// Turns diagnostics into the two CLI formats: one line each for people, JSON for tools.
import { relative } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../checks/diagnostic.js';

export type ReportFormat = 'human' | 'json';

export function formatHuman(diagnostics: Diagnostic[], cwd: string): string {
  return sortDiagnostics(diagnostics)
    .map((d) => {
      const where = d.position ? `${relative(cwd, d.position.file) || d.position.file}:${d.position.line}:${d.position.column}` : '-';
      const head = `${where}  ${d.severity}  ${d.rule}  ${d.message}`;
      const detail = d.detail ? '\n' + d.detail.replace(/^/gm, '    ') : '';
      return head + detail + '\n';
    })
    .join('');
}

export function formatJson(diagnostics: Diagnostic[], cwd: string): string {
  const items = sortDiagnostics(diagnostics).map((d) => ({
    ...d,
    position: d.position ? { ...d.position, file: relative(cwd, d.position.file) || d.position.file } : undefined,
  }));
  return JSON.stringify(items, null, 2) + '\n';
}

export function summaryLine(diagnostics: Diagnostic[]): string {
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  const e = count('error');
  const w = count('warning');
  return `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`;
}
