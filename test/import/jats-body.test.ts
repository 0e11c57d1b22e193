// The JATS body import, construct by construct, on small documents: the
// Galley Markdown each JATS element becomes (docs/import-body.md), that
// Galley's own converter reads it back without a diagnostic, and what is
// reported as not kept.
import { describe, expect, it } from 'vitest';
import { importSnippet, readBack } from './jats-body-helpers.js';

const md = (body: string, back = '', opts = {}) => importSnippet(body, back, opts).body;

describe('sections, paragraphs and inline marks', () => {
  it('nests sections as ## / ### headings, labels the ones a cross-reference names, keeps paragraphs', () => {
    const out = md('<p>Intro <xref ref-type="sec" rid="s2">Section 2</xref>.</p><sec id="s1"><title>One</title><p>A.</p><sec id="s1a"><title>Inner <italic>part</italic></title><p>B.</p></sec></sec><sec id="s2"><title>Two</title><p>C.</p></sec>');
    expect(out).toBe('Intro @sec:s2.\n\n## One\n\nA.\n\n### Inner *part*\n\nB.\n\n## Two {#sec:s2}\n\nC.');
    expect(readBack(out)).toEqual([]);
  });

  it('writes italic, bold, sup, sub, small caps, underline, monospace and links in Galley form', () => {
    const out = md('<p><italic>i</italic> <bold>b</bold> R<sup>2</sup> H<sub>2</sub>O <sc>Sc</sc> <underline>u</underline> <monospace>x_y</monospace> <ext-link ext-link-type="uri" xlink:href="https://example.org/a(b)">site</ext-link> <uri>https://example.org</uri></p>');
    expect(out).toBe('*i* **b** R^2^ H~2~O [Sc]{.smallcaps} [u]{.underline} `x_y` [site](https://example.org/a%28b%29) [https://example.org](https://example.org)');
    expect(readBack(out)).toEqual([]);
  });

  it('escapes what would read as Markdown, joins adjacent marks, raises a phrase word by word', () => {
    const out = md('<p>1. a *star* [b] $5 &lt;x&gt; <italic>K</italic><italic>m</italic> x<sup>a b</sup></p><p>- not a list</p><p># not a heading</p>');
    expect(out).toBe('1\\. a \\*star\\* \\[b\\] \\$5 \\<x> *Km* x^a^ ^b^\n\n\\- not a list\n\n\\# not a heading');
    expect(readBack(out)).toEqual([]);
  });

  it('keeps the text of named-content and a break, reporting the markup it drops', () => {
    const a = importSnippet('<p>A <named-content content-type="x">named</named-content> line<break/>two.</p>');
    expect(a.body).toBe('A named line two.');
    expect(a.report.notKept.map((n) => [n.at, n.element, n.text])).toEqual([
      ['/article[1]/body[1]/p[1]/named-content[1]', 'named-content', 'named'],
      ['/article[1]/body[1]/p[1]/break[1]', 'break', ''],
    ]);
  });
});

describe('lists, quotes, verse, boxes, definition lists', () => {
  it('writes ordered and bullet lists, nested, and reports a list type Markdown lacks', () => {
    const a = importSnippet('<list list-type="order"><list-item><p>One</p></list-item><list-item><p>Two</p><list list-type="bullet"><list-item><p>x</p></list-item></list></list-item></list><list list-type="roman-lower"><list-item><p>r</p></list-item></list>');
    expect(a.body).toBe('1. One\n\n2. Two\n\n   - x\n\n1. r');
    expect(a.report.decisions.map((d) => d.what)).toEqual(['list-type="roman-lower" became a numbered list']);
    expect(readBack(a.body)).toEqual([]);
  });

  it('writes a quote with its attribution, an epigraph, verse with stanzas, a box with its title', () => {
    const out = md('<disp-quote><p>Said.</p><attrib>Someone</attrib></disp-quote><disp-quote content-type="epigraph"><p>E.</p></disp-quote><verse-group><verse-group><verse-line>l1</verse-line><verse-line>l2</verse-line></verse-group><verse-group><verse-line>l3</verse-line></verse-group><attrib>Poet</attrib></verse-group><boxed-text><caption><title>Box</title></caption><p>In box.</p><sec><title>Inside</title><p>S.</p></sec></boxed-text>');
    expect(out).toBe('> Said.\n>\n> — Someone\n\n:::epigraph\nE.\n:::\n\n:::verse\nl1\nl2\n\nl3\n\n— Poet\n:::\n\n:::box[Box]\nIn box.\n\n**Inside**\n\nS.\n:::');
    expect(readBack(out)).toEqual([]);
  });

  it('writes a definition list in Pandoc form', () => {
    const out = md('<def-list><def-item><term>Term</term><def><p>its meaning</p></def></def-item><def-item><term>Other</term><def><p>more</p></def></def-item></def-list>');
    expect(out).toBe('Term\n:   its meaning\n\nOther\n:   more');
    expect(readBack(out)).toEqual([]);
  });
});

