// What indexers and miners read beside the metadata: the AccessIndicators
// program (licences per version, free to read) and the <collection>s of
// full-text URLs (Similarity Check's crawler, text and data mining), all from
// the profile's licence and URL patterns.
import type { Article } from '../../model/types.js';
import type { LicenseScope, Profile } from '../../profile/types.js';
import { fillUrlPattern } from '../url-pattern.js';

export interface AccessView {
  /** `<ai:free_to_read>` from publication when the journal is open access. */
  freeToRead?: { startDate?: string };
  licenses: { appliesTo: LicenseScope; url: string; startDate?: string }[];
}

export interface CollectionView {
  property: 'crawler-based' | 'text-mining';
  items: { crawler?: string; mimeType?: string; url: string }[];
}

/**
 * The licence of the article (its own, else the journal's) once per version it
 * covers, dated from the publication when the article has one (never invented).
 */
export function accessView(article: Article, profile: Profile): AccessView | undefined {
  const url = article.meta.license ?? profile.license.url;
  // ai:license_ref is a URI: a licence named only by an id has nothing to deposit.
  if (!/^https?:\/\//i.test(url)) return undefined;
  const startDate = article.meta.history.published;
  return {
    freeToRead: profile.license.openAccess === true ? { startDate } : undefined,
    licenses: (profile.license.appliesTo ?? ['vor']).map((appliesTo) => ({ appliesTo, url, startDate })),
  };
}

/**
 * Full-text URLs: Similarity Check (crawler iParadigms) gets the PDF, else the
 * landing page (the HTML galley carries the full text); text mining gets the PDF
 * and the JATS, each with its MIME type. A pattern the profile lacks adds nothing.
 */
export function collectionsView(article: Article, profile: Profile, doi: string): CollectionView[] {
  const { meta, id } = article;
  const values = { doi, id, year: meta.year, volume: meta.volume, issue: meta.issue, seq: meta.seq };
  const pdf = profile.urls.pdf ? fillUrlPattern(profile.urls.pdf, values) : undefined;
  const jats = profile.urls.jats ? fillUrlPattern(profile.urls.jats, values) : undefined;
  const landing = fillUrlPattern(profile.urls.article, values);
  const mining = [
    ...(pdf ? [{ mimeType: 'application/pdf', url: pdf }] : []),
    ...(jats ? [{ mimeType: 'application/xml', url: jats }] : []),
  ];
  return [
    { property: 'crawler-based', items: [{ crawler: 'iParadigms', url: pdf ?? landing }] },
    ...(mining.length ? [{ property: 'text-mining' as const, items: mining }] : []),
  ];
}
