// One .docx → one ImportedArticle: read the package, stop when tracked changes
// or comments are pending and nobody said what to do with them, then front
// matter, reference lists, body and notes, with everything left behind in the
// report.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { diagnostic } from '../../checks/diagnostic.js';
import type { CslItem } from '../../model/reference-types.js';
import type { Profile } from '../../profile/types.js';
import { transliterate } from '../../references/translit/transliterate.js';
import { emptyReport, shorten, type ImportReport } from '../report.js';
import type { ImportedArticle } from '../types.js';
import { CitationRegistry } from './body-citations.js';
import type { BodyContext } from './body-context.js';
import { convertBody } from './body.js';
import { fallbackFrontMatter } from './front-fallback.js';
import type { DocxDocument, DocxNote } from './model.js';
import { DocxUnreadable } from './read-package.js';
import { readDocx } from './read-docx.js';
import { findReferenceLists } from './reference-lists.js';
import { convertBodyCitations, importTemplate } from './template-import.js';
import { parseReferenceLists } from '../references/parse-lists.js';

export interface DocxImportOptions {
  /** Folder the article folder goes into (for the report). */
  into: string;
  profile?: Profile;
  /** What to do with pending tracked changes and comments; without it the import stops when there are any. */
  changes?: 'accept' | 'reject';
}

export type DocxImportResult =
  | { article: ImportedArticle }
  /** The file is not a Word package. */
  | { failed: string; report: ImportReport }
  /** Tracked changes or comments are pending: the report lists them; nothing is written. */
  | { pending: ImportReport };

export function importDocxFile(file: string, opts: DocxImportOptions): DocxImportResult {
  const id = articleId(file);
  const report = emptyReport(file, `${opts.into}/${id}`);
  let doc: DocxDocument;
  try {
    doc = readDocx(file, readFileSync(file), opts.changes ?? 'accept');
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
  for (const o of doc.omissions) report.notKept.push({ at: o.at, element: o.element, text: shorten(o.text), reason: o.reason, ...(o.line ? { line: o.line } : {}) });

  const ctx: BodyContext = {
    doc,
    report,
    citations: new CitationRegistry(),
    noteNumbers: new Map(),
    notes: new Map(doc.notes.map((n: DocxNote) => [`${n.kind}:${n.id}`, n])),
    files: [],
    figurePaths: new Map(),
    at: 'paragraph 0',
  };
  // The journal's template (profile `import.docx`) decides the front matter, the body's bounds and the printed lists.
  // A manuscript with no metadata block the template knows (reported by the match) keeps the fallback's title.
  const template = opts.profile?.import?.docx ? importTemplate(doc, opts.profile, report) : undefined;
  const fallback = !template?.match.blocks.length ? fallbackFrontMatter(doc, ctx, opts.profile) : undefined;
  const front = fallback ?? { frontMatter: template!.frontMatter, consumed: [] };
  const consumed = new Set([...front.consumed, ...(template?.consumed ?? [])]);
  const lists = template ? [] : findReferenceLists(doc.blocks, ctx, opts.profile, consumed);
  // Only a romanized list printed (an English article's "References"): it is the list to parse.
  const primary = template?.lists.primary ?? template?.lists.romanized;
  const romanized = template?.lists.primary ? template.lists.romanized : undefined;
  if (template && !template.lists.primary && romanized === undefined && primary?.length)
    report.decisions.push({ at: primary[0].at, what: 'the only printed list was parsed as the primary list', why: 'the manuscript has no list in the primary list’s title' });
  const parsed =
    primary?.length && opts.profile
      ? parseReferenceLists({ primary, romanized, lang: String(front.frontMatter.lang ?? opts.profile.languages[0]), file, scheme: opts.profile.references.transliteration })
      : undefined;
  if (parsed) {
    report.decisions.push(...parsed.decisions);
    report.diagnostics.push(...parsed.diagnostics);
  }
  const verbatim: CslItem[] = [];
  for (const list of lists) {
    for (const n of list.paragraphs) consumed.add(n);
    report.decisions.push({ at: list.at, what: `“${list.title}” and the ${list.entries.length} entries after it became the ${list.kind} reference list`, why: 'a list title on its own line' });
    if (list.kind !== 'primary' && lists.some((l) => l.kind === 'primary')) {
      for (const e of list.entries) report.notKept.push({ at: e.at, element: 'reference entry', text: shorten(e.text), reason: `the ${list.kind} list is rendered from the primary list's items` });
      continue;
    }
    list.entries.forEach((e, k) => {
      verbatim.push({ id: `ref${verbatim.length + 1}`, type: 'document', note: e.text });
      report.decisions.push({ at: e.at, what: `entry ${k + 1} of “${list.title}” kept verbatim as reference ref${verbatim.length}`, why: 'printed reference entries are kept as written (a note-only item)' });
    });
  }
  const converted = convertBody(template ? doc.blocks.slice(template.match.bodyStart, template.match.bodyEnd) : doc.blocks, ctx, consumed);
  const body = parsed ? convertBodyCitations(converted, parsed, file, report) : converted;
  const references = [...ctx.citations.items, ...verbatim, ...(parsed?.items ?? [])];
  report.counts = {
    paragraphs: doc.blocks.filter((b) => b.kind === 'paragraph').length,
    tables: doc.blocks.filter((b) => b.kind === 'table').length,
    notes: ctx.noteNumbers.size,
    figures: ctx.files.length,
    formulas: countFormulas(doc),
    'citation fields': ctx.citations.items.length ? countCitations(doc) : 0,
    references: references.length,
    'tracked changes': doc.changes.length,
    comments: doc.comments.length,
    'not kept': report.notKept.length,
  };
  return {
    article: {
      id,
      frontMatter: { ...front.frontMatter, ...(references.length ? { bibliography: 'references.yaml' } : {}) },
      body,
      references,
      files: ctx.files,
      report,
    },
  };
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
