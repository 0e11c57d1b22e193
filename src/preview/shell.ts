// The preview page: the HTML galley and the paged print view side by side,
// with the last build's problems listed above them. Rendered on the server so
// errors show even before (or without) the live-reload script.
import { relative } from 'node:path';
import type { Diagnostic } from '../checks/diagnostic.js';
import { sortDiagnostics } from '../checks/diagnostic.js';
import { escapeHtml } from '../render/xml-escape.js';
import type { PreviewBuild } from './build.js';

export const routes = {
  html: '/html/index.html',
  print: '/print/',
  events: '/_preview/events',
  client: '/_preview/client.js',
  status: '/_preview/status.json',
  polyfill: '/_preview/paged.polyfill.js',
} as const;

/** One line per diagnostic, as the terminal prints it: file:line:col severity rule message. */
export function diagnosticLine(d: Diagnostic, cwd: string): string {
  const where = d.position ? `${relative(cwd, d.position.file) || d.position.file}:${d.position.line}:${d.position.column}` : '-';
  return `${where} ${d.severity} ${d.rule} ${d.message}`;
}

export function statusText(build: PreviewBuild | undefined): string {
  if (!build) return 'building…';
  const errors = build.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = build.diagnostics.filter((d) => d.severity === 'warning').length;
  const shown = build.ok ? '' : build.everGood ? ' (showing the last good output)' : ' (nothing to show until a build succeeds)';
  return `build ${build.version}: ${build.ok ? 'ok' : 'failed'} in ${build.ms} ms, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${shown}`;
}

export function overlayItems(build: PreviewBuild | undefined, cwd: string): { severity: string; text: string }[] {
  return sortDiagnostics(build?.diagnostics ?? [])
    .filter((d) => d.severity !== 'info')
    .map((d) => ({ severity: d.severity, text: diagnosticLine(d, cwd) }));
}

export function shellPage(id: string, build: PreviewBuild | undefined, cwd: string): string {
  const items = overlayItems(build, cwd)
    .map((i) => `<li class="${i.severity}">${escapeHtml(i.text)}</li>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Galley preview — ${escapeHtml(id)}</title>
<style>
  html, body { height: 100%; margin: 0; font: 14px/1.4 system-ui, sans-serif; }
  body { display: flex; flex-direction: column; }
  header { display: flex; gap: 1rem; align-items: baseline; padding: 0.4rem 0.8rem; background: #222; color: #eee; }
  header h1 { font-size: 1rem; margin: 0; }
  #status[data-ok="false"] { color: #ffb3b3; font-weight: bold; }
  #problems { margin: 0; padding: 0.4rem 0.8rem 0.4rem 2rem; max-height: 30vh; overflow: auto; background: #fff4f4; border-bottom: 2px solid #b00020; font: 13px/1.4 ui-monospace, monospace; }
  #problems:empty { display: none; }
  #problems li.error { color: #8b0000; }
  #problems li.warning { color: #6b4e00; }
  main { flex: 1; display: grid; grid-template-columns: 1fr 1fr; min-height: 0; }
  iframe { width: 100%; height: 100%; border: 0; border-right: 1px solid #999; }
  @media (max-width: 60rem) { main { grid-template-columns: 1fr; grid-auto-rows: 100vh; } }
</style>
</head>
<body>
<header><h1>Galley preview: ${escapeHtml(id)}</h1><p id="status" role="status" data-ok="${build?.ok ?? true}">${escapeHtml(statusText(build))}</p></header>
<ol id="problems" aria-label="Build problems">${items}</ol>
<main>
<iframe id="html-view" title="HTML galley" src="${routes.html}"></iframe>
<iframe id="print-view" title="Print view (paged.js)" src="${routes.print}"></iframe>
</main>
<script src="${routes.client}" data-version="${build?.version ?? ''}" defer></script>
</body>
</html>
`;
}
