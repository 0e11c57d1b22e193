// Time auxiliaries `"…"` (Table 1g): calendar notation, so points separate
// year.month.day and are not grouped in threes; `/` joins the ends of a period.
import type { UdcNode } from './ast.js';
import type { Cursor } from './cursor.js';
import type { UdcToken } from './tokens.js';

/** `"1917/1927"`, `"19"`, `"1898.12.11"`, `"-0054"`, `"19+20"`; the cursor stands on the opening quote. */
export function parseTime(c: Cursor): UdcNode {
  const open = c.next();
  if (c.tok.kind === 'quote') c.fail(c.tok, 'a date or period inside the quotation marks (such as "1917/1927")');
  const body = relation(c);
  c.close(open, 'quote', '"');
  return { type: 'time', body, column: open.column };
}

function relation(c: Cursor): UdcNode {
  let left = coordination(c);
  while (c.tok.kind === 'colon' || c.tok.kind === 'double-colon') {
    const op = c.next();
    left = { type: 'relation', operator: op.text as ':' | '::', left, right: coordination(c, op), column: left.column };
  }
  return left;
}

function coordination(c: Cursor, after?: UdcToken): UdcNode {
  const first = extension(c, after);
  const items = [first];
  while (c.tok.kind === 'plus') items.push(extension(c, c.next()));
  return items.length === 1 ? first : { type: 'coordination', items, column: first.column };
}

function extension(c: Cursor, after?: UdcToken): UdcNode {
  const from = date(c, after);
  if (c.tok.kind === 'hyphen') c.fail(c.tok, "'/' between the ends of a period (as in \"1917/1927\")");
  if (c.tok.kind !== 'slash') return from;
  const to = date(c, c.next());
  if (c.tok.kind === 'slash' || c.tok.kind === 'hyphen') c.fail(c.tok, "'+' or the closing '\"' (a period has one '/')");
  return { type: 'extension', from, to, column: from.column };
}

function date(c: Cursor, after?: UdcToken): UdcNode {
  const start = c.tok;
  let value = '';
  // A leading sign marks the era (-0054 is 54 BCE); '+' right after '+' is a doubled connector.
  if (start.kind === 'hyphen' || (start.kind === 'plus' && after?.kind !== 'plus')) value = c.next().text;
  const digits = c.tok;
  if (digits.kind !== 'digits') c.fail(digits, `a year or date${after ? ` after '${after.text}'` : ''} (such as 1917 or 1898.12.11)`);
  c.next();
  value += c.groups(digits, false);
  if (c.tok.kind === 'star') value += c.nonUdc().value; // "327*3": non-hierarchic numbering
  return { type: 'date', value, column: start.column };
}
