// The floor for print: what Chromium itself needs to print the same print HTML
// without paged.js (no layout passes, no finishing), so Galley's figures can be
// read against it. Two forms, matching two rows of the PDF bench:
// - one article as a whole process (`chromium --headless --print-to-pdf`);
// - a batch: one browser, the articles' pages printed in parallel with the same
//   page count as Galley's pool, launch included, per article.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { measure } from './measure.mjs';

/** Whole process: Chromium printing one HTML file to PDF, headless, as Galley launches it. */
export async function floorProcess(chromium, htmlFile, outFile, chromiumArgs) {
  const args = [...chromiumArgs, '--headless', `--print-to-pdf=${outFile}`, '--no-pdf-header-footer', pathToFileURL(htmlFile).href];
  return (await measure(chromium, args)).ms;
}

/**
 * One browser (Galley's own protocol client and flags, as its pool launches it),
 * `concurrency` pages, each printing the next file until none is left. Returns the
 * total wall time in ms, launch included.
 */
export async function floorBatch(chromium, htmlFiles, chromiumArgs, concurrency = cpus().length) {
  const { CdpBrowser } = await import(new URL('../lib/pdf/cdp/browser.js', import.meta.url).href);
  const started = performance.now();
  const browser = await CdpBrowser.launch(chromium, [...chromiumArgs, `--renderer-process-limit=${concurrency}`]);
  try {
    const queue = [...htmlFiles];
    const worker = async () => {
      const page = await browser.newPage({ allows: () => true, refused: () => undefined });
      for (let file = queue.shift(); file; file = queue.shift()) {
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready.then(() => true)');
        writeFileSync(`${file}.floor.pdf`, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, htmlFiles.length) }, worker));
    return performance.now() - started;
  } finally {
    await browser.close();
  }
}
