// The source syntax of inline marks, formulas and block constructs
// (docs/source-format.md), through the real Markdown converter: what each
// becomes in the model, and the diagnostics for its mistakes at line:column.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Inline, Position } from '../../src/model/types.js';
import { createMarkdownConverter } from '../../src/source/markdown/convert.js';
import { repoRoot } from './helpers.js';

const dir = join(repoRoot, 'article/solonitsyna-2017-salt-ledgers');
// The body starts on line 11 of its file, as after a front matter.
const origin = { file: 'a.md', lineOffset: 10, columnOffset: 0 };

function convert(text: string) {
  const reports: [string, string, number?, number?][] = [];
  const md = createMarkdownConverter({ dir, report: (rule, message, p?: Position) => reports.push([rule, message, p?.line, p?.column]) });
  return { ...md.body(text, origin), reports, md };
}

/** The model without positions or MathML, for readable comparisons. */
const bare = (value: unknown) => JSON.parse(JSON.stringify(value, (k, v) => (k === 'position' || k === 'mathml' || k === 'file' ? undefined : v)));
const paragraph = (blocks: Block[]): Inline[] => (blocks[0] as { children: Inline[] }).children;

describe('inline marks', () => {
  it('reads ^sup^, ~sub~, [text]{.smallcaps} and [text]{.underline}, also around other markup', () => {
    const { blocks, reports } = convert('R^2^ and H~2~O, [ГАУО]{.smallcaps}, [не *сходится*]{.underline}.');
    expect(reports).toEqual([]);
    expect(bare(paragraph(blocks))).toEqual([
      { type: 'text', value: 'R' },
      { type: 'mark', mark: 'superscript', children: [{ type: 'text', value: '2' }] },
      { type: 'text', value: ' and H' },
      { type: 'mark', mark: 'subscript', children: [{ type: 'text', value: '2' }] },
      { type: 'text', value: 'O, ' },
      { type: 'mark', mark: 'smallcaps', children: [{ type: 'text', value: 'ГАУО' }] },
      { type: 'text', value: ', ' },
      { type: 'mark', mark: 'underline', children: [{ type: 'text', value: 'не ' }, { type: 'emphasis', children: [{ type: 'text', value: 'сходится' }] }] },
      { type: 'text', value: '.' },
    ]);
  });

  it.each([
    ['escaped markers', 'a \\^b\\^ and c\\~d\\~', 'a ^b^ and c~d~'],
    ['a tilde meaning "about" and markers around spaces', 'about ~30 km, a ~ b, x^ y^', 'about ~30 km, a ~ b, x^ y^'],
    ['tildes inside a URL', 'see http://example.org/~a/~b here', 'see http://example.org/~a/~b here'],
    ['a bracket that is no span', '[sic] and [a]{#x}', '[sic] and [a]{#x}'],
    ['doubled markers', '~~struck~~ and ^^', '~~struck~~ and ^^'],
  ])('leaves %s as the text the author wrote', (_, source, text) => {
    const { blocks, reports } = convert(source);
    expect(reports).toEqual([]);
    expect(bare(paragraph(blocks))).toEqual([{ type: 'text', value: text }]);
  });

  it('reports an unclosed ^ (a warning; the text stays) and an unknown span class, at their columns', () => {
    const { blocks, reports } = convert('Text\nwith x^2 here and [word]{.caps}.');
    expect(reports).toEqual([
      ['inline-mark-unclosed', 'Unexpected `^` without a closing `^`, expected `^text^` for a superscript (no spaces inside) or `\\^` for a caret', 12, 7],
      ['inline-span-class', 'Unexpected span class `.caps`, expected one of `{.smallcaps}`, `{.underline}`', 12, 25],
    ]);
    expect(bare(paragraph(blocks))).toEqual([{ type: 'text', value: 'Text\nwith x^2 here and [word]{.caps}.' }]);
  });
});

