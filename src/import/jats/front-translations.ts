// SciELO keeps the other language's title, abstract and keywords in
// <sub-article article-type="translation" xml:lang="…"><front-stub>: they are
// the article's own fields in that language. The rest of the stub repeats the
// article (its authors, dates, funding) and is reported as a duplicate; the
// translation's body belongs to the body import.
import { childElements, childNamed, childrenNamed, type XmlEl } from '../xml-tree.js';
import { importAbstracts, importKeywords, importTitles } from './front-texts.js';
import { decide, drop, flat, langOf, take, touch, type FrontState } from './front-state.js';
import type { Fields } from './front-article.js';

/** Translations directly under <article> (a reply's own translation stays with the reply). */
export function translations(root: XmlEl): XmlEl[] {
  return childrenNamed(root, 'sub-article').filter((a) => a.attrs['article-type'] === 'translation');
}

export function importTranslation(s: FrontState, sub: XmlEl, out: Fields): void {
  const stub = childNamed(sub, 'front-stub') ?? childNamed(sub, 'front');
  if (!stub) return;
  touch(s, stub);
  const lang = langOf(s, sub);
  const before = JSON.stringify([out.title, out.abstract, out.keywords]);
  importTitles(s, stub, out);
  importAbstracts(s, stub, out);
  importKeywords(s, stub, out);
  if (JSON.stringify([out.title, out.abstract, out.keywords]) !== before) decide(s, sub, `the ${lang} title, abstract and keywords come from the translation ${sub.attrs.id ?? ''}`.replace(/ $/, ''), 'a translation sub-article holds the other language of the same article');
  for (const cats of childrenNamed(stub, 'article-categories')) {
    touch(s, cats);
    for (const g of childElements(cats)) {
      const subject = childNamed(g, 'subject');
      const section = (out.section ??= {}) as Record<string, string>;
      if ((g.attrs['subj-group-type'] ?? 'heading') === 'heading' && subject && !section[langOf(s, g)]) {
        take(s, g);
        section[langOf(s, g)] = flat(subject);
      } else drop(s, g, 'subjects of a translation other than its section heading have no source field');
    }
  }
  for (const el of childElements(stub)) {
    if (s.used.has(el)) continue;
    const duplicate = ['contrib-group', 'aff', 'aff-alternatives', 'author-notes', 'history', 'pub-date', 'permissions', 'funding-group', 'volume', 'issue', 'elocation-id', 'fpage', 'lpage'].includes(el.local);
    drop(s, el, duplicate ? `the translation's <${el.name}> repeats the article's (kept once, from the article)` : `<${el.name}> of a translation has no source field`);
  }
}
