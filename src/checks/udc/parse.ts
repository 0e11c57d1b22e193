// Recursive-descent parser for UDC notation (grammar: docs/udc.md).
// It knows the syntax the UDC Consortium defines, not the tables: it can tell
// that `94(470)"1917/1927"` is well formed, not that class 94 exists.
import type { UdcBracketed, UdcNode, UdcNumber } from './ast.js';
import { Cursor, ParseFailure } from './cursor.js';
import { parseTime } from './time.js';
import { tokenizeUdc, type UdcSyntaxError, type UdcToken } from './tokens.js';

export type UdcParseResult =
  | { ok: true; ast: UdcNode; tokens: UdcToken[] }
  | { ok: false; error: UdcSyntaxError };

export function parseUdc(text: string): UdcParseResult {
  if (text.trim() === '') return { ok: false, error: { column: 1, message: 'Unexpected empty notation, expected a UDC number such as 94(470)' } };
  const lexed = tokenizeUdc(text);
  if (!lexed.ok) return lexed;
  try {
    return { ok: true, ast: new Parser(new Cursor(lexed.tokens)).notation(), tokens: lexed.tokens };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    throw e;
  }
}

/** Bracketed auxiliaries after which digits resume the main number: (410)1, 622(410).333. */
const biterminal = new Set<UdcNode['type']>(['form', 'place', 'ethnic', 'time']);
const startExpected = 'a UDC number or auxiliary';

class Parser {
  constructor(private readonly c: Cursor) {}

  notation(): UdcNode {
    const ast = this.expression();
    if (this.c.tok.kind !== 'end') this.c.fail(this.c.tok, 'a connector (+ / : ::) or the end of the notation');
    return ast;
  }

  /** relation := coordination ((':' | '::') coordination)* — the loosest binding. */
  private expression(): UdcNode {
    let left = this.coordination();
    while (this.c.tok.kind === 'colon' || this.c.tok.kind === 'double-colon') {
      const op = this.c.next();
      const right = this.coordination(op);
      left = { type: 'relation', operator: op.text as ':' | '::', left, right, column: left.column };
    }
    return left;
  }

  /** coordination := extension ('+' extension)* */
  private coordination(after?: UdcToken): UdcNode {
    const first = this.extension(after);
    const items = [first];
    while (this.c.tok.kind === 'plus') {
      const op = this.c.next();
      items.push(this.extension(op));
    }
    return items.length === 1 ? first : { type: 'coordination', items, column: first.column };
  }

  /** extension := compound ('/' (compound | abbreviated))? — one '/' per range. */
  private extension(after?: UdcToken): UdcNode {
    const from = this.compound(after);
    if (this.c.tok.kind !== 'slash') return from;
    const slash = this.c.next();
    const to = this.compound(slash, this.c.peek(0).kind === 'point');
    if (this.c.tok.kind === 'slash') this.c.fail(this.c.tok, "'+', ':' or the end of the range (a range has one '/')");
    return { type: 'extension', from, to, column: from.column };
  }

  /** compound := leading following* — elements written with no connector between them. */
  private compound(after?: UdcToken, abbreviated = false): UdcNode {
    const parts: UdcNode[] = [abbreviated ? this.pointNumber({ abbreviated: true }) : this.leading(after)];
    for (let part = this.following(parts[0]); part; part = this.following(parts[parts.length - 1])) parts.push(part);
    return parts.length === 1 ? parts[0] : { type: 'compound', parts, column: parts[0].column };
  }

  private leading(after?: UdcToken): UdcNode {
    const c = this.c;
    switch (c.tok.kind) {
      case 'digits': return this.number();
      case 'lbracket': return this.subgroup();
      case 'lparen': return this.bracketed();
      case 'quote': return parseTime(c);
      case 'equals': return this.language();
      default: return c.fail(c.tok, after ? `${startExpected} after '${after.text}'` : `${startExpected} (a notation starts with a digit, '(', '"', '=' or '[')`);
    }
  }

