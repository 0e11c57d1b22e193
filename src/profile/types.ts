import type { Localized } from '../model/types.js';
import type { ArticleFieldSetting, OptionalArticleField } from './article-fields.js';
import type { SeverityOverrides } from '../checks/diagnostic.js';
import type { ExportsProfile } from './exports.js';
import type { DocxTemplateProfile } from './import-docx.js';

export interface CitationBlockFormat {
  label: string;
  /** Handlebars over the article metadata; `*…*` marks italic. Empty when `style` is given. */
  format: string;
  /** A CSL style (a file in the templates' csl/ or a repository id) that renders the article as a list entry, instead of `format`. */
  style?: string;
}

export interface ReferenceListSpec {
  kind: string;
  /** The list's name in outputs (JATS `specific-use` of its renderings); defaults to `kind`. */
  name?: string;
  /** CSL style name, looked up in `<templates>/csl/<style>.csl`. */
  style: string;
  title: string;
}

export type LicenseScope = 'vor' | 'am' | 'tdm';
export type PublicationFormat = 'print' | 'electronic';

/** The journal profile (journal.yaml), validated. */
export interface Profile {
  /** Absolute path of the profile file; relative paths in it resolve against its folder. */
  file: string;
  root: string;
  id: string;
  languages: string[];
  title: Localized;
  abbrevTitle: Localized;
  issn: { print?: string; electronic?: string };
  publisher: { name: Localized; location?: Localized };
  doi: { prefix: string; suffixPattern: string };
  urls: { site?: string; article: string; pdf?: string; jats?: string };
  /**
   * appliesTo: the versions the licence covers, each a Crossref `license_ref`
   * (vor, am, tdm); openAccess: free to read from publication (Crossref
   * `free_to_read`, JATS `license-type="open-access"`). Absent: vor only, not open access.
   */
  license: { url: string; text: Localized; appliesTo?: LicenseScope[]; openAccess?: boolean };
  /** How the journal appears: `print` and/or `electronic`; print dates are written only for print. */
  publicationFormats?: PublicationFormat[];
  copyrightHolder?: Localized;
  /** `required-languages`: per front-matter field (title, abstract, keywords, section, name, institution), the languages it must have; absent: every journal language. */
  requiredLanguages?: Record<string, string[]>;
  /** `article-fields`: issue, abstract, keywords each required (default) or optional. */
  articleFields?: Record<OptionalArticleField, ArticleFieldSetting>;
  /** `copyright-statement`: false writes no copyright statement, year or holder (default true). */
  copyrightStatement?: boolean;
  citationBlock: Localized<CitationBlockFormat>;
  /** archiveFiles: how an archive's list entry names its files (see src/references/archives.ts). */
  references: { lists: ReferenceListSpec[]; transliteration: string; archiveFiles: 'once' | 'as-cited' };
  /** required: every article must carry a UDC notation (`udc.required`, default false). */
  udc: { label: string; required?: boolean };
  schemas: { jatsVersion: string; jats?: string; crossref?: string };
  crossref: {
    schemaVersion: string;
    /** Name of the reference list deposited as <citation_list> (`crossref.citation-list`); absent: the first list. */
    citationList?: string;
    depositor: { name: string; email: string };
    registrant: string;
    endpoints: { test: string; production: string };
    results: { test: string; production: string };
  };
  /** Absolute path of the journal's record folder (`record:`, default record/): see docs/record.md. */
  record: string;
  /** Absolute path of the template folder (journal templates first, then Galley's). */
  templates: string[];
  rules: SeverityOverrides;
  /** The profile's `labels:`: words per language over the template folders' tables (src/render/html/labels.ts). */
  labels?: Record<string, Record<string, string>>;
  /** Issue exports (eLIBRARY, DOAJ, OJS): src/profile/exports.ts, docs/exports.md. */
  exports?: ExportsProfile;
  /** `import.docx`: the journal's Word template (src/profile/import-docx.ts, docs/import-template.md). */
  import?: { docx?: DocxTemplateProfile };
  /** Area-specific sections (print geometry …) kept as parsed YAML for their owners to validate. */
  raw: Record<string, unknown>;
}
