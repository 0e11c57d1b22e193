// No-break spaces every galley needs: between an abbreviation and its number
// (`Д. 476`, `Оп. 171`, `340 p.`), in and beside initials (`N. Y.`, `Carr, E. H.`),
// after Russian one-letter words. The rules see the text around each text node:
// a reference renders `<size>340</size> p.` as two nodes, and the space that
// must not break sits in the second.
import { mapBlockParts } from '../model/block-parts.js';
import type { Article, Block, Inline } from '../model/types.js';

export const NBSP = '\u00A0';

/** Each of the matched spaces becomes a no-break space: the rules never change a text's length. */
const hold = (spaces: string) => NBSP.repeat(spaces.length);

const notLetterBefore = '(?<![\\p{L}\\p{N}])';
/** One-letter Russian prepositions and conjunctions that must not end a line. */
const oneLetterWords = new RegExp(`${notLetterBefore}([вксуоиаВКСУОИА])([ \\t]+)(?=\\S)`, 'gu');
/** A chain of initials: `В. И.`, `E. H.`, `A.` (a capital and a full stop, not inside a word). */
const initialsChain = /(?<![\p{L}\p{N}])\p{Lu}\.(?:[ \t\u00A0]+\p{Lu}\.)*/gu;
const surnameBefore = /\p{Lu}\p{Ll}+,?([ \t\u00A0]+)$/u;
const surnameAfter = /^([ \t]+)(?=\p{Lu}\p{Ll})/u;

/**
 * No-break spaces that keep initials together and with their surname, on the
 * side where the surname is: `Ленин В. И.`, `Carr, E. H.` or `В. И. Ленин`
 * (every language; a surname before the initials wins, so `Ленин В. И. Полн.`
 * does not glue the next word).
 */
export function bindInitials(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(initialsChain)) {
    const start = match.index ?? 0;
    let before = text.slice(last, start);
    const chain = match[0].replace(/[ \t]+/g, hold);
    let end = start + match[0].length;
    const lead = before.match(surnameBefore);
    if (lead) before = before.slice(0, before.length - lead[1].length) + hold(lead[1]);
    let tail = '';
    if (!lead) {
      const follow = text.slice(end).match(surnameAfter);
      if (follow) {
        tail = hold(follow[1]);
        end += follow[1].length;
      }
    }
    out += before + chain + tail;
    last = end;
  }
  return out + text.slice(last);
}

/** Abbreviations that stay with the number after them (`№ 3`, `Vol. 5`, `Ф. 17`, `С. 306`). */
const beforeNumber = /(?<![\p{L}])(№|[Vv]ol\.|[Pp]p?\.|[СсТтФДЛ]\.|Оп\.|[Cc]h\.|гл\.|[Nn]o\.)([ \t]+)(?=\d)/gu;
/** Abbreviations that stay with the number before them (`707 p.`, `1917 г.`, `494 с.`). */
const afterNumber = /(\d)([ \t]+)(?=(?:p|pp|с|г|гг|в|вв|т|л)\.)/gu;

/** No-break spaces between a number and the abbreviation that counts it (every language). */
export function bindNumbers(text: string): string {
  if (!/\d/.test(text)) return text;
  const keep = (_: string, word: string, spaces: string) => word + hold(spaces);
  return text.replace(beforeNumber, keep).replace(afterNumber, keep);
}

/** No-break space after one-letter prepositions and conjunctions (`в 1917 г.`, `и власть`). */
export function bindOneLetterWords(text: string): string {
  return text.replace(oneLetterWords, (_: string, word: string, spaces: string) => word + hold(spaces));
}

/** Every no-break rule for text in one language. */
export function bindSpaces(text: string, lang: string): string {
  const bound = bindNumbers(bindInitials(text));
  return lang === 'ru' ? bindOneLetterWords(bound) : bound;
}

/** Field roles whose text is an identifier: never changed. */
const verbatimRoles = new Set(['DOI', 'doi', 'URL', 'url', 'ISBN', 'ISSN']);
/** Stands for a node whose text is not running text (a note call, code): nothing binds across it. */
const opaque = '\uFFFC';

type TextSlot = { value: string };

/** The text nodes of a run in reading order, as mutable slots, with the plain text they make. */
type TextRule = (text: string, lang: string) => string;

