// Metadata of the typed Article (re-exported by model/types.ts, the one contract).
import type { Block, Inline, Localized, Position } from './types.js';

// -------------------------------------------------------------------- metadata

export interface PersonName {
  given: string;
  surname: string;
}

export interface Author {
  id: string;
  /** Name per script/language: `en` Latin, `ru` Cyrillic. */
  name: Localized<PersonName>;
  orcid?: string;
  /** The ORCID iD was collected through ORCID's OAuth (Crossref and JATS `authenticated`). */
  orcidAuthenticated?: boolean;
  /** eLIBRARY's SPIN code (XXXX-XXXX), Scopus Author ID, Web of Science ResearcherID. */
  spin?: string;
  scopusId?: string;
  researcherId?: string;
  email?: string;
  affiliations: string[];
  corresponding?: boolean;
  /** CRediT contributor roles, in the order written. */
  roles?: CreditRole[];
  position?: Position;
}

/** One of the 14 CRediT terms (https://credit.niso.org/), as JATS `role vocab="credit"` carries it. */
export interface CreditRole {
  /** The source's key, e.g. `writing-original-draft`. */
  term: string;
  /** The term's official name, e.g. "Writing – original draft". */
  name: string;
  /** The term's official URI. */
  uri: string;
}

/** One funding source with its awards (JATS `award-group`, Crossref `fr:assertion`). */
export interface Funding {
  /** Funder name per language. */
  funder: Localized;
  /** Open Funder Registry DOI (`10.13039/…`) or ROR URL of the funder. */
  funderId?: { type: 'doi' | 'ror'; value: string };
  awards: string[];
  position?: Position;
}

/** A file published beside the article (data, a long table, an audio clip). */
export interface SupplementaryFile {
  /** `supp1`, `supp2` … in the order written. */
  id: string;
  number: number;
  /** Path relative to the article folder; also its path under dist/<id>/. */
  src: string;
  /** Absolute path of the file, resolved by the loader (empty when missing). */
  file: string;
  /** IANA media type, from the file's extension. */
  mimeType: string;
  caption: Localized<Inline[]>;
  position?: Position;
}

/** The article another one corrects or reviews (JATS `related-article`, Crossref relations). */
export interface RelatedArticle {
  /** JATS related-article-type: `corrected-article`, `retracted-article`, `commentary-article` … */
  type: string;
  doi: string;
  position?: Position;
}

/** The book a book review reviews (JATS `product`). */
export interface ReviewedBook {
  /** The authors' names as printed (`Figes O.`). */
  authors: string[];
  title: string;
  publisher?: string;
  place?: string;
  year?: number;
  isbn?: string;
  doi?: string;
  position?: Position;
}

/** Statements of the front and back matter: per language, only the languages written. */
export interface MatterStatements {
  authorNotes?: Localized<Block[]>;
  fundingStatement?: Localized<Block[]>;
  acknowledgements?: Localized<Block[]>;
  conflictOfInterest?: Localized<Block[]>;
  dataAvailability?: Localized<Block[]>;
}

export interface Affiliation {
  id: string;
  institution: Localized;
  city?: Localized;
  country?: Localized;
  /** ISO 3166-1 alpha-2. */
  countryCode?: string;
  ror?: string;
  position?: Position;
}

/** ISO dates (YYYY-MM-DD). */
export interface History {
  received?: string;
  revised?: string;
  accepted?: string;
  published?: string;
}

export interface ArticleMeta {
  /** Language of the article text. */
  lang: string;
  section?: Localized;
  title: Localized<Inline[]>;
  /** Plain-text title per language (for metadata, PDF Info, citation blocks). */
  titleText: Localized;
  shortTitle?: Localized;
  authors: Author[];
  affiliations: Affiliation[];
  abstract: Localized<Block[]>;
  keywords: Localized<string[]>;
  udc?: string;
  doi?: string;
  /** eLIBRARY Document Number (six Latin letters), once eLIBRARY has given one. */
  edn?: string;
  /** JATS article-type value (research-article when the source names none). */
  articleType?: string;
  /** Journal-wide running article number (DOI suffix pattern `{seq}`). */
  seq?: number;
  volume: number;
  /** Absent in continuous publication, when the journal allows it (`article-fields`). */
  issue?: string;
  year: number;
  pages: { first?: number; last?: number };
  history: History;
  /** False: the article is never deposited with Crossref (`deposit: false` in the source). */
  deposit?: boolean;
  /** Licence URL or id; defaults to the profile's. */
  license?: string;
  /** Funding sources and their awards. */
  funding?: Funding[];
  /** Acknowledgements, funding, COI and data statements, author notes. */
  statements?: MatterStatements;
  supplementary?: SupplementaryFile[];
  /** The corrected (or retracted, commented) article. */
  related?: RelatedArticle[];
  reviewedBook?: ReviewedBook;
  /** Hand-written citation blocks from the source, checked against the generated ones. */
  citationBlockSource?: Localized<{ text: string; position?: Position }>;
  /** Where each metadata field was written, keyed by dotted path (`doi`, `title.ru`). */
  positions: Record<string, Position>;
}
