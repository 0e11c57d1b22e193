// What a journal profile requires that an imported article lacks: reported as
// diagnostics (import-profile-gap), never filled in with invented values.
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import type { Position } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { fieldRequired, optionalArticleFields, type OptionalArticleField } from '../profile/article-fields.js';

const perLanguage = ['title', 'abstract', 'keywords'] as const;
const required = ['authors', 'volume', 'issue', 'year'] as const;
// What the profile's `article-fields` (or the article's type) lets the article leave out.
const mayLack = (profile: Profile, fm: Record<string, unknown>, field: string) =>
  (optionalArticleFields as readonly string[]).includes(field) && !fieldRequired(profile.articleFields, field as OptionalArticleField, typeof fm.type === 'string' ? fm.type : undefined);

export function profileGaps(fm: Record<string, unknown>, profile: Profile, at: Position): Diagnostic[] {
  const out: Diagnostic[] = [];
  const gap = (what: string, expected: string) => out.push(diagnostic('import-profile-gap', `Unexpected article without ${what}, expected ${expected} (not invented: add it to article.md)`, at));
  const lang = String(fm.lang ?? '');
  if (!profile.languages.includes(lang)) gap(`a journal language (it is written in ${lang})`, `one of ${profile.languages.join(', ')}`);
  for (const field of perLanguage) {
    if (fm[field] === undefined && mayLack(profile, fm, field)) continue;
    const have = Object.keys((fm[field] as Record<string, unknown> | undefined) ?? {});
    const need = profile.requiredLanguages?.[field] ?? profile.languages;
    const missing = [...new Set([...need, lang])].filter((l) => !have.includes(l));
    if (missing.length) gap(`${field === 'title' ? 'a title' : field === 'abstract' ? 'an abstract' : 'keywords'} in ${missing.join(', ')}`, `every language the journal asks for (${need.join(', ')})`);
  }
  for (const field of required) if (fm[field] === undefined && !mayLack(profile, fm, field)) gap(`\`${field}\``, `the ${field} the source format requires`);
  if (profile.udc.required && fm.udc === undefined) gap('a UDC notation', 'one (the profile has udc.required: true)');
  const doi = typeof fm.doi === 'string' ? fm.doi : undefined;
  if (doi && !doi.startsWith(`${profile.doi.prefix}/`)) gap(`the journal's DOI prefix (its DOI is ${doi})`, `a DOI under ${profile.doi.prefix}`);
  return out;
}
