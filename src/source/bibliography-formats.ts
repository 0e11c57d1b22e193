// Bibliography files → CSL items with the position of each item. CSL-YAML and
// CSL-JSON are read with the YAML parser (JSON is YAML), which keeps positions;
// BibTeX and RIS go through citation-js.
import { createRequire } from 'node:module';
import type { CslItem, Position } from '../model/types.js';
import { parseYamlDoc } from '../util/yaml-doc.js';
import { findEscapedYamlProblems, type HygieneProblem } from './hygiene.js';
import { escapeRegExp } from '../util/escape-regexp.js';

export interface ParsedBibliography {
  /** Raw items (not yet checked) with where each was written. */
  items: { value: unknown; position: Position }[];
  /** `complete`: the message is a whole "Unexpected X, expected Y" already. */
  errors: { message: string; position: Position; complete?: boolean }[];
  /** Characters XML cannot hold, written as YAML escapes (literal ones are found in the text). */
  escapes?: HygieneProblem[];
}

const require = createRequire(import.meta.url);
type CiteClass = new (data: string, options: { forceType: string }) => { data: Record<string, unknown>[] };
let cite: CiteClass | undefined;
function citeClass(): CiteClass {
  if (!cite) {
    cite = (require('@citation-js/core') as { Cite: CiteClass }).Cite;
    require('@citation-js/plugin-bibtex');
    require('@citation-js/plugin-ris');
  }
  return cite;
}

/** BibTeX `langid` / RIS `LA` names → the ISO codes CSL `language` holds. */
export const languageNames: Record<string, string> = {
  russian: 'ru', english: 'en', american: 'en', british: 'en', german: 'de', ngerman: 'de', french: 'fr',
  ukrainian: 'uk', belarusian: 'be', polish: 'pl', czech: 'cs', italian: 'it', spanish: 'es', latin: 'la',
};

export function parseBibliographyText(text: string, file: string): ParsedBibliography {
  const ext = file.toLowerCase().replace(/^.*\./, '');
  if (ext === 'bib' || ext === 'bibtex') return viaCitationJs(text, file, '@biblatex/text', (id) => new RegExp(`@\\w+\\s*[{(]\\s*${escapeRegExp(id)}\\s*,`));
  if (ext === 'ris') return viaCitationJs(text, file, '@ris/file', undefined);
  return viaYaml(text, file);
}

function viaYaml(text: string, file: string): ParsedBibliography {
  const doc = parseYamlDoc(text, file);
  if (doc.errors.length) return { items: [], errors: doc.errors.map((e) => (e.complete ? e : { message: `Unexpected syntax: ${e.message}`, position: e.position })) };
  const value = doc.value as unknown;
  // A plain list of items, or Pandoc's `references:` map.
  const [list, base] = Array.isArray(value)
    ? [value, '']
    : value && typeof value === 'object' && Array.isArray((value as { references?: unknown }).references)
      ? [(value as { references: unknown[] }).references, 'references.']
      : [undefined, ''];
  if (!list)
    return { items: [], errors: [{ message: 'Unexpected content, expected a list of CSL items (or a `references:` list)', position: doc.positionOf('') }] };
  return { items: list.map((v, i) => ({ value: v, position: doc.positionOf(`${base}${i}`) })), errors: [], escapes: findEscapedYamlProblems(doc.escapedScalars()) };
}

function viaCitationJs(text: string, file: string, forceType: string, locate: ((id: string) => RegExp) | undefined): ParsedBibliography {
  let data: Record<string, unknown>[];
  try {
    data = new (citeClass())(text, { forceType }).data;
  } catch (e) {
    const message = String((e as Error)?.message ?? e).split('\n')[0];
    const at = /line (\d+) col (\d+)/.exec(message);
    return { items: [], errors: [{ message: `Unexpected syntax: ${message}`, position: { file, line: at ? Number(at[1]) : 1, column: at ? Number(at[2]) : 1 } }] };
  }
  const risStarts = [...text.matchAll(/^TY {2}- /gm)].map((m) => m.index);
  const items = data.map((raw, i) => {
    const { _graph: _, ...item } = raw;
    if (typeof item.language === 'string') item.language = languageNames[item.language.toLowerCase()] ?? item.language;
    const offset = locate ? locate(String(item.id)).exec(text)?.index : risStarts[i];
    return { value: item as CslItem, position: offsetPosition(text, offset ?? 0, file) };
  });
  return { items, errors: [] };
}

function offsetPosition(text: string, offset: number, file: string): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { file, line, column: offset - before.lastIndexOf('\n') };
}