  /** The next element of a compound, or undefined when a connector or the end comes. */
  private following(prev: UdcNode): UdcNode | undefined {
    const c = this.c;
    switch (c.tok.kind) {
      case 'lparen': return this.bracketed();
      case 'quote': return parseTime(c);
      case 'equals': return this.language();
      case 'hyphen': return this.prefixedAux('-');
      case 'apostrophe': return this.prefixedAux("'");
      case 'star': return c.nonUdc();
      case 'letters': return this.alphabetical();
      case 'digits': return biterminal.has(prev.type) ? this.number() : undefined; // intercalation: (410)1, "18"785.7
      case 'point': {
        const digits = c.peek();
        if (digits.kind !== 'digits') c.fail(digits, `a digit after the point at column ${c.tok.column}`);
        if (digits.text.startsWith('0')) return this.pointNought();
        if (biterminal.has(prev.type)) return this.pointNumber({ continuation: true });
        return c.fail(c.tok, "a connector (+ / : ::), an auxiliary or the end of the notation (a point here must start .0…)");
      }
      default: return undefined;
    }
  }

  /** Main-table number: groups of three digits separated by points; `.0…` starts an auxiliary. */
  private number(): UdcNumber {
    const first = this.c.next();
    return { type: 'number', value: this.c.groups(first, true), column: first.column };
  }

  /** `.333` resumed after an auxiliary, or `.735` after `/`. */
  private pointNumber(flag: { continuation: true } | { abbreviated: true }): UdcNumber {
    const c = this.c;
    const point = c.next();
    const digits = c.tok;
    if (digits.kind !== 'digits') c.fail(digits, `a digit after the point at column ${point.column}`);
    c.next();
    return { type: 'number', value: `.${c.groups(digits, true)}`, column: point.column, ...flag };
  }

  /** `.0…` special auxiliary or `.00…` point of view. */
  private pointNought(): UdcNode {
    const point = this.c.next();
    const digits = this.c.next();
    const value = `.${this.c.groups(digits, true)}`;
    return digits.text.startsWith('00')
      ? { type: 'point-of-view', value, column: point.column }
      : { type: 'special', indicator: '.0', value, column: point.column };
  }

  private subgroup(): UdcNode {
    const open = this.c.next();
    const body = this.expression();
    this.c.close(open, 'rbracket', ']');
    return { type: 'subgroup', body, column: open.column };
  }

  /** `(0…)` form, `(1/9)` place, `(=…)` ethnic grouping; the content is a full expression. */
  private bracketed(): UdcBracketed {
    const c = this.c;
    const open = c.next();
    const first = c.tok;
    let type: UdcBracketed['type'];
    if (first.kind === 'equals') type = 'ethnic';
    else if (first.kind === 'digits') type = first.text.startsWith('0') ? 'form' : 'place';
    else return c.fail(first, `a place (1/9), form (0…) or ethnic grouping (=…) auxiliary after the '(' at column ${open.column}`);
    const body = this.expression();
    c.close(open, 'rparen', ')');
    return { type, body, column: open.column };
  }

  private language(): UdcNode {
    const c = this.c;
    const sign = c.next();
    const digits = c.tok;
    if (digits.kind !== 'digits') c.fail(digits, "a language number after '=' (such as =161.1)");
    c.next();
    // Table 1c numbers are compounds themselves (=03.111 'translated from English'): any grouping.
    return { type: 'language', value: `=${c.groups(digits, false)}`, column: sign.column };
  }

  /** `-058`, `-31`, `'282`: special auxiliaries and Table 1k's `-0…`. */
  private prefixedAux(indicator: '-' | "'"): UdcNode {
    const c = this.c;
    const sign = c.next();
    const digits = c.tok;
    if (digits.kind !== 'digits') c.fail(digits, `digits after '${indicator}' (an auxiliary such as ${indicator === '-' ? '-058' : "'282"})`);
    c.next();
    return { type: 'special', indicator, value: `${indicator}${c.groups(digits, true)}`, column: sign.column };
  }

  /** Direct alphabetical specification: `929Сталин`, `929Бонч-Бруевич`. */
  private alphabetical(): UdcNode {
    const c = this.c;
    const first = c.next();
    let value = first.text;
    while ((c.tok.kind === 'hyphen' || c.tok.kind === 'apostrophe') && c.peek().kind === 'letters') value += c.next().text + c.next().text;
    return { type: 'alphabetical', value, column: first.column };
  }
}
