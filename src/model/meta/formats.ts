// Checks of single values: ISO dates that exist, ORCID check digits.

/** True for `YYYY-MM-DD` naming a day that exists (no 2017-02-30). */
export function isRealIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** `0000-0002-1825-0097` or its https://orcid.org/ URL → the bare iD, or undefined when malformed. */
export function bareOrcid(text: string): string | undefined {
  const m = /^(?:https?:\/\/orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/.exec(text.trim());
  return m?.[1];
}

/** ISO 7064 MOD 11-2, as ORCID specifies. */
export function orcidCheckDigit(first15Digits: string): string {
  let total = 0;
  for (const ch of first15Digits) total = (total + Number(ch)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

export function isValidOrcid(bare: string): boolean {
  const digits = bare.replace(/-/g, '');
  return digits.length === 16 && orcidCheckDigit(digits.slice(0, 15)) === digits[15];
}
