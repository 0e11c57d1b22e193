// One JATS file → one ImportedArticle: read the tree, then front, body and back.
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Profile } from '../../profile/types.js';
import { emptyReport } from '../report.js';
import type { ImportedArticle } from '../types.js';
import { readXmlTree } from '../xml-tree.js';
import type { JatsImportContext } from './context.js';
import { importFront } from './front.js';
import { importBody } from './body.js';

export interface JatsImportOptions {
  /** Folder the article folder goes into (for the report). */
  into: string;
  profile?: Profile;
}

export type JatsImportResult = { article: ImportedArticle } | { failed: string };

export function importJatsFile(file: string, opts: JatsImportOptions): JatsImportResult {
  const xml = readFileSync(file, 'utf8');
  const tree = readXmlTree(xml, file);
  if (!tree.root) return { failed: tree.problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`).join('\n') };
  const id = basename(file).replace(/\.(jats\.)?xml$/i, '');
  const lang = tree.root.attrs['xml:lang'] ?? opts.profile?.languages[0] ?? 'en';
  const ctx: JatsImportContext = { file, dir: dirname(file), root: tree.root, lang, profile: opts.profile, report: emptyReport(file, `${opts.into}/${id}`), files: [] };
  const front = importFront(ctx);
  const body = importBody(ctx);
  return {
    article: {
      id,
      frontMatter: { ...front, ...body.frontMatter, ...(body.references.length ? { bibliography: 'references.yaml' } : {}) },
      body: body.markdown,
      references: body.references,
      files: ctx.files,
      report: ctx.report,
    },
  };
}