describe('footnotes', () => {
  it('turns fn called by xref (in back) and fn written inline into Markdown footnotes, in order of call', () => {
    const a = importSnippet('<p>A<xref ref-type="fn" rid="n1">1</xref> and B<fn id="n2"><p>Inline note.</p></fn>.</p>', '<fn-group><fn id="n1"><label>1</label><p>First <italic>note</italic>.</p><p>Second paragraph.</p></fn><fn id="n9"><p>Never called.</p></fn></fn-group>');
    expect(a.body).toBe('A[^1] and B[^n2].\n\n[^1]: First *note*.\n\n    Second paragraph.\n\n[^n2]: Inline note.');
    // The note nothing calls is a note about the article: kept with the author notes, as a decision.
    expect(a.report.notKept.map((n) => [n.element, n.reason])).toEqual([]);
    expect(a.frontMatter['author-notes']).toBe('Never called.');
    expect(readBack(a.body)).toEqual([]);
  });
});

describe('figures', () => {
  it('copies a graphic found beside the XML into figures/ and labels the figure a reference names', () => {
    const a = importSnippet('<p>See <xref ref-type="fig" rid="f1">Figure 1</xref>.</p><fig id="f1"><label>Figure 1</label><caption><title>A map.</title><p>Its <italic>detail</italic>.</p></caption><graphic xlink:href="img/map"/></fig>', '', { files: { 'img/map.png': 'PNG' } });
    expect(a.body).toBe('See @fig:f1.\n\n![A map. Its detail.](figures/map.png){#fig:f1}');
    expect(a.files.map((f) => [f.path, Buffer.from(f.bytes).toString()])).toEqual([['figures/map.png', 'PNG']]);
    expect(a.report.diagnostics.filter((d) => d.rule.startsWith('import-figure'))).toEqual([]);
  });

  it('writes a marked placeholder SVG and warns when the graphic is not beside the XML', () => {
    const a = importSnippet('<fig id="f1"><caption><p>Lost.</p></caption><graphic xlink:href="gone.tif"/></fig>');
    expect(a.body).toBe('![Lost.](figures/gone.placeholder.svg)');
    expect(Buffer.from(a.files[0].bytes).toString()).toContain('<!-- PLACEHOLDER: the imported article\'s image gone.tif was not found beside the JATS file.');
    expect(a.report.diagnostics.filter((d) => d.rule.startsWith('import-figure')).map((d) => [d.rule, d.severity, d.position?.line, d.message])).toEqual([
      ['import-figure-missing', 'warning', 4, 'Unexpected image gone.tif not found beside a.xml, expected the file next to the XML; figures/gone.placeholder.svg stands in for it'],
    ]);
  });

  it('writes a fig-group as :::figure-group (its Galley id as label); a reference to a figure in a group keeps its text, reported', () => {
    const a = importSnippet('<p><xref ref-type="fig" rid="g1">Fig 1B</xref></p><fig-group id="fig-both"><caption><p>Both.</p></caption><fig id="g1"><caption><p>One</p></caption><graphic xlink:href="a.png"/></fig><fig id="g2"><caption><p>Two</p></caption><graphic xlink:href="b.png"/></fig></fig-group>');
    expect(a.body).toBe('Fig 1B\n\n:::figure-group[Both.]{#fig:both}\n![One](figures/a.placeholder.svg)\n\n![Two](figures/b.placeholder.svg)\n:::');
    expect(a.report.notKept.map((n) => n.reason)).toEqual(['a cross-reference to a figure group or a figure in one: Galley numbers them but cannot refer to them; its text is kept']);
    expect(readBack(a.body)).toEqual([]);
  });

  it('brackets a cross-reference followed by a letter, so the letter is no part of the label', () => {
    const out = md('<p>(<xref ref-type="fig" rid="f1">Figure 1</xref>A)</p><fig id="f1"><caption><p>F</p></caption><graphic xlink:href="f.png"/></fig>');
    expect(out).toBe('([@fig:f1]A)\n\n![F](figures/f.placeholder.svg){#fig:f1}');
    expect(readBack(out)).toEqual([]);
  });
});

