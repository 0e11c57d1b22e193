// SVG figures drawn inside the print page (issue 15, point 2): scoped so two
// figures cannot clash, nothing loaded from outside, every font family and
// every character in the journal's fonts — or a diagnostic at its position.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPrintProfile, parsePrintProfile } from '../../src/pdf/print-profile.js';
import { figureFonts } from '../../src/render/print/svg/figure-fonts.js';
import { glyphCoverage } from '../../src/render/print/svg/glyph-coverage.js';
import { inlineSvg } from '../../src/render/print/svg/inline-svg.js';

const repo = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'galley-svg-figure-'));
const fonts = figureFonts({ ...defaultPrintProfile, figureFonts: { Helvetica: 'PT Sans', 'Times New Roman': 'PT Serif' } });

interface Reported {
  rule: string;
  message: string;
  line: number;
  column: number;
}

function inline(svg: string, scope = 'fig1-svg'): { html?: string; reported: Reported[] } {
  const file = join(dir, `${scope}-${Math.random().toString(36).slice(2)}.svg`);
  writeFileSync(file, svg);
  const reported: Reported[] = [];
  const html = inlineSvg(file, {
    scope,
    alt: 'A chart of salt output',
    className: 'figure-svg',
    wrapperClass: 'figure-art',
    fonts,
    report: (rule, message, position) => reported.push({ rule, message, line: position.line, column: position.column }),
  });
  return { html, reported };
}

