// Which of the journal's fonts a font-family list inside an SVG figure gets.
// The figure is laid out with the page, where only the journal's fonts are
// loaded: any other family would fall to whatever the machine has, so the
// first family named must be one the journal provides (its print fonts, a
// generic family, or a family the profile maps); otherwise the text is still
// set in a journal font, and the renderer reports it.

export interface FigureFonts {
  /** The print fonts' families (`PT Serif`, `PT Sans`). */
  families: string[];
  /** `serif` and `sans-serif` → the body and heading families. */
  serif: string;
  sansSerif: string;
  /** Families a figure may name, each set in a journal family (profile `print.figure-fonts`, keys lower case). */
  mapping: Record<string, string>;
  /** Code points the journal's fonts draw (glyph-coverage.ts). */
  coverage: Set<number>;
}

export interface FamilyChoice {
  /** The journal family the text is set in. */
  family: string;
  /** The family the figure asked for first, when the journal does not provide it. */
  refused?: string;
}

/** Family names of a CSS font-family value, unquoted. */
export function familyList(value: string): string[] {
  const out: string[] = [];
  for (const m of value.matchAll(/\s*(?:"([^"]*)"|'([^']*)'|([^,]+))\s*(?:,|$)/g)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? '').trim().replace(/\s+/g, ' ');
    if (name) out.push(name);
  }
  return out;
}

function provided(name: string, fonts: FigureFonts): string | undefined {
  const lower = name.toLowerCase();
  const own = fonts.families.find((f) => f.toLowerCase() === lower);
  if (own) return own;
  if (lower === 'serif') return fonts.serif;
  if (lower === 'sans-serif') return fonts.sansSerif;
  return fonts.mapping[lower];
}

/** The journal family for a font-family value; the figures' default is the journal's sans. */
export function chooseFamily(value: string, fonts: FigureFonts): FamilyChoice {
  const names = familyList(value);
  const first = names[0];
  const direct = first === undefined ? undefined : provided(first, fonts);
  if (direct) return { family: direct };
  const later = names.slice(1).map((n) => provided(n, fonts)).find((f) => f !== undefined);
  return { family: later ?? fonts.sansSerif, refused: first ?? value.trim() };
}

const quoted = (family: string) => `'${family.replace(/['\\]/g, '')}'`;

/** The family as CSS, then the journal's other fonts: a character one lacks falls to another journal font, never to the machine's. */
export function cssFamily(family: string, fonts: FigureFonts): string {
  return [family, ...fonts.families.filter((f) => f !== family)].map(quoted).join(', ');
}

/** Words that describe the journal's choices in a message. */
export function providedList(fonts: FigureFonts): string {
  const mapped = Object.keys(fonts.mapping);
  return `${fonts.families.join(', ')}, serif, sans-serif${mapped.length ? ` or a family mapped under print.figure-fonts (${mapped.join(', ')})` : ' or a family mapped under print.figure-fonts'}`;
}
