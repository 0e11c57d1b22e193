// One .docx → one ImportedArticle: read the package, stop when tracked changes
// or comments are pending and nobody said what to do with them, then front
// matter, reference lists, body and notes, with everything left behind in the
// report.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { diagnostic } from '../../checks/diagnostic.js';
import type { Profile } from '../../profile/types.js';
import { transliterate } from '../../references/translit/transliterate.js';
import { emptyReport, shorten, type ImportReport } from '../report.js';
import type { ImportedArticle } from '../types.js';
import { captionLabels } from './body-captions.js';
import { CitationRegistry } from './body-citations.js';
import type { BodyContext } from './body-context.js';
import { convertBody } from './body.js';
import { fallbackFrontMatter } from './front-fallback.js';
import { inTextConverter } from './body-refs.js';
import { importTemplate } from './template-import.js';
import { parseReferenceLists, type ParsedLists, type PrintedEntry } from '../references/index.js';
import type { DocxBlock, DocxDocument, DocxNote } from './model.js';
import { DocxUnreadable } from './read-package.js';
import { readDocx } from './read-docx.js';
import { findReferenceLists } from './reference-lists.js';

export interface DocxImportOptions {
  /** Folder the article folder goes into (for the report). */
  into: string;
  profile?: Profile;
  /** What to do with pending tracked changes and comments; without it the import stops when there are any. */
  changes?: 'accept' | 'reject';
  /** The file as reports and diagnostics name it (relative to where the command runs); `file` is read. */
  source?: string;
}

export type DocxImportResult =
  | { article: ImportedArticle }
  /** The file is not a Word package. */
  | { failed: string; report: ImportReport }
  /** Tracked changes or comments are pending: the report lists them; nothing is written. */
  | { pending: ImportReport };

export function importDocxFile(path: string, opts: DocxImportOptions): DocxImportResult {
  const file = opts.source ?? path;
  const id = articleId(path);
  const report = emptyReport(file, `${opts.into}/${id}`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const message = `Unexpected ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing file' : `unreadable file (${(e as Error).message})`} ${file}, expected a Word manuscript (.docx)`;
    report.diagnostics.push(diagnostic('import-unreadable', message, { file, line: 1, column: 1 }));
    return { failed: message, report };
  }
  let doc: DocxDocument;
  try {
    doc = readDocx(file, bytes, opts.changes ?? 'accept');
  } catch (e) {
    if (!(e instanceof DocxUnreadable)) throw e;
    report.diagnostics.push(diagnostic('import-unreadable', e.message, { file, line: 1, column: 1 }));
    return { failed: e.message, report };
  }
  const pending = doc.changes.length + doc.comments.length;
  if (pending && !opts.changes) {
    reportPending(doc, report, file);
    return { pending: report };
  }
  for (const c of doc.changes) report.decisions.push({ at: c.at, what: `${opts.changes === 'reject' ? 'rejected' : 'accepted'} ${c.kind} (${c.element}) by ${c.author ?? 'an unnamed author'}${c.date ? ` on ${c.date}` : ''}${c.text ? `: “${shorten(c.text)}”` : ''}`, why: `--${opts.changes}-changes` });
  for (const c of doc.comments) report.notKept.push({ at: c.at ?? 'comments', element: 'comment', text: shorten(c.text), reason: `comment by ${c.author ?? 'an unnamed author'}${c.date ? ` on ${c.date}` : ''}${c.anchoredText ? ` on “${shorten(c.anchoredText)}”` : ''}; comments are not part of the article (read with --${opts.changes}-changes)` });
  for (const o of doc.omissions) {
    report.notKept.push({ at: o.at, element: o.element, text: shorten(o.text), reason: o.reason, ...(o.line ? { line: o.line } : {}) });
    if (o.element === 'citation field') report.diagnostics.push(diagnostic('import-docx-citation-field', `${o.reason} (${o.at})`, { file, line: o.line ?? 1, column: 1 }));
  }

  const ctx: BodyContext = {
    doc,
    report,
    citations: new CitationRegistry(),
    noteNumbers: new Map(),
    notes: new Map(doc.notes.map((n: DocxNote) => [`${n.kind}:${n.id}`, n])),
    files: [],
    figurePaths: new Map(),
    at: 'paragraph 0',
    captionLabels: captionLabels(opts.profile),
  };
  const parts = documentParts(doc, ctx, opts.profile);
  const lists = parseLists(parts.lists, String(parts.frontMatter.lang), doc, ctx, opts.profile);
  if (lists) ctx.inText = inTextConverter(lists, file, report);
  const body = convertBody(parts.body, ctx, new Set());
  const references = [...ctx.citations.items, ...(lists?.items ?? [])];
  report.counts = {
    paragraphs: doc.blocks.filter((b) => b.kind === 'paragraph').length,
    tables: doc.blocks.filter((b) => b.kind === 'table').length,
    notes: ctx.noteNumbers.size,
    figures: ctx.files.length,
    formulas: countFormulas(doc),
    'citation fields': ctx.citations.items.length ? countCitations(doc) : 0,
    references: references.length,
    ...(lists ? { 'references parsed': lists.counts.parsed, 'references verbatim': lists.counts.verbatim, 'references paired': lists.counts.paired } : {}),
    'tracked changes': doc.changes.length,
    comments: doc.comments.length,
    'not kept': report.notKept.length,
  };
  return {
    article: {
      id,
      frontMatter: { ...parts.frontMatter, ...(references.length ? { bibliography: 'references.yaml' } : {}) },
      body,
      references,
      files: ctx.files,
      report,
    },
  };
}

