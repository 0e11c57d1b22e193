import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/pipeline/prepare.js';
import { loadProfile } from '../../src/profile/load.js';

const repo = join(import.meta.dirname, '../..');

describe('text-straight-quote', () => {
  it('warns at every straight apostrophe of the seed, at its line and column', () => {
    const { profile } = loadProfile(join(repo, 'journal.yaml'));
    const prepared = prepareArticle(join(repo, 'article/harris-2017'), profile!);
    const found = prepared.diagnostics.filter((d) => d.rule === 'text-straight-quote');
    expect(found.length).toBe(12); // 9 possessives and plurals, 2 "coup d'état", 1 "committees'"
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
    const lines = readFileSync(prepared.article!.file, 'utf8').split('\n');
    for (const d of found) expect(lines[d.position!.line - 1][d.position!.column - 1], d.message).toBe("'");
    expect(found[0].message).toMatch(/^Unexpected straight apostrophe ' in ".*coup d'état.*", expected ’/);
  });
});
