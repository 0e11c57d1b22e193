// A CSL style checked against the CSL 1.0.2 schema (csl-validator-wasm, offline),
// with file:line:column. CSL-M's one extension Galley's styles use — several
// <layout>s, one per `locale` — is outside the 1.0.2 schema, and so are the
// variables Galley itself adds to items (`title-en`, prepare.ts): those reports
// are left out, nothing else is. Imports nothing but the validator, V8's flags
// and the import helper: it runs on the validation worker
// (src/checks/xml/schema-worker.ts) in builds.
import { withRaisedWasmTieringBudget } from '../util/v8-flags.js';
import { importPackage } from '../util/import-package.js';

export interface StyleSchemaError {
  line: number;
  column: number;
  message: string;
}

/** rnv's report: `/style.csl:12:4: error: attribute ^x not allowed` then indented `required:`/`allowed:` lines. */
export function parseRnvReport(report: string): StyleSchemaError[] {
  const out: StyleSchemaError[] = [];
  for (const m of report.matchAll(/^\/style\.csl:(\d+):(\d+): error: (.*)$/gm)) out.push({ line: Number(m[1]), column: Number(m[2]) + 1, message: m[3].replace(/http:\/\/purl\.org\/net\/xbiblio\/csl\^/g, '').replace(/\^/g, '') });
  return out;
}

/** The lines of CSL-M's per-locale layouts (and of the layouts that follow them in the same element). */
function cslmLayoutLines(xml: string): Set<number> {
  const lines = new Set<number>();
  const lineAt = (offset: number) => xml.slice(0, offset).split('\n').length;
  for (const parent of xml.matchAll(/<(citation|bibliography)\b[\s\S]*?<\/\1>/g)) {
    const layouts = [...parent[0].matchAll(/<layout\b[^>]*>/g)];
    if (!layouts.some((l) => /\slocale=/.test(l[0]))) continue;
    for (const l of layouts) lines.add(lineAt(parent.index + l.index));
  }
  return lines;
}

/** Variables Galley's preparation adds to every item (prepare.ts). Data. */
const galleyVariables = ['title-en'];
const galleyVariable = new RegExp(`^attribute variable with invalid value "(?:${galleyVariables.join('|')})"$`);

/** The style's schema errors (line, column, rnv's words), Galley's own extensions left out. */
export async function styleSchemaErrors(xml: string): Promise<StyleSchemaError[]> {
  const { validateStyle } = await importPackage<typeof import('csl-validator-wasm')>('csl-validator-wasm');
  const skip = cslmLayoutLines(xml);
  const report = await withRaisedWasmTieringBudget(() => validateStyle(xml));
  return parseRnvReport(report).filter((e) => !(skip.has(e.line) && /(attribute locale|element layout) not allowed/.test(e.message)) && !galleyVariable.test(e.message));
}
