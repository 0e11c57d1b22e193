import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSourceBytes, firstInvalidUtf8 } from '../../src/source/read-source.js';
import { cleanText, findHygieneProblems } from '../../src/source/hygiene.js';
import { splitFrontMatter } from '../../src/source/front-matter.js';

describe('decodeSourceBytes', () => {
  it('strips a BOM and normalises line endings', () => {
    expect(decodeSourceBytes(Buffer.from('\ufeff---\r\na: 1\r---\n', 'utf8'), 'x.md')).toEqual({ text: '---\na: 1\n---\n' });
  });
  it('points at the first NUL byte, counting columns in characters', () => {
    const r = decodeSourceBytes(Buffer.concat([Buffer.from('ok\nЖЖ', 'utf8'), Buffer.from([0])]), 'x.md');
    expect(r.problem).toMatchObject({ rule: 'source-unreadable', position: { line: 2, column: 3 } });
  });
  it('points at the first byte that is not UTF-8', () => {
    const r = decodeSourceBytes(Buffer.concat([Buffer.from('ab\nc', 'utf8'), Buffer.from([0xd2, 0xe5])]), 'x.md');
    expect(r.problem).toMatchObject({ rule: 'source-encoding', position: { line: 2, column: 2 } });
    expect(r.problem?.message).toMatch(/0xD2/);
  });
  it('refuses overlong encodings, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from('Жё😀', 'utf8'))).toBe(-1);
  });
  it('rejects what Node’s native check rejects (decoding asks it first)', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5));
    fc.assert(fc.property(fc.array(byte, { maxLength: 10 }), (bytes) => isUtf8(Uint8Array.from(bytes)) === (firstInvalidUtf8(Uint8Array.from(bytes)) === -1)), { numRuns: 20_000 });
  });
});

describe('hygiene', () => {
  it('reports control characters and decomposed text where they were written', () => {
    const problems = findHygieneProblems('fine\nbad\u0001 here\nПе\u0308тр', 'x.md');
    expect(problems.map((p) => [p.rule, p.position.line, p.position.column])).toEqual([
      ['source-control-char', 2, 4],
      ['source-nfc', 3, 2],
    ]);
  });
  it('cleans text for the model: XML-legal and NFC', () => {
    expect(cleanText('a\u0001b\u000bc Пе\u0308тр\ufffe')).toBe('abc Пётр');
  });
});

describe('splitFrontMatter', () => {
  it('keeps the line offsets of both halves', () => {
    const r = splitFrontMatter('---\na: 1\nb: 2\n---\nBody\n', 'x.md');
    expect(r.split).toEqual({ yaml: 'a: 1\nb: 2', yamlLineOffset: 1, body: 'Body\n', bodyLineOffset: 4 });
  });
  it('accepts `...` as the closing fence and explains a missing one', () => {
    expect(splitFrontMatter('---\na: 1\n...\n', 'x.md').split?.bodyLineOffset).toBe(3);
    expect(splitFrontMatter('---\na: 1\n', 'x.md').problem?.message).toMatch(/closing `---`/);
    expect(splitFrontMatter('# Title\n', 'x.md').problem?.message).toMatch(/^Unexpected "# Title" on the first line/);
  });
});
