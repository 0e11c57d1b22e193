// schema.org ScholarlyArticle, built from the same facts as the meta tags.
// https://schema.org/ScholarlyArticle
import type { Affiliation } from '../../model/types.js';
import type { ArticleFacts } from './facts.js';
import { doiUrl, fullName } from './facts.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

export function scholarlyArticle(facts: ArticleFacts, pages: { first?: number; last?: number }, volume: number, issue: string | undefined): Record<string, Json | undefined> {
  const otherTitles = facts.otherLangs.map((l) => facts.titles[l]).filter(Boolean);
  const organisation = (aff: Affiliation): Json => ({
    '@type': 'Organization',
    name: aff.institution[facts.lang] ?? Object.values(aff.institution)[0],
    alternateName: facts.otherLangs.map((l) => aff.institution[l]).filter(Boolean),
    identifier: aff.ror,
    address: aff.countryCode ? { '@type': 'PostalAddress', addressCountry: aff.countryCode, addressLocality: aff.city?.[facts.lang] } : undefined,
  });
  const publisher = { '@type': 'Organization', name: facts.publisher };
  const volumePart = { '@type': 'PublicationVolume', volumeNumber: String(volume), isPartOf: { '@type': 'Periodical', name: facts.journalTitle, issn: facts.issns, publisher } };
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': facts.doiUrl ?? facts.articleUrl,
    url: facts.articleUrl,
    sameAs: facts.doiUrl,
    identifier: facts.doi ? { '@type': 'PropertyValue', propertyID: 'DOI', value: facts.doi } : undefined,
    headline: facts.title,
    name: facts.title,
    alternativeHeadline: otherTitles.length ? otherTitles : undefined,
    inLanguage: facts.lang,
    author: facts.authors.map((a) => ({
      '@type': 'Person',
      name: fullName(a.name),
      givenName: a.name.given,
      familyName: a.name.surname,
      alternateName: Object.values(a.otherNames).map(fullName),
      identifier: a.orcidUrl,
      sameAs: a.orcidUrl,
      affiliation: a.affiliations.map(organisation),
    })),
    datePublished: facts.published,
    pageStart: pages.first === undefined ? undefined : String(pages.first),
    pageEnd: pages.last === undefined ? undefined : String(pages.last),
    pagination: pages.first === undefined ? undefined : [pages.first, pages.last].filter((p) => p !== undefined).join('–'),
    abstract: facts.abstracts[facts.lang],
    keywords: facts.keywords[facts.lang],
    license: facts.license,
    publisher,
    // Continuous publication: the article is part of the volume itself.
    isPartOf: issue === undefined ? volumePart : { '@type': 'PublicationIssue', issueNumber: issue, isPartOf: volumePart },
    encoding: [
      facts.pdfUrl ? { '@type': 'MediaObject', encodingFormat: 'application/pdf', contentUrl: facts.pdfUrl } : undefined,
      facts.jatsUrl ? { '@type': 'MediaObject', encodingFormat: 'application/xml', contentUrl: facts.jatsUrl } : undefined,
    ].filter((x) => x !== undefined) as Json[],
    citation: facts.references.map((r) => ({ '@type': 'CreativeWork', name: r.text || r.item.id, sameAs: r.doi ? doiUrl(r.doi) : undefined })),
  };
}

/**
 * JSON inside <script> is raw text: escape `<`, `>`, `&` and the two JavaScript
 * line separators as \u escapes so no value can close the element or open a
 * comment. (The only escaping outside xml-escape.ts: JSON is not HTML.)
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
