// The key an issue build reuses an article's rendering under must move when
// Galley's own code moves, not only its version number or the journal's files.
import { cpSync, mkdtempSync, mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedInputsHash } from '../../src/issue/hash.js';

const repo = resolve(import.meta.dirname, '../..');

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'galley-shared-hash-'));
  const modules = join(dir, 'lib');
  mkdirSync(join(modules, 'render'), { recursive: true });
  writeFileSync(join(modules, 'render/page.js'), 'export const margin = 20;\n');
  const packageFile = join(dir, 'package.json');
  writeFileSync(packageFile, '{ "name": "galley", "version": "0.1.0", "dependencies": { "pagedjs": "0.4.3" } }\n');
  cpSync(join(repo, 'journal.yaml'), join(dir, 'journal.yaml'));
  cpSync(join(repo, 'templates'), join(dir, 'templates'), { recursive: true });
  const profile = { file: join(dir, 'journal.yaml'), templates: [join(dir, 'templates')] };
  return { dir, modules, packageFile, profile, code: { modules, packageFile } };
}

describe('sharedInputsHash', () => {
  it('is the same for the same code, profile and templates', () => {
    const s = setup();
    expect(sharedInputsHash(s.profile, s.code)).toBe(sharedInputsHash(s.profile, s.code));
  });

  it("changes when a module of Galley's code changes and the version does not", () => {
    const s = setup();
    const before = sharedInputsHash(s.profile, s.code);
    writeFileSync(join(s.modules, 'render/page.js'), 'export const margin = 22;\n');
    expect(sharedInputsHash(s.profile, s.code)).not.toBe(before);
  });

  it('changes when a dependency pinned in package.json changes', () => {
    const s = setup();
    const before = sharedInputsHash(s.profile, s.code);
    writeFileSync(s.packageFile, '{ "name": "galley", "version": "0.1.0", "dependencies": { "pagedjs": "0.4.4" } }\n');
    expect(sharedInputsHash(s.profile, s.code)).not.toBe(before);
  });

  it('changes when the profile or a template changes', () => {
    const s = setup();
    const before = sharedInputsHash(s.profile, s.code);
    appendFileSync(s.profile.file, '\n# edited\n');
    const afterProfile = sharedInputsHash(s.profile, s.code);
    expect(afterProfile).not.toBe(before);
    appendFileSync(join(s.dir, 'templates/issue/toc.css'), '\n/* edited */\n');
    expect(sharedInputsHash(s.profile, s.code)).not.toBe(afterProfile);
  });

  it("covers this install's own code by default", () => {
    const s = setup();
    // The default code folder is Galley's own: different from the scratch one above.
    expect(sharedInputsHash(s.profile)).not.toBe(sharedInputsHash(s.profile, s.code));
  });
});
