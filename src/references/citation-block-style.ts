// A citation block rendered by a CSL style (`citation-block.<lang>.style`): the
// article itself as one list entry of that style, in the block's language — so
// ABNT's "SANTOS, Clara Braz dos", APA's and GOST's forms come from the styles
// that define them rather than from a Handlebars format.
import type { ArticleMeta, CslItem, Inline, PersonName } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { htmlToInlines, trimInlines } from './html-inlines.js';
import { styleEngine } from './engine.js';
import { loadStyle } from './style.js';

/** The article as a CSL item, its words in `lang` where the metadata has them. */
export function articleAsCslItem(meta: ArticleMeta, profile: Profile, lang: string, pagePlaceholder: string): CslItem {
  const inLang = <T>(values: Record<string, T> | undefined): T | undefined => (values ? (values[lang] ?? values[meta.lang] ?? Object.values(values)[0]) : undefined);
  const { first, last } = meta.pages;
  const author = meta.authors
    .map((a) => inLang<PersonName>(a.name))
    .filter((n): n is PersonName => !!n)
    .map((n) => ({ family: n.surname, given: n.given }));
  return {
    id: 'citation-block-article',
    type: 'article-journal',
    language: lang,
    title: inLang(meta.titleText),
    author,
    'container-title': inLang(profile.title),
    ...(meta.volume !== undefined && { volume: String(meta.volume) }),
    ...(meta.issue && { issue: meta.issue }),
    ...(first !== undefined && { page: `${first}–${last ?? pagePlaceholder}` }),
    issued: { 'date-parts': [[meta.year]] },
    ...(meta.doi && { DOI: meta.doi }),
  };
}

/**
 * The block's text: the style's bibliography entry for the article, reduced to
 * text and italics (what a citation block holds in every galley).
 * @throws Error when the style cannot be loaded or renders nothing (reported by the caller).
 */
export function citationBlockFromStyle(meta: ArticleMeta, profile: Profile, lang: string, styleName: string, pagePlaceholder: string): Inline[] {
  const engine = styleEngine(loadStyle(profile.templates, styleName), profile.templates, 'list', lang);
  engine.load([articleAsCslItem(meta, profile, lang, pagePlaceholder)]);
  const rendered = engine.bibliography();
  const entry = rendered ? rendered[1][0] : undefined;
  if (!entry?.trim()) throw new Error(`style ${styleName} rendered no entry for the article`);
  return flatten(trimInlines(htmlToInlines(entry)));
}

function flatten(nodes: Inline[]): Inline[] {
  return nodes.flatMap((n): Inline[] => {
    if (n.type === 'text') return [n];
    if (n.type === 'emphasis') return [{ type: 'emphasis', children: flatten(n.children) }];
    return 'children' in n && Array.isArray(n.children) ? flatten(n.children as Inline[]) : [];
  });
}
