// matchTemplate's result in the shape the Word import's entry works with: the
// front matter, the paragraphs the body converter must skip, the printed
// lists by the profile's list kind (primary / romanized) for the reference
// parser, and the report entries. One call for importDocxFile.
import type { Profile } from '../../profile/types.js';
import type { ImportReport } from '../report.js';
import type { DocxDocument } from './model.js';
import { matchTemplate, type TemplateEntry, type TemplateMatch } from './template.js';

export interface TemplateImport {
  frontMatter: Record<string, unknown>;
  /** Paragraph numbers outside the body (front matter, lists, what belongs to no part). */
  consumed: Set<number>;
  /** Table numbers outside the body. */
  consumedTables: Set<number>;
  /** Entries of each printed list, by the profile list's kind (`primary`, `romanized`). */
  lists: Record<string, TemplateEntry[]>;
  match: TemplateMatch;
}

/** Matches the template and adds its decisions, omissions and diagnostics to the report. */
export function importTemplate(doc: DocxDocument, profile: Profile, report: ImportReport): TemplateImport {
  const match = matchTemplate(doc, profile);
  report.decisions.push(...match.decisions);
  report.notKept.push(...match.notKept);
  report.diagnostics.push(...match.diagnostics);
  const consumed = new Set<number>();
  const consumedTables = new Set<number>();
  doc.blocks.forEach((b, i) => {
    if (i >= match.bodyStart && i < match.bodyEnd) return;
    (b.kind === 'paragraph' ? consumed : consumedTables).add(b.index);
  });
  const kindOf = new Map(profile.references.lists.map((l) => [l.name ?? l.kind, l.kind]));
  const lists: Record<string, TemplateEntry[]> = {};
  for (const l of match.lists) {
    const kind = kindOf.get(l.name) ?? l.name;
    lists[kind] = [...(lists[kind] ?? []), ...l.entries];
  }
  return { frontMatter: match.frontMatter, consumed, consumedTables, lists, match };
}

