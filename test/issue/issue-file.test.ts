import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIssueFile } from '../../src/issue/issue-file.js';

function issueFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'galley-issue-file-'));
  const file = join(dir, '2017-5-3.yaml');
  writeFileSync(file, text);
  return file;
}

const good = `volume: 5
number: 3
year: 2017
published: 2017-09-30
first-page: 693
sections:
  - title: { en: Articles, ru: Статьи }
    articles: [harris-2017, lindqvist-2017]
  - title: { en: Archives, ru: Архивы }
    articles: [petrova-2017]
`;

describe('loadIssueFile', () => {
  it('reads volume, number, date, first page and the sections in order', () => {
    const { issue, diagnostics } = loadIssueFile(issueFile(good), ['en', 'ru']);
    expect(diagnostics.items).toEqual([]);
    expect(issue).toMatchObject({ id: '2017-5-3', volume: 5, number: '3', year: 2017, published: '2017-09-30', firstPage: 693, rectoStart: undefined });
    expect(issue!.sections.map((s) => [s.title.ru, s.articles.map((a) => a.id)])).toEqual([
      ['Статьи', ['harris-2017', 'lindqvist-2017']],
      ['Архивы', ['petrova-2017']],
    ]);
  });

  it('names an article listed twice at its second listing', () => {
    const { issue, diagnostics } = loadIssueFile(issueFile(good.replace('[petrova-2017]', '[petrova-2017, harris-2017]')), ['en', 'ru']);
    expect(issue).toBeUndefined();
    expect(diagnostics.items).toHaveLength(1);
    expect(diagnostics.items[0]).toMatchObject({ rule: 'issue-article-duplicate', position: { line: 10 } });
    expect(diagnostics.items[0].message).toContain('first listed at line 8');
  });

  it('reads recto-start when the issue sets it (else the profile decides)', () => {
    expect(loadIssueFile(issueFile(good.replace('first-page: 693', 'first-page: 693\nrecto-start: true')), ['en', 'ru']).issue?.rectoStart).toBe(true);
  });

  it('accepts `continue` and reports a bad first page and a missing section title', () => {
    expect(loadIssueFile(issueFile(good.replace('first-page: 693', 'first-page: continue')), ['en', 'ru']).issue?.firstPage).toBe('continue');
    const bad = loadIssueFile(issueFile(good.replace('first-page: 693', 'first-page: -4').replace('ru: Архивы', 'de: Archive')), ['en', 'ru']);
    expect(bad.diagnostics.items.map((d) => [d.rule, d.position?.line])).toEqual([
      ['issue-first-page', 5],
      ['issue-file', 9],
    ]);
  });

  it('reports malformed YAML with its position', () => {
    const { diagnostics } = loadIssueFile(issueFile('volume: 5\nsections: [\n'), ['en', 'ru']);
    expect(diagnostics.items[0].rule).toBe('issue-file');
    expect(diagnostics.items[0].position?.line).toBeGreaterThan(1);
  });
});
