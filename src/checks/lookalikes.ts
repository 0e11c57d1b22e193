// Letters that pass for others: data shared by the DOI and UDC checks.

/** Cyrillic and Greek letters, and dashes, that look like a Latin letter, digit or hyphen-minus. */
export const lookalikes: Record<string, string> = {
  // Cyrillic
  'а': 'a', 'с': 'c', 'е': 'e', 'о': 'o', 'р': 'p', 'х': 'x', 'у': 'y', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd', 'һ': 'h', 'ԛ': 'q', 'ԝ': 'w', 'к': 'k',
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X', 'У': 'Y', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S', 'Ԛ': 'Q', 'Ԝ': 'W',
  // Greek
  'α': 'a', 'ο': 'o', 'ν': 'v', 'ρ': 'p', 'ι': 'i', 'κ': 'k', 'υ': 'u',
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
  // Dashes that pass for a hyphen-minus
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

/** Latin letters that look like a Cyrillic one (the table read backwards). */
export const latinToCyrillic: Record<string, string> = Object.fromEntries(
  Object.entries(lookalikes).filter(([from, to]) => /[\u0400-\u04ff]/.test(from) && /[A-Za-z]/.test(to)).map(([from, to]) => [to, from]),
);

/** Letters of any script that pass for a digit. */
export const digitLookalikes: Record<string, string> = {
  'O': '0', 'o': '0', 'О': '0', 'о': '0', 'Ο': '0', 'ο': '0', 'З': '3', 'з': '3', 'l': '1', 'I': '1', 'І': '1', 'і': '1', 'Ӏ': '1', 'б': '6', 'S': '5', 'B': '8',
};

export function scriptOf(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x0400 && cp <= 0x052f) return `Cyrillic ${ch === ch.toLowerCase() ? 'letter' : 'capital'}`;
  if (cp >= 0x0370 && cp <= 0x03ff) return `Greek ${ch === ch.toLowerCase() ? 'letter' : 'capital'}`;
  if (/[A-Za-z]/.test(ch)) return `Latin ${ch === ch.toLowerCase() ? 'letter' : 'capital'}`;
  if (cp >= 0x2010 && cp <= 0x2212) return 'dash';
  return 'look-alike character';
}

export function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
