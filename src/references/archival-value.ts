// The value of one archival level, checked by hand rather than by the regular
// expression that states it:
//   number := (\p{L}{1,3} -?)? \d+ \p{L}? (\s* об\.)?        (Р-5446, 12а, 42 об.)
//   value  := number (\s* [–-] \s* number)? (, \s* number (\s* [–-] \s* number)?)*
// V8 spends ~20 ms compiling that expression with eight \p{L} (its first use in a
// build); this walk answers the same (test/references/archival-value.test.ts
// compares both on generated strings) with one single-letter test.

const letter = /^\p{L}$/u;
const space = /^\s$/;

/** The length (1 or 2 code units) of the letter starting at i, 0 when there is none. */
function letterAt(s: string, i: number): number {
  const cp = s.codePointAt(i);
  if (cp === undefined) return 0;
  const ch = String.fromCodePoint(cp);
  return letter.test(ch) ? ch.length : 0;
}

const isDigit = (s: string, i: number) => s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;

function skipSpaces(s: string, i: number): number {
  while (i < s.length && space.test(s[i])) i++;
  return i;
}

/**
 * Where a `number` starting at i can end. Digits are taken whole (nothing after
 * them may start with a digit); whitespace before `об.` or a dash is taken whole
 * (neither starts with whitespace).
 */
function numberEnds(s: string, i: number): number[] {
  const starts = [i];
  for (let k = 0, j = i; k < 3; k++) {
    const n = letterAt(s, j);
    if (!n) break;
    j += n;
    starts.push(j);
    if (s[j] === '-') starts.push(j + 1);
  }
  const ends = new Set<number>();
  for (const p of starts) {
    let e = p;
    while (isDigit(s, e)) e++;
    if (e === p) continue;
    for (const q of [e, e + letterAt(s, e)]) {
      ends.add(q);
      const r = skipSpaces(s, q);
      if (s.startsWith('об.', r)) ends.add(r + 3);
    }
  }
  return [...ends];
}

/** Where `number (\s* [–-] \s* number)?` starting at i can end. */
function rangeEnds(s: string, i: number): number[] {
  const out: number[] = [];
  for (const e of numberEnds(s, i)) {
    out.push(e);
    const r = skipSpaces(s, e);
    if (s[r] === '–' || s[r] === '-') out.push(...numberEnds(s, skipSpaces(s, r + 1)));
  }
  return out;
}

/** The whole text is a level's value (numbers, ranges, lists, verso sheets). */
export function isLevelValue(s: string): boolean {
  const seen = new Set<number>();
  let frontier = rangeEnds(s, 0);
  while (frontier.length) {
    const next: number[] = [];
    for (const e of frontier) {
      if (seen.has(e)) continue;
      seen.add(e);
      if (s[e] === ',') next.push(...rangeEnds(s, skipSpaces(s, e + 1)));
    }
    frontier = next;
  }
  return seen.has(s.length);
}

/** The text ends in `об.` standing alone (not the end of a longer word): a verso sheet's period. */
export function endsInVerso(s: string): boolean {
  if (!s.endsWith('об.')) return false;
  const at = s.length - 3;
  if (at === 0) return true;
  // The code point just before: a surrogate pair counts as one.
  const before = at >= 2 && /[\uDC00-\uDFFF]/.test(s[at - 1]) && /[\uD800-\uDBFF]/.test(s[at - 2]) ? s.slice(at - 2, at) : s[at - 1];
  return !letter.test(before);
}
