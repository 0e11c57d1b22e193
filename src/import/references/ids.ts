// Citation keys for parsed items: first author's (else editor's) family name,
// or the archive, or the title's first word, romanized and lower-cased, plus the
// year; a second work with the same key gets b, c … (smith1983, smith1983b).
import type { CslItem } from '../../model/reference-types.js';
import type { CslName } from '../../references/prepare.js';
import { transliterate } from '../../references/translit/transliterate.js';

export function baseKey(item: CslItem): string {
  const names = (item.author ?? item.editor) as CslName[] | undefined;
  const head = names?.[0]?.family ?? names?.[0]?.literal ?? (item.archive as string | undefined) ?? String(item.title ?? item.note ?? 'ref').split(/\s+/)[0];
  const year = (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0] ?? /\b(1[5-9]\d\d|20\d\d)\b/.exec(String(item.note ?? ''))?.[1];
  const word = transliterate(head, 'lc')
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return `${word || 'ref'}${year ?? ''}`;
}

export function assignIds(items: CslItem[]): void {
  const used = new Set<string>();
  for (const item of items) {
    const base = baseKey(item);
    let id = base;
    for (let n = 1; used.has(id); n++) id = `${base}${String.fromCharCode(97 + n)}`;
    used.add(id);
    item.id = id;
  }
}
