// Final articles of an issue → the plain data the OJS Native XML templates print
// (one <issue> with its sections and one <article> submission per article).
// The OJS version is a parameter: 3.5 writes affiliations with ROR and keyword
// entries as <name>; 3.4 writes them as text.
import { renderBlockQuote, renderBox, renderDefinitionList, renderDisplayFormula, renderInlineFormula, renderMark, renderVerse } from '../html/constructs.js';
import { diagnostic, type Diagnostic } from '../../checks/diagnostic.js';
import type { Block, Inline, Position } from '../../model/types.js';
import type { OjsVersion } from '../../profile/exports.js';
import { inlineText, languageOrder, type IssueExportInput } from '../issue-export.js';
import { citationInlines } from '../../model/citation-parts.js';
import { escapeHtml } from '../xml-escape.js';
import { galleysOf, type OjsFileView, type OjsGalleyView } from './galleys.js';

type Localized = { locale: string; text: string }[];

export interface OjsAuthorView {
  id: number;
  seq: number;
  primary: boolean;
  givenNames: Localized;
  familyNames: Localized;
  affiliations: { ror?: string; names: Localized }[];
  country?: string;
  email: string;
  orcid?: string;
}

export interface OjsArticleView {
  id: number;
  locale: string;
  dateSubmitted?: string;
  datePublished: string;
  sectionRef: string;
  seq: number;
  doi?: string;
  titles: Localized;
  abstracts: Localized;
  licenseUrl?: string;
  copyrightHolders: Localized;
  copyrightYear: number;
  keywords: { locale: string; words: string[] }[];
  subjects: { locale: string; words: string[] }[];
  authors: OjsAuthorView[];
  files: OjsFileView[];
  galleys: OjsGalleyView[];
  citations: string[];
  pages?: string;
}

export interface OjsView {
  v35: boolean;
  issue: { volume: number; number: string; year: number; published: string };
  sections: { ref: string; seq: number; titles: Localized; abbrevs: Localized }[];
  articles: OjsArticleView[];
}

type InlineHandlers = { [K in Inline['type']]: (node: Extract<Inline, { type: K }>) => string };
const htmlHandlers: InlineHandlers = {
  text: (n) => escapeHtml(n.value),
  emphasis: (n) => `<em>${html(n.children)}</em>`,
  strong: (n) => `<strong>${html(n.children)}</strong>`,
  link: (n) => `<a href="${escapeHtml(n.url)}">${html(n.children)}</a>`,
  inlineCode: (n) => `<code>${escapeHtml(n.value)}</code>`,
  footnoteRef: () => '',
  citation: (n) => html(citationInlines(n)),
  crossRef: (n) => escapeHtml(n.text),
  field: (n) => html(n.children),
  mark: (n) => renderMark(n, undefined, (nodes) => html(nodes)),
  inlineFormula: (n) => renderInlineFormula(n),
};
/** OJS keeps titles and abstracts as HTML (escaped once more by the template). */
const html = (nodes: Inline[]): string => nodes.map((n) => (htmlHandlers[n.type] as (node: Inline) => string)(n)).join('');
type BlockHandlers = { [K in Block['type']]: (node: Extract<Block, { type: K }>) => string };
const blockHandlers: BlockHandlers = {
  paragraph: (n) => `<p>${html(n.children)}</p>`,
  section: (n) => `<h3>${html(n.title)}</h3>${blocksHtml(n.children)}`,
  // An abstract carries no images: the caption keeps the text.
  figure: (n) => `<p>${html(n.caption)}</p>`,
  blockquote: (n) => (n.attribution || n.epigraph ? renderBlockQuote(n, undefined, (nodes) => blocksHtml(nodes), (nodes) => html(nodes)) : `<blockquote>${blocksHtml(n.children)}</blockquote>`),
  list: (n) => `<${n.ordered ? 'ol' : 'ul'}>${n.items.map((item) => `<li>${blocksHtml(item)}</li>`).join('')}</${n.ordered ? 'ol' : 'ul'}>`,
  // The loader refuses tables outside the body; an abstract never holds one.
  table: (n) => `<p>${html(n.caption)}</p>`,
  displayFormula: (n) => renderDisplayFormula(n),
  verse: (n) => renderVerse(n, undefined, (nodes) => html(nodes)),
  box: (n) => renderBox(n, undefined, (nodes) => blocksHtml(nodes), (nodes) => html(nodes)),
  definitionList: (n) => renderDefinitionList(n, undefined, (nodes) => html(nodes)),
  figureGroup: (n) => `<p>${html(n.caption)}</p>`,
  appendix: (n) => blocksHtml(n.children),
};
const blocksHtml = (blocks: Block[]): string => blocks.map((b) => (blockHandlers[b.type] as (node: Block) => string)(b)).join('');

