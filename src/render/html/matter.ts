// The page's front and back matter: the article type in the kicker, the
// corresponding author and author notes under the affiliations, and after the
// text one section each for author contributions, funding, acknowledgements,
// conflict of interest, data availability and supplementary files.
import type { Article, Author, Block, Localized } from '../../model/types.js';
import { doiUrl, fullName } from './facts.js';
import { renderBlocks } from './block.js';
import { renderInlines } from './inline.js';
import type { MetaTag } from './head-meta.js';
import type { HtmlState } from './state.js';

interface LangHtml {
  lang: string;
  html: string;
}

export interface MatterSection {
  id: string;
  heading: string;
  parts: LangHtml[];
  /** List items (funders, files, contributions), already HTML. */
  items: string[];
}

export interface MatterPageView {
  articleType?: string;
  related: { label: string; url: string; text: string }[];
  authorNotes?: { heading: string; corresp?: string; parts: LangHtml[] };
  sections: MatterSection[];
}

function languagesOf<T>(article: Article, state: HtmlState, values: Localized<T> | undefined): string[] {
  const order = [article.meta.lang, ...state.profile.languages, ...Object.keys(values ?? {}).sort()];
  return order.filter((l, i) => order.indexOf(l) === i && values?.[l] !== undefined);
}

function parts(article: Article, state: HtmlState, values: Localized<Block[]> | undefined): LangHtml[] {
  return languagesOf(article, state, values).map((lang) => ({ lang, html: renderBlocks(values![lang], state) }));
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const authorName = (article: Article, author: Author) => fullName(author.name[article.meta.lang] ?? Object.values(author.name)[0]);

export function matterPageView(article: Article, state: HtmlState): MatterPageView {
  const { meta } = article;
  const l = (key: string, lang = meta.lang) => state.labels.get(lang, key);
  const statements = meta.statements ?? {};
  const sections: MatterSection[] = [];
  const add = (id: string, heading: string, sectionParts: LangHtml[], items: string[] = []) => {
    if (sectionParts.length || items.length) sections.push({ id, heading, parts: sectionParts, items });
  };

  const contributions = meta.authors
    .filter((a) => a.roles?.length)
    .map((a) => `${escapeAttr(authorName(article, a))}: ${a.roles!.map((r) => `<a href="${escapeAttr(r.uri)}">${escapeAttr(r.name)}</a>`).join(', ')}`);
  add('contributions', l('contributions'), [], contributions);

  const funders = (meta.funding ?? []).map((f) => {
    const lang = languagesOf(article, state, f.funder)[0];
    const name = escapeAttr(f.funder[lang] ?? '');
    const linked = f.funderId ? `<a href="${escapeAttr(f.funderId.type === 'doi' ? doiUrl(f.funderId.value) : f.funderId.value)}">${name}</a>` : name;
    return f.awards.length ? `${linked}, ${l('award')} ${f.awards.map(escapeAttr).join(', ')}` : linked;
  });
  add('funding', l('funding'), parts(article, state, statements.fundingStatement), funders);
  add('acknowledgements', l('acknowledgements'), parts(article, state, statements.acknowledgements));
  add('conflict-of-interest', l('conflict-of-interest'), parts(article, state, statements.conflictOfInterest));
  add('data-availability', l('data-availability'), parts(article, state, statements.dataAvailability));
  const files = (meta.supplementary ?? []).map((file) => {
    const captionLang = languagesOf(article, state, file.caption)[0];
    const caption = captionLang ? renderInlines(file.caption[captionLang], state) : '';
    return `<a href="${escapeAttr(file.src)}" type="${escapeAttr(file.mimeType)}" id="${file.id}">${escapeAttr(l('supplementary-file'))} ${file.number}</a>${caption ? `: ${caption}` : ''}`;
  });
  add('supplementary', l('supplementary'), [], files);

  const corresponding = meta.authors.filter((a) => a.corresponding && a.email);
  const notes = parts(article, state, statements.authorNotes);
  const corresp = corresponding.length
    ? `${escapeAttr(l('corresponding-author'))}: ${corresponding.map((a) => `${escapeAttr(authorName(article, a))}, <a href="mailto:${escapeAttr(a.email!)}">${escapeAttr(a.email!)}</a>`).join('; ')}`
    : undefined;

  const related = (meta.related ?? []).map((r) => ({ label: l(r.type === 'retracted-article' ? 'retracts' : 'corrects'), url: doiUrl(r.doi), text: r.doi }));
  const book = meta.reviewedBook;
  if (book) related.push({ label: l('reviews'), url: book.doi ? doiUrl(book.doi) : '', text: [book.authors.join(', '), book.title, [book.place, book.publisher].filter(Boolean).join(': '), book.year, book.isbn && `ISBN ${book.isbn}`].filter(Boolean).join('. ') });

  return {
    articleType: meta.articleType && meta.articleType !== 'research-article' ? l(`type-${meta.articleType}`) : undefined,
    related,
    authorNotes: corresp || notes.length ? { heading: l('author-notes'), corresp, parts: notes } : undefined,
    sections,
  };
}

/**
 * Google Scholar reads a corresponding author's address as `citation_author_email`
 * right after that author's `citation_author`; funding and statements have no tag.
 */
export function withAuthorEmails(tags: MetaTag[], article: Article): MetaTag[] {
  const authorTags = tags.filter((t) => t.key === 'citation_author');
  const out = [...tags];
  article.meta.authors.forEach((author, i) => {
    const at = authorTags[i];
    if (!author.corresponding || !author.email || !at) return;
    // Its own tags (institution, ORCID) follow the name; the address goes after them.
    let index = out.indexOf(at) + 1;
    while (index < out.length && /^citation_author_(institution|orcid)$/.test(out[index].key)) index++;
    out.splice(index, 0, { attribute: 'name', key: 'citation_author_email', content: author.email });
  });
  return out;
}

/**
 * schema.org's funding of a ScholarlyArticle: each award a `Grant` with its
 * `funder` (the Funder Registry DOI or ROR as `sameAs`), a funder without an
 * award as `funder`. Appended after the article's own keys.
 */
export function matterJsonLd(article: Article): Record<string, unknown> {
  const lang = article.meta.lang;
  const funder = (f: NonNullable<Article['meta']['funding']>[number]) => ({
    '@type': 'Organization',
    name: f.funder[lang] ?? Object.values(f.funder)[0],
    sameAs: f.funderId ? (f.funderId.type === 'doi' ? doiUrl(f.funderId.value) : f.funderId.value) : undefined,
  });
  const funding = article.meta.funding ?? [];
  const grants = funding.flatMap((f) => f.awards.map((award) => ({ '@type': 'Grant', identifier: award, funder: funder(f) })));
  const withoutAward = funding.filter((f) => !f.awards.length).map(funder);
  return { ...(grants.length && { funding: grants }), ...(withoutAward.length && { funder: withoutAward }) };
}
