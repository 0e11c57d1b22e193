// What every part of the JATS import shares while it reads one file.
import type { Profile } from '../../profile/types.js';
import type { ImportReport } from '../report.js';
import type { ImportedFile } from '../types.js';
import type { XmlEl } from '../xml-tree.js';

export interface JatsImportContext {
  /** The JATS file as given. */
  file: string;
  /** Its folder: graphics are looked up relative to it. */
  dir: string;
  /** The <article> element. */
  root: XmlEl;
  /** Language of the article (`article/@xml:lang`, else the profile's first language, else `en`). */
  lang: string;
  /** The journal the article is imported into (--profile or one found), if any. */
  profile?: Profile;
  report: ImportReport;
  /** Files to copy into the article folder (figures, supplementary material). */
  files: ImportedFile[];
}

/** Record an element the import did not carry over (one line in import-report.json). */
export function notKept(ctx: JatsImportContext, el: XmlEl, reason: string, text = ''): void {
  ctx.report.notKept.push({ at: el.xpath, element: el.name, text, reason, line: el.line });
}
