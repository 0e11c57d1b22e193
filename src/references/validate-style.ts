// The journal's own CSL styles checked against the CSL 1.0.2 schema (csl-validator-wasm,
// offline), with file:line:column. Repository styles are the repository's business.
// CSL-M's one extension Galley's styles use — several <layout>s, one per `locale` —
// is outside the 1.0.2 schema, and so are the variables Galley itself adds to items
// (`title-en`, prepare.ts): those reports are left out, nothing else is.
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import type { Profile } from '../profile/types.js';
import { findTemplate, TemplateNotFoundError } from '../render/templates.js';
import { validateRememberedAsync } from '../pipeline/verdict-cache.js';
import { readFileSync } from 'node:fs';
import { citationStyleName } from './resolve.js';

interface SchemaError {
  line: number;
  column: number;
  message: string;
}

/** rnv's report: `/style.csl:12:4: error: attribute ^x not allowed` then indented `required:`/`allowed:` lines. */
export function parseRnvReport(report: string): SchemaError[] {
  const out: SchemaError[] = [];
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

export async function validateStyleXml(xml: string, file: string): Promise<Diagnostic[]> {
  const { validateStyle } = await import('csl-validator-wasm');
  const skip = cslmLayoutLines(xml);
  return parseRnvReport(await validateStyle(xml))
    .filter((e) => !(skip.has(e.line) && /(attribute locale|element layout) not allowed/.test(e.message)) && !galleyVariable.test(e.message))
    .map((e) => diagnostic('reference-style-schema', `Unexpected CSL: ${e.message}, expected a style valid against the CSL 1.0.2 schema`, { file, line: e.line, column: e.column }));
}

/** Every style file of the journal's template folders the profile names (lists and citation style). */
export async function validateJournalStyles(profile: Profile): Promise<Diagnostic[]> {
  const names = new Set([...profile.references.lists.map((l) => l.style), citationStyleName(profile)].filter((n): n is string => !!n));
  const out: Diagnostic[] = [];
  for (const name of names) {
    let file: string;
    try {
      file = findTemplate(profile.templates, `csl/${name}.csl`);
    } catch (e) {
      if (e instanceof TemplateNotFoundError) continue; // a repository style, or reported by the references stage
      throw e;
    }
    const xml = readFileSync(file, 'utf8');
    out.push(...(await validateRememberedAsync(profile, 'csl-schema', xml, [], () => validateStyleXml(xml, file))));
  }
  return out;
}
