import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeOutputsAtomically } from '../../src/pipeline/write.js';

const repoRoot = join(import.meta.dirname, '../..');
const compiledWrite = join(repoRoot, 'lib/pipeline/write.js');

describe('writeOutputsAtomically', () => {
  it('a partial build keeps files it did not produce', () => {
    const root = mkdtempSync(join(tmpdir(), 'galley-write-'));
    const target = join(root, 'a');
    writeOutputsAtomically(target, [{ path: 'a.jats.xml', data: '<old/>' }, { path: 'a.pdf', data: 'pdf-1' }]);
    writeOutputsAtomically(target, [{ path: 'a.pdf', data: 'pdf-2' }], true);
    expect(readFileSync(join(target, 'a.jats.xml'), 'utf8')).toBe('<old/>');
    expect(readFileSync(join(target, 'a.pdf'), 'utf8')).toBe('pdf-2');
    expect(readdirSync(root)).toEqual(['a']);
  });

  it('a full build leaves nothing of the previous folder (a removed figure is gone)', () => {
    const root = mkdtempSync(join(tmpdir(), 'galley-write-'));
    const target = join(root, 'a');
    writeOutputsAtomically(target, [{ path: 'index.html', data: 'v1' }, { path: 'figures/old.png', data: 'png' }]);
    writeOutputsAtomically(target, [{ path: 'index.html', data: 'v2' }, { path: 'figures/new.png', data: 'png' }]);
    expect(readdirSync(join(target, 'figures'))).toEqual(['new.png']);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('v2');
  });

  it('leaves the previous output intact when writing fails', () => {
    const root = mkdtempSync(join(tmpdir(), 'galley-write-'));
    const target = join(root, 'a');
    mkdirSync(target);
    writeFileSync(join(target, 'index.html'), 'previous');
    // A file path that collides with a folder makes the write fail half-way.
    expect(() => writeOutputsAtomically(target, [{ path: 'new.xml', data: 'x' }, { path: 'index.html/inner', data: 'y' }], true)).toThrow();
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('previous');
    expect(existsSync(join(target, 'new.xml'))).toBe(false);
    expect(readdirSync(root)).toEqual(['a']);
  });

  it('a build killed between the two renames is repaired by the next build', () => {
    expect(existsSync(compiledWrite), 'compile first: npx tsc -p tsconfig.build.json').toBe(true);
    const root = mkdtempSync(join(tmpdir(), 'galley-write-'));
    const target = join(root, 'a');
    writeOutputsAtomically(target, [{ path: 'index.html', data: 'v1' }, { path: 'a.pdf', data: 'pdf-1' }]);
    // A real SIGKILL at the injected point: no catch block, no finally runs.
    const script = `
      const { writeOutputsAtomically } = await import(${JSON.stringify(pathToFileURL(compiledWrite).href)});
      writeOutputsAtomically(${JSON.stringify(target)}, [{ path: 'index.html', data: 'v2' }, { path: 'a.pdf', data: 'pdf-2' }], false,
        { betweenRenames: () => process.kill(process.pid, 'SIGKILL') });`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    // The kill left the folder missing, its two halves beside it.
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(root).sort()).toEqual([expect.stringMatching(/^\.a\.old-/), expect.stringMatching(/^\.a\.tmp-/)]);

    // A partial build must find the complete folder the killed one made.
    writeOutputsAtomically(target, [{ path: 'a.pdf', data: 'pdf-3' }], true);
    expect(readdirSync(root)).toEqual(['a']);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('v2');
    expect(readFileSync(join(target, 'a.pdf'), 'utf8')).toBe('pdf-3');
  });

  it('removes temporary folders of killed builds and restores a lone old folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'galley-write-'));
    const target = join(root, 'a');
    // pid 2^22+1 is above Linux's pid_max: that build is surely dead.
    const deadPid = 4194305;
    mkdirSync(join(root, `.a.old-${deadPid}-x1`));
    writeFileSync(join(root, `.a.old-${deadPid}-x1`, 'index.html'), 'before the kill');
    mkdirSync(join(root, `.a.tmp-${deadPid}-x2`));
    mkdirSync(join(root, `.b.tmp-${deadPid}-x3`));
    writeOutputsAtomically(target, [{ path: 'a.pdf', data: 'pdf' }], true);
    expect(readdirSync(root).sort()).toEqual(['.b.tmp-4194305-x3', 'a']);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('before the kill');
  });
});
