// An entry that could not be parsed with confidence: kept as printed, as a
// note-only CSL item. The reference lists print its note as written (and the
// romanized list its printed romanized form, when pairing found one), see
// src/references/verbatim.ts.
import type { CslItem } from '../../model/reference-types.js';
import { squash, withoutNumber } from './text.js';
import { guessLanguage } from './language.js';

export function verbatimItem(text: string): CslItem {
  const note = withoutNumber(squash(text));
  return { id: '', type: 'document', language: guessLanguage(note).lang, note };
}
