// Token cursor shared by the UDC grammars: lookahead, "Unexpected X, expected Y"
// failures with columns, digit groups and closing signs.
import type { UdcNonUdc } from './ast.js';
import type { UdcSyntaxError, UdcToken, UdcTokenKind } from './tokens.js';

/** Internal control flow only: parseUdc turns it into a result, never the user. */
export class ParseFailure {
  constructor(readonly error: UdcSyntaxError) {}
}

export class Cursor {
  private pos = 0;

  constructor(private readonly tokens: UdcToken[]) {}

  get tok(): UdcToken {
    return this.tokens[this.pos];
  }

  peek(n = 1): UdcToken {
    return this.tokens[Math.min(this.pos + n, this.tokens.length - 1)];
  }

  next(): UdcToken {
    const t = this.tok;
    if (t.kind !== 'end') this.pos++;
    return t;
  }

  fail(token: UdcToken, expected: string): never {
    throw new ParseFailure({ column: token.column, message: `Unexpected ${describe(token)}, expected ${expected}` });
  }

  failAt(column: number, unexpected: string, expected: string): never {
    throw new ParseFailure({ column, message: `Unexpected ${unexpected}, expected ${expected}` });
  }

  /**
   * Read `digits ('.' digits)*` starting from an already consumed digits token.
   * Strict: every group but the last has exactly three digits, none has more,
   * and a point followed by 0 is left for the next element (`37.015`, `94(47).084`).
   */
  groups(first: UdcToken, strict: boolean): string {
    const checkLength = (t: UdcToken) => {
      if (strict && t.text.length > 3)
        this.failAt(t.column + 3, `fourth digit '${t.text[3]}' in a group`, 'a point after every third digit (as in 821.161.1)');
    };
    checkLength(first);
    let value = first.text;
    let last = first.text.length;
    while (this.tok.kind === 'point') {
      const point = this.tok;
      const digits = this.peek();
      if (digits.kind !== 'digits') this.fail(digits, `a digit after the point at column ${point.column}`);
      if (strict && digits.text.startsWith('0')) break;
      if (strict && last !== 3)
        this.failAt(point.column, `'.' after ${last} digit${last === 1 ? '' : 's'}`, 'a point only after every third digit (as in 329.8 or 821.161.1)');
      this.next();
      this.next();
      checkLength(digits);
      value += `.${digits.text}`;
      last = digits.text.length;
    }
    return value;
  }

  /** `*433`, `*E4`, `*kg51`: notation from outside UDC (Table 1h), after a number or inside a date. */
  nonUdc(): UdcNonUdc {
    const star = this.next();
    if (this.tok.kind !== 'digits' && this.tok.kind !== 'letters') this.fail(this.tok, "a non-UDC code after '*' (such as *433 or *E4)");
    let value = '*';
    while (this.tok.kind === 'digits' || this.tok.kind === 'letters' || (this.tok.kind === 'point' && this.peek().kind === 'digits' && /\d$/.test(value)))
      value += this.next().text;
    return { type: 'non-udc', value, column: star.column };
  }

  /** Consume the sign closing `open`; an unclosed sign is reported at its own column. */
  close(open: UdcToken, kind: UdcTokenKind, sign: string): void {
    if (this.tok.kind === kind) {
      this.next();
      return;
    }
    const expected = `a closing '${sign}' for the '${open.text}' at column ${open.column}`;
    if (this.tok.kind === 'end') this.failAt(open.column, 'end of notation', expected);
    this.fail(this.tok, expected);
  }
}

function describe(token: UdcToken): string {
  if (token.kind === 'end') return 'end of notation';
  if (token.kind === 'letters') return `letters '${token.text}'`;
  return `'${token.text}'`;
}
