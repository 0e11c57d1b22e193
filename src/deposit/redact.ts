// Secrets must not reach output, logs or errors, in any of the spellings a
// request or a server echo could give them: raw, URL- and form-encoded,
// XML-escaped (named or numeric references, escaped once or twice, or only in
// part), JSON-escaped, and what is left after a servlet strips "tags" out of
// it. Each character of the secret may come in any of its encodings, so a
// mixed spelling is caught too. A short secret is redacted only where it
// stands as a whole token, so it never eats into ordinary words and paths.
import { escapeRegExp } from '../util/escape-regexp.js';

export const redactedMark = '[redacted]';

export type Redactor = (text: string) => string;

/** Below this length a secret is likely to occur inside ordinary words. */
export const shortSecretLength = 8;

/** `a` matches a or A: hexadecimal digits in any case, nothing else loosened. */
const anyCase = (hex: string) => [...hex].map((d) => (/[a-f]/i.test(d) ? `[${d.toLowerCase()}${d.toUpperCase()}]` : d)).join('');
const hexDigits = (n: number, width = 1) => anyCase(n.toString(16).padStart(width, '0'));

const namedEntities: Record<string, string[]> = { '&': ['amp'], '<': ['lt'], '>': ['gt'], '"': ['quot'], "'": ['apos'], ' ': ['nbsp'], '\u00a0': ['nbsp'] };
const jsonEscapes: Record<string, string> = { '"': '\\"', '\\': '\\\\', '/': '\\/', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** Every spelling of one character, as a regular expression. */
function characterPattern(char: string): string {
  const code = char.codePointAt(0)!;
  const bytes = [...new TextEncoder().encode(char)];
  // An escaped ampersand may itself be escaped again (`&amp;lt;`).
  const amp = '&(?:amp;)*';
  // Encoded spellings before the character itself: the first that fits wins,
  // and `%` must not stop short of `%25`.
  const forms = [
    bytes.map((b) => `%${hexDigits(b, 2)}`).join(''),
    `${amp}#0*${code};`,
    `${amp}#[xX]0*${hexDigits(code)};`,
    ...(namedEntities[char] ?? []).map((name) => `${amp}${name};`),
    // JSON \uXXXX, per UTF-16 unit (a surrogate pair beyond the BMP).
    Array.from({ length: char.length }, (_, i) => `\\\\u${hexDigits(char.charCodeAt(i), 4)}`).join(''),
  ];
  if (jsonEscapes[char]) forms.push(escapeRegExp(jsonEscapes[char]));
  if (char === ' ') forms.push('\\+', '\\s+');
  forms.push(escapeRegExp(char));
  return `(?:${forms.join('|')})`;
}

/** Characters a short secret must not touch on either side: it is redacted only as a whole token. */
const before = '(?<=^|[^\\p{L}\\p{N}]|%[0-9A-Fa-f]{2}|\\\\u[0-9A-Fa-f]{4}|\\\\[nrtbf])';
const after = '(?=$|[^\\p{L}\\p{N}])';

/** References decoded, as a reader of the reply would see them (a secret may contain `&amp;` itself). */
const decodeReferences = (text: string) =>
  text
    .replace(/&#(\d+);|&#[xX]([0-9a-fA-F]+);/g, (m, dec: string, hex: string) => {
      const code = dec ? Number(dec) : parseInt(hex, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    })
    .replace(/&(lt|gt|quot|apos|nbsp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' })[name]!)
    .replace(/&amp;/g, '&');

/** The plain strings an echo may carry: the secret, its decoded reading, and what a servlet leaves after removing its "tags". */
function plainForms(secret: string): string[] {
  const forms = [secret, decodeReferences(secret)];
  if (/<[^>]*>/.test(secret)) {
    forms.push(secret.replace(/<[^>]*>/g, ''), secret.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim());
    // Each piece between "tags", if long enough to stand for the secret by itself.
    for (const piece of secret.split(/<[^>]*>/)) if (piece.trim().length >= shortSecretLength) forms.push(piece.trim());
  }
  return [...new Set(forms.filter((f) => f.trim()))];
}

export function redactor(secrets: readonly string[]): Redactor {
  const plain = [...new Set(secrets.filter((s) => s && s.trim()).flatMap(plainForms))].sort((a, b) => b.length - a.length);
  if (!plain.length) return (text) => text;
  // Longest first, so a form that contains another is replaced whole.
  const patterns = plain.map((form) => {
    const body = [...form].map(characterPattern).join('');
    return [...form].length < shortSecretLength ? `${before}${body}${after}` : body;
  });
  const pattern = new RegExp(patterns.join('|'), 'gu');
  return (text) => text.replace(pattern, redactedMark);
}
