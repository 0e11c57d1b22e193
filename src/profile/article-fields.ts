// `article-fields`: which front-matter fields the journal requires beyond the
// ones every article needs (title, lang, authors, volume, year). A journal
// publishing continuously has no issue numbers; errata and short items of some
// journals carry no abstract or keywords. Default: all required (as before).
import type { DiagnosticBag } from '../checks/diagnostic.js';
import type { Position } from '../model/types.js';

/** Fields a journal may declare optional. Data (the JSON Schema of journal.yaml lists them). */
export const optionalArticleFields = ['issue', 'abstract', 'keywords'] as const;
export type OptionalArticleField = (typeof optionalArticleFields)[number];
export const articleFieldSettings = ['required', 'optional'] as const;
export type ArticleFieldSetting = (typeof articleFieldSettings)[number];

interface Source {
  get(path: string): unknown;
  positionOf(path: string): Position;
}

/** `article-fields: { issue: optional, keywords: optional }`; absent fields stay required. */
export function readArticleFields(source: Source, bag: DiagnosticBag): Record<OptionalArticleField, ArticleFieldSetting> {
  const out = Object.fromEntries(optionalArticleFields.map((f) => [f, 'required'])) as Record<OptionalArticleField, ArticleFieldSetting>;
  const section = source.get('article-fields');
  if (section === undefined || section === null) return out;
  if (typeof section !== 'object' || Array.isArray(section)) {
    bag.report('profile-invalid', `Unexpected \`article-fields\` that is not a map, expected a setting per field such as { issue: optional }`, source.positionOf('article-fields'));
    return out;
  }
  for (const [field, value] of Object.entries(section as Record<string, unknown>)) {
    const at = source.positionOf(`article-fields.${field}`);
    if (!(optionalArticleFields as readonly string[]).includes(field))
      bag.report('profile-invalid', `Unexpected field \`${field}\` in \`article-fields\`, expected one of ${optionalArticleFields.join(', ')} (the others are always required)`, at);
    else if (!(articleFieldSettings as readonly unknown[]).includes(value))
      bag.report('profile-invalid', `Unexpected ${JSON.stringify(value)} for \`article-fields.${field}\`, expected required or optional`, at);
    else out[field as OptionalArticleField] = value as ArticleFieldSetting;
  }
  return out;
}

/**
 * Article types that are notices about another article, not articles: they
 * never need an abstract or keywords, whatever the profile says (Crossref,
 * JATS and DOAJ ask for none; an erratum has nothing to summarise).
 */
export const noticeTypes = ['correction', 'retraction', 'addendum'] as const;

/** Whether an article of this type must carry the field under this journal's profile. */
export function fieldRequired(fields: Record<OptionalArticleField, ArticleFieldSetting> | undefined, field: OptionalArticleField, articleType?: string): boolean {
  if (field !== 'issue' && articleType && (noticeTypes as readonly string[]).includes(articleType)) return false;
  return (fields?.[field] ?? 'required') === 'required';
}
