import { describe, expect, it } from 'vitest';
import { htmlAssets } from '../../../src/render/html/index.js';
import { testContext } from './helpers.js';

describe('htmlAssets', () => {
  const files = htmlAssets(testContext());
  const byPath = new Map(files.map((f) => [f.path, f.data]));

  it('ships PT Serif and PT Sans, Latin and Cyrillic, regular/italic/bold as woff2', () => {
    const fonts = files.filter((f) => f.path.endsWith('.woff2')).map((f) => f.path);
    expect(fonts).toHaveLength(16);
    for (const name of ['pt-serif-cyrillic-400-normal', 'pt-serif-latin-400-italic', 'pt-sans-cyrillic-700-normal', 'pt-sans-latin-700-italic'])
      expect(fonts).toContain(`assets/fonts/${name}.woff2`);
    for (const f of files.filter((f) => f.path.endsWith('.woff2'))) expect(Buffer.from(f.data as Uint8Array).subarray(0, 4).toString()).toBe('wOF2');
  });

  it('writes fonts.css from fontsource rules, pointing at the shipped copies with their unicode ranges', () => {
    const css = String(byPath.get('assets/fonts.css'));
    expect(css.match(/@font-face/g)).toHaveLength(16);
    expect(css).toContain("src: url(fonts/pt-serif-cyrillic-400-normal.woff2) format('woff2');");
    expect(css).toMatch(/font-family: 'PT Serif';\s+font-style: normal;\s+font-display: swap;\s+font-weight: 400;\s+src: url\(fonts\/pt-serif-cyrillic-400-normal\.woff2\) format\('woff2'\);\s+unicode-range: U\+0301,U\+0400-045F/);
    expect(css).not.toContain('.woff)');
    expect(css).not.toContain('./files/');
  });

  it('carries the stylesheet with a print and a phone layout, the copy script and the font licences', () => {
    const css = String(byPath.get('assets/galley.css'));
    expect(css).toContain('@media print');
    expect(css).toContain('@media (min-width: 48rem)');
    expect(String(byPath.get('assets/galley.js'))).toContain('data-copy-target');
    expect(String(byPath.get('assets/fonts/pt-serif-LICENSE.txt'))).toContain('SIL Open Font License');
  });
});
