// What every issue export (eLIBRARY, DOAJ, OJS) renders from: the final articles
// of one issue in print order, with the issue's own values. Shared helpers for
// the exports live here too: plain text, dates, and the "format cannot hold" note.
import { blockParts } from '../model/block-parts.js';
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import type { Article, Block, Inline, Localized } from '../model/types.js';
import { plainText } from '../model/plain-text.js';
import type { Profile } from '../profile/types.js';

export interface IssueExportInput {
  profile: Profile;
  issue: {
    id: string;
    volume: number;
    number: string;
    year: number;
    /** YYYY-MM-DD */
    published: string;
    firstPage: number;
    lastPage: number;
    sections: { title: Localized; articles: string[] }[];
  };
  /** Final articles (DOIs and folios decided), in print order. */
  articles: Article[];
  /** Each article's galley files by article id, as the issue build wrote them (OJS embeds them). */
  outputs?: Map<string, { path: string; data: string | Uint8Array }[]>;
}

export interface ExportResult {
  /** File name inside the issue folder, e.g. `2017-5-3.elibrary.xml`. */
  path: string;
  xml: string;
  diagnostics: Diagnostic[];
}

/** The article's language first, then the journal's, then any other the field has. */
export function languageOrder(first: string, profile: Profile, available: string[]): string[] {
  return [first, ...profile.languages, ...available].filter((lang, i, all) => available.includes(lang) && all.indexOf(lang) === i);
}

/** Plain text of inline content, citations in brackets as printed. */
export function inlineText(nodes: Inline[]): string {
  return plainText(nodes, (c) => `[${plainText(c.rendered)}]`);
}

/** Plain text of blocks, one paragraph (heading, caption, list item) a line. */
export function blocksText(blocks: Block[]): string[] {
  const lines: string[] = [];
  const walk = (list: Block[]) => {
    for (const block of list) {
      if (block.type === 'paragraph') lines.push(inlineText(block.children));
      else if (block.type === 'section') {
        lines.push(inlineText(block.title));
        walk(block.children);
      } else {
        const parts = blockParts(block);
        for (const run of parts.inlines) lines.push(inlineText(run));
        parts.blocks.forEach(walk);
      }
    }
  };
  walk(blocks);
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A source field an export leaves out: named once for the issue, at its first use. */
export interface DroppedField {
  /** Dotted front-matter path as the source writes it (`affiliations.ror`). */
  field: string;
  /** The position key of the field in an article that has it, or undefined when it has none. */
  find(article: Article): string | undefined;
}

export function droppedFieldNotes(format: string, articles: Article[], fields: DroppedField[]): Diagnostic[] {
  return fields.flatMap(({ field, find }) => {
    const having = articles.flatMap((a) => {
      const key = find(a);
      return key === undefined ? [] : [{ a, key }];
    });
    if (!having.length) return [];
    const { a, key } = having[0];
    return [
      diagnostic(
        'export-field-dropped',
        `Unexpected \`${field}\` in ${having.length} article${having.length > 1 ? 's' : ''} (${having.map((h) => h.a.id).join(', ')}) for the ${format} export, expected only fields ${format} can carry: it is left out of that file`,
        a.meta.positions[key] ?? { file: a.file, line: 1, column: 1 },
      ),
    ];
  });
}

/** The first position key of the article's front matter that passes `test` (a field it writes). */
export function positionKey(article: Article, test: (key: string) => boolean): string | undefined {
  return Object.keys(article.meta.positions).find(test);
}
