// The files beside index.html: the stylesheet and script from the template
// folders (a journal may override either) and the PT Serif / PT Sans woff2
// files from @fontsource, with a fonts.css written from fontsource's own
// @font-face rules so the unicode ranges stay theirs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../../pipeline/types.js';
import type { RenderContext } from '../context.js';
import { findTemplate } from '../templates.js';
import { htmlAssetPaths } from './asset-paths.js';

const require = createRequire(import.meta.url);

/** Families, subsets and faces the galley ships (Latin and Cyrillic: the journal's two scripts). */
export const fontFaces = {
  families: ['pt-serif', 'pt-sans'],
  subsets: ['latin', 'cyrillic'],
  faces: ['400-normal', '400-italic', '700-normal', '700-italic'],
} as const;

export function htmlAssets(ctx: RenderContext): OutputFile[] {
  const folders = ctx.profile.templates;
  const files: OutputFile[] = [
    { path: htmlAssetPaths.css, data: readFileSync(findTemplate(folders, 'html/assets/galley.css'), 'utf8') },
    { path: htmlAssetPaths.script, data: readFileSync(findTemplate(folders, 'html/assets/galley.js'), 'utf8') },
  ];
  const rules: string[] = [];
  for (const family of fontFaces.families) {
    const dir = dirname(require.resolve(`@fontsource/${family}/package.json`));
    files.push({ path: `assets/fonts/${family}-LICENSE.txt`, data: readFileSync(join(dir, 'LICENSE'), 'utf8') });
    for (const subset of fontFaces.subsets) {
      for (const face of fontFaces.faces) {
        const [weight, style] = face.split('-');
        // The per-weight sheet is the one that carries each subset's unicode-range.
        const css = readFileSync(join(dir, `${weight}${style === 'italic' ? '-italic' : ''}.css`), 'utf8');
        const name = `${family}-${subset}-${face}`;
        rules.push(rewriteFontFace(fontFaceRule(css, name), `${name}.woff2`));
        files.push({ path: `assets/fonts/${name}.woff2`, data: readFileSync(join(dir, 'files', `${name}.woff2`)) });
      }
    }
  }
  files.push({ path: htmlAssetPaths.fonts, data: `/* PT Serif and PT Sans (ParaType, SIL OFL 1.1), from @fontsource. */\n${rules.join('\n')}` });
  return files;
}

/** The `@font-face` block fontsource labels `/* <name> *\/`. */
function fontFaceRule(css: string, name: string): string {
  const match = new RegExp(`/\\* ${name} \\*/\\s*(@font-face\\s*\\{[^}]*\\})`).exec(css);
  if (!match) throw new Error(`Unexpected @fontsource stylesheet without ${name}, expected @fontsource 5 layout`);
  return match[1];
}

/** Keep fontsource's rule, point it at our copy, drop the woff fallback (every browser we target reads woff2). */
function rewriteFontFace(css: string, file: string): string {
  return css.replace(/src:[^;]+;/, `src: url(fonts/${file}) format('woff2');`).trim() + '\n';
}
