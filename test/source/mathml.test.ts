// Raw MathML in the source (docs/source-format.md, "MathML"): what an import
// writes for a formula that has no TeX. The model keeps the MathML without
// TeX; JATS writes <mml:math> alone (no tex-math), HTML the MathML without
// data-tex; wrong MathML is a diagnostic at its line and column.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Position } from '../../src/model/types.js';
import { createMarkdownConverter } from '../../src/source/markdown/convert.js';
import { validateJats } from '../../src/checks/xml-schema.js';
import { buildArticle } from '../../src/pipeline/build.js';
import { repoRoot } from './helpers.js';

const dir = join(repoRoot, 'article/solonitsyna-2017-salt-ledgers');
const origin = { file: 'a.md', lineOffset: 10, columnOffset: 0 };
const ns = 'http://www.w3.org/1998/Math/MathML';

function convert(text: string) {
  const reports: [string, string, number?, number?][] = [];
  const md = createMarkdownConverter({ dir, report: (rule, message, p?: Position) => reports.push([rule, message, p?.line, p?.column]) });
  return { ...md.body(text, origin), reports };
}

const bare = (value: unknown) => JSON.parse(JSON.stringify(value, (k, v) => (k === 'position' || k === 'file' ? undefined : v)));

describe('MathML in the source', () => {
  it('reads an inline <math> as an inline formula with MathML and no TeX, the namespace declared', () => {
    const { blocks, reports } = convert('Share <math><msup><mi>R</mi><mn>2</mn></msup><mo>=</mo><mn>0.12</mn></math> of it.');
    expect(reports).toEqual([]);
    expect(bare(blocks)).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Share ' },
          { type: 'inlineFormula', mathml: `<math xmlns="${ns}"><msup><mi>R</mi><mn>2</mn></msup><mo>=</mo><mn>0.12</mn></math>` },
          { type: 'text', value: ' of it.' },
        ],
      },
    ]);
  });

  it('keeps markup characters inside MathML as written (a * or $ written as a character reference)', () => {
    const { blocks, reports } = convert('A <math><mi>a</mi><mo>&#42;</mo><mi>b</mi><mo>&#36;</mo></math> b.');
    expect(reports).toEqual([]);
    expect(bare(blocks)[0].children[1].mathml).toBe(`<math xmlns="${ns}"><mi>a</mi><mo>&#42;</mo><mi>b</mi><mo>&#36;</mo></math>`);
  });

  it('reads a paragraph of only <math display="block"> as a display formula, numbered when {#eq:name} follows', () => {
    const { blocks, reports } = convert(`Before.\n\n<math display="block"><mi>x</mi><mo>=</mo><mn>1</mn></math> {#eq:one}\n\n<math display="block"><mi>y</mi></math>\n\nSee @eq:one.`);
    expect(reports).toEqual([]);
    expect(bare(blocks.slice(1, 3))).toEqual([
      { type: 'displayFormula', id: 'eq1', label: 'eq:one', number: 1, mathml: `<math xmlns="${ns}" display="block"><mi>x</mi><mo>=</mo><mn>1</mn></math>` },
      { type: 'displayFormula', id: 'eq2', mathml: `<math xmlns="${ns}" display="block"><mi>y</mi></math>` },
    ]);
  });

  it('reads a <math> written over several lines (an HTML block) as a display formula', () => {
    const { blocks, reports } = convert('<math display="block">\n<mi>z</mi>\n</math>');
    expect(reports).toEqual([]);
    expect(bare(blocks)).toEqual([{ type: 'displayFormula', id: 'eq1', mathml: `<math xmlns="${ns}" display="block"> <mi>z</mi> </math>` }]);
  });

  it.each([
    ['not well-formed', 'Text <math><mi>x</mo></math>.', /^Unexpected MathML that is not well-formed XML \(.+\), expected one complete `<math>…<\/math>` element$/, 11, 6],
    ['a foreign element', 'Text <math><mi>x</mi><b>y</b></math>.', /^Unexpected <b> in MathML, expected MathML 3 elements only$/, 11, 6],
    ['another namespace', 'Text <math xmlns="urn:x"><mi>x</mi></math>.', /^Unexpected namespace urn:x on <math>, expected http:\/\/www.w3.org\/1998\/Math\/MathML$/, 11, 6],
    ['an unclosed element', 'Text\nand <math><mi>x</mi> here.', /^Unexpected `<math>` without `<\/math>` in the same paragraph/, 12, 5],
  ])('reports MathML that is %s (formula-mathml, at the <math>) and keeps no formula', (_, source, message, line, column) => {
    const { blocks, reports } = convert(source);
    expect(reports.map((r) => r[0])).toEqual(['formula-mathml']);
    expect(reports[0][1]).toMatch(message);
    expect(reports[0].slice(2)).toEqual([line, column]);
    expect(JSON.stringify(blocks)).not.toContain('inlineFormula');
  });

  it('still refuses other raw HTML', () => {
    expect(convert('Text <b>bold</b>.').reports.map((r) => r[0])).toEqual(['body-unsupported-node', 'body-unsupported-node']);
  });
});

describe('MathML formulas in the galleys', () => {
  const work = mkdtempSync(join(tmpdir(), 'galley-mathml-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('JATS writes mml:math without tex-math and is DTD-valid; HTML writes the MathML without data-tex', async () => {
    const article = join(work, 'article', 'solonitsyna-2017-salt-ledgers');
    cpSync(dir, article, { recursive: true });
    const source = readFileSync(join(article, 'article.md'), 'utf8');
    const replaced = source
      .replace(/\$\$\nO_t = O_\{t-1\} \+ V_t - P_t - U_t\n\$\$\n\{#eq:balance\}/, '<math display="block"><msub><mi>O</mi><mi>t</mi></msub><mo>=</mo><msub><mi>V</mi><mi>t</mi></msub></math> {#eq:balance}')
      .replace('($R^2 = 0{,}12$)', '(<math><msup><mi>R</mi><mn>2</mn></msup></math>)');
    expect(replaced).not.toBe(source);
    writeFileSync(join(article, 'article.md'), replaced);
    const build = await buildArticle(article, { profileFile: join(repoRoot, 'journal.yaml'), distDir: join(work, 'dist'), only: ['jats', 'html'] });
    expect(build.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
    const out = (name: string) => Buffer.from(build.outputs.find((o) => o.path === name)!.data).toString('utf8');
    const jats = out('solonitsyna-2017-salt-ledgers.jats.xml');
    expect(jats).toContain(`<disp-formula id="eq1"><label>(1)</label><mml:math xmlns:mml="${ns}" display="block"><mml:msub><mml:mi>O</mml:mi><mml:mi>t</mml:mi></mml:msub><mml:mo>=</mml:mo><mml:msub><mml:mi>V</mml:mi><mml:mi>t</mml:mi></mml:msub></mml:math></disp-formula>`);
    expect(jats).toContain(`(<inline-formula><mml:math xmlns:mml="${ns}"><mml:msup><mml:mi>R</mml:mi><mml:mn>2</mml:mn></mml:msup></mml:math></inline-formula>)`);
    expect(jats).not.toContain('<tex-math>O_t = ');
    expect(validateJats(jats, { version: '1.3', fileName: 'a.jats.xml' })).toEqual([]);
    const html = out('index.html');
    expect(html).toContain(`<div class="disp-formula" id="eq1"><math xmlns="${ns}" display="block"><msub><mi>O</mi>`);
    expect(html).toContain(`<span class="inline-formula"><math xmlns="${ns}"><msup><mi>R</mi><mn>2</mn></msup></math></span>`);
  }, 60_000);
});
