// An entry that could not be parsed with confidence: kept as printed, as a
// note-only CSL item. The reference lists print its note as written (and the
// romanized list its printed romanized form, when pairing found one), see
// src/references/verbatim.ts.
import type { CslItem } from '../../model/reference-types.js';
import { hasCyrillic } from '../../references/translit/transliterate.js';
import { squash } from './text.js';

export function verbatimItem(text: string): CslItem {
  const note = squash(text);
  return { id: '', type: 'document', language: hasCyrillic(note) ? 'ru' : 'en', note };
}
