// Final articles of an issue → the plain data the DOAJ template prints: one
// <record> per article (DOAJ article XML 1.3).
import { diagnostic, type Diagnostic } from '../../checks/diagnostic.js';
import type { Article } from '../../model/types.js';
import { blocksText, languageOrder, type IssueExportInput } from '../issue-export.js';
import { fillUrlPattern } from '../url-pattern.js';

/** ISO 639-1 (the source's `lang`) → ISO 639-2/B, the codes DOAJ's schema lists. */
export const doajLanguages: Record<string, string> = {
  en: 'eng', ru: 'rus', de: 'ger', fr: 'fre', es: 'spa', it: 'ita', uk: 'ukr', be: 'bel', pl: 'pol', cs: 'cze',
  bg: 'bul', sr: 'srp', hr: 'hrv', sl: 'slv', sk: 'slo', zh: 'chi', ja: 'jpn', ko: 'kor', ar: 'ara', tr: 'tur',
  fi: 'fin', sv: 'swe', no: 'nor', da: 'dan', nl: 'dut', pt: 'por', ro: 'rum', hu: 'hun', et: 'est', lv: 'lav',
  lt: 'lit', ka: 'geo', hy: 'arm', az: 'aze', kk: 'kaz', uz: 'uzb', tt: 'tat', el: 'gre', he: 'heb', la: 'lat',
};

export interface DoajRecordView {
  language: string;
  publisher: string;
  journalTitle: string;
  issn?: string;
  eissn?: string;
  publicationDate: string;
  volume: string;
  issue?: string;
  startPage?: number;
  endPage?: number;
  doi?: string;
  recordId: string;
  documentType: string;
  titles: { language: string; text: string }[];
  authors: { name: string; email?: string; affiliationIds: string[]; orcid?: string }[];
  affiliations: { id: string; name: string }[];
  abstracts: { language: string; text: string }[];
  fullText: { url: string; format: string };
  keywords: { language: string; words: string[] }[];
}

export function doajView(input: IssueExportInput): { records: DoajRecordView[]; diagnostics: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  const reported = new Set<string>();
  const code = (lang: string, article: Article) => {
    const found = doajLanguages[lang.split('-')[0]];
    if (!found && !reported.has(lang)) {
      reported.add(lang);
      problems.push(diagnostic('export-language', `Unexpected language \`${lang}\` for DOAJ, expected one with an ISO 639-2/B code (${Object.keys(doajLanguages).slice(0, 8).join(', ')} …)`, article.meta.positions['lang'] ?? { file: article.file, line: 1, column: 1 }));
    }
    return found ?? 'und';
  };
  const records = input.articles.map((article) => recordView(article, input, code));
  return { records, diagnostics: problems };
}

function recordView(article: Article, input: IssueExportInput, code: (lang: string, a: Article) => string): DoajRecordView {
  const { profile, issue } = input;
  const { meta } = article;
  const lang = meta.lang;
  const order = (available: string[]) => languageOrder(lang, profile, available);
  const urlValues = { doi: meta.doi ?? '', id: article.id, year: meta.year, volume: meta.volume, issue: meta.issue, seq: meta.seq };
  // DOAJ wants the full text itself: the PDF where the profile says where it is, else the landing page.
  const fullText = profile.urls.pdf ? { url: fillUrlPattern(profile.urls.pdf, urlValues), format: 'pdf' } : { url: fillUrlPattern(profile.urls.article, urlValues), format: 'html' };
  const byId = new Map(meta.affiliations.map((a) => [a.id, a]));
  const used = meta.affiliations.filter((a) => meta.authors.some((au) => au.affiliations.includes(a.id)));
  const pick = (text: Record<string, string> | undefined) => text?.[lang] ?? (text ? Object.values(text)[0] : undefined);
  return {
    language: code(lang, article),
    publisher: profile.publisher.name[lang] ?? profile.publisher.name[profile.languages[0]],
    journalTitle: profile.title[lang] ?? profile.title[profile.languages[0]],
    issn: profile.issn.print,
    eissn: profile.issn.electronic,
    publicationDate: meta.history.published ?? issue.published,
    volume: String(meta.volume),
    issue: meta.issue,
    startPage: meta.pages.first,
    endPage: meta.pages.last,
    doi: meta.doi,
    recordId: article.id,
    documentType: 'article',
    titles: order(Object.keys(meta.titleText)).map((l) => ({ language: code(l, article), text: meta.titleText[l] })),
    // DOAJ has one name per author: the article's language, as the article prints it.
    authors: meta.authors.map((a) => {
      const name = a.name[lang] ?? Object.values(a.name)[0];
      return {
        name: [name.given, name.surname].filter(Boolean).join(' '),
        email: a.email,
        affiliationIds: a.affiliations.filter((id) => byId.has(id)),
        orcid: a.orcid ? `https://orcid.org/${a.orcid}` : undefined,
      };
    }),
    affiliations: used.map((a) => ({
      id: a.id,
      name: [pick(a.institution), pick(a.city), pick(a.country)].filter(Boolean).join(', '),
    })),
    abstracts: order(Object.keys(meta.abstract)).map((l) => ({ language: code(l, article), text: blocksText(meta.abstract[l]).join('\n') })),
    fullText,
    keywords: order(Object.keys(meta.keywords)).filter((l) => meta.keywords[l].length).map((l) => ({ language: code(l, article), words: meta.keywords[l] })),
  };
}