/** `Regional History` → RH, `Articles` → ART: the section's ref in the file (OJS matches sections by it). */
function sectionRef(title: string, taken: Set<string>): string {
  const words = title.split(/\s+/).filter(Boolean);
  let ref = (words.length > 1 ? words.map((w) => w[0]).join('') : title.slice(0, 3)).toUpperCase();
  for (let n = 2; taken.has(ref); n++) ref = `${ref.replace(/\d+$/, '')}${n}`;
  taken.add(ref);
  return ref;
}

export function ojsView(input: IssueExportInput, version: OjsVersion): { view: OjsView; diagnostics: Diagnostic[] } {
  const { profile, issue } = input;
  const diagnostics: Diagnostic[] = [];
  const locale = (lang: string) => lang.replace('-', '_');
  const first = profile.languages[0];
  const taken = new Set<string>();
  const sections = issue.sections.map((s, i) => {
    const ref = sectionRef(s.title[first] ?? Object.values(s.title)[0], taken);
    const langs = languageOrder(first, profile, Object.keys(s.title));
    return { ref, seq: i + 1, titles: langs.map((l) => ({ locale: locale(l), text: s.title[l] })), abbrevs: langs.map((l) => ({ locale: locale(l), text: ref })), articles: s.articles };
  });
  const withoutEmail: string[] = [];
  let firstWithout: Position | undefined;
  const articles = input.articles.map((article, i) => {
    const { meta } = article;
    const order = (available: string[]) => languageOrder(meta.lang, profile, available);
    const section = sections.find((s) => s.articles.includes(article.id)) ?? sections[0];
    const byId = new Map(meta.affiliations.map((a) => [a.id, a]));
    const galleys = galleysOf(article, i, profile, input.outputs?.get(article.id));
    diagnostics.push(...galleys.diagnostics);
    const primaryList = article.references[0];
    const authors = meta.authors.map((author, j): OjsAuthorView => {
      if (!author.email) {
        withoutEmail.push(`${article.id}: ${author.id}`);
        firstWithout ??= author.position;
      }
      const affiliations = author.affiliations.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
      const names = order(Object.keys(author.name));
      return {
        id: (i + 1) * 100 + 50 + j,
        seq: j,
        primary: author.corresponding === true || (j === 0 && !meta.authors.some((a) => a.corresponding)),
        givenNames: names.filter((l) => author.name[l].given).map((l) => ({ locale: locale(l), text: author.name[l].given })),
        familyNames: names.map((l) => ({ locale: locale(l), text: author.name[l].surname })),
        affiliations: affiliations.map((a) => ({ ror: a.ror, names: order(Object.keys(a.institution)).map((l) => ({ locale: locale(l), text: a.institution[l] })) })),
        country: affiliations.find((a) => a.countryCode)?.countryCode,
        email: author.email ?? '',
        orcid: author.orcid ? `https://orcid.org/${author.orcid}` : undefined,
      };
    });
    const holder = profile.copyrightHolder ?? {};
    return {
      id: i + 1,
      locale: locale(meta.lang),
      dateSubmitted: meta.history.received,
      datePublished: meta.history.published ?? issue.published,
      sectionRef: section.ref,
      seq: i + 1,
      doi: meta.doi,
      titles: order(Object.keys(meta.title)).map((l) => ({ locale: locale(l), text: html(meta.title[l]) })),
      abstracts: order(Object.keys(meta.abstract)).map((l) => ({ locale: locale(l), text: blocksHtml(meta.abstract[l]) })),
      licenseUrl: /^https?:\/\//.test(meta.license ?? profile.license.url) ? (meta.license ?? profile.license.url) : undefined,
      copyrightHolders: order(Object.keys(holder)).map((l) => ({ locale: locale(l), text: holder[l] })),
      copyrightYear: meta.year,
      keywords: order(Object.keys(meta.keywords)).filter((l) => meta.keywords[l].length).map((l) => ({ locale: locale(l), words: meta.keywords[l] })),
      // UDC, the journal's classifier, as a subject in every language of the article.
      subjects: meta.udc ? order(Object.keys(meta.title)).map((l) => ({ locale: locale(l), words: [meta.udc!] })) : [],
      authors,
      files: galleys.files,
      galleys: galleys.galleys,
      citations: (primaryList?.entries ?? []).map((e) => inlineText(e.text)),
      pages: meta.pages.first === undefined ? undefined : meta.pages.last === undefined ? String(meta.pages.first) : `${meta.pages.first}-${meta.pages.last}`,
    };
  });
  if (withoutEmail.length)
    diagnostics.push(diagnostic('ojs-author-email', `Unexpected author${withoutEmail.length > 1 ? 's' : ''} without e-mail (${withoutEmail.join(', ')}) for OJS, expected \`email\` for every author (OJS requires one; written empty)`, firstWithout));
  return {
    view: { v35: version === '3.5', issue: { volume: issue.volume, number: issue.number, year: issue.year, published: issue.published }, sections: sections.map(({ articles: _, ...s }) => s), articles },
    diagnostics,
  };
}
