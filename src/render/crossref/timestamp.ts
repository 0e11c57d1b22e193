// Crossref orders deposits of a DOI by <timestamp>: an integer that must grow
// with every deposit. Galley writes it as YYYYMMDDHHMMSSmmm (UTC). Seventeen
// digits exceed Number's exact range, so comparisons go through BigInt.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDDHHMMSS` in UTC. */
export function compactDateTime(date: Date): string {
  return (
    String(date.getUTCFullYear()) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds())
  );
}

/** `YYYYMMDDHHMMSSmmm` in UTC: the deposit timestamp for `date`. */
export function crossrefTimestamp(date: Date): string {
  return compactDateTime(date) + pad(date.getUTCMilliseconds(), 3);
}

/**
 * The timestamp to use now: the clock's, or one more than the largest already
 * used for these DOIs when the clock has not moved past it (same millisecond,
 * or a clock that went backwards).
 */
export function nextTimestamp(now: Date, used: Iterable<string>): string {
  let candidate = BigInt(crossrefTimestamp(now));
  for (const value of used) {
    if (!/^\d+$/.test(value)) continue;
    const previous = BigInt(value);
    if (previous >= candidate) candidate = previous + 1n;
  }
  return candidate.toString();
}
