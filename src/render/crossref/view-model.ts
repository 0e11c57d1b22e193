// Article(s) + profile → the plain data the Crossref templates print. Every
// decision about what goes where is made here; templates only lay it out.
import type { Affiliation, Article, Author, PersonName } from '../../model/types.js';
import { isPrinted } from '../../profile/load.js';
import type { Profile } from '../../profile/types.js';
import { fillUrlPattern } from '../url-pattern.js';
import { accessView, collectionsView, type AccessView, type CollectionView } from './access.js';
import { citationView, depositedList, type CitationView } from './citations.js';
import { faceMarkup, jatsBlocks } from './markup.js';
import type { OtherLanguageTitles } from './options.js';
import type { CrossrefSchemaFeatures } from './schema-versions.js';
import { fundingView, relationsView, type FundGroupView, type RelationView } from './matter.js';

export interface DateView {
  mediaType?: 'print' | 'online';
  year: number;
  month?: string;
  day?: string;
}

export interface ContributorView {
  sequence: 'first' | 'additional';
  language: string;
  given: string;
  surname: string;
  otherNames: { language: string; given: string; surname: string; full: string }[];
  affiliations: { name: string; ror?: string; place?: string }[];
  orcid?: string;
  /** The iD was collected through ORCID's OAuth (source: `orcid-authenticated: true`). */
  orcidAuthenticated: boolean;
}

export interface ArticleView {
  language: string;
  titles: { title: string; original?: { language: string; title: string } }[];
  contributors: ContributorView[];
  abstracts: { language: string; markup: string }[];
  publicationDates: DateView[];
  acceptanceDate?: DateView;
  pages?: { first: number; last?: number };
  access?: AccessView;
  funding: FundGroupView[];
  relations: RelationView[];
  doi: string;
  resource: string;
  collections: CollectionView[];
  citations: CitationView[];
}

export interface JournalView {
  language: string;
  fullTitles: string[];
  abbrevTitles: string[];
  issns: { value: string; mediaType: 'print' | 'electronic' }[];
  issue: { publicationDates: DateView[]; volume: string; number?: string };
  articles: ArticleView[];
}

export interface CrossrefView {
  schema: CrossrefSchemaFeatures;
  head: { batchId: string; timestamp: string; depositorName: string; depositorEmail: string; registrant: string };
  journals: JournalView[];
}

export interface ViewOptions {
  schema: CrossrefSchemaFeatures;
  otherLanguageTitles: OtherLanguageTitles;
}

/** The article's language first, then the journal's other languages that the field has. */
function languageOrder(first: string, profile: Profile, available: string[]): string[] {
  return [first, ...profile.languages, ...available].filter((lang, i, all) => available.includes(lang) && all.indexOf(lang) === i);
}

const unique = (values: (string | undefined)[]) => values.filter((v, i, all): v is string => !!v && all.indexOf(v) === i);

/**
 * Online from the publication date (with month and day) when there is one; print
 * (the year: no print day is recorded) only for a journal that is printed.
 */
function publicationDates(published: string | undefined, year: number, profile: Profile): DateView[] {
  const online = parseIsoDate(published, 'online');
  const print = isPrinted(profile) ? [{ mediaType: 'print' as const, year }] : [];
  const dates = [...(online ? [online] : []), ...print];
  // The schema wants a date: an online-only journal without a publication date has its year.
  return dates.length ? dates : [{ mediaType: 'online', year }];
}

function parseIsoDate(iso: string | undefined, mediaType?: DateView['mediaType']): DateView | undefined {
  const match = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { mediaType, year: Number(match[1]), month: match[2], day: match[3] } : undefined;
}

/** Bare DOI: Crossref's schema rejects a DOI written as a URL. */
export function bareDoi(doi: string): string {
  return doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
}

