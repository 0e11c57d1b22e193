// load → resolve → final: from an article folder to the validated Article renderers take.
import { blockParts } from '../model/block-parts.js';
import { dirname, resolve } from 'node:path';
import { diagnostic, DiagnosticBag, type Diagnostic } from '../checks/diagnostic.js';
import { buildCitationBlocks } from '../model/citation-block.js';
import type { Article, ArticleSource, Block, Inline } from '../model/types.js';
import { straightQuotes } from '../checks/straight-quotes.js';
import type { Profile } from '../profile/types.js';
import { loadJournalRecord, type JournalRecord } from '../record/journal-record.js';
import { resolveReferencesCached } from '../references/cached.js';
import { citationsToNotes } from '../references/note-citations.js';
import { crossrefDepositOptions, DepositOptionsError } from '../render/crossref/options.js';
import { loadArticleSource } from '../source/load-article.js';
import { resolveCrossRefs } from '../source/xref-resolve.js';
import { loadLabels } from '../render/html/labels.js';
import { finalizeArticle } from './final-article.js';

export interface PreparedArticle {
  article?: Article;
  diagnostics: Diagnostic[];
}

/**
 * The final article of one folder, as every command outside an issue build
 * sees it: its source under what the journal's record decided.
 */
export function prepareArticle(dir: string, profile: Profile, journal?: JournalRecord): PreparedArticle {
  // A caller that loaded the record itself reports the record's own problems once, for all its articles.
  const record = journal ?? journalRecordFor(profile, [dir]);
  const prepared = prepareSource(dir, profile);
  const diagnostics = [...(journal ? [] : record.diagnostics), ...prepared.diagnostics];
  if (!prepared.article || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const final = finalizeArticle(prepared.article, profile, record);
  return { article: final.article, diagnostics: [...diagnostics, ...final.diagnostics] };
}

/** Load and resolve the source alone: what no record or issue can change. */
export function prepareSource(dir: string, profile: Profile): PreparedArticle {
  const loaded = loadArticleSource(dir, profile);
  const diagnostics = [...loaded.diagnostics];
  const source = loaded.source;
  if (!source || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const article = resolveArticle(source, profile, diagnostics);
  diagnostics.push(...straightQuotes(article));
  return { article, diagnostics };
}

/**
 * The journal's record for commands on article folders: the article sources
 * beside the first one given, the profile's deposit log.
 */
export function journalRecordFor(profile: Profile, dirs: string[]): JournalRecord {
  let depositsDir = resolve(profile.root, 'deposits');
  const problems: Diagnostic[] = [];
  try {
    depositsDir = resolve(profile.root, crossrefDepositOptions(profile).logDir);
  } catch (error) {
    if (!(error instanceof DepositOptionsError)) throw error;
    problems.push(diagnostic('profile-invalid', error.message, { file: profile.file, line: 1, column: 1 }));
  }
  const journal = loadJournalRecord(profile, { articlesDir: dirs.length ? dirname(resolve(dirs[0])) : resolve(profile.root, 'article'), depositsDir });
  // Not spread: that would read the lazily scanned sources now.
  journal.diagnostics.unshift(...problems);
  return journal;
}

/** Render citations and reference lists; citation blocks as the source's values give them (the final stage redoes them). */
export function resolveArticle(source: ArticleSource, profile: Profile, diagnostics: Diagnostic[]): Article {
  const resolved = resolveReferencesCached(source, profile);
  diagnostics.push(...resolved.diagnostics);
  const fill = (inlines: Inline[]) => {
    for (const node of inlines) {
      if (node.type === 'citation') {
        node.rendered = resolved.citations.get(node.id) ?? node.rendered;
        const layout = resolved.layouts?.get(node.id);
        if (layout) node.layout = layout;
      }
      else if ('children' in node) fill(node.children);
    }
  };
  const walk = (blocks: Block[]) => {
    for (const block of blocks) {
      const parts = blockParts(block);
      parts.inlines.forEach(fill);
      parts.blocks.forEach(walk);
    }
  };
  walk(source.body);
  for (const note of source.footnotes) walk(note.children);
  for (const abstract of Object.values(source.meta.abstract)) walk(abstract);
  const footnotes = resolved.noteStyle ? citationsToNotes(source.body, source.footnotes) : source.footnotes;
  const xrefs = new DiagnosticBag(profile.rules);
  const elsewhere = [...footnotes.map((note) => note.children), ...Object.values(source.meta.abstract)];
  resolveCrossRefs(source.body, elsewhere, source.meta.lang, loadLabels(profile.templates), (rule, message, position) => xrefs.report(rule, message, position));
  diagnostics.push(...xrefs.items);
  return { ...source, footnotes, references: resolved.references, citationBlocks: buildCitationBlocks(source.meta, profile) };
}
