// The formulas and block constructs of the solonitsyna sample through the real
// build, in every galley: MathML in the JATS (valid against the JATS 1.3 DTD
// with MathML 3, in-process and for xmllint) and in the HTML (valid for
// html-validate), each construct's element in JATS, HTML and the print PDF,
// and the formula's glyphs drawn in the journal's faces (pdftotext, pdffonts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateJats } from '../../src/checks/xml-schema.js';
import { buildArticle } from '../../src/pipeline/build.js';
import { launchChromium, openServed, origin } from '../render/html/browser.js';
import { xmllintDtd } from '../render/jats/helpers.js';
import { repoRoot } from '../source/helpers.js';

const id = 'solonitsyna-2017-salt-ledgers';
const articleDir = join(repoRoot, 'article', id);
const dist = mkdtempSync(join(tmpdir(), 'galley-constructs-'));

let build: Awaited<ReturnType<typeof buildArticle>>;
const output = (name: string) => {
  const file = build.outputs.find((o) => o.path === name);
  if (!file) throw new Error(`no ${name} among ${build.outputs.map((o) => o.path).join(', ')}`);
  return Buffer.from(file.data).toString('utf8');
};
let jats: string;
let html: string;
let pdfText: string;
let pdfFonts: string;

beforeAll(async () => {
  build = await buildArticle(articleDir, { profileFile: join(repoRoot, 'journal.yaml'), distDir: dist });
  expect(build.diagnostics.map((d) => `${d.rule}: ${d.message}`)).toEqual([]);
  jats = output(`${id}.jats.xml`);
  html = output('index.html');
  const pdf = join(dist, `${id}.pdf`);
  writeFileSync(pdf, build.outputs.find((o) => o.path === `${id}.pdf`)!.data);
  pdfText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/[\u00A0\u2009\u202F\u00AD]/g, (c) => (c === '\u00AD' ? '' : ' '));
  pdfFonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
}, 120_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('formulas', () => {
  it('are MathML in the JATS, with the TeX beside them, and the JATS is DTD-valid', () => {
    expect(jats).toContain(
      '<disp-formula id="eq1"><label>(1)</label><alternatives><mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML" display="block" class="tml-display" style="display:block math;"><mml:mrow><mml:msub><mml:mi>O</mml:mi><mml:mi>t</mml:mi></mml:msub><mml:mo>=</mml:mo>',
    );
    expect(jats).toContain('<tex-math>O_t = O_{t-1} + V_t - P_t - U_t</tex-math></alternatives></disp-formula>');
    expect(jats).toMatch(/<inline-formula><alternatives><mml:math xmlns:mml="[^"]+"><mml:mrow><mml:msup><mml:mi>R<\/mml:mi><mml:mn class="tml-med-pad">2<\/mml:mn><\/mml:msup>.*?<\/mml:math><tex-math>R\^2 = 0\{,\}12<\/tex-math><\/alternatives><\/inline-formula>/);
    expect(validateJats(jats, { version: '1.3', fileName: `${id}.jats.xml` })).toEqual([]);
    expect(xmllintDtd(jats)).toEqual({ ok: true, stderr: '' });
  });

  it('are MathML in the HTML, which html-validate accepts', async () => {
    expect(html).toMatch(/<div class="disp-formula" id="eq1" data-tex="O_t = O_\{t-1\} \+ V_t - P_t - U_t"><math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML" display="block"[^>]*><mrow><msub><mi>O<\/mi><mi>t<\/mi><\/msub>.*?<\/math><span class="formula-number">\(1\)<\/span><\/div>/);
    expect(html).toContain('<span class="inline-formula" data-tex="R^2 = 0{,}12"><math xmlns="http://www.w3.org/1998/Math/MathML"><mrow><msup><mi>R</mi>');
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(repoRoot, '.htmlvalidate.json'), 'utf8')));
    const report = await validator.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
  });

  it('are drawn in the PDF in the journal faces: the variables are plain letters in PT Serif italic, not Mathematical Italic from a fallback font', () => {
    expect(pdfText).toMatch(/Ot = Ot\s*[−-]\s*1 \+ Vt − Pt − Ut\s+\(1\)/);
    expect(pdfText).not.toMatch(/[\u{1D400}-\u{1D7FF}]/u);
    const fonts = pdfFonts.split('\n').slice(2).map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '')).filter(Boolean);
    expect(fonts).toContain('PTSerif-Italic');
    // Only the faces the journal ships, and the SVG charts' sans (drawn by the image, not the page).
    expect(fonts.filter((f) => !/^PT(Serif|Sans)-/.test(f) && !/Sans/.test(f))).toEqual([]);
  });

  it('writes R² as a superscript in every galley', () => {
    expect(jats).toContain('(R<sup>2</sup> &lt; 0,05)');
    expect(html).toContain('(R<sup>2</sup> &lt; 0,05)');
    expect(pdfText).toMatch(/\(R2 < 0,05\)/);
  });
});