describe('tables', () => {
  it('writes a simple table as a pipe table with its caption line, alignment and notes', () => {
    const out = md('<table-wrap id="t1"><label>Table 1</label><caption><p>Horses</p></caption><table><thead><tr><th align="left">Station</th><th align="right">Horses</th></tr></thead><tbody><tr><td align="left">A | B</td><td align="right">6</td></tr></tbody></table><table-wrap-foot><fn><label>a</label><p>A note.</p></fn></table-wrap-foot></table-wrap><p><xref ref-type="table" rid="t1">Table 1</xref></p>');
    expect(out).toBe('Table: Horses {#tbl:t1}\n\n| Station | Horses |\n|:--|--:|\n| A \\| B | 6 |\n\n:::table-notes\na A note.\n:::\n\n@tbl:t1');
    expect(readBack(out)).toEqual([]);
  });

  it('writes spans and several header rows as the HTML subset, and flattens a list in a cell', () => {
    const a = importSnippet('<table-wrap><caption><title>Spans</title></caption><table><colgroup><col width="10"/></colgroup><thead><tr><th rowspan="2">Y</th><th colspan="2">H</th></tr><tr><th>p</th><th>k</th></tr></thead><tbody><tr><td>1</td><td valign="top">-</td><td><list><list-item><p>a</p></list-item><list-item><p>b</p></list-item></list></td></tr></tbody></table></table-wrap>');
    expect(a.body).toBe('Table: Spans\n\n<table>\n<thead>\n<tr><th rowspan="2">Y</th><th colspan="2">H</th></tr>\n<tr><th>p</th><th>k</th></tr>\n</thead>\n<tbody>\n<tr><td>1</td><td>\\-</td><td>a; b</td></tr>\n</tbody>\n</table>');
    expect(a.report.decisions.map((d) => d.what)).toEqual(['a list in a table cell became its items separated by semicolons']);
    expect(readBack(a.body)).toEqual([]);
  });
});

describe('formulas', () => {
  it('writes tex-math as $…$ and $$…$$ (a LaTeX document cut to its formula), numbered formulas labelled', () => {
    const out = md('<p>Inline <inline-formula><alternatives><mml:math><mml:mi>x</mml:mi></mml:math><tex-math>x^2</tex-math></alternatives></inline-formula>.</p><disp-formula id="e1"><label>(1)</label><tex-math>\\documentclass{article}\\begin{document}$$a = b$$\\end{document}</tex-math></disp-formula><p>By <xref ref-type="disp-formula" rid="e1">(1)</xref>.</p>');
    expect(out).toBe('Inline $x^2$.\n\n$$\na = b\n$$\n{#eq:e1}\n\nBy @eq:e1.');
    expect(readBack(out)).toEqual([]);
  });

  it('writes MathML-only formulas as raw <math> (Markdown characters as references), display ones as a block', () => {
    const out = md('<p>Inline <inline-formula><mml:math id="m"><mml:mi>a</mml:mi><mml:mo>*</mml:mo><mml:mi>b</mml:mi></mml:math></inline-formula>.</p><disp-formula id="e2"><mml:math display="block">\n  <mml:mi>y</mml:mi>\n</mml:math><label>(2)</label></disp-formula>');
    expect(out).toBe('Inline <math xmlns="http://www.w3.org/1998/Math/MathML"><mi>a</mi><mo>&#42;</mo><mi>b</mi></math>.\n\n<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mi>y</mi></math> {#eq:e2}');
    expect(readBack(out)).toEqual([]);
  });

  it('keeps the MathML when temml cannot read the TeX beside it, and TeX without MathML as code text, reported', () => {
    const a = importSnippet('<p><inline-formula><alternatives><mml:math><mml:mi>z</mml:mi></mml:math><tex-math>\\badcommand{</tex-math></alternatives></inline-formula> and <inline-formula><tex-math>\\alsobad{</tex-math></inline-formula></p>');
    expect(a.body).toBe('<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>z</mi></math> and `\\alsobad{`');
    expect(a.report.notKept.map((n) => n.reason)).toEqual(["TeX that Galley's TeX reader (temml) cannot read and no MathML beside it: the TeX is kept as code text"]);
  });
});

describe('back matter', () => {
  it('makes app-group appendices, ack and data availability front-matter statements (by language)', () => {
    const a = importSnippet('<p>Text.</p>', '<ack><title>Acknowledgements</title><p>Thanks.</p></ack><ack xml:lang="ru"><p>Спасибо.</p></ack><sec sec-type="data-availability"><title>Data</title><p>On request.</p></sec><app-group><app id="app-sources"><title>Sources</title><sec><title>Inner</title><p>X.</p></sec></app></app-group>');
    expect(a.body).toBe('Text.\n\n:::appendix[Sources]{#app:sources}\n## Inner\n\nX.\n:::');
    expect(a.frontMatter).toMatchObject({ acknowledgements: { en: 'Thanks.', ru: 'Спасибо.' }, 'data-availability': 'On request.' });
    expect(readBack(a.body)).toEqual([]);
  });

  it('reports sub-articles (translations, replies) with their XPath', () => {
    const a = importSnippet('<p>Main.</p>', '');
    expect(a.report.notKept).toEqual([]);
    const withSub = importSnippet('<p>Main.</p>', '</back><sub-article article-type="translation" xml:lang="pt" id="s1"><body><p>Traduzido.</p></body></sub-article><back>');
    expect(withSub.report.notKept.map((n) => [n.at, n.reason, n.text])).toEqual([['/article[1]/sub-article[1]', 'a translation (pt): Galley holds one body per article', 'Traduzido.']]);
  });
});