const orcidUrl = (orcid: string) => `https://orcid.org/${orcid.replace(/^https?:\/\/orcid\.org\//i, '')}`;
const rorUrl = (ror: string) => (/^https:\/\//i.test(ror) ? ror : `https://ror.org/${ror.replace(/^ror\.org\//i, '')}`);

function affiliationView(affiliation: Affiliation, lang: string) {
  const pick = (text: Record<string, string> | undefined) => text?.[lang] ?? (text ? Object.values(text)[0] : undefined);
  const place = unique([pick(affiliation.city), pick(affiliation.country)]).join(', ');
  return { name: pick(affiliation.institution) ?? affiliation.id, ror: affiliation.ror ? rorUrl(affiliation.ror) : undefined, place: place.length >= 2 ? place : undefined };
}

function contributorView(author: Author, index: number, article: Article, profile: Profile): ContributorView {
  const languages = languageOrder(article.meta.lang, profile, Object.keys(author.name));
  const [main, ...others] = languages;
  const name: PersonName = author.name[main];
  const byId = new Map(article.meta.affiliations.map((a) => [a.id, a]));
  return {
    sequence: index === 0 ? 'first' : 'additional',
    language: main,
    given: name.given,
    surname: name.surname,
    otherNames: others
      .map((language) => ({ language, ...author.name[language] }))
      .filter((n) => n.surname && (n.surname !== name.surname || n.given !== name.given))
      .map((n) => ({ ...n, full: [n.given, n.surname].filter(Boolean).join(' ') })),
    affiliations: author.affiliations.flatMap((id) => {
      const affiliation = byId.get(id);
      return affiliation ? [affiliationView(affiliation, main)] : [];
    }),
    orcid: author.orcid ? orcidUrl(author.orcid) : undefined,
    orcidAuthenticated: author.orcidAuthenticated === true,
  };
}

function titlesView(article: Article, profile: Profile, mode: OtherLanguageTitles): ArticleView['titles'] {
  const [main, ...others] = languageOrder(article.meta.lang, profile, Object.keys(article.meta.title));
  const title = (lang: string) => faceMarkup(article.meta.title[lang]);
  if (mode === 'original-language-title' && others.length) {
    // The schema allows one original_language_title per <titles>.
    return others.map((lang) => ({ title: title(main), original: { language: lang, title: title(lang) } }));
  }
  return [main, ...others].map((lang) => ({ title: title(lang) }));
}

export function articleView(article: Article, profile: Profile, options: ViewOptions): ArticleView {
  const meta = article.meta;
  const doi = meta.doi ? bareDoi(meta.doi) : '';
  const deposited = depositedList(article, profile);
  const items = new Map(article.bibliography.map((item) => [item.id, item]));
  return {
    language: meta.lang,
    titles: titlesView(article, profile, options.otherLanguageTitles),
    contributors: meta.authors.map((author, i) => contributorView(author, i, article, profile)),
    abstracts: languageOrder(meta.lang, profile, Object.keys(meta.abstract))
      .filter((lang) => meta.abstract[lang]?.length)
      .map((language) => ({ language, markup: jatsBlocks(meta.abstract[language]) })),
    publicationDates: publicationDates(meta.history.published, meta.year, profile),
    acceptanceDate: parseIsoDate(meta.history.accepted),
    pages: meta.pages.first !== undefined ? { first: meta.pages.first, last: meta.pages.last } : undefined,
    access: accessView(article, profile),
    funding: fundingView(article, profile, options.schema),
    relations: relationsView(article),
    doi,
    resource: fillUrlPattern(profile.urls.article, { doi, id: article.id, year: meta.year, volume: meta.volume, issue: meta.issue, seq: meta.seq }),
    collections: collectionsView(article, profile, doi),
    citations: (deposited?.entries ?? []).map((entry) => citationView(entry, items.get(entry.id), options.schema, bareDoi)),
  };
}

/** Articles grouped by issue, in the order given; one <journal> per issue. */
export function journalViews(articles: Article[], profile: Profile, options: ViewOptions): JournalView[] {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    const key = `${article.meta.year}|${article.meta.volume}|${article.meta.issue}`;
    groups.set(key, [...(groups.get(key) ?? []), article]);
  }
  const languages = profile.languages;
  return [...groups.values()].map((group) => {
    const first = group[0].meta;
    // The issue appeared when its first article did (the issue build dates them all alike).
    const published = group.map((a) => a.meta.history.published).filter((d): d is string => !!d).sort()[0];
    return {
      language: profile.languages[0],
      fullTitles: unique(languages.map((l) => profile.title[l])),
      abbrevTitles: unique(languages.map((l) => profile.abbrevTitle[l])),
      issns: [
        ...(profile.issn.print ? [{ value: profile.issn.print, mediaType: 'print' as const }] : []),
        ...(profile.issn.electronic ? [{ value: profile.issn.electronic, mediaType: 'electronic' as const }] : []),
      ],
      issue: { publicationDates: publicationDates(published, first.year, profile), volume: String(first.volume), number: first.issue },
      articles: group.map((article) => articleView(article, profile, options)),
    };
  });
}
