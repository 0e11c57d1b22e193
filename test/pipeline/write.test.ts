import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputsAtomically } from '../../src/pipeline/write.js';

describe('writeOutputsAtomically', () => {
  it('replaces the folder and keeps files a partial build did not produce', () => {
    const root = mkdtempSync(join(tmpdir(), 'galley-write-'));
    const target = join(root, 'a');
    writeOutputsAtomically(target, [{ path: 'a.jats.xml', data: '<old/>' }, { path: 'a.pdf', data: 'pdf-1' }]);
    writeOutputsAtomically(target, [{ path: 'a.pdf', data: 'pdf-2' }]);
    expect(readFileSync(join(target, 'a.jats.xml'), 'utf8')).toBe('<old/>');
    expect(readFileSync(join(target, 'a.pdf'), 'utf8')).toBe('pdf-2');
    expect(readdirSync(root)).toEqual(['a']);
  });

  it('leaves the previous output intact when writing fails', () => {
    const root = mkdtempSync(join(tmpdir(), 'galley-write-'));
    const target = join(root, 'a');
    mkdirSync(target);
    writeFileSync(join(target, 'index.html'), 'previous');
    // A file path that collides with a folder makes the write fail half-way.
    expect(() => writeOutputsAtomically(target, [{ path: 'new.xml', data: 'x' }, { path: 'index.html/inner', data: 'y' }])).toThrow();
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('previous');
    expect(existsSync(join(target, 'new.xml'))).toBe(false);
    expect(readdirSync(root)).toEqual(['a']);
  });
});
