// @font-face rules for the print fonts, taken from the font packages
// (@fontsource/*) and pointed at their files by absolute file:// URLs, so the
// print HTML is self-contained on this machine and the PDF embeds the same
// fonts everywhere.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageDir } from '../../pdf/package-dir.js';
import type { FontSpec } from '../../pdf/print-profile.js';

/** Weights and styles the print CSS uses: regular, bold, italic, bold italic. */
const faces = ['400', '400-italic', '700', '700-italic'];

export class FontPackageError extends Error {
  constructor(readonly font: FontSpec, reason: string) {
    super(`Unexpected font package ${font.package} (${reason}), expected an installed @fontsource-style package with 400/700 and italic CSS files`);
    this.name = 'FontPackageError';
  }
}

const cache = new Map<string, string>();

/** The package folder of a font package, looked up from Galley's own node_modules. */
export function fontPackageDir(font: FontSpec): string {
  try {
    return packageDir(font.package);
  } catch {
    throw new FontPackageError(font, 'not installed');
  }
}

/** @font-face CSS for one family: woff2 only (Chromium reads it), every unicode-range subset. */
export function fontFaceCss(font: FontSpec): string {
  const key = `${font.package}|${font.family}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const dir = fontPackageDir(font);
  const parts: string[] = [];
  for (const face of faces) {
    const file = join(dir, `${face}.css`);
    if (!existsSync(file)) throw new FontPackageError(font, `no ${face}.css`);
    parts.push(
      readFileSync(file, 'utf8')
        // One source per face: the woff fallback is never needed by Chromium.
        .replace(/src:\s*url\(\.\/files\/([^)]+\.woff2)\)\s*format\('woff2'\)[^;]*;/g, (_m, name: string) => `src: url(${pathToFileURL(join(dir, 'files', name)).href}) format('woff2');`)
        .replace(/font-family:\s*'[^']*'/g, `font-family: '${font.family.replace(/'/g, '')}'`)
        .replace(/font-display:\s*swap;\s*/g, 'font-display: block;\n  '),
    );
  }
  const css = parts.join('\n');
  cache.set(key, css);
  return css;
}

