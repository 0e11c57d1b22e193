// Which typographic rules apply where: body text, abstracts and references are
// hyphenated in their own language; titles and headings never are; identifiers
// (DOI, UDC, URLs) are left exactly as written.
import type { Article, Block, CitationBlock, Footnote, ReferenceList } from '../../model/types.js';
import type { PrintProfile } from '../../pdf/print-profile.js';
import { typesetBlocks, typesetInlines, type TypesetOptions } from '../../pdf/typography.js';
import { curlBlocks } from '../no-break.js';

export function typesetArticle(article: Article, print: PrintProfile): Article {
  const options = (lang: string, hyphenate = true): TypesetOptions => ({ lang, hyphenate, patterns: print.hyphenation });
  const lang = article.meta.lang;
  const abstract: Record<string, Block[]> = {};
  for (const [l, blocks] of Object.entries(article.meta.abstract)) abstract[l] = typesetBlocks(curlBlocks(blocks, l), options(l));
  const title: Article['meta']['title'] = {};
  for (const [l, inlines] of Object.entries(article.meta.title)) title[l] = typesetInlines(inlines, options(l, false));
  const footnotes: Footnote[] = article.footnotes.map((note) => ({ ...note, children: typesetBlocks(curlBlocks(note.children, lang), options(lang)) }));
  const references: ReferenceList[] = article.references.map((list) => ({
    ...list,
    entries: list.entries.map((entry) => ({ ...entry, text: typesetInlines(entry.text, options(entry.lang || list.lang)) })),
  }));
  // A citation block cites the title as published (no quote changes) and is a reference line: not hyphenated.
  const citationBlocks: CitationBlock[] = article.citationBlocks.map((block) => ({
    ...block,
    text: typesetInlines(block.text, { ...options(block.lang, false), quotes: false }),
  }));
  // Statements are running text in their own language, hyphenated like the body.
  const statements = article.meta.statements && Object.fromEntries(
    Object.entries(article.meta.statements).map(([field, byLang]) => [field, Object.fromEntries(Object.entries((byLang ?? {}) as Record<string, Block[]>).map(([l, blocks]) => [l, typesetBlocks(blocks, options(l))]))]),
  );
  return {
    ...article,
    meta: { ...article.meta, abstract, title, ...(statements && { statements }) },
    body: typesetBlocks(curlBlocks(article.body, lang), options(lang)),
    footnotes,
    references,
    citationBlocks,
  };
}
