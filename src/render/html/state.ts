// What the node handlers share while one page renders: where links point,
// how often each footnote was called, and the diagnostics found on the way.
import { DiagnosticBag } from '../../checks/diagnostic.js';
import type { Article, ReferenceList } from '../../model/types.js';
import type { Profile } from '../../profile/types.js';
import type { Labels } from './labels.js';

export interface HtmlState {
  article: Article;
  profile: Profile;
  labels: Labels;
  /** Cited key → anchor id of its entry in the list that citations link to. */
  citationTargets: Map<string, { anchor: string; lang: string }>;
  /** Footnote id → how many calls rendered so far (the first call owns `fnref-<n>`). */
  footnoteCalls: Map<string, number>;
  diagnostics: DiagnosticBag;
}

/** Anchor of a reference entry: the list citations link to gets the short `ref-<id>`. */
export function referenceAnchor(list: ReferenceList, linked: ReferenceList | undefined, id: string): string {
  return list === linked ? `ref-${safeId(id)}` : `ref-${safeId(list.kind)}-${safeId(id)}`;
}

/** The list in-text citations link to: the one in the article's language, else the first. */
export function linkedReferenceList(article: Article): ReferenceList | undefined {
  return article.references.find((list) => list.lang === article.meta.lang) ?? article.references[0];
}

export function footnoteAnchor(number: number): string {
  return `fn-${number}`;
}

export function footnoteCallAnchor(number: number, occurrence: number): string {
  return occurrence <= 1 ? `fnref-${number}` : `fnref-${number}-${occurrence}`;
}

/** Ids come from citation keys and kinds; keep them valid and unambiguous in HTML. */
export function safeId(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`);
}

export function createState(article: Article, profile: Profile, labels: Labels): HtmlState {
  const linked = linkedReferenceList(article);
  const citationTargets = new Map<string, { anchor: string; lang: string }>();
  // A citation reads in its work's language ("Ленин, с. 306") even when the linked list is romanized.
  const workLang = new Map(article.bibliography.map((item) => [item.id, item.language]));
  for (const entry of linked?.entries ?? [])
    citationTargets.set(entry.id, { anchor: referenceAnchor(linked!, linked, entry.id), lang: workLang.get(entry.id) ?? entry.lang });
  return { article, profile, labels, citationTargets, footnoteCalls: new Map(), diagnostics: new DiagnosticBag(profile.rules) };
}
