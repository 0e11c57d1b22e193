// UDC notation → tokens, each with its 1-based column (UTF-16 code units, as
// the yaml library and editors count). The notation has no spaces: any
// character outside the UDC signs, digits and letters is an error here.

export type UdcTokenKind =
  | 'digits' | 'letters'
  | 'point' | 'plus' | 'slash' | 'colon' | 'double-colon'
  | 'lbracket' | 'rbracket' | 'lparen' | 'rparen'
  | 'equals' | 'quote' | 'hyphen' | 'apostrophe' | 'star'
  | 'end';

export interface UdcToken {
  kind: UdcTokenKind;
  text: string;
  column: number;
}

export interface UdcSyntaxError {
  message: string;
  /** 1-based column in the notation. */
  column: number;
}

const signs: Record<string, UdcTokenKind> = {
  '.': 'point', '+': 'plus', '/': 'slash', ':': 'colon', '[': 'lbracket', ']': 'rbracket',
  '(': 'lparen', ')': 'rparen', '=': 'equals', '"': 'quote', '-': 'hyphen', "'": 'apostrophe', '*': 'star',
};

/** Characters editors paste by accident, with the sign that was meant. */
const confusables: Record<string, string> = {
  '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '″': '"',
  '‘': "'", '’': "'", '′': "'",
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '−': '-',
  '／': '/', '＋': '+', '：': ':', '（': '(', '）': ')',
};

const letter = /^[\p{L}\p{M}]$/u;

export type TokenizeResult = { ok: true; tokens: UdcToken[] } | { ok: false; error: UdcSyntaxError };

export function tokenizeUdc(text: string): TokenizeResult {
  const tokens: UdcToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const column = i + 1;
    if (ch >= '0' && ch <= '9') {
      const run = /^[0-9]+/.exec(text.slice(i))![0];
      tokens.push({ kind: 'digits', text: run, column });
      i += run.length;
    } else if (letter.test(ch)) {
      const run = /^[\p{L}\p{M}]+/u.exec(text.slice(i))![0];
      tokens.push({ kind: 'letters', text: run, column });
      i += run.length;
    } else if (ch === ':' && text[i + 1] === ':') {
      tokens.push({ kind: 'double-colon', text: '::', column });
      i += 2;
    } else if (signs[ch]) {
      tokens.push({ kind: signs[ch], text: ch, column });
      i += 1;
    } else {
      return { ok: false, error: { column, message: unexpectedCharacter(ch) } };
    }
  }
  tokens.push({ kind: 'end', text: '', column: text.length + 1 });
  return { ok: true, tokens };
}

function unexpectedCharacter(ch: string): string {
  const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (/\s/.test(ch)) return `Unexpected space (${code}), expected no spaces inside a UDC notation`;
  if (/[\p{Cf}\p{Cc}]/u.test(ch)) return `Unexpected invisible character ${code}, expected digits, letters or a UDC sign (. + / : :: [ ] ( ) = " - ' *)`;
  const meant = confusables[ch];
  if (meant) return `Unexpected '${ch}' (${code}), expected the plain sign '${meant}'`;
  return `Unexpected '${ch}' (${code}), expected digits, letters or a UDC sign (. + / : :: [ ] ( ) = " - ' *)`;
}
