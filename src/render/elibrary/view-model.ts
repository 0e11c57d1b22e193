// Final articles of an issue → the plain data the eLIBRARY templates print.
// Every decision about what goes where is made here; templates only lay it out.
import { diagnostic, type Diagnostic } from '../../checks/diagnostic.js';
import type { Affiliation, Article, Author, Block, Inline } from '../../model/types.js';
import { blocksText, languageOrder, type IssueExportInput } from '../issue-export.js';
import { citationInlines } from '../../model/citation-parts.js';
import { formulaText } from '../../model/plain-text.js';
import { escapeXml } from '../xml-escape.js';
import { fillUrlPattern } from '../url-pattern.js';
import { elibraryArticleTypes, elibraryLanguages } from './codes.js';
import { fundingTexts } from './funding.js';

export interface ElibraryAuthorView {
  num: number;
  correspondent: boolean;
  codes: { orcid?: string; spin?: string; scopusid?: string; researcherid?: string } | undefined;
  infos: { lang: string; surname: string; initials: string; orgName?: string; town?: string; country?: string; email?: string }[];
}

export interface ElibraryArticleView {
  /** `<section>` before the article: the first of its section. */
  section?: { lang: string; title: string }[];
  pages: string;
  artType: string;
  langPubl: string;
  authors: ElibraryAuthorView[];
  titles: { lang: string; markup: string }[];
  abstracts: { lang: string; markup: string }[];
  text: { lang: string; body: string };
  codes: { doi?: string; edn?: string; udk?: string };
  keywords: { lang: string; words: string[] }[];
  references: { infos: { lang: string; markup: string; doi?: string }[] }[];
  fundings: { lang: string; markup: string }[];
  files: { pdf: string; url?: string };
  dates: { received?: string; accepted?: string; published?: string };
}

export interface ElibraryView {
  titleid: number;
  issn?: string;
  eissn?: string;
  journal: { lang: string; title: string };
  issue: { volume: number; number: string; pages: string; year: number };
  articles: ElibraryArticleView[];
}

type InlineHandlers = { [K in Inline['type']]: (node: Extract<Inline, { type: K }>) => string };

/** eLIBRARY's inline markup (i, b; escaped, ready to insert). Footnote calls carry no text. */
const markupHandlers: InlineHandlers = {
  text: (n) => escapeXml(n.value),
  emphasis: (n) => `<i>${markup(n.children)}</i>`,
  strong: (n) => `<b>${markup(n.children)}</b>`,
  link: (n) => markup(n.children),
  inlineCode: (n) => escapeXml(n.value),
  footnoteRef: () => '',
  citation: (n) => markup(citationInlines(n)),
  crossRef: (n) => escapeXml(n.text),
  field: (n) => markup(n.children),
  // eLIBRARY allows sub and sup; other marks keep their text. A formula keeps its TeX.
  mark: (n) => (n.mark === 'superscript' ? `<sup>${markup(n.children)}</sup>` : n.mark === 'subscript' ? `<sub>${markup(n.children)}</sub>` : markup(n.children)),
  inlineFormula: (n) => escapeXml(formulaText(n)),
};

export function markup(nodes: Inline[]): string {
  return nodes.map((n) => (markupHandlers[n.type] as (node: Inline) => string)(n)).join('');
}

type BlockHandlers = { [K in Block['type']]: (node: Extract<Block, { type: K }>) => string[] };

/** eLIBRARY's abstracts are one run of text: every block becomes lines (i, b, sub, sup, br allowed). */
const lineHandlers: BlockHandlers = {
  paragraph: (n) => [markup(n.children)],
  section: (n) => [markup(n.title), ...blockLines(n.children)],
  figure: (n) => [markup(n.caption)],
  blockquote: (n) => [...blockLines(n.children), ...(n.attribution ? [`— ${markup(n.attribution)}`] : [])],
  list: (n) => n.items.flatMap((item, i) => blockLines(item).map((line, j) => (j ? line : `${n.ordered ? `${i + 1}.` : '–'} ${line}`))),
  // The loader refuses tables outside the body; an abstract never holds one.
  table: (n) => [markup(n.caption)],
  displayFormula: (n) => [escapeXml(formulaText(n))],
  verse: (n) => n.stanzas.flat().map(markup),
  box: (n) => [markup(n.title), ...blockLines(n.children)],
  definitionList: (n) => n.items.map((item) => `${markup(item.term)}: ${item.definitions.map(markup).join('; ')}`),
  figureGroup: (n) => [markup(n.caption)],
  appendix: (n) => [markup(n.title), ...blockLines(n.children)],
};
const blockLines = (blocks: Block[]): string[] => blocks.flatMap((b) => (lineHandlers[b.type] as (node: Block) => string[])(b));

/** Paragraphs of an abstract, separated by <br/>. */
const blockMarkup = (blocks: Block[]): string => blockLines(blocks).filter(Boolean).join('<br/>');

/** dd.mm.yyyy, as eLIBRARY's dates are written. */
const ruDate = (iso: string | undefined) => (iso ? iso.split('-').reverse().join('.') : undefined);
const pageRange = (first?: number, last?: number) => (first === undefined ? '' : last === undefined || last === first ? String(first) : `${first}-${last}`);
const joined = (values: (string | undefined)[]) => {
  const unique = values.filter((v, i, all): v is string => !!v && all.indexOf(v) === i);
  return unique.length ? unique.join('; ') : undefined;
};

