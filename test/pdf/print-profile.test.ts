import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPrintProfile, loadPrintProfile, parsePrintProfile, printSettings, PrintProfileError } from '../../src/pdf/print-profile.js';
import { loadProfile } from '../../src/profile/load.js';

const repoProfile = join(import.meta.dirname, '../../journal.yaml');

describe('parsePrintProfile', () => {
  it('uses the defaults when the profile has no print section', () => {
    const { print, diagnostics } = parsePrintProfile({}, 'journal.yaml');
    expect(diagnostics).toEqual([]);
    expect(print).toEqual(defaultPrintProfile);
  });

  it('reads the journal profile of the repository without a problem', () => {
    const { profile } = loadProfile(repoProfile);
    const { print, diagnostics } = loadPrintProfile(profile!);
    expect(diagnostics).toEqual([]);
    expect(print.page).toEqual({ width: '170mm', height: '240mm' });
    expect(print.fonts.body).toEqual({ family: 'PT Serif', package: '@fontsource/pt-serif' });
    expect(print.hyphenation).toEqual({ en: 'en-gb', ru: 'ru' });
    expect(print.runningHeads).toEqual({ verso: 'authors', recto: 'short-title' });
  });

  it.each([
    [{ page: { width: '170' } }, 'print.page.width', 'Unexpected "170" at `print.page.width`, expected a length with a unit such as 170mm or 10pt'],
    [{ leading: 'wide' }, 'print.leading', 'Unexpected "wide" at `print.leading`, expected a number from 0.8 to 3'],
    [{ 'running-heads': { verso: 'editor' } }, 'print.running-heads.verso', 'Unexpected "editor" at `print.running-heads.verso`, expected one of authors, title, short-title, journal, none'],
    [{ hyphenation: { ru: 'xx' } }, 'print.hyphenation.ru', 'Unexpected "xx" at `print.hyphenation.ru`, expected the name of a file in the hyphen package\'s patterns/ (en-gb, en-us, ru, de-1996 …)'],
    [{ 'first-page': { 'translated-title': 'yes' } }, 'print.first-page.translated-title', 'Unexpected "yes" at `print.first-page.translated-title`, expected true or false'],
    [{ labels: { keywords: ['Keywords'] } }, 'print.labels.keywords', 'Unexpected list at `print.labels.keywords`, expected text per language, e.g. { en: …, ru: … }'],
  ])('reports %j at its path', (section, path, message) => {
    const positions: string[] = [];
    const { diagnostics, print } = parsePrintProfile({ print: section }, 'journal.yaml', (p) => (positions.push(p), { file: 'journal.yaml', line: 7, column: 3 }));
    expect(diagnostics).toEqual([{ rule: 'print-profile-invalid', severity: 'error', message, position: { file: 'journal.yaml', line: 7, column: 3 } }]);
    expect(positions).toContain(path);
    expect(print.page.height).toBe(defaultPrintProfile.page.height);
  });

  it('collects every problem, not only the first', () => {
    const { diagnostics } = parsePrintProfile({ print: { 'font-size': 10, indent: 'x', 'layout-timeout': 0 } }, 'j.yaml');
    expect(diagnostics.map((d) => d.message.match(/`([^`]+)`/)?.[1])).toEqual(['print.font-size', 'print.indent', 'print.layout-timeout']);
  });

  it('points at the line of the profile where the bad value is written: the profile loader reports it, so check and build stop before rendering', () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-print-profile-'));
    const file = join(dir, 'journal.yaml');
    const text = readFileSync(repoProfile, 'utf8').replace('font-size: 10pt', 'font-size: ten');
    writeFileSync(file, text);
    const { profile, diagnostics } = loadProfile(file);
    const line = text.split('\n').findIndex((l: string) => l.includes('font-size: ten')) + 1;
    expect(profile).toBeUndefined();
    expect(diagnostics.items.map((d) => [d.rule, d.position?.line])).toEqual([['print-profile-invalid', line]]);
    const { profile: good } = loadProfile(repoProfile);
    const broken = { ...good!, raw: { ...good!.raw, print: { 'font-size': 'ten' } }, file };
    expect(loadPrintProfile(broken).diagnostics[0].position).toMatchObject({ file });
    expect(() => printSettings(broken)).toThrow(PrintProfileError);
    rmSync(dir, { recursive: true, force: true });
  });
});