describe('block constructs in every galley', () => {
  const cases: { name: string; jats: RegExp; html: RegExp; pdf: RegExp }[] = [
    {
      name: 'epigraph',
      jats: /<disp-quote content-type="epigraph">\n<p>Книга все стерпит, а счет не обманешь\.<\/p>\n<attrib>Присловье усолецких подьячих \(вымышленное\)<\/attrib>\n<\/disp-quote>/,
      html: /<figure class="epigraph">\n<blockquote>\n<p>Книга все стерпит, а счет не обманешь\.<\/p>\n<\/blockquote>\n<figcaption class="attribution">— Присловье усолецких подьячих \(вымышленное\)<\/figcaption>/,
      pdf: /Книга все стерпит, а счет не обманешь\.\s+— Присловье усолецких подьячих \(вымышленное\)/,
    },
    {
      name: 'quotation with attribution, underline and small caps',
      jats: /<disp-quote>\n<p>В книгу не писать, понеже ревизору <underline>смущение<\/underline>\.<\/p>\n<attrib>Помета <sc>С\. Засолова<\/sc> на полях черновой тетради 1752 г\. \[<xref ref-type="bibr" rid="gauo">ГАУО\. Ф\. 12\. Оп\. 2\. Д\. 21\. Л\. 36<\/xref>\]<\/attrib>/,
      html: /<p>В книгу не писать, понеже ревизору <span class="underline">смущение<\/span>\.<\/p>\n<\/blockquote>\n<figcaption class="attribution">— Помета <span class="smallcaps">С\. Засолова<\/span> на полях/,
      pdf: /В книгу не писать, понеже ревизору смущение\.\s+— Помета С\. Засолова на полях черновой тетради 1752 г\. \[ГАУО\. Ф\. 12\. Оп\. 2\. Д\. 21\. Л\. 36\]/,
    },
    {
      name: 'box with a definition list',
      jats: /<boxed-text id="box-articles">\n<caption><title>Статьи соляной книги<\/title><\/caption>\n<def-list>\n<def-item>\n<term>Усышка<\/term>\n<def><p>убыль веса соли при сушке и хранении; по формуляру – не более двух процентов\.<\/p><\/def>/,
      html: /<aside class="box" id="box-articles" aria-labelledby="box-articles-title">\n<p class="box-title" id="box-articles-title">Статьи соляной книги<\/p>\n<dl class="definitions">\n<dt>Усышка<\/dt>\n<dd>убыль веса соли/,
      pdf: /Статьи соляной книги\s+Усышка\s+убыль веса соли при сушке и хранении; по формуляру — не более двух процен-?\s*тов\.\s+Недоимка\s+долг перед казной/,
    },
    {
      name: 'figure group',
      jats: /<fig-group id="fig-output">\n<caption><p>Выварка и недоимки Усолецкого промысла, 1740–1779 гг\.<\/p><\/caption>\n<fig id="fig1">[\s\S]*?<\/fig>\n<fig id="fig2">\n<label>Рис\. 2<\/label>[\s\S]*?<\/fig>\n<\/fig-group>/,
      html: /<figure class="figure-group" id="fig-output">\n<figure id="fig1" class="figure">[\s\S]*?<img src="figures\/arrears-share\.svg"[\s\S]*?<figcaption>Выварка и недоимки Усолецкого промысла, 1740–1779 гг\.<\/figcaption>\n<\/figure>/,
      // Side by side: pdftotext reads the two captions' lines interleaved.
      pdf: /Выварка соли на Усолецком промысле[^\n]*Доля недоимок в приходе соли[\s\S]{0,200}?\nВыварка и недоимки Усолецкого промысла, 1740–1779 гг\./,
    },
    {
      name: 'verse',
      jats: /<verse-group>\n<verse-line>Пуд в амбар, полпуда в книгу,<\/verse-line>\n<verse-line>а недоимку – в ведомость\.<\/verse-line>\n<attrib>Присловье счетных людей \(вымышленное\)<\/attrib>\n<\/verse-group>/,
      html: /<figure class="verse">\n<p class="stanza"><span class="verse-line">Пуд в амбар, полпуда в книгу,<\/span><br>\n<span class="verse-line">а недоимку – в ведомость\.<\/span><\/p>\n<figcaption class="attribution">— Присловье счетных людей/,
      pdf: /Пуд в амбар, полпуда в книгу,\nа недоимку — в ведомость\.\s+— Присловье счетных людей \(вымышленное\)/,
    },
    {
      name: 'appendix',
      jats: /<\/body>\n<back>\n<app-group>\n<app id="app-formular">\n<label>Приложение А<\/label>\n<title>Формуляр соляной книги<\/title>\n<list list-type="order">/,
      html: /<section class="appendix" id="app-formular" aria-labelledby="app-formular-title">\n<h2 id="app-formular-title">Приложение А\. Формуляр соляной книги<\/h2>\n<ol>\n<li>Остаток соли от прошлого года\.<\/li>/,
      pdf: /Приложение А\. Формуляр соляной книги\n1\.\n2\.\n3\.\s+Остаток соли от прошлого года\.\nВыварка по месяцам и варницам\./,
    },
  ];

  it.each(cases)('$name', (c) => {
    expect(jats).toMatch(c.jats);
    // The HTML's running text carries the galleys' no-break spaces ("а\u00a0счет", "1779\u00a0гг."): compared as spaces here.
    expect(html.replace(/\u00a0/g, ' ')).toMatch(c.html);
    expect(pdfText).toMatch(c.pdf);
  });

  it('keeps the article within its recorded pages (715–721)', () => {
    expect(jats).toContain('<fpage>715</fpage>\n<lpage>721</lpage>');
  });
});

describe('the HTML page in Chromium', () => {
  it('has no WCAG 2.1 A/AA violations (axe-core) and draws the MathML', async () => {
    const site = join(dist, 'site');
    for (const file of build.outputs) {
      mkdirSync(dirname(join(site, file.path)), { recursive: true });
      writeFileSync(join(site, file.path), file.data);
    }
    const browser = await launchChromium();
    try {
      const { page, context, missing } = await openServed(browser, site);
      await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
      await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      // Both figures of the group are there, and Chromium lays the formula out as MathML (a box with a height).
      expect(missing).toEqual([]);
      const box = await page.locator('#eq1 math').boundingBox();
      expect(box && box.height).toBeGreaterThan(10);
      await context.close();
    } finally {
      await browser.close();
    }
  }, 60_000);
});