export class ElibraryLanguages {
  readonly problems: Diagnostic[] = [];
  private reported = new Set<string>();
  constructor(private readonly articleFile: string) {}
  code(lang: string, article?: Article): string {
    const base = lang.split('-')[0];
    const code = elibraryLanguages[base];
    if (code) return code;
    if (!this.reported.has(base)) {
      this.reported.add(base);
      this.problems.push(diagnostic('export-language', `Unexpected language \`${base}\` for eLIBRARY, expected one with an eLIBRARY code (${Object.keys(elibraryLanguages).slice(0, 8).join(', ')} …)`, article?.meta.positions['lang'] ?? { file: article?.file ?? this.articleFile, line: 1, column: 1 }));
    }
    return 'UNK';
  }
}

function authorView(author: Author, num: number, article: Article, input: IssueExportInput, langs: ElibraryLanguages): ElibraryAuthorView {
  const byId = new Map(article.meta.affiliations.map((a) => [a.id, a]));
  const affiliations = author.affiliations.map((id) => byId.get(id)).filter((a): a is Affiliation => !!a);
  const pick = (text: Record<string, string> | undefined, lang: string) => text?.[lang];
  // eLIBRARY shows at most three individInfo blocks: the article's language first.
  const languages = languageOrder(article.meta.lang, input.profile, Object.keys(author.name)).slice(0, 3);
  const codes = { orcid: author.orcid, spin: author.spin, scopusid: author.scopusId, researcherid: author.researcherId };
  return {
    num,
    correspondent: author.corresponding === true,
    codes: Object.values(codes).some(Boolean) ? codes : undefined,
    infos: languages.map((lang) => ({
      lang: langs.code(lang, article),
      surname: author.name[lang].surname,
      // eLIBRARY's `initials` holds the given names (and patronymic) in full.
      initials: author.name[lang].given,
      orgName: joined(affiliations.map((a) => pick(a.institution, lang))),
      town: joined(affiliations.map((a) => pick(a.city, lang))),
      country: joined(affiliations.map((a) => pick(a.country, lang))),
      email: author.email,
    })),
  };
}

function articleView(article: Article, input: IssueExportInput, langs: ElibraryLanguages, sectionStart: boolean): ElibraryArticleView {
  const { meta } = article;
  const { profile } = input;
  const order = (available: string[]) => languageOrder(meta.lang, profile, available);
  const section = input.issue.sections.find((s) => s.articles.includes(article.id));
  const doi = meta.doi;
  const text = [...blocksText(article.body), ...article.footnotes.flatMap((n) => blocksText(n.children))].join('\n');
  const lists = article.references;
  const ids = lists[0]?.entries.map((e) => e.id) ?? [];
  for (const list of lists.slice(1)) for (const e of list.entries) if (!ids.includes(e.id)) ids.push(e.id);
  return {
    section: sectionStart && section ? order(Object.keys(section.title)).map((lang) => ({ lang: langs.code(lang), title: section.title[lang] })) : undefined,
    pages: pageRange(meta.pages.first, meta.pages.last),
    artType: elibraryArticleTypes[meta.articleType ?? 'research-article'],
    langPubl: langs.code(meta.lang, article),
    authors: meta.authors.map((a, i) => authorView(a, i + 1, article, input, langs)),
    titles: order(Object.keys(meta.title)).map((lang) => ({ lang: langs.code(lang, article), markup: markup(meta.title[lang]) })),
    abstracts: order(Object.keys(meta.abstract)).map((lang) => ({ lang: langs.code(lang, article), markup: blockMarkup(meta.abstract[lang]) })),
    text: { lang: langs.code(meta.lang, article), body: text },
    codes: { doi, edn: meta.edn, udk: meta.udc },
    keywords: order(Object.keys(meta.keywords)).filter((l) => meta.keywords[l].length).map((lang) => ({ lang: langs.code(lang, article), words: meta.keywords[lang] })),
    // Each work once; its rendering in every list, tagged with the list's language.
    references: ids.map((id) => ({
      infos: lists.flatMap((list) => {
        const entry = list.entries.find((e) => e.id === id);
        return entry ? [{ lang: langs.code(list.lang, article), markup: markup(entry.text), doi: entry.doi }] : [];
      }),
    })),
    fundings: fundingTexts(article, profile, blockMarkup).map((f) => ({ ...f, lang: langs.code(f.lang, article) })),
    files: {
      pdf: `${article.id}/${article.id}.pdf`,
      url: profile.urls.pdf && doi ? fillUrlPattern(profile.urls.pdf, { doi, id: article.id, year: meta.year, volume: meta.volume, issue: meta.issue, seq: meta.seq }) : undefined,
    },
    dates: { received: ruDate(meta.history.received), accepted: ruDate(meta.history.accepted), published: ruDate(meta.history.published) },
  };
}

export function elibraryView(input: IssueExportInput, titleid: number, journalLanguage: string): { view: ElibraryView; diagnostics: Diagnostic[] } {
  const { profile, issue } = input;
  const langs = new ElibraryLanguages(profile.file);
  // eLIBRARY wants <section> before the first article of each section.
  let previous: unknown;
  const articles = input.articles.map((article) => {
    const section = issue.sections.find((s) => s.articles.includes(article.id));
    const starts = section !== undefined && section !== previous;
    previous = section;
    return articleView(article, input, langs, starts);
  });
  const view: ElibraryView = {
    titleid,
    issn: profile.issn.print,
    eissn: profile.issn.electronic,
    journal: { lang: langs.code(journalLanguage), title: profile.title[journalLanguage] },
    issue: { volume: issue.volume, number: issue.number, pages: pageRange(issue.firstPage, issue.lastPage), year: issue.year },
    articles,
  };
  return { view, diagnostics: langs.problems };
}