describe('formulas', () => {
  it('turns $…$ into MathML once, at load, keeping the TeX', () => {
    const { blocks, reports } = convert('Fit: $R^2 = 0{,}87$.');
    expect(reports).toEqual([]);
    const formula = paragraph(blocks)[1];
    expect(formula).toMatchObject({ type: 'inlineFormula', tex: 'R^2 = 0{,}87', position: { line: 11, column: 6 } });
    expect((formula as { mathml: string }).mathml).toBe(
      '<math xmlns="http://www.w3.org/1998/Math/MathML"><mrow><msup><mi>R</mi><mn class="tml-med-pad">2</mn></msup><mo>=</mo><mn>0,87</mn></mrow></math>',
    );
  });

  it('numbers labelled display formulas only, in both label forms', () => {
    const { blocks, reports } = convert('$$\nO_t = O_{t-1} + V_t\n$$\n{#eq:balance}\n\n$$x$$\n\n$$y = 2$$ {#eq:y}\n');
    expect(reports).toEqual([]);
    expect(bare(blocks)).toEqual([
      { type: 'displayFormula', id: 'eq1', label: 'eq:balance', number: 1, tex: 'O_t = O_{t-1} + V_t' },
      { type: 'displayFormula', id: 'eq2', tex: 'x' },
      { type: 'displayFormula', id: 'eq3', label: 'eq:y', number: 2, tex: 'y = 2' },
    ]);
    expect((blocks[0] as { mathml: string }).mathml).toMatch(/^<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML" display="block"/);
  });

  it('reports bad TeX where temml stopped, and keeps the source as text', () => {
    const { blocks, reports } = convert('One\n\nBad $\\frac{a}{b$ and $\\nosuch x$.\n');
    expect(reports).toEqual([
      ['formula-tex', "Unexpected TeX in formula (Unexpected end of input in a macro argument, expected '}'), expected LaTeX math that temml can read", 13, 16],
      ['formula-tex', 'Unexpected TeX in formula (Unsupported function name: \\nosuch), expected LaTeX math that temml can read', 13, 23],
    ]);
    expect(bare(paragraph(blocks.slice(1)))).toEqual([
      { type: 'text', value: 'Bad ' },
      { type: 'text', value: '$\\frac{a}{b$' },
      { type: 'text', value: ' and ' },
      { type: 'text', value: '$\\nosuch x$' },
      { type: 'text', value: '.' },
    ]);
  });

  it('leaves `$ x $` (spaces inside the dollars) as text, with a warning', () => {
    const { blocks, reports } = convert('Not $ x $ here.');
    expect(reports.map((r) => [r[0], r[2], r[3]])).toEqual([['formula-money', 11, 5]]);
    expect(bare(paragraph(blocks)).map((n: { value: string }) => n.value).join('')).toBe('Not $ x $ here.');
  });

  it('leaves dollars that read like money as text, with a warning', () => {
    const { blocks, reports } = convert('It cost $5 and $10 in all.');
    expect(reports).toEqual([['formula-money', 'Unexpected `$5 and $` read as a formula, expected `$…$` with no space just inside the dollars (write `\\$` for a dollar sign)', 11, 9]]);
    expect(bare(paragraph(blocks)).map((n: { value: string }) => n.value).join('')).toBe('It cost $5 and $10 in all.');
  });

  it('reports a label on the closing $$ line (it would swallow the text after it) and a label of the wrong kind', () => {
    expect(convert('$$\nx\n$$ {#eq:x}\n\nText.\n').reports).toEqual([
      ['formula-label', 'Unexpected `{#…}` on the closing `$$` line (the formula runs on to the next `$$`), expected the label on the line after `$$`', 13, 1],
    ]);
    expect(convert('$$\nx\n$$\n{#fig:x}\n').reports).toEqual([['formula-label', 'Unexpected label `{#fig:x}` after a formula, expected `{#eq:name}`', 14, 1]]);
  });
});

describe('block constructs', () => {
  it('gives a quotation its attribution, and an epigraph too', () => {
    const { blocks, reports } = convert('> Quoted.\n>\n> — Author, *Work*\n\n:::epigraph\nWords.\n\n-- Poet\n:::\n');
    expect(reports).toEqual([]);
    expect(bare(blocks)).toEqual([
      { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Quoted.' }] }], attribution: [{ type: 'text', value: 'Author, ' }, { type: 'emphasis', children: [{ type: 'text', value: 'Work' }] }] },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Words.' }] }], attribution: [{ type: 'text', value: 'Poet' }], epigraph: true },
    ]);
  });

  it('reads verse as stanzas of lines, a break inside italics included', () => {
    const { blocks, reports } = convert(':::verse\nOne *line\ntwo* end\n\nStanza\n\n— Poet\n:::\n');
    expect(reports).toEqual([]);
    expect(bare(blocks)).toEqual([
      {
        type: 'verse',
        stanzas: [
          [[{ type: 'text', value: 'One ' }, { type: 'emphasis', children: [{ type: 'text', value: 'line' }] }], [{ type: 'emphasis', children: [{ type: 'text', value: 'two' }] }, { type: 'text', value: ' end' }]],
          [[{ type: 'text', value: 'Stanza' }]],
        ],
        attribution: [{ type: 'text', value: 'Poet' }],
      },
    ]);
  });

  it('reads a box with its title and Pandoc definition lists (consecutive terms make one list)', () => {
    const { blocks, reports } = convert(':::box[Terms]{#box:terms}\nУсышка\n:   loss in drying\n    and storage\n:   a second sense\n\nНедоимка\n:   arrears\n:::\n');
    expect(reports).toEqual([]);
    expect(bare(blocks)).toEqual([
      {
        type: 'box',
        id: 'box-terms',
        label: 'box:terms',
        title: [{ type: 'text', value: 'Terms' }],
        children: [
          {
            type: 'definitionList',
            items: [
              { term: [{ type: 'text', value: 'Усышка' }], definitions: [[{ type: 'text', value: 'loss in drying' }, { type: 'text', value: ' ' }, { type: 'text', value: 'and storage' }], [{ type: 'text', value: 'a second sense' }]] },
              { term: [{ type: 'text', value: 'Недоимка' }], definitions: [[{ type: 'text', value: 'arrears' }]] },
            ],
          },
        ],
      },
    ]);
  });

  it('groups figures, each keeping its number', () => {
    const { blocks, reports } = convert(':::figure-group[Both]{#fig:both}\n![One](figures/salt-output.svg)\n\n![Two](figures/arrears-share.svg)\n:::\n\n![Three](figures/salt-output.svg)\n');
    expect(reports).toEqual([]);
    expect(bare(blocks).map((b: { type: string; id: string; figures?: { id: string; number: number }[] }) => [b.type, b.id, b.figures?.map((f) => `${f.id}:${f.number}`)])).toEqual([
      ['figureGroup', 'fig-both', ['fig1:1', 'fig2:2']],
      ['figure', 'fig3', undefined],
    ]);
  });

  it('closes the open sections before an appendix and numbers appendices', () => {
    const { blocks, reports } = convert('## Text\n\nBody.\n\n:::appendix[Sources]{#app:sources}\nA.\n\n## Inside\n\nB.\n:::\n\n:::appendix\nC.[^1]\n:::\n\n[^1]: Note definitions may follow the appendices.\n');
    expect(reports).toEqual([]);
    expect(bare(blocks).map((b: { type: string; id: string; number?: number; children: { type: string }[] }) => [b.type, b.id, b.number, b.children.map((c) => c.type)])).toEqual([
      ['section', 'sec-text', undefined, ['paragraph']],
      ['appendix', 'app-sources', 1, ['paragraph', 'section']],
      ['appendix', 'app2', 2, ['paragraph']],
    ]);
  });

  it.each([
    ['an appendix followed by text', ':::appendix\nA.\n:::\n\nMore text.\n', [['appendix-position', 'Unexpected text after `:::appendix` (line 11), expected appendices after the text of the article, or this inside the appendix', 15, 1]]],
    ['an appendix inside a quotation', '> :::appendix\n> A.\n> :::\n', [['appendix-position', 'Unexpected `:::appendix` inside another construct or outside the body, expected it at the top level of the body, after the text', 11, 3]]],
    ['an unknown container', 'Text.\n\n:::sidebar\nA.\n:::\n', [['body-unsupported-node', 'Unexpected container `:::sidebar`, expected one of `:::epigraph`, `:::verse`, `:::box`, `:::figure-group`, `:::appendix`', 13, 1]]],
    ['a class on a container', ':::box{.wide}\nA.\n:::\n', [['container-attribute', 'Unexpected attribute `.wide` on `:::box`, expected only `{#box:name}`', 11, 1]]],
    ['an appendix id without app:', ':::appendix{#sources}\nA.\n:::\n', [['container-attribute', 'Unexpected id `#sources` on `:::appendix`, expected `{#app:name}`', 11, 1]]],
    ['text in a figure group', ':::figure-group\nWords.\n:::\n', [
      ['container-content', 'Unexpected text in `:::figure-group`, expected only figures `![caption](file)`, one per paragraph', 12, 1],
      ['container-content', 'Unexpected `:::figure-group` without figures, expected at least one `![caption](file)`', 11, 1],
    ]],
    ['a list in verse', ':::verse\n- a\n:::\n', [['container-content', 'Unexpected list in `:::verse`, expected lines of verse (stanzas separated by blank lines)', 12, 1]]],
    ['a definition without a term', 'Text.\n\n:   orphan definition\n', [['definition-list-syntax', 'Unexpected definition `: …` without a term, expected the term on the line before it', 13, 1]]],
    ['a term on two lines', 'Term\nmore term\n:   definition\n', [['definition-list-syntax', 'Unexpected term on more than one line, expected the term on one line with `:   definition` on the next', 11, 1]]],
  ])('reports %s at its line and column', (_, source, expected) => {
    expect(convert(source).reports).toEqual(expected);
  });
});