interface DocumentParts {
  frontMatter: Record<string, unknown>;
  /** The blocks of the body, in order. */
  body: DocxBlock[];
  /** The printed lists: entries of the primary list and of the romanized one. */
  lists: { primary: PrintedEntry[]; romanized: PrintedEntry[] };
}

/**
 * Front matter, body and printed lists: from the journal's template when the
 * profile describes one (import.docx, matchTemplate), else the title and the
 * lists recognised by their titles; the language and title found from the text
 * fill what the template left out.
 */
function documentParts(doc: DocxDocument, ctx: BodyContext, profile: Profile | undefined): DocumentParts {
  if (profile?.import?.docx) {
    const seen = emptyReport(ctx.report.source, ctx.report.article);
    const t = importTemplate(doc, profile, seen);
    if (!t.match.blocks.length) {
      // Not the journal's template: its bounds would be guesses; read the file as a plain manuscript.
      ctx.report.diagnostics.push(...seen.diagnostics);
      ctx.report.decisions.push({ at: 'document', what: 'the journal template was not applied; the whole document is the body', why: 'no metadata block the template’s labels (import.docx) introduce' });
      return plainParts(doc, ctx, profile);
    }
    ctx.report.decisions.push(...seen.decisions);
    ctx.report.notKept.push(...seen.notKept);
    ctx.report.diagnostics.push(...seen.diagnostics);
    const frontMatter = { ...t.frontMatter };
    if (!frontMatter.lang || !frontMatter.title) {
      const fallback = fallbackFrontMatter(doc, ctx, profile);
      frontMatter.lang ??= fallback.frontMatter.lang;
      frontMatter.title ??= fallback.frontMatter.title;
    }
    return { frontMatter, body: doc.blocks.slice(t.match.bodyStart, t.match.bodyEnd), lists: { primary: t.lists.primary ?? [], romanized: t.lists.romanized ?? [] } };
  }
  return plainParts(doc, ctx, profile);
}

