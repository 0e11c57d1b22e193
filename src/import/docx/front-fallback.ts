// Front matter until the template matcher (template*.ts) takes over: the
// article's language from its script, the title from the first Title-styled
// paragraph or the document properties. What cannot be found is left for the
// editor and reported, never invented (the file name stands in for a missing
// title, with a warning).
import { diagnostic } from '../../checks/diagnostic.js';
import type { Profile } from '../../profile/types.js';
import type { BodyContext } from './body-context.js';
import { decide, notKept } from './body-context.js';
import { inlineMarkdown } from './body-inline.js';
import type { DocxDocument, DocxParagraph } from './model.js';
import { paragraphText } from './model.js';

export interface FrontResult {
  frontMatter: Record<string, unknown>;
  /** Paragraph numbers the front matter took out of the body. */
  consumed: number[];
}

export function detectLanguage(doc: DocxDocument, profile: Profile | undefined): { lang: string; why: string } {
  let cyrillic = 0;
  let latin = 0;
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    const t = paragraphText(b);
    cyrillic += (t.match(/[\u0400-\u04FF]/g) ?? []).length;
    latin += (t.match(/[A-Za-z]/g) ?? []).length;
  }
  const lang = cyrillic > latin ? 'ru' : 'en';
  const known = profile?.languages;
  if (known && !known.includes(lang)) return { lang: known[0], why: `the text is mostly ${lang === 'ru' ? 'Cyrillic' : 'Latin'} but the journal's languages are ${known.join(', ')}` };
  return { lang, why: `${cyrillic} Cyrillic and ${latin} Latin letters in the body` };
}

export function fallbackFrontMatter(doc: DocxDocument, ctx: BodyContext, profile: Profile | undefined): FrontResult {
  const { lang, why } = detectLanguage(doc, profile);
  decide(ctx, `the article language is ${lang}`, why, 'document');
  const consumed: number[] = [];
  const paragraphs = doc.blocks.filter((b): b is DocxParagraph => b.kind === 'paragraph');
  const titled = paragraphs.find((p) => /^title$/i.test(p.styleName ?? p.styleId ?? '') && paragraphText(p).trim());
  let title: string | undefined;
  if (titled) {
    title = inlineMarkdown(titled.runs, { ...ctx, at: `paragraph ${titled.index}` }).trim();
    consumed.push(titled.index);
    decide(ctx, `paragraph ${titled.index} became the title`, `style “${titled.styleName}”`, `paragraph ${titled.index}`);
  } else if (/\p{L}/u.test(doc.properties.title ?? '')) {
    title = doc.properties.title;
    decide(ctx, 'the document title in the file properties became the title', 'no paragraph in the Title style', 'docProps/core.xml');
  } else {
    title = ctx.report.article.split('/').pop() ?? 'untitled';
    decide(ctx, `the file name “${title}” stands in for the title`, 'no paragraph in the Title style and no document title', 'document');
    ctx.report.diagnostics.push(diagnostic('import-docx-missing-metadata', `Unexpected manuscript without a title, expected a paragraph in the Title style or the journal template's title; the file name stands in`, { file: ctx.report.source, line: 1, column: 1 }));
  }
  for (const p of paragraphs) {
    if (p === titled || !/^(subtitle|author|date|abstract)$/i.test(p.styleName ?? '')) continue;
    consumed.push(p.index);
    notKept(ctx, `${p.styleName} paragraph`, paragraphText(p), 'front matter other than the title is read by the journal template matcher; fill it in article.md', `paragraph ${p.index}`);
  }
  return { frontMatter: { lang, title: { [lang]: title } }, consumed };
}
