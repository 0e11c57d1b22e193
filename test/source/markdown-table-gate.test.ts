// Text that cannot hold a GFM table is parsed without the table construct
// (src/source/markdown/parse.ts): the tree must be the one the full parser
// gives, positions included, and a table without pipes must still be found.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { mathFromMarkdown } from 'mdast-util-math';
import { directive } from 'micromark-extension-directive';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { math } from 'micromark-extension-math';
import { describe, expect, it } from 'vitest';
import { mayHoldTable, parseMarkdown } from '../../src/source/markdown/parse.js';
import { repoRoot } from '../helpers/journal-copy.js';

const full = (text: string) =>
  fromMarkdown(text, {
    extensions: [gfmFootnote(), gfmTable(), math(), directive()],
    mdastExtensions: [gfmFootnoteFromMarkdown(), gfmTableFromMarkdown(), mathFromMarkdown(), directiveFromMarkdown()],
  });

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });

describe('parsing without the table construct', () => {
  const files = [...markdownFiles(join(repoRoot, 'article')), ...markdownFiles(join(repoRoot, 'test/fixtures'))];

  it('gives the full parser’s tree for every source and fixture', () => {
    expect(files.length).toBeGreaterThan(20);
    let gated = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (!mayHoldTable(text)) gated++;
      expect(parseMarkdown(text), file).toEqual(full(text));
    }
    expect(gated).toBeGreaterThan(0);
  });

  it('gives the full parser’s tree for random block and inline markup', () => {
    const piece = fc.constantFrom('a', 'b c', ' ', '  ', '\n', '\n\n', '-', ':', '*', '_', '>', '#', '1.', '[^n]', '[^n]: x', '$', '$$', ':::', '::: note', ':x[y]', '`', '---', '\t', '    ', 'a:', '- ', '\\', '<b>', '[a](b)', '=', '~');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), (text) => {
        expect(parseMarkdown(text)).toEqual(full(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('still finds tables whose delimiter row has no pipe', () => {
    for (const text of ['a\n:-', 'a\n--:', 'x | y\n- | -', 'a\n:-:\nb']) {
      expect(mayHoldTable(text)).toBe(true);
      expect(parseMarkdown(text).children[0].type, text).toBe(full(text).children[0].type);
    }
    expect(parseMarkdown('a\n:-').children[0].type).toBe('table');
    expect(mayHoldTable('a\n- b: c\n---')).toBe(false);
  });
});