function collect(inlines: Inline[], slots: (TextSlot | string)[], lang: string, rule: TextRule): Inline[] {
  return inlines.map((node): Inline => {
    switch (node.type) {
      case 'text': {
        const slot = { ...node };
        slots.push(slot);
        return slot;
      }
      case 'inlineCode':
      case 'footnoteRef':
        slots.push(opaque);
        return node;
      case 'field':
        if (verbatimRoles.has(node.role)) {
          slots.push(opaque);
          return node;
        }
        return { ...node, children: collect(node.children, slots, lang, rule) };
      case 'citation':
        // The cluster and each item's own rendering are separate runs of text.
        return {
          ...node,
          rendered: bindInlines(node.rendered, lang, rule),
          items: node.items.map((item) => (item.rendered ? { ...item, rendered: bindInlines(item.rendered, lang, rule) } : item)),
        };
      default: {
        const children = (node as { children?: unknown }).children;
        if (Array.isArray(children)) return { ...node, children: collect(children as Inline[], slots, lang, rule) } as Inline;
        slots.push(opaque); // a node of another kind (a formula …) is not running text
        return node;
      }
    }
  });
}

/** The no-break rules (or another rule that keeps the length) over a run of inlines, across node boundaries (returns a new tree). */
export function bindInlines(inlines: Inline[], lang: string, rule: TextRule = bindSpaces): Inline[] {
  const slots: (TextSlot | string)[] = [];
  const out = collect(inlines, slots, lang, rule);
  const whole = slots.map((s) => (typeof s === 'string' ? s : s.value)).join('');
  const bound = rule(whole, lang);
  if (bound.length !== whole.length) throw new Error(`text rules changed the text length of ${JSON.stringify(whole.slice(0, 40))}`);
  let at = 0;
  for (const slot of slots) {
    if (typeof slot === 'string') {
      at += slot.length;
      continue;
    }
    slot.value = bound.slice(at, at + slot.value.length);
    at += slot.value.length;
  }
  return out;
}

/** Straight apostrophes and quotes as typeset ones: `Trotsky's` → `Trotsky’s`; `"word"` → “word” (English) or «word» (Russian). */
export function curlQuotes(text: string, lang: string): string {
  // Most runs hold no straight mark at all: the look-behinds below cost a pass over every character.
  if (!text.includes("'") && !text.includes('"')) return text;
  let depth = 0;
  const open = lang === 'ru' ? ['«', '„'] : ['“', '‘'];
  const close = lang === 'ru' ? ['»', '“'] : ['”', '’'];
  return text
    .replace(/(?<=[\p{L}\p{N}])'(?=\p{L})|(?<=\p{L}s)'(?![\p{L}\p{N}])/gu, '’')
    .replace(/"/g, (_mark, offset: number, all: string) => {
      const before = offset === 0 ? ' ' : all[offset - 1];
      if (/[\s(\[{\u00A0\u2009\u202F—–-]/.test(before)) return open[Math.min(depth++, 1)];
      depth = Math.max(0, depth - 1);
      return close[Math.min(depth, 1)];
    });
}

/** Typeset quotes over every run of text of a block tree (a quotation may open in one node and close in another). */
export function curlBlocks(blocks: Block[], lang: string): Block[] {
  return bindBlocks(blocks, lang, curlQuotes);
}

/** The no-break rules over every run of text in a block tree, whatever the block (tables, verse, boxes …). */
export function bindBlocks(blocks: Block[], lang: string, rule: TextRule = bindSpaces): Block[] {
  return blocks.map((block) => mapBlockParts(block, { inlines: (nodes) => bindInlines(nodes, lang, rule), blocks: (nodes) => bindBlocks(nodes, lang, rule) }));
}

/**
 * The article's running text with its no-break spaces (body, notes, abstracts,
 * reference lists, citation blocks) and typeset quotes (body, notes, abstracts:
 * reference lists come typeset from the styles; citation blocks and titles stay as written).
 */
export function bindArticle(article: Article): Article {
  const lang = article.meta.lang;
  const abstract: Record<string, Block[]> = {};
  for (const [l, blocks] of Object.entries(article.meta.abstract)) abstract[l] = bindBlocks(curlBlocks(blocks, l), l);
  return {
    ...article,
    meta: { ...article.meta, abstract },
    body: bindBlocks(curlBlocks(article.body, lang), lang),
    footnotes: article.footnotes.map((note) => ({ ...note, children: bindBlocks(curlBlocks(note.children, lang), lang) })),
    references: article.references.map((list) => ({
      ...list,
      entries: list.entries.map((entry) => ({ ...entry, text: bindInlines(entry.text, entry.lang || list.lang) })),
    })),
    citationBlocks: article.citationBlocks.map((block) => ({ ...block, text: bindInlines(block.text, block.lang) })),
  };
}
