// Funding (FundRef, `fr:program`) and relations (`rel:program`) of a deposit.
// Crossref records a correction through Crossmark `updates`, which needs the
// journal's Crossmark policy DOI; until a profile has one, a correction or
// retraction notice is related to its article as `isRelatedMaterial` with a
// description saying which, so the link is deposited rather than lost.
import type { Article } from '../../model/types.js';
import type { Profile } from '../../profile/types.js';
import type { CrossrefSchemaFeatures } from './schema-versions.js';

export interface FundGroupView {
  funderName: string;
  /** Open Funder Registry id as Crossref writes it (https://doi.org/10.13039/…). */
  funderIdentifier?: string;
  /** The funder's ROR URL (5.4.0 and later only). */
  ror?: string;
  awards: string[];
}

export interface RelationView {
  description: string;
  type: string;
  identifierType: 'doi' | 'isbn';
  identifier: string;
}

/** related-article-type → Crossref relationship and its description. Data. */
const relations: Record<string, { type: string; description: string }> = {
  'corrected-article': { type: 'isRelatedMaterial', description: 'Correction notice for' },
  'retracted-article': { type: 'isRelatedMaterial', description: 'Retraction notice for' },
};

export function fundingView(article: Article, profile: Profile, schema: CrossrefSchemaFeatures): FundGroupView[] {
  const lang = article.meta.lang;
  return (article.meta.funding ?? []).map((f) => {
    // Crossref matches funder names in English first: the article's language, else English, else any.
    const name = f.funder[lang] ?? f.funder.en ?? profile.languages.map((l) => f.funder[l]).find(Boolean) ?? Object.values(f.funder)[0] ?? '';
    return {
      funderName: name,
      funderIdentifier: f.funderId?.type === 'doi' ? `https://doi.org/${f.funderId.value}` : undefined,
      ror: f.funderId?.type === 'ror' && schema.funderRor ? f.funderId.value : undefined,
      awards: f.awards,
    };
  });
}

export function relationsView(article: Article): RelationView[] {
  const { meta } = article;
  const out: RelationView[] = (meta.related ?? []).flatMap((r) => {
    const relation = relations[r.type];
    return relation ? [{ description: `${relation.description} ${r.doi}`, type: relation.type, identifierType: 'doi' as const, identifier: r.doi }] : [];
  });
  const book = meta.reviewedBook;
  const bookId = book?.doi ? { identifierType: 'doi' as const, identifier: book.doi } : book?.isbn ? { identifierType: 'isbn' as const, identifier: book.isbn } : undefined;
  if (book && bookId) out.push({ description: [book.authors.join(', '), book.title, book.year].filter(Boolean).join('. '), type: 'isReviewOf', ...bookId });
  return out;
}
