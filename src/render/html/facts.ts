// The plain facts the head metadata and JSON-LD are both made from, computed
// once so the two can never disagree.
import type { Affiliation, Article, Author, CslItem, PersonName } from '../../model/types.js';
import type { Profile } from '../../profile/types.js';
import { fillUrlPattern, UrlPatternError } from '../url-pattern.js';
import { renderBlocksText } from './plain-text.js';
import { linkedReferenceList, type HtmlState } from './state.js';
import { inlineText } from './plain-text.js';

export interface AuthorFacts {
  /** Name in the article's language (falls back to any script there is). */
  name: PersonName;
  /** The same person in the journal's other languages, keyed by language. */
  otherNames: Record<string, PersonName>;
  orcidUrl?: string;
  affiliations: Affiliation[];
}

export interface ArticleFacts {
  lang: string;
  otherLangs: string[];
  title: string;
  titles: Record<string, string>;
  authors: AuthorFacts[];
  abstracts: Record<string, string>;
  keywords: Record<string, string[]>;
  journalTitle: string;
  journalAbbrev?: string;
  publisher: string;
  issns: string[];
  /** ISO date when the article has one, else the year. */
  published: string;
  doi?: string;
  doiUrl?: string;
  articleUrl?: string;
  pdfUrl?: string;
  jatsUrl?: string;
  license: string;
  references: { item: CslItem; text: string; doi?: string }[];
}

export function doiUrl(doi: string): string {
  return fillUrlPattern('https://doi.org/{doi}', { doi });
}

export function orcidUrl(orcid: string): string {
  return `https://orcid.org/${orcid.replace(/^https?:\/\/orcid\.org\//, '')}`;
}

export function nameIn(author: Author, lang: string): PersonName {
  return author.name[lang] ?? Object.values(author.name)[0] ?? { given: '', surname: '' };
}

export function fullName(name: PersonName): string {
  return [name.given, name.surname].filter(Boolean).join(' ');
}

export function pick(text: Record<string, string> | undefined, lang: string): string {
  return text?.[lang] ?? Object.values(text ?? {})[0] ?? '';
}

export function articleFacts(article: Article, state: HtmlState): ArticleFacts {
  const { meta } = article;
  const profile = state.profile;
  const lang = meta.lang;
  const languages = [lang, ...profile.languages.filter((l) => l !== lang)];
  const affiliations = new Map(meta.affiliations.map((a) => [a.id, a]));
  const fill = (key: 'article' | 'pdf' | 'jats') => fillProfileUrl(profile, key, article, state);
  const linked = linkedReferenceList(article);
  const entryById = new Map((linked?.entries ?? []).map((e) => [e.id, e]));
  return {
    lang,
    otherLangs: languages.slice(1),
    title: pick(meta.titleText, lang),
    titles: Object.fromEntries(languages.filter((l) => meta.titleText[l]).map((l) => [l, meta.titleText[l]])),
    authors: meta.authors.map((author) => ({
      name: nameIn(author, lang),
      otherNames: Object.fromEntries(languages.slice(1).filter((l) => author.name[l]).map((l) => [l, author.name[l]])),
      orcidUrl: author.orcid ? orcidUrl(author.orcid) : undefined,
      affiliations: author.affiliations.map((id) => affiliations.get(id)).filter((a): a is Affiliation => !!a),
    })),
    abstracts: Object.fromEntries(languages.filter((l) => meta.abstract[l]).map((l) => [l, renderBlocksText(meta.abstract[l])])),
    keywords: Object.fromEntries(languages.filter((l) => meta.keywords[l]?.length).map((l) => [l, meta.keywords[l]])),
    journalTitle: pick(profile.title, lang),
    journalAbbrev: pick(profile.abbrevTitle, lang) || undefined,
    publisher: pick(profile.publisher.name, lang),
    issns: [profile.issn.print, profile.issn.electronic].filter((x): x is string => !!x),
    published: meta.history.published ?? String(meta.year),
    doi: meta.doi,
    doiUrl: meta.doi ? doiUrl(meta.doi) : undefined,
    articleUrl: fill('article'),
    pdfUrl: fill('pdf'),
    jatsUrl: fill('jats'),
    license: meta.license ?? profile.license.url,
    references: article.bibliography.map((item) => {
      const entry = entryById.get(item.id);
      return { item, text: entry ? inlineText(entry.text) : '', doi: entry?.doi ?? (typeof item.DOI === 'string' ? item.DOI : undefined) };
    }),
  };
}

function fillProfileUrl(profile: Profile, key: 'article' | 'pdf' | 'jats', article: Article, state: HtmlState): string | undefined {
  const pattern = profile.urls[key];
  if (!pattern) return undefined;
  const { meta } = article;
  try {
    return fillUrlPattern(pattern, { doi: meta.doi, id: article.id, year: meta.year, volume: meta.volume, issue: meta.issue, seq: meta.seq });
  } catch (error) {
    if (!(error instanceof UrlPatternError)) throw error;
    state.diagnostics.report('html-url-pattern', `Unexpected empty {${error.placeholder}} in urls.${key} (${pattern}), expected the article to supply it`, meta.positions[error.placeholder] ?? { file: profile.file, line: 1, column: 1 });
    return undefined;
  }
}