/** A manuscript outside the journal's template: the Title-styled title, the lists by their titles, the rest is body. */
function plainParts(doc: DocxDocument, ctx: BodyContext, profile: Profile | undefined): DocumentParts {
  const front = fallbackFrontMatter(doc, ctx, profile);
  const consumed = new Set(front.consumed);
  const found = findReferenceLists(doc.blocks, ctx, profile, consumed);
  for (const list of found) {
    for (const n of list.paragraphs) consumed.add(n);
    ctx.report.decisions.push({ at: list.at, what: `“${list.title}” and the ${list.entries.length} entries after it became the ${list.kind} reference list`, why: 'a list title on its own line' });
  }
  const entries = (kind: string) => found.filter((l) => l.kind === kind).flatMap((l) => l.entries);
  const body = doc.blocks.filter((b) => b.kind === 'table' || !consumed.has(b.index));
  return { frontMatter: front.frontMatter, body, lists: { primary: entries('primary'), romanized: entries('romanized') } };
}

/** Both printed lists → CSL items (the reference parser); an entry it cannot read is kept verbatim, with a warning. */
function parseLists(lists: DocumentParts['lists'], lang: string, doc: DocxDocument, ctx: BodyContext, profile: Profile | undefined): ParsedLists | undefined {
  if (!lists.primary.length && lists.romanized.length) {
    ctx.report.decisions.push({ at: lists.romanized[0].at, what: 'the only printed list was parsed as the primary list', why: 'the manuscript has no list under the primary list’s title' });
    lists = { primary: lists.romanized, romanized: [] };
  }
  if (!lists.primary.length) return undefined;
  const parsed = parseReferenceLists({ primary: lists.primary, romanized: lists.romanized, lang, file: doc.file, ...(profile ? { scheme: profile.references.transliteration } : {}) });
  ctx.report.decisions.push(...parsed.decisions);
  ctx.report.diagnostics.push(...parsed.diagnostics);
  return parsed;
}

function reportPending(doc: DocxDocument, report: ImportReport, file: string): void {
  for (const c of doc.changes) {
    report.diagnostics.push(diagnostic('import-docx-pending-changes', `Unexpected pending ${c.kind} (${c.element}) at ${c.at} by ${c.author ?? 'an unnamed author'}${c.date ? ` on ${c.date}` : ''}${c.text ? `: “${shorten(c.text)}”` : ''}, expected a manuscript with its changes accepted or rejected (--accept-changes, --reject-changes)`, { file, line: c.line ?? 1, column: 1 }));
  }
  for (const c of doc.comments) {
    report.diagnostics.push(diagnostic('import-docx-pending-changes', `Unexpected comment${c.at ? ` at ${c.at}` : ''} by ${c.author ?? 'an unnamed author'}${c.date ? ` on ${c.date}` : ''}: “${shorten(c.text)}”${c.anchoredText ? ` (on “${shorten(c.anchoredText)}”)` : ''}, expected a manuscript whose comments are settled (--accept-changes or --reject-changes drops them)`, { file, line: 1, column: 1 }));
  }
  report.counts = { 'tracked changes': doc.changes.length, comments: doc.comments.length };
}

function countFormulas(doc: DocxDocument): number {
  let n = 0;
  const walk = (runs: { mathml?: string }[]) => runs.forEach((r) => (n += r.mathml ? 1 : 0));
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') walk(b.runs);
    else for (const row of b.rows) for (const c of row) for (const p of c.paragraphs) walk(p.runs);
  }
  for (const note of doc.notes) for (const p of note.paragraphs) walk(p.runs);
  return n;
}

function countCitations(doc: DocxDocument): number {
  let n = 0;
  for (const b of doc.blocks) if (b.kind === 'paragraph') n += b.runs.filter((r) => r.citation).length;
  for (const note of doc.notes) for (const p of note.paragraphs) n += p.runs.filter((r) => r.citation).length;
  return n;
}

/** The article id: the file name in lower-case ASCII, words joined by `-` (Cyrillic romanized). */
export function articleId(file: string): string {
  const name = basename(file).replace(/\.docx$/i, '');
  const ascii = transliterate(name, 'lc')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii || 'article';
}
