// eLife's sample article uses nearly every JATS construct: the list of what
// its import could not carry over is fixed here (golden file), so that a
// change in what is kept shows up as a diff to read. Regenerate deliberately
// with GALLEY_UPDATE_GOLDEN=1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importJatsFile } from '../../src/import/jats/import-jats.js';
import { reportText } from '../../src/import/report.js';

const file = '/work/shared/corpus/jats/elife-00666.xml';
const golden = join(import.meta.dirname, '../golden/import/elife-00666.not-kept.json');

describe('the import report of eLife 00666', () => {
  const result = importJatsFile(file, { into: 'article', source: 'elife-00666.xml' });
  if ('failed' in result) throw new Error(result.failed);
  const { report } = result.article;
  const list = report.notKept.map((n) => ({ at: n.at, element: n.element, reason: n.reason, text: n.text.slice(0, 80) }));

  it('lists what was not kept: each entry with its XPath, element, reason and text', () => {
    const json = `${JSON.stringify(list, null, 1)}\n`;
    if (process.env.GALLEY_UPDATE_GOLDEN === '1') writeFileSync(golden, json);
    expect(existsSync(golden), 'golden missing: run with GALLEY_UPDATE_GOLDEN=1').toBe(true);
    expect(json).toBe(readFileSync(golden, 'utf8'));
  });

  it('every XPath names an element of the file, at the line given (the line its start tag ends on)', () => {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const n of report.notKept.filter((e) => !e.at.includes('@'))) {
      const local = n.element.split(':').pop()!;
      const tag = lines.slice(Math.max(0, (n.line ?? 0) - 6), n.line).join('\n');
      expect(tag, `${n.at} at line ${n.line}`).toMatch(new RegExp(`<(${n.element}|${local})[\\s>/]`));
    }
  });

  it('keeps what Galley has: nothing of the front that has a source field is on the list', () => {
    const front = list.filter((n) => n.at.startsWith('/article[1]/front[1]/'));
    const kept = ['article-title', 'contrib-id', 'email', 'history', 'permissions', 'funding-source', 'award-id', 'aff', 'corresp'];
    expect(front.filter((n) => kept.includes(n.element))).toEqual([]);
    // One keyword list per language: the author's; the research organisms are reported.
    expect(front.filter((n) => n.element === 'kwd-group').map((n) => n.reason)).toEqual(["keywords of type research-organism have no source field (the author's keywords only)"]);
    // The main abstract and the first author's ORCID are in the front matter.
    const fm = result.article.frontMatter as { abstract: Record<string, string>; authors: { orcid?: string }[]; keywords: Record<string, string[]> };
    expect(fm.keywords.en).toEqual(['XML', 'Housestyle', 'eLife', 'formatting']);
    expect(fm.abstract.en).toMatch(/^This is the abstract\./);
    expect(fm.authors[0].orcid).toBe('0000-0003-3523-4408');
  });

  it('the human summary names each entry on one line', () => {
    const text = reportText(report);
    expect(text).toMatch(/^Not kept \(\d+\):$/m);
    expect(text).toMatch(/^ {2}\/article\[1\]\/front\[1\]\/article-meta\[1\]\/elocation-id\[1\] \(line \d+\): elocation-id: no source field for an electronic location id/m);
  });
});
