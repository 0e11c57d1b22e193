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

/** What XML 1.0 cannot hold, lone surrogates included (only escapes can make those). */
const illegalOrSurrogate = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const yamlEscape = /\\(?:[0abtvfenr"\\/ N_LP\t]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/g;
const simpleEscapes: Record<string, number> = { '0': 0, a: 7, b: 8, v: 0x0b, f: 0x0c, e: 0x1b };

function codeName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function isIllegalCode(code: number): boolean {
  return code <= 0x10ffff && illegalOrSurrogate.test(code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code));
}

/**
 * Escapes in double-quoted YAML (`"\0"`, `"\x0B"`, `"\uD800"`) that make
 * characters XML cannot hold: reported like the same characters typed literally.
 */
export function findEscapedYamlProblems(scalars: { value: string; raw: string; positionAt(index: number): Position }[]): HygieneProblem[] {
  const problems: HygieneProblem[] = [];
  for (const scalar of scalars) {
    if (!illegalOrSurrogate.test(scalar.value)) continue;
    for (const m of scalar.raw.matchAll(yamlEscape)) {
      const body = m[0].slice(1);
      const code = body.length === 1 ? simpleEscapes[body] : /^[xuU]/.test(body) ? parseInt(body.slice(1), 16) : undefined;
      if (code === undefined || !isIllegalCode(code)) continue;
      // `\uD83D\uDE00` is one character written as its two halves.
      if (code >= 0xd800 && code <= 0xdbff && /^\\u[dD][c-fC-F][0-9A-Fa-f]{2}/.test(scalar.raw.slice(m.index + 6))) continue;
      if (code >= 0xdc00 && code <= 0xdfff && /\\u[dD][89abAB][0-9A-Fa-f]{2}$/.test(scalar.raw.slice(0, m.index))) continue;
      problems.push({
        rule: 'source-control-char',
        message: `Unexpected escape ${m[0]} for ${codeName(code)}, expected text characters allowed in XML 1.0 (it is removed)`,
        position: scalar.positionAt(m.index),
      });
      if (problems.length >= maxReportsPerRule) return problems;
    }
  }
  return problems;
}

const characterReference = /&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));/g;

/** Markdown character references (`&#11;`) to characters XML cannot hold. */
function findReferenceProblems(line: string, lineNumber: number, file: string): HygieneProblem | undefined {
  for (const m of line.matchAll(characterReference)) {
    const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (!isIllegalCode(code)) continue;
    // CommonMark prints most of them as U+FFFD; the form feed it keeps, and XML cannot.
    const fate = code === 0x0c ? 'it is removed' : 'it prints as U+FFFD';
    return {
      rule: 'source-control-char',
      message: `Unexpected character reference ${m[0]} for ${codeName(code)}, expected text characters allowed in XML 1.0 (${fate})`,
      position: { file, line: lineNumber, column: [...line.slice(0, m.index)].length + 1 },
    };
  }
  return undefined;
}

/** One problem per offending line, at the first offending column. */
export function findHygieneProblems(text: string, file: string): HygieneProblem[] {
  const problems: HygieneProblem[] = [];
  // Clean text (nearly every file) is answered by two whole-text scans, not a million line scans.
  if (!illegalChar.test(text) && !text.includes('&#') && text === text.normalize('NFC')) return problems;
  let control = 0;
  let nfc = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const bad = illegalChar.exec(line);
    const reference = bad ? undefined : line.includes('&#') ? findReferenceProblems(line, i + 1, file) : undefined;
    if (reference && control++ < maxReportsPerRule) problems.push(reference);
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
