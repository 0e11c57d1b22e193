// Does every work have what both styles need? Pure: items in, diagnostics out.
import type { CslItem, Position } from '../model/types.js';
import type { DiagnosticBag } from '../checks/diagnostic.js';
import { custom, nameVariables, romanizeName, type CslName } from './prepare.js';
import { hasCyrillic, transliterate, type TranslitScheme } from './translit/transliterate.js';
import { isVerbatimItem } from './verbatim.js';

/** Fields each kind of work needs in both lists (besides a title). Data. */
const containerTypes = new Set(['article-journal', 'article-magazine', 'article-newspaper', 'chapter', 'paper-conference', 'entry-encyclopedia', 'entry-dictionary']);
const bookTypes = new Set(['book', 'chapter', 'report', 'thesis']);
const articleTypes = new Set(['article-journal', 'article-magazine', 'article-newspaper']);

export function checkBibliography(items: CslItem[], positions: Record<string, Position>, scheme: TranslitScheme | undefined, bag: DiagnosticBag): void {
  for (const item of items) {
    const at = positions[item.id];
    if (isVerbatimItem(item)) {
      bag.report('reference-incomplete', `Unexpected work \`${item.id}\` kept as printed (\`note\` only), expected its fields (author, title, year …); every list prints the note as written`, at);
      continue;
    }
    const has = (field: string) => item[field] !== undefined && item[field] !== null && String(item[field]).trim() !== '';
    const archive = item.type === 'collection';
    if (!has('title') && !(archive && has('archive')))
      bag.report('reference-missing-field', `Unexpected work \`${item.id}\` without \`title\`, expected its title`, at);
    if (!archive && !has('issued'))
      bag.report('reference-missing-field', `Unexpected work \`${item.id}\` without \`issued\`, expected the year of publication`, at);
    if (containerTypes.has(item.type) && !has('container-title'))
      bag.report('reference-missing-field', `Unexpected ${item.type} \`${item.id}\` without \`container-title\`, expected the journal or book it appeared in`, at);
    if (bookTypes.has(item.type) && (!has('publisher') || !has('publisher-place')))
      bag.report('reference-incomplete', `Unexpected ${item.type} \`${item.id}\` without ${!has('publisher') ? '`publisher`' : '`publisher-place`'}, expected place and publisher`, at);
    if (articleTypes.has(item.type) && !has('page'))
      bag.report('reference-incomplete', `Unexpected article \`${item.id}\` without \`page\`, expected its page range`, at);
    if (!has('language'))
      bag.report('reference-language-missing', `Unexpected work \`${item.id}\` without \`language\`, expected a language code such as ru or en`, at);
    const cyrillicTitle = hasCyrillic(String(item.title ?? ''));
    const titleEn = custom(item)['title-en'];
    if (cyrillicTitle && (typeof titleEn !== 'string' || !titleEn.trim()))
      bag.report('reference-missing-translation', `Unexpected Cyrillic title of \`${item.id}\` without \`custom.title-en\`, expected its English translation for the romanized list`, at);
    if (scheme) checkOverrides(item, scheme, at, bag);
  }
}

function checkOverrides(item: CslItem, scheme: TranslitScheme, at: Position | undefined, bag: DiagnosticBag): void {
  const overrides = custom(item).translit;
  if (!overrides || typeof overrides !== 'object') return;
  for (const [field, value] of Object.entries(overrides as Record<string, unknown>)) {
    const original = item[field];
    const automatic = nameVariables.includes(field) && Array.isArray(original)
      ? (original as CslName[]).map((n) => romanizeName(n, scheme))
      : typeof original === 'string' ? transliterate(original, scheme) : undefined;
    const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v));
    if (automatic === undefined)
      bag.report('reference-translit-override', `Unexpected override of \`${field}\` in \`${item.id}\`, which has no such field; expected an override of an existing field`, at);
    else if (show(automatic) === show(value))
      bag.report('reference-translit-override', `Unexpected override of \`${field}\` in \`${item.id}\` equal to the automatic ${scheme.id} transliteration ${show(automatic)}, expected it removed`, at);
    else
      bag.report('reference-translit-override', `Transliteration of \`${field}\` in \`${item.id}\` overridden: ${scheme.id} gives ${show(automatic)}, printed ${show(value)}`, at, {
        detail: `automatic: ${show(automatic)}\noverride:  ${show(value)}`,
      });
  }
}
