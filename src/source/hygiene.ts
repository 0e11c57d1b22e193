// Characters that must not reach the outputs (XML 1.0 forbids them) and text
// that is not in Unicode NFC: reported where they were written, cleaned in the model.
import { stripIllegalXmlChars } from '../render/xml-escape.js';
import type { Position } from '../model/types.js';
import type { RuleId } from '../checks/catalogue/index.js';

export interface HygieneProblem {
  rule: RuleId;
  message: string;
  position: Position;
}

// Same set as the escaper strips; lone surrogates cannot survive UTF-8 decoding.
const illegalChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** A file full of problems should not flood the report: one per line, and at most this many lines. */
const maxReportsPerRule = 20;

/** One problem per offending line, at the first offending column. */
export function findHygieneProblems(text: string, file: string): HygieneProblem[] {
  const problems: HygieneProblem[] = [];
  let control = 0;
  let nfc = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const bad = illegalChar.exec(line);
    if (bad && control++ < maxReportsPerRule) {
      const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      problems.push({
        rule: 'source-control-char',
        message: `Unexpected control character U+${code}, expected text characters allowed in XML 1.0 (it is removed)`,
        position: { file, line: i + 1, column: [...line.slice(0, bad.index)].length + 1 },
      });
    }
    if (nfc < maxReportsPerRule && line !== line.normalize('NFC')) {
      nfc++;
      const column = firstNonNfcColumn(line);
      const chunk = [...line].slice(Math.max(0, column - 2), column + 2).join('');
      problems.push({
        rule: 'source-nfc',
        message: `Unexpected decomposed characters in ${JSON.stringify(chunk)}, expected Unicode NFC (it is normalised)`,
        position: { file, line: i + 1, column },
      });
    }
  }
  return problems;
}

/** 1-based column (in code points) where the line stops being NFC. */
function firstNonNfcColumn(line: string): number {
  const chars = [...line];
  for (let k = 0; k < chars.length; k++) {
    // A singleton that NFC replaces (U+212B ANGSTROM SIGN) is itself the spot…
    if (chars[k].normalize('NFC') !== chars[k]) return k + 1;
    // …a base letter followed by a combining mark composes: point at the letter.
    const pair = chars[k] + (chars[k + 1] ?? '');
    if (pair.normalize('NFC') !== pair) return k + 1;
  }
  return 1;
}

/** The text as it enters the model: XML-legal and NFC. */
export function cleanText(text: string): string {
  return stripIllegalXmlChars(text).normalize('NFC');
}

/** cleanText over every string of a parsed YAML value. */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleanDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cleanDeep(v);
    return out as T;
  }
  return value;
}
