// Every limit of the source, for every shape of input: near the limit the input
// loads, past it there is one diagnostic with a position, and rejecting even a
// 20 MB input takes under 2 s.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/checks/diagnostic.js';
import { maxMarkupChars, maxNesting } from '../../src/source/body-limits.js';
import { maxBibliographyBytes } from '../../src/source/bibliography.js';
import { loadArticleSource } from '../../src/source/load-article.js';
import { frontMatterYamlLimits } from '../../src/util/yaml-limits.js';
import { fixtures, journalProfile } from './helpers.js';

const seedDir = join(fixtures, 'bad/deep-nesting');
const seedText = readFileSync(join(seedDir, 'article.md'), 'utf8').split('\n').slice(0, 40).join('\n') + '\n';
const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(seedText)!;
const scratch = mkdtempSync(join(tmpdir(), 'galley-limits-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;

function load(article: string, references?: string): { diagnostics: Diagnostic[]; ms: number } {
  const dir = join(scratch, `case-${++n}`);
  cpSync(seedDir, dir, { recursive: true });
  writeFileSync(join(dir, 'article.md'), article);
  if (references !== undefined) writeFileSync(join(dir, 'references.yaml'), references);
  const start = performance.now();
  const { diagnostics } = loadArticleSource(dir, journalProfile());
  return { diagnostics, ms: performance.now() - start };
}

const withFront = (extra: string) => `---\n${frontMatter}\n${extra}\n---\n${body}`;
const withBody = (extra: string) => `${seedText}\n${extra}\n`;
const indentedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
const quotes = (levels: number) => `${'> '.repeat(levels)}quoted`;
const flow = (levels: number) => `extra: ${'['.repeat(levels)}${']'.repeat(levels)}`;
const blockMaps = (levels: number) => 'extra:\n' + Array.from({ length: levels }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n') + ' v';
const laughs = (levels: number) =>
  'lol0: &a0 [x, x, x, x, x, x, x, x, x, x]\n' + Array.from({ length: levels }, (_, i) => `lol${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`).join('\n');
const manyValues = (count: number) => `extra: [${Array(count).fill('0').join(',')}]`;

/** The limit's rule, with a position inside the file. */
function expectRejected(diagnostics: Diagnostic[], rule: string, message: RegExp): void {
  const hit = diagnostics.find((d) => d.rule === rule && message.test(d.message));
  expect(hit, JSON.stringify(diagnostics.map((d) => d.message))).toBeDefined();
  expect(hit!.position?.line).toBeGreaterThanOrEqual(1);
  expect(hit!.position?.column).toBeGreaterThanOrEqual(1);
  expect(diagnostics.some((d) => /internal error/.test(d.message))).toBe(false);
}

const noLimit = (diagnostics: Diagnostic[]) =>
  expect(diagnostics.filter((d) => /nested more than|larger than|more than \d+ values|expanding to more|file size|paragraph of more|markup characters/.test(d.message))).toEqual([]);

describe('limits near and past', () => {
  it.each([
    ['lists nested by indentation', (k: number) => withBody(indentedList(k)), maxNesting, 'source-unreadable', /nested more than 20 deep/],
    ['quotes on one line', (k: number) => withBody(quotes(k)), maxNesting, 'source-unreadable', /nested more than 20 deep/],
    ['YAML flow collections', (k: number) => withFront(flow(k)), maxNesting - 1, 'front-matter-yaml', /nested more than 20 deep/],
    ['YAML block maps', (k: number) => withFront(blockMaps(k)), maxNesting - 1, 'front-matter-yaml', /nested more than 20 deep/],
    ['YAML aliases (billion laughs)', (k: number) => withFront(laughs(k)), 2, 'front-matter-yaml', /aliases expanding to more than 10000 values/],
    ['YAML node count', (k: number) => withFront(manyValues(k)), 9000, 'front-matter-yaml', /more than 10000 values/],
  ] as const)('%s', (_name, make, near, rule, message) => {
    noLimit(load(make(near)).diagnostics);
    // Past: one more level, one more tenfold of aliases, a few thousand more values.
    const past = near >= 1000 ? near + 2000 : near + 1;
    expectRejected(load(make(past)).diagnostics, rule, message);
  });

  it('Markdown markup in the body (a node count that needs no parse)', () => {
    const paragraphs = (markers: number) => Array.from({ length: Math.ceil(markers / 250) }, () => '*a* '.repeat(125)).join('\n\n');
    noLimit(load(withBody(paragraphs(maxMarkupChars - 1000))).diagnostics);
    expectRejected(load(withBody(paragraphs(maxMarkupChars + 1000))).diagnostics, 'source-unreadable', /more than 50000 Markdown markup characters/);
  });

  it('front matter size', () => {
    const filler = (bytes: number) => `extra: "${'x'.repeat(bytes)}"`;
    noLimit(load(withFront(filler(frontMatterYamlLimits.maxBytes - 4000))).diagnostics);
    expectRejected(load(withFront(filler(frontMatterYamlLimits.maxBytes + 10))).diagnostics, 'front-matter-yaml', /YAML text larger than 131072 bytes/);
  });

  it('bibliography size', () => {
    const references = readFileSync(join(seedDir, 'references.yaml'), 'utf8');
    const padding = (bytes: number) => `\n# ${'x'.repeat(bytes)}\n`;
    noLimit(load(seedText, references + padding(maxBibliographyBytes - references.length - 100)).diagnostics);
    expectRejected(load(seedText, references + padding(maxBibliographyBytes)).diagnostics, 'source-unreadable', /file size \d+ bytes, expected at most 524288 bytes/);
  });
});

describe('time to reject a 20 MB input', () => {
  const twentyMb = 20 * 1024 * 1024;
  const fill = (unit: string) => unit.repeat(Math.ceil(twentyMb / unit.length));
  it.each([
    ['plain paragraphs', () => withBody(fill('The debate began early and went on. '))],
    ['nested lists', () => withBody(indentedList(3000) + fill('\n- x'))],
    ['one long line of brackets', () => withBody(fill('[a]('))],
    ['front matter', () => withFront(`extra: "${fill('x')}"`)],
  ])('%s', (_name, make) => {
    const { diagnostics, ms } = load(make());
    expectRejected(diagnostics, 'source-unreadable', /file size/);
    expect(ms).toBeLessThan(2000);
  });
});