const svg = (body: string, root = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50"${root}>\n${body}\n</svg>\n`;

describe('an SVG figure inside the print page', () => {
  const shared = svg(
    [
      '<style>.st0 { fill: red } #bar, svg > .st0:hover { stroke: url(#grad) } text { font-family: Arial, sans-serif }</style>',
      '<defs><linearGradient id="grad"><stop offset="0"/></linearGradient><rect id="bar" class="st0 big" width="5" height="5"/></defs>',
      '<use href="#bar"/><use xlink:href="#bar"/>',
      '<rect fill="url(#grad)" style="clip-path: url(#grad)" width="1" height="1"/>',
      '<text aria-labelledby="bar">Ж −5</text>',
    ].join('\n'),
    ' id="root" width="600" height="300"',
  );

  it('renames its ids and classes into the figure\'s scope and scopes its style sheet to the figure', () => {
    const { html, reported } = inline(shared);
    expect(reported.filter((r) => r.rule !== 'svg-figure-font')).toEqual([]);
    expect(html).toContain('<div class="figure-art" id="fig1-svg"><svg class="figure-svg" role="img" aria-label="A chart of salt output" viewBox="0 0 100 50" id="fig1-svg-root" width="600" height="300">');
    expect(html).toContain('<linearGradient id="fig1-svg-grad">');
    expect(html).toContain('<rect id="fig1-svg-bar" class="fig1-svg-st0 fig1-svg-big"');
    expect(html).toContain('<use href="#fig1-svg-bar"></use><use href="#fig1-svg-bar"></use>');
    expect(html).toContain('<rect fill="url(#fig1-svg-grad)" style="clip-path: url(#fig1-svg-grad)"');
    expect(html).toContain('<text aria-labelledby="fig1-svg-bar">Ж −5</text>');
    // The style sheet: paged.js leaves it where it is, @scope keeps it inside the figure.
    expect(html).toContain('<style data-pagedjs-ignore="">@scope (#fig1-svg) {\n.fig1-svg-st0 { fill: red }\n#fig1-svg-bar, svg &gt; .fig1-svg-st0:hover { stroke: url(#fig1-svg-grad) }\n');
    expect(html).not.toMatch(/xmlns|xlink:/);
  });

  it('gives a second figure with the same ids other names', () => {
    const first = inline(shared, 'fig1-svg').html!;
    const second = inline(shared, 'fig2-svg').html!;
    const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(second)).toEqual(['fig2-svg', 'fig2-svg-root', 'fig2-svg-grad', 'fig2-svg-bar']);
    expect(ids(first).filter((id) => ids(second).includes(id))).toEqual([]);
  });

  it('refuses scripts, event handlers, animations, HTML and references outside the file, each at its line', () => {
    const { html, reported } = inline(
      svg(
        [
          '<script>alert(1)</script>',
          '<rect onclick="alert(2)" width="1" height="1"/>',
          '<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">html</p></foreignObject>',
          '<circle r="1"><animate attributeName="r" to="5" dur="1s"/></circle>',
          '<image href="https://example.org/photo.png" width="1" height="1"/>',
          '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>',
          '<rect style="fill: url(http://example.org/p.svg#x)" width="1" height="1"/>',
          '<style>@import url(https://example.org/x.css); .a { fill: blue }</style>',
        ].join('\n'),
      ),
    );
    expect(reported.map((r) => [r.rule, r.line])).toEqual([
      ['svg-figure-unsafe', 2],
      ['svg-figure-unsafe', 3],
      ['svg-figure-unsafe', 4],
      ['svg-figure-unsafe', 5],
      ['svg-figure-unsafe', 6],
      ['svg-figure-unsafe', 8],
      ['svg-figure-unsafe', 9],
    ]);
    expect(reported[0].message).toBe('Unexpected a script (<script>) in an SVG figure, expected drawing elements only');
    expect(reported[1]).toMatchObject({ column: 7, message: 'Unexpected event handler onclick="…" in an SVG figure, expected no scripts' });
    expect(reported[4].message).toContain('Unexpected reference href="https://example.org/photo.png" in an SVG figure, expected a reference inside the figure (#id) or an embedded PNG/JPEG image');
    expect(html).not.toMatch(/script|onclick|foreignObject|animate|example\.org|@import/);
    expect(html).toContain('<image href="data:image/png;base64,iVBORw0KGgo="');
    expect(html).toContain('.fig1-svg-a { fill: blue }');
  });

  it('sets every font family in a journal font: the print fonts, the generic families and the profile\'s mapping pass', () => {
    const { html, reported } = inline(
      svg(
        [
          '<g font-family="PT Sans, DejaVu Sans, Arial, sans-serif"><text>a</text></g>',
          '<text font-family="serif">b</text>',
          '<text style="font: italic bold 12px/14px Helvetica, Arial">c</text>',
          '<text font-family="\'Times New Roman\'">d</text>',
        ].join('\n'),
      ),
    );
    expect(reported).toEqual([]);
    expect(html).toContain(`<g font-family="&#39;PT Sans&#39;, &#39;PT Serif&#39;">`);
    expect(html).toContain(`<text font-family="&#39;PT Serif&#39;, &#39;PT Sans&#39;">b</text>`);
    expect(html).toContain(`style="font: italic bold 12px/14px &#39;PT Sans&#39;, &#39;PT Serif&#39;"`);
    expect(html).toContain(`<text font-family="&#39;PT Serif&#39;, &#39;PT Sans&#39;">d</text>`);
  });

  it('reports a family the journal does not provide where it is written, and still sets the text in the journal\'s sans', () => {
    const { html, reported } = inline(
      svg(['<text x="1" font-family="Arial, sans-serif">a</text>', '<style>\n.t {\n  font-family: "Comic Sans MS" }\n@font-face { font-family: X; src: url(x.woff) }</style>', '<text style="font-size: 3px; font-family: monospace">c</text>'].join('\n')),
    );
    expect(reported.map((r) => [r.rule, r.line, r.column])).toEqual([
      ['svg-figure-font', 2, 13],
      ['svg-figure-font', 5, 1],
      ['svg-figure-font', 6, 1],
      ['svg-figure-font', 7, 7],
    ]);
    expect(reported[0].message).toBe(
      "Unexpected font family 'Arial' in an SVG figure, expected PT Serif, PT Sans, serif, sans-serif or a family mapped under print.figure-fonts (helvetica, times new roman) (set in PT Sans)",
    );
    expect(reported[2].message).toBe("Unexpected a web font (@font-face) in an SVG figure's style sheet, expected the journal's fonts and plain rules");
    expect(html).toContain(`<text x="1" font-family="&#39;PT Sans&#39;, &#39;PT Serif&#39;">a</text>`);
    expect(html).toContain(`.fig1-svg-t { font-family: &#39;PT Sans&#39;, &#39;PT Serif&#39; }`);
    expect(html).toContain(`style="font-size: 3px; font-family: &#39;PT Sans&#39;, &#39;PT Serif&#39;"`);
    expect(html).not.toMatch(/Arial|Comic|monospace|font-face/);
  });

  it('reports a character the journal\'s fonts cannot draw (the machine would draw it)', () => {
    const { reported } = inline(svg('<text>Ж — 5 %, № 3</text>\n<text x="9">● post station  ○ relay hut ●</text>'));
    expect(reported.map((r) => [r.rule, r.line, r.column, r.message])).toEqual([
      ['svg-figure-font', 3, 13, "Unexpected character '●' (U+25CF) in an SVG figure, expected one the journal's fonts have (PT Serif, PT Sans): it would be drawn in a font of the machine"],
      ['svg-figure-font', 3, 29, "Unexpected character '○' (U+25CB) in an SVG figure, expected one the journal's fonts have (PT Serif, PT Sans): it would be drawn in a font of the machine"],
    ]);
  });

  it('refuses a file that is not SVG', () => {
    expect(inline('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>').reported[0]).toMatchObject({ rule: 'svg-figure-unreadable', line: 1 });
    expect(inline('<html xmlns="http://www.w3.org/1999/xhtml"/>').reported[0]).toMatchObject({
      rule: 'svg-figure-unreadable',
      message: 'Unexpected root element <html> (namespace "http://www.w3.org/1999/xhtml"), expected <svg> in the SVG namespace http://www.w3.org/2000/svg',
    });
  });

  it.each(readdirSync(join(repo, 'article')).flatMap((id) => {
    try {
      return readdirSync(join(repo, 'article', id, 'figures')).filter((f) => f.endsWith('.svg')).map((f) => join('article', id, 'figures', f));
    } catch {
      return [];
    }
  }))('draws the sample figure %s without a diagnostic', (file) => {
    const reported: Reported[] = [];
    const html = inlineSvg(join(repo, file), { scope: 'fig1-svg', alt: 'alt', className: 'figure-svg', wrapperClass: 'figure-art', fonts, report: (rule, message, p) => reported.push({ rule, message, line: p.line, column: p.column }) });
    expect(reported).toEqual([]);
    expect(html).toMatch(/<text[^>]*>[^<]+<\/text>/);
    expect(html).not.toMatch(/font-family="(?!&#39;PT )/);
  });
});

describe('the journal fonts\' repertoire', () => {
  it('is read from the font files: PT Sans draws Latin, Cyrillic, №, − and –, not ● or ○', () => {
    const sans = glyphCoverage(defaultPrintProfile.fonts.heading);
    for (const char of 'AzЖё№−–“”') expect(sans.has(char.codePointAt(0)!), char).toBe(true);
    for (const char of '●○→') expect(sans.has(char.codePointAt(0)!), char).toBe(false);
  });
});

describe('print.figure-fonts in the profile', () => {
  it('maps a family to one of the print fonts, and refuses any other', () => {
    const ok = parsePrintProfile({ print: { 'figure-fonts': { Arial: 'pt sans', Georgia: 'PT Serif' } } }, 'journal.yaml');
    expect(ok.diagnostics).toEqual([]);
    expect(ok.print.figureFonts).toEqual({ Arial: 'PT Sans', Georgia: 'PT Serif' });
    const bad = parsePrintProfile({ print: { 'figure-fonts': { Arial: 'Helvetica' } } }, 'journal.yaml');
    expect(bad.diagnostics.map((d) => [d.rule, d.message])).toEqual([['print-profile-invalid', 'Unexpected "Helvetica" at `print.figure-fonts.Arial`, expected one of the print fonts (PT Serif, PT Sans)']]);
  });
});
