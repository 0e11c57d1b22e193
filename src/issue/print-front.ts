// The issue's front matter (title page and contents) laid out by paged.js in
// the build's browser, at the journal's page size and with its fonts; dated by
// the issue's publication date, so toc.pdf is the same bytes on every build.
import { readFileSync } from 'node:fs';
import { withFixedMetadata } from '../pdf/fixed-metadata.js';
import { pagedjsDir } from '../pdf/paged-run.js';
import type { PdfPrinter } from '../pdf/print-job.js';
import { printSettings } from '../pdf/print-profile.js';
import type { Profile } from '../profile/types.js';
import { findTemplate } from '../render/templates.js';
import { fontFaceCss, fontPackageDir } from '../render/print/fonts.js';
import { renderTocPrintHtml, type TocModel } from './toc.js';

export async function printIssueFront(toc: TocModel, profile: Profile, printer: PdfPrinter): Promise<{ pdf: Uint8Array; pageCount: number }> {
  const print = printSettings(profile);
  const css = [
    // Both print fonts: the contents' headings are set in the sans (issue/print.css), which would otherwise come from the machine.
    fontFaceCss(print.fonts.body),
    fontFaceCss(print.fonts.heading),
    `@page { size: ${print.page.width} ${print.page.height}; }`,
    `body { font-family: "${print.fonts.body.family}", serif; }`,
    readFileSync(findTemplate(profile.templates, 'issue/print.css'), 'utf8'),
  ].join('\n');
  const layout = await printer.print({
    html: renderTocPrintHtml(toc, profile, css),
    fileName: 'front.html',
    roots: [pagedjsDir, fontPackageDir(print.fonts.body), fontPackageDir(print.fonts.heading)],
    layout: { firstPage: 1, timeoutSeconds: print.layoutTimeout, what: 'the issue front matter' },
  });
  const lang = toc.languages[0] ?? profile.languages[0];
  const pdf = await withFixedMetadata(layout.pdf, {
    title: `${toc.journal[lang] ?? Object.values(toc.journal)[0] ?? ''}. Vol. ${toc.volume}, № ${toc.number} (${toc.year}): contents`,
    lang,
    date: new Date(`${toc.published}T00:00:00Z`),
  });
  return { pdf, pageCount: layout.pageCount };
}
