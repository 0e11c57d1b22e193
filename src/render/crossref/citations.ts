// <citation> of the deposit: the structured fields Crossref matches on, taken
// from the CSL item itself (its own language and script, as the cited work
// registers them), beside the rendered text of the profile's citation list.
import type { Article, CslItem, ReferenceEntry, ReferenceList } from '../../model/types.js';
import type { Profile } from '../../profile/types.js';
import { plainText } from './markup.js';
import type { CrossrefSchemaFeatures } from './schema-versions.js';

/**
 * The reference list the deposit's <citation_list> is made from: the one the
 * profile names (`crossref.citation-list`), else the first. A one-list journal
 * deposits its references too.
 */
export function depositedList(article: Pick<Article, 'references'>, profile: Pick<Profile, 'crossref' | 'references'>): ReferenceList | undefined {
  const name = profile.crossref.citationList;
  if (name === undefined) return article.references[0];
  // A list without a name (made by hand, not by the resolver) is known by its spec's kind.
  const kind = profile.references.lists.find((spec) => (spec.name ?? spec.kind) === name)?.kind;
  return article.references.find((list) => list.name === name || (list.name === undefined && list.kind === kind));
}

export interface CitationView {
  key: string;
  /** 5.4.0 `citation@type`; absent on 5.3.1 (no such attribute). */
  type?: string;
  doi?: string;
  issn?: string;
  journalTitle?: string;
  author?: string;
  volume?: string;
  issue?: string;
  firstPage?: string;
  cYear?: string;
  isbn?: string;
  seriesTitle?: string;
  volumeTitle?: string;
  editionNumber?: string;
  articleTitle?: string;
  text: string;
}

/** CSL item type → Crossref 5.4.0 citation type. Data; a type not listed gets none. */
const citationTypes: Record<string, string> = {
  'article-journal': 'journal_article',
  'article-magazine': 'journal_article',
  'article-newspaper': 'journal_article',
  review: 'journal_article',
  'review-book': 'journal_article',
  book: 'book',
  chapter: 'book_chapter',
  'entry-encyclopedia': 'book_chapter',
  'entry-dictionary': 'book_chapter',
  'paper-conference': 'conference_paper',
  thesis: 'dissertation',
  report: 'report',
  webpage: 'web_resource',
  'post-weblog': 'blog_post',
  dataset: 'dataset',
  software: 'software',
  patent: 'patent',
  standard: 'standard',
  collection: 'other',
  manuscript: 'other',
};

/**
 * Where the CSL title and container title go, per kind of work: an article's
 * title is `article_title` and its journal `journal_title`; a chapter's title is
 * `article_title` and its book `volume_title`; a book's title is `volume_title`.
 */
type TitlePlace = 'article-in-journal' | 'part-of-book' | 'book' | 'none';
const titlePlaces: Record<string, TitlePlace> = {
  'article-journal': 'article-in-journal',
  'article-magazine': 'article-in-journal',
  'article-newspaper': 'article-in-journal',
  review: 'article-in-journal',
  chapter: 'part-of-book',
  'entry-encyclopedia': 'part-of-book',
  'entry-dictionary': 'part-of-book',
  'paper-conference': 'part-of-book',
  book: 'book',
  thesis: 'book',
  report: 'book',
};

/** Crossref's length limits (common5.x.xsd): a longer value is left out, never cut. */
const maxLength = { volume: 32, issue: 32, firstPage: 32, editionNumber: 15 } as const;

// The schema's own patterns (isbn_t, issn_t): an identifier that does not fit is left out.
const isbnPattern = /^(?=.{10,17}$)(97[89]-)?\d[\d -]+[\dX]$/;
const issnPattern = /^\d{4}-?\d{3}[\dX]$/;
const identifier = (v: unknown, pattern: RegExp) => text(v)?.split(/[,;]\s*|\s+(?=\d{4}-)/).map((s) => s.trim()).find((s) => pattern.test(s));

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);
const within = (v: string | undefined, max: number) => (v !== undefined && v.length <= max ? v : undefined);

interface CslName {
  family?: string;
  literal?: string;
}

/** The first author's surname, else the first editor's (an edited book is found by its editor). */
function firstCreator(item: CslItem): string | undefined {
  for (const variable of ['author', 'editor', 'compiler', 'translator']) {
    const names = item[variable];
    if (Array.isArray(names) && names.length) {
      const first = names[0] as CslName;
      return text(first.family) ?? text(first.literal);
    }
  }
  return undefined;
}

function year(item: CslItem): string | undefined {
  const issued = item.issued as { 'date-parts'?: unknown[][]; literal?: string } | undefined;
  const y = issued?.['date-parts']?.[0]?.[0];
  if (typeof y === 'number' || (typeof y === 'string' && /^\d{4}$/.test(y))) return String(y);
  return undefined;
}

/** `306–307` → `306`; a page that is not a plain number or numeral is left out. */
function firstPage(item: CslItem): string | undefined {
  const page = text(item.page) ?? text(item['page-first']);
  const m = page && /^\s*([\dIVXLCDMivxlcdm]+)(?:\s*[–-]|\s*$)/.exec(page);
  return m ? m[1] : undefined;
}

/** `4-е`, `4th`, `4` → `4`: Crossref's edition_number is the number. */
function editionNumber(item: CslItem): string | undefined {
  const m = text(item.edition) && /^\s*(\d+)/.exec(text(item.edition)!);
  return m ? within(m[1], maxLength.editionNumber) : undefined;
}

export function citationView(entry: ReferenceEntry, item: CslItem | undefined, schema: CrossrefSchemaFeatures, bareDoi: (doi: string) => string): CitationView {
  const view: CitationView = { key: entry.id, text: plainText(entry.text).replace(/\s+/g, ' ').trim() };
  const doi = entry.doi ?? text(item?.DOI);
  if (doi) view.doi = bareDoi(doi);
  if (!item) return view;
  if (schema.citationType) view.type = citationTypes[item.type];
  const place = titlePlaces[item.type] ?? 'none';
  const title = text(item.title);
  const container = text(item['container-title']);
  if (place === 'article-in-journal') {
    view.journalTitle = container;
    view.articleTitle = title;
    view.issn = identifier(item.ISSN, issnPattern);
  } else if (place === 'part-of-book') {
    view.articleTitle = title;
    view.volumeTitle = container;
  } else if (place === 'book') view.volumeTitle = title;
  if (place !== 'none') {
    view.author = firstCreator(item);
    view.cYear = year(item);
    view.volume = within(text(item.volume), maxLength.volume);
    view.issue = within(text(item.issue), maxLength.issue);
    view.firstPage = within(firstPage(item), maxLength.firstPage);
    view.seriesTitle = text(item['collection-title']);
    view.editionNumber = editionNumber(item);
    view.isbn = identifier(item.ISBN, isbnPattern);
  }
  return view;
}
