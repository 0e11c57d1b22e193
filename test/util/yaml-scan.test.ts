// The guards and the structure walk around the YAML parser: what the depth scan
// counts (brackets outside quotes and comments, per line), and the double-quoted
// scalars the structure walk hands to the escape check, with and without errors.
import { describe, expect, it } from 'vitest';
import { parseYamlDoc } from '../../src/util/yaml-doc.js';
import { findYamlLimitBreak } from '../../src/util/yaml-limits.js';

// The key line is a level itself: `a: [[` is two deep.
const depth = (text: string, maxDepth = 2) => findYamlLimitBreak(text, { maxBytes: 1 << 20, maxDepth, maxNodes: 1000 })?.offset;

describe('findYamlLimitBreak: depth', () => {
  it.each([
    ['brackets past the limit', 'a: [[[1]]]', 4],
    ['brackets inside double quotes', 'a: "[[[", b: 1', undefined],
    ['an escaped quote keeps the quote open', 'a: "\\"[[[" x', undefined],
    ['a backslash ends nothing inside single quotes', "a: '\\' [[[", 8],
    ['a quote after a letter opens nothing', 'a: x"[[[', 6],
    ['brackets in a comment', 'a: 1 # [[[', undefined],
    ['a # inside a word is no comment', 'a: x#[[[', 6],
    ['a quote left open ends with its line', 'a: "x\nb: [[[1]]]', 10],
    ['flow brackets carried to the next line', 'a: [\n [[1]]]', 6],
    ['nested block sequences on one line', '- - - x', 6],
  ])('%s', (_, text, offset) => {
    expect(depth(text)).toBe(offset);
  });
});

describe('parseYamlDoc: double-quoted scalars with escapes', () => {
  it('lists them with the text as written and positions inside it', () => {
    const doc = parseYamlDoc('title: "a\\tb"\nplain: "no escape"\nlist:\n  - "\\u00e9"\n', 'f.yaml', 1);
    expect(doc.errors).toEqual([]);
    const found = doc.escapedScalars();
    expect(found.map((s) => [s.value, s.raw])).toEqual([['a\tb', '"a\\tb"'], ['é', '"\\u00e9"']]);
    expect(found[1].positionAt(1)).toEqual({ file: 'f.yaml', line: 5, column: 6 });
  });

  it('lists them in a document with a structure error too', () => {
    const doc = parseYamlDoc('a: "x\\ty"\na: 2\nb: "\\\\"\n', 'f.yaml');
    expect(doc.errors.map((e) => e.message)).toEqual(['Unexpected YAML key `a` twice in one map, expected map keys to be unique']);
    expect(doc.escapedScalars().map((s) => s.raw)).toEqual(['"x\\ty"', '"\\\\"']);
  });

  it('lists them in a document the walk stopped in (an alias without anchor)', () => {
    const doc = parseYamlDoc('a: *nothing\nb: "\\n"\n', 'f.yaml');
    expect(doc.errors[0].message).toMatch(/^Unexpected YAML alias `\*nothing`/);
    expect(doc.escapedScalars().map((s) => s.value)).toEqual(['\n']);
  });
});
