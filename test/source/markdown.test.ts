import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMarkdownConverter } from '../../src/source/markdown/convert.js';
import type { Position } from '../../src/model/types.js';
import { fixtures } from './helpers.js';

const dir = join(fixtures, 'source/minimal');
const origin = { file: 'a.md', lineOffset: 10, columnOffset: 0 };

function convert(text: string) {
  const reports: [string, string, number?, number?][] = [];
  const md = createMarkdownConverter({ dir, report: (rule, message, p?: Position) => reports.push([rule, message, p?.line, p?.column]) });
  return { ...md.body(text, origin), reports, md };
}

describe('body conversion', () => {
  it('numbers footnotes by first call whatever their labels, including calls inside notes', () => {
    const { blocks, footnotes, reports } = convert('One[^b] two[^a] again[^b].\n\n[^a]: Note a[^c].\n\n[^b]: Note b.\n\n[^c]: Note c.\n');
    expect(reports).toEqual([]);
    const refs = JSON.stringify(blocks).match(/"number":\d/g);
    expect(refs).toEqual(['"number":1', '"number":2', '"number":1']);
    expect(footnotes.map((f) => [f.id, JSON.stringify(f.children).match(/Note \w/)?.[0]])).toEqual([
      ['fn1', 'Note b'],
      ['fn2', 'Note a'],
      ['fn3', 'Note c'],
    ]);
  });

  it('reports a second definition of the same label', () => {
    const { reports } = convert('Call[^1].\n\n[^1]: First.\n\n[^1]: Second.\n');
    expect(reports).toEqual([['footnote-duplicate', 'Unexpected second definition of `[^1]` (first at line 13), expected one definition per footnote', 15, 1]]);
  });

  it('makes section ids unique and keeps letters of any script', () => {
    const { blocks } = convert('## Введение\n\nText.\n\n## Sources\n\n### Sources\n\n## Введение\n');
    const ids = JSON.stringify(blocks).match(/"id":"[^"]+"/g);
    expect(ids).toEqual(['"id":"sec-введение"', '"id":"sec-sources"', '"id":"sec-sources-2"', '"id":"sec-введение-2"']);
  });

  it('refuses constructs it cannot render, at their position', () => {
    const { reports } = convert('Text with a  \nhard break and <i>tag</i>.\n\n```\ncode\n```\n\n> ## Heading in a quote\n');
    expect(reports.map(([rule, message, line, column]) => [rule, message.split(',')[0], line, column])).toEqual([
      ['body-unsupported-node', 'Unexpected hard line break (two trailing spaces or `\\`)', 11, 12],
      ['body-unsupported-node', 'Unexpected raw HTML', 12, 16],
      ['body-unsupported-node', 'Unexpected raw HTML', 12, 22],
      ['body-unsupported-node', 'Unexpected code block', 14, 1],
      ['body-unsupported-node', 'Unexpected heading', 18, 3],
    ]);
  });

  it('keeps tag-like text that is no HTML formatting as typed', () => {
    const { blocks, reports } = convert('Bread & <Soviets> and <…> quotes.\n');
    expect(reports).toEqual([]);
    expect(JSON.stringify(blocks)).toContain('<Soviets>');
  });

  it('checks figure files: remote, outside the folder, missing', () => {
    const { blocks, reports } = convert('![A](https://example.org/a.png)\n\n![B](../elsewhere.png)\n\n![](figures/none.png)\n');
    expect(reports.map((r) => [r[0], r[2]])).toEqual([
      ['figure-missing-file', 11],
      ['source-outside-folder', 13],
      ['figure-missing-file', 15],
      ['figure-caption', 15],
    ]);
    expect(blocks.map((b) => b.type === 'figure' && b.id)).toEqual(['fig1', 'fig2', 'fig3']);
  });

  it('positions citation items exactly, also after entities and escapes', () => {
    const { blocks } = convert('A &amp; \\*b [@key, p. 3; @other].\n');
    const json = JSON.parse(JSON.stringify(blocks));
    const citation = json[0].children.find((c: { type: string }) => c.type === 'citation');
    expect([citation.position.column, citation.items[1].position.column]).toEqual([13, 26]);
    expect(json[0].children[0].value).toBe('A & *b ');
  });

  it('parses metadata snippets with positions offset into the YAML', () => {
    const { md, reports } = convert('');
    const blocks = md.blocks('First.\n\nSecond [@k].', { file: 'a.md', lineOffset: 30, columnOffset: 4 });
    expect(blocks.map((b) => [b.position?.line, b.position?.column])).toEqual([[31, 5], [33, 5]]);
    md.blocks('Note[^1].\n\n[^1]: x', { file: 'a.md', lineOffset: 40, columnOffset: 4 });
    expect(reports.map((r) => r[0])).toEqual(['body-unsupported-node']);
  });
});
