import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findChromium } from '../../src/pdf/find-chromium.js';

function fakeExecutable(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

describe('findChromium', () => {
  const root = mkdtempSync(join(tmpdir(), 'galley-find-chromium-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prefers GALLEY_CHROMIUM, then the profile setting', () => {
    const fromEnv = fakeExecutable(join(root, 'env'), 'my-chrome');
    const configured = fakeExecutable(join(root, 'cfg'), 'chromium');
    expect(findChromium({ env: { GALLEY_CHROMIUM: fromEnv, PATH: '' }, configured, paths: [] })).toBe(fromEnv);
    expect(findChromium({ env: { PATH: '' }, configured, paths: [] })).toBe(configured);
  });

  it('looks on PATH for the usual names', () => {
    const bin = join(root, 'bin');
    const found = fakeExecutable(bin, 'chromium-browser');
    expect(findChromium({ env: { PATH: `${join(root, 'empty')}:${bin}` }, paths: [] })).toBe(found);
  });

  it('prefers the headless shell to the full browser in the same folder', () => {
    const bin = join(root, 'both');
    fakeExecutable(bin, 'chromium');
    const shell = fakeExecutable(bin, 'chromium-headless-shell');
    expect(findChromium({ env: { PATH: bin }, paths: [] })).toBe(shell);
  });

  it('ignores files that are not executable', () => {
    const dir = join(root, 'noexec');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'chromium'), '');
    expect(() => findChromium({ env: { PATH: dir }, paths: [] })).toThrow(BrowserNotFoundError);
  });

  it('says how to install one when there is none', () => {
    const error = (() => {
      try {
        findChromium({ env: { PATH: join(root, 'nothing') }, paths: [join(root, 'nope')] });
      } catch (e) {
        return e as BrowserNotFoundError;
      }
    })();
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    expect(error!.message).toContain('apt-get install chromium');
    expect(error!.message).toContain('GALLEY_CHROMIUM');
    expect(error!.searched).toContain(join(root, 'nope'));
  });

  it('names a configured path that does not exist', () => {
    expect(() => findChromium({ env: { GALLEY_CHROMIUM: join(root, 'missing') } })).toThrow(`Unexpected missing Chromium at ${join(root, 'missing')}`);
  });
});

describe('chromiumFromNpm', () => {
  it('asks an npm-packaged Chromium for its executable', async () => {
    const { chromiumFromNpm } = await import('../../src/pdf/browser.js');
    const fake = new URL('./fixtures/fake-npm-chromium.mjs', import.meta.url).href;
    expect(await chromiumFromNpm(fake)).toBe(process.env.FAKE_NPM_CHROMIUM ?? '/usr/bin/chromium');
  });

  it('gives nothing when the package is not installed', async () => {
    const { chromiumFromNpm } = await import('../../src/pdf/browser.js');
    expect(await chromiumFromNpm('galley-no-such-chromium-package')).toBeUndefined();
  });
});
