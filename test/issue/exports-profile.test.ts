// The export settings of the profile, checked by the profile loader with their
// positions in journal.yaml: a missing eLIBRARY id with the export on, an unknown
// format, an OJS version Galley does not write.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/profile/load.js';

const repo = resolve(import.meta.dirname, '../..');
const base = readFileSync(join(repo, 'journal.yaml'), 'utf8');

function load(extra: string) {
  const dir = mkdtempSync(join(tmpdir(), 'galley-exports-profile-'));
  const file = join(dir, 'journal.yaml');
  writeFileSync(file, `${base}\n${extra}`);
  const baseLines = `${base}\n`.split('\n').length - 1;
  return { ...loadProfile(file), file, line: (n: number) => baseLines + n };
}

describe('export settings in the profile', () => {
  it('the sample profile turns no export on', () => {
    const { profile } = loadProfile(join(repo, 'journal.yaml'));
    expect(profile?.exports?.formats).toEqual([]);
  });

  it('reads formats, eLIBRARY id, OJS version and schema folders', () => {
    const { profile, diagnostics } = load('exports: [elibrary, doaj, ojs]\nelibrary: { titleid: 12345, language: ru }\nojs: { version: "3.5", galleys: remote }\n');
    expect(diagnostics.items).toEqual([]);
    expect(profile!.exports).toMatchObject({ formats: ['elibrary', 'doaj', 'ojs'], elibrary: { titleid: 12345, language: 'ru' }, ojs: { version: '3.5', galleys: 'remote' } });
  });

  it('a missing `elibrary.titleid` with the eLIBRARY export on is a profile diagnostic at `exports`', () => {
    const { profile, diagnostics, file, line } = load('exports: [doaj, elibrary]\n');
    expect(profile).toBeUndefined();
    expect(diagnostics.items).toHaveLength(1);
    expect(diagnostics.items[0]).toMatchObject({ rule: 'profile-invalid', severity: 'error', position: { file, line: line(1) } });
    expect(diagnostics.items[0].message).toMatch(/^Unexpected missing `elibrary\.titleid` with the eLIBRARY export on, expected the journal's eLIBRARY id/);
  });

  it('without the eLIBRARY export no id is needed', () => {
    expect(load('exports: [doaj]\n').diagnostics.items).toEqual([]);
  });

  it.each([
    ['exports: [elibrary, crossref]\nelibrary: { titleid: 1 }\n', 1, /^Unexpected export "crossref", expected one of elibrary, doaj, ojs$/],
    ['exports: [elibrary]\nelibrary: { titleid: abc }\n', 2, /^Unexpected `elibrary\.titleid: abc`/],
    ['ojs: { version: "3.3" }\n', 1, /^Unexpected `ojs\.version: 3\.3`, expected 3\.4 or 3\.5$/],
    ['ojs: { verison: "3.5" }\n', 1, /^Unexpected `ojs\.verison`, expected one of version, galleys$/],
    ['exports: [elibrary]\nelibrary: { titleid: 1, titelid: 2 }\n', 2, /^Unexpected `elibrary\.titelid`, expected one of titleid, language$/],
    ['ojs: { galleys: inline }\n', 1, /^Unexpected `ojs\.galleys: inline`, expected embed or remote$/],
  ])('%j is refused with its position', (extra, lineNo, message) => {
    const { diagnostics, line } = load(extra);
    expect(diagnostics.items.map((d) => d.rule)).toEqual(['profile-invalid']);
    expect(diagnostics.items[0].message).toMatch(message);
    expect(diagnostics.items[0].position?.line).toBe(line(lineNo));
  });
});
