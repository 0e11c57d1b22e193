// The article's UDC notation: well formed ('udc-syntax', pointing at the
// offending column in the front matter) and present when the journal requires
// one ('udc-missing', profile `udc.required`).
import type { ArticleMeta, Position } from '../../model/types.js';
import type { Profile } from '../../profile/types.js';
import { DiagnosticBag, type Diagnostic } from '../diagnostic.js';
import { ruleCatalogue } from '../catalogue/index.js';
import { findUdcLookalikes } from './lookalikes.js';
import { parseUdc } from './parse.js';

/** `udc.required` from the profile's raw `udc:` section (the loader keeps only the label). */
export function udcRequired(profile: Profile): boolean {
  const section = profile.raw['udc'];
  return !!section && typeof section === 'object' && (section as Record<string, unknown>)['required'] === true;
}

/**
 * @param file the article source, for 'udc-missing' when the front matter has no `udc` to point at.
 */
export function checkUdc(meta: ArticleMeta, profile: Profile, file?: string): Diagnostic[] {
  const bag = new DiagnosticBag(profile.rules);
  const base = meta.positions['udc'];
  const udc = meta.udc?.trim();
  if (!udc) {
    if (udcRequired(profile)) {
      const where: Position | undefined = base ?? (file ? { file, line: 1, column: 1 } : anyPosition(meta));
      bag.report('udc-missing', `Unexpected missing UDC, expected a \`udc\` notation such as 94(470)"1917/1927" (the journal requires one)`, where);
    }
    return bag.items;
  }
  const result = parseUdc(meta.udc!);
  if (result.ok) {
    for (const found of findUdcLookalikes(result.tokens)) {
      const position = base ? { ...base, column: base.column + found.column - 1 } : undefined;
      bag.report('udc-lookalike', found.message, position, { detail: `${meta.udc}\n${' '.repeat(found.column - 1)}^ column ${found.column}` });
    }
  }
  if (!result.ok) {
    const position = base ? { ...base, column: base.column + result.error.column - 1 } : undefined;
    bag.report('udc-syntax', result.error.message, position, {
      detail: `${meta.udc}\n${' '.repeat(result.error.column - 1)}^ column ${result.error.column}`,
      url: ruleCatalogue['udc-syntax'].url,
    });
  }
  return bag.items;
}

/** The first recorded field's file, at the top of the front matter. */
function anyPosition(meta: ArticleMeta): Position | undefined {
  const first = Object.values(meta.positions)[0];
  return first ? { file: first.file, line: 1, column: 1 } : undefined;
}
