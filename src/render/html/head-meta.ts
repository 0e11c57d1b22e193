// The <meta> tags of the article page: Google Scholar (Highwire Press
// `citation_*`), Dublin Core and Open Graph, all from the same facts.
// https://scholar.google.com/intl/en/scholar/inclusion.html#indexing
import type { CslItem, PersonName } from '../../model/types.js';
import type { ArticleFacts } from './facts.js';

export interface MetaTag {
  /** `name=` for Highwire and Dublin Core, `property=` for Open Graph. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
  lang?: string;
}

const scholar = (key: string, content: string | number | undefined, lang?: string): MetaTag[] =>
  content === undefined || content === '' ? [] : [{ attribute: 'name', key, content: String(content), lang }];
const dc = (key: string, content: string | undefined, lang?: string): MetaTag[] => scholar(`DC.${key}`, content, lang);
const og = (key: string, content: string | undefined): MetaTag[] =>
  content === undefined || content === '' ? [] : [{ attribute: 'property', key, content }];

/** Scholar wants "Surname, Given"; so does Dublin Core's creator by convention. */
export function invertedName(name: PersonName): string {
  return [name.surname, name.given].filter(Boolean).join(', ');
}

export function headMetaTags(facts: ArticleFacts, pages: { first?: number; last?: number }, volume: number, issue: string | undefined, section: string | undefined, ogLocales: Record<string, string>): MetaTag[] {
  const tags: MetaTag[] = [];
  // Google Scholar / Highwire Press
  tags.push(...scholar('citation_title', facts.title, facts.lang));
  for (const author of facts.authors) {
    tags.push(...scholar('citation_author', invertedName(author.name)));
    for (const aff of author.affiliations) tags.push(...scholar('citation_author_institution', aff.institution[facts.lang] ?? Object.values(aff.institution)[0]));
    tags.push(...scholar('citation_author_orcid', author.orcidUrl));
  }
  tags.push(...scholar('citation_publication_date', facts.published.replace(/-/g, '/')));
  tags.push(...scholar('citation_journal_title', facts.journalTitle));
  tags.push(...scholar('citation_journal_abbrev', facts.journalAbbrev));
  tags.push(...scholar('citation_publisher', facts.publisher));
  for (const issn of facts.issns) tags.push(...scholar('citation_issn', issn));
  tags.push(...scholar('citation_volume', volume));
  tags.push(...scholar('citation_issue', issue));
  tags.push(...scholar('citation_firstpage', pages.first));
  tags.push(...scholar('citation_lastpage', pages.last));
  tags.push(...scholar('citation_doi', facts.doi));
  tags.push(...scholar('citation_language', facts.lang));
  for (const [lang, words] of Object.entries(facts.keywords)) tags.push(...scholar('citation_keywords', words.join('; '), lang));
  tags.push(...scholar('citation_abstract_html_url', facts.articleUrl));
  tags.push(...scholar('citation_fulltext_html_url', facts.articleUrl));
  tags.push(...scholar('citation_pdf_url', facts.pdfUrl));
  for (const ref of facts.references) tags.push(...scholar('citation_reference', citationReference(ref.item, ref.text, ref.doi)));

  // Dublin Core
  for (const [lang, title] of Object.entries(facts.titles)) tags.push(...dc('title', title, lang));
  for (const author of facts.authors) tags.push(...dc('creator', invertedName(author.name)));
  tags.push(...dc('date', facts.published));
  tags.push(...dc('identifier', facts.doi ? `doi:${facts.doi}` : facts.articleUrl));
  tags.push(...dc('language', facts.lang));
  tags.push(...dc('publisher', facts.publisher));
  tags.push(...dc('rights', facts.license));
  tags.push(...dc('type', 'Text'));
  tags.push(...dc('format', 'text/html'));
  tags.push(...dc('source', [facts.journalTitle, ...facts.issns.map((i) => `ISSN ${i}`)].join('; ')));
  for (const [lang, text] of Object.entries(facts.abstracts)) tags.push(...dc('description', text, lang));
  for (const [lang, words] of Object.entries(facts.keywords)) for (const word of words) tags.push(...dc('subject', word, lang));

  // Open Graph (link previews)
  tags.push(...og('og:type', 'article'));
  tags.push(...og('og:title', facts.title));
  tags.push(...og('og:description', facts.abstracts[facts.lang]));
  tags.push(...og('og:url', facts.articleUrl));
  tags.push(...og('og:site_name', facts.journalTitle));
  tags.push(...og('og:locale', ogLocales[facts.lang]));
  for (const lang of facts.otherLangs) tags.push(...og('og:locale:alternate', ogLocales[lang]));
  tags.push(...og('article:published_time', facts.published));
  tags.push(...og('article:section', section));
  for (const word of facts.keywords[facts.lang] ?? []) tags.push(...og('article:tag', word));
  return tags;
}

/**
 * One cited work as Scholar's `citation_reference` reads it: `key=value`
 * pairs separated by "; ". Works without a title (archives) fall back to the
 * formatted entry.
 */
export function citationReference(item: CslItem, formatted: string, doi?: string): string {
  const clean = (v: string) => v.replace(/;/g, ',').replace(/\s+/g, ' ').trim();
  const title = typeof item.title === 'string' ? item.title : undefined;
  if (!title) return clean(formatted);
  const pairs: [string, string | undefined][] = [];
  for (const person of (Array.isArray(item.author) ? item.author : []) as { family?: string; given?: string; literal?: string }[]) {
    pairs.push(['citation_author', person.literal ?? invertedName({ surname: person.family ?? '', given: person.given ?? '' })]);
  }
  pairs.push(['citation_title', title]);
  const container = typeof item['container-title'] === 'string' ? item['container-title'] : undefined;
  pairs.push([item.type === 'article-journal' ? 'citation_journal_title' : 'citation_inbook_title', container]);
  const year = (item.issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0]?.[0];
  pairs.push(['citation_publication_date', year === undefined ? undefined : String(year)]);
  pairs.push(['citation_publisher', typeof item.publisher === 'string' ? item.publisher : undefined]);
  pairs.push(['citation_volume', item.volume === undefined ? undefined : String(item.volume)]);
  pairs.push(['citation_issue', item.issue === undefined ? undefined : String(item.issue)]);
  const [first, last] = typeof item.page === 'string' ? item.page.split(/[-–]/) : [];
  pairs.push(['citation_firstpage', first], ['citation_lastpage', last]);
  pairs.push(['citation_doi', doi]);
  return pairs
    .filter((p): p is [string, string] => !!p[1])
    .map(([k, v]) => `${k}=${clean(v)}`)
    .join('; ');
}
