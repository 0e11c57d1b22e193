// Whether the print HTML wraps each reference field (author, title, year …) in a
// `<span class="f-…">`: only when one of the journal's print templates has a
// rule for such a class. The sample's ~730 spans cost ~0.1 s of Chromium's
// layout and tagged printing per article for no visible effect (and one Span
// structure element each in the PDF); the HTML galley always has them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const fieldClassSelector = /\.f-[a-z]/;

/** Read at each render (a handful of small files): a template edited in a running preview counts at once. */
export function printStylesFields(templateFolders: string[]): boolean {
  return templateFolders.some((folder) => {
    const dir = join(folder, 'print');
    if (!existsSync(dir)) return false;
    return readdirSync(dir).some((name) => name.endsWith('.hbs') && fieldClassSelector.test(readFileSync(join(dir, name), 'utf8')));
  });
}
