// One JATS file → one ImportedArticle: read the tree, then front, body and back.
// With no journal profile, the front's journal-meta can give one (journal-profile.ts).
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { diagnostic } from '../../checks/diagnostic.js';
import type { Profile } from '../../profile/types.js';
import { emptyReport } from '../report.js';
import type { ImportedArticle } from '../types.js';
import { readXmlTree, type XmlEl } from '../xml-tree.js';
import type { JatsImportContext } from './context.js';
import { importFrontParts } from './front.js';
import type { Rights } from './front-article.js';
import { normaliseLang } from './front-state.js';
import { importBody } from './body.js';
import { inputDiagnostics } from './input-validity.js';

export interface JatsImportOptions {
  /** Folder the article folder goes into (for the report). */
  into: string;
  profile?: Profile;
  /** The file as the user named it, for the report and diagnostics (default: `file`). */
  source?: string;
}

/** What the front says about the journal, for writing a profile when there is none. */
export interface JatsJournalInfo {
  root: XmlEl;
  journalMeta?: XmlEl;
  rights: Rights;
}

export type JatsImportResult = { article: ImportedArticle; journal: JatsJournalInfo } | { failed: string };

export function importJatsFile(path: string, opts: JatsImportOptions): JatsImportResult {
  const file = opts.source ?? path;
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch (e) {
    return { failed: `${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}` };
  }
  const tree = readXmlTree(xml, file);
  if (!tree.root) return { failed: tree.problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`).join('\n') };
  if (tree.root.local !== 'article') return { failed: `${file}:${tree.root.line}:1: Unexpected root element <${tree.root.name}>, expected <article> (JATS)` };
  const id = basename(file).replace(/\.(jats\.)?xml$/i, '');
  const written = tree.root.attrs['xml:lang'];
  const lang = written ? normaliseLang(written) : (opts.profile?.languages[0] ?? 'en');
  const ctx: JatsImportContext = { file, dir: dirname(path), root: tree.root, lang, profile: opts.profile, report: emptyReport(file, `${opts.into}/${id}`), files: [] };
  for (const p of tree.problems) ctx.report.diagnostics.push(diagnostic('import-jats-invalid', p.message, { file, line: p.line, column: p.column }));
  ctx.report.diagnostics.push(...inputDiagnostics(xml, file, tree.root));
  if (!written) ctx.report.decisions.push({ at: tree.root.xpath, what: `the article's language is ${lang}`, why: opts.profile ? "no xml:lang on <article>: the journal's first language" : 'no xml:lang on <article>' });
  const front = importFrontParts(ctx);
  const body = importBody(ctx);
  // Supplementary files come from article-meta (front) and from the body; the list holds both.
  const supplementary = [...((front.frontMatter.supplementary as unknown[] | undefined) ?? []), ...((body.frontMatter.supplementary as unknown[] | undefined) ?? [])];
  const frontMatter = { ...front.frontMatter, ...joinTexts(front.frontMatter, body.frontMatter, ctx.lang), ...(supplementary.length && { supplementary }), ...(body.references.length ? { bibliography: 'references.yaml' } : {}) };
  ctx.report.counts['references mapped'] = body.references.length;
  ctx.report.counts['front-matter fields'] = Object.keys(frontMatter).length;
  ctx.report.counts['files copied'] = ctx.files.length;
  return {
    article: { id, frontMatter, body: body.markdown, references: body.references, files: ctx.files, report: ctx.report },
    journal: { root: tree.root, journalMeta: front.journalMeta, rights: front.rights },
  };
}

/**
 * The body's front-matter keys over the front's; a text both give (author
 * notes from <front> and from notes in <back>) is joined, paragraph after
 * paragraph, per language, so neither part loses the other's.
 */
function joinTexts(front: Record<string, unknown>, body: Record<string, unknown>, lang: string): Record<string, unknown> {
  const byLang = (v: unknown): Record<string, string> | undefined =>
    typeof v === 'string' ? { [lang]: v } : v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string') ? (v as Record<string, string>) : undefined;
  const out: Record<string, unknown> = { ...body };
  for (const [key, value] of Object.entries(body)) {
    const a = byLang(front[key]);
    const b = byLang(value);
    if (!a || !b) continue;
    const joined: Record<string, string> = { ...a };
    for (const [l, t] of Object.entries(b)) joined[l] = joined[l] ? `${joined[l]}\n\n${t}` : t;
    const langs = Object.keys(joined);
    out[key] = langs.length === 1 && langs[0] === lang ? joined[lang] : joined;
  }
  return out;
}
