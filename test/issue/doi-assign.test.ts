import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignDois } from '../../src/issue/doi-assign.js';
import { seqOf } from '../../src/record/doi-pattern.js';
import { loadJournalRecord, type JournalRecord } from '../../src/record/journal-record.js';
import type { ArticleRecord } from '../../src/record/types.js';
import type { Profile } from '../../src/profile/types.js';

const at = { file: 'issue.yaml', line: 3, column: 5 };
const profile = { doi: { prefix: '10.15826', suffixPattern: 'qr.{year}.{issue}.{seq}' } } as Pick<Profile, 'doi'>;
const values = { year: 2017, volume: 5, issue: '3' };

function journal(parts: { records?: Partial<ArticleRecord>[]; deposited?: [string, string | undefined][]; sources?: [string, string][] } = {}): JournalRecord {
  return {
    dir: '/record',
    articles: new Map((parts.records ?? []).map((r) => [r.id!, { corrections: [], positions: {}, file: `/record/articles/${r.id}.yaml`, ...r } as ArticleRecord])),
    issues: new Map(),
    deposited: new Map(parts.deposited ?? []),
    sourceDois: new Map(parts.sources ?? []),
    neverDeposit: new Set(),
    diagnostics: [],
  };
}

describe('assignDois', () => {
  it('gives the next running number after every known DOI', () => {
    const result = assignDois(
      [
        { id: 'a', sourceDoi: '10.15826/qr.2017.3.245', position: at },
        { id: 'b', position: at },
        { id: 'c', position: at },
      ],
      profile,
      journal({ sources: [['10.15826/qr.2017.2.250', 'elsewhere']] }),
      values,
    );
    expect(result.diagnostics).toEqual([]);
    expect([...result.dois].map(([id, v]) => [id, v.doi, v.origin])).toEqual([
      ['a', '10.15826/qr.2017.3.245', 'source'],
      ['b', '10.15826/qr.2017.3.251', 'assigned'],
      ['c', '10.15826/qr.2017.3.252', 'assigned'],
    ]);
  });

  it('keeps the DOI the record holds, and numbers new articles after it', () => {
    const result = assignDois([{ id: 'b', position: at }, { id: 'c', position: at }], profile, journal({ records: [{ id: 'b', doi: '10.15826/qr.2017.3.248', seq: 248, doiOrigin: 'assigned' }] }), values);
    expect(result.dois.get('b')).toEqual({ doi: '10.15826/qr.2017.3.248', origin: 'assigned' });
    expect(result.dois.get('c')!.doi).toBe('10.15826/qr.2017.3.249');
  });

  it('never assigns a DOI the deposit log shows, even when no record or source names it', () => {
    const result = assignDois([{ id: 'x', sourceDoi: '10.15826/qr.2017.3.245', position: at }, { id: 'y', position: at }], profile, journal({ deposited: [['10.15826/qr.2017.3.246', undefined]] }), values);
    expect(result.dois.get('y')!.doi).toBe('10.15826/qr.2017.3.247');
  });

  it('moves a recorded DOI that was never deposited to the final issue, keeping its running number', () => {
    const result = assignDois([{ id: 'r', position: at }], profile, journal({ records: [{ id: 'r', doi: '10.15826/qr.2017.2.250', seq: 250, doiOrigin: 'reserved' }] }), values);
    expect(result.dois.get('r')).toEqual({ doi: '10.15826/qr.2017.3.250', origin: 'reserved' });
    expect(result.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['record-doi-rederived', 'warning']]);
  });

  it('keeps a deposited DOI as it is, whatever issue it is in now', () => {
    const result = assignDois([{ id: 'r', position: at }], profile, journal({ records: [{ id: 'r', doi: '10.15826/qr.2017.2.250', seq: 250 }], deposited: [['10.15826/qr.2017.2.250', 'r']] }), values);
    expect(result.dois.get('r')!.doi).toBe('10.15826/qr.2017.2.250');
    expect(result.diagnostics).toEqual([]);
  });

  it('reports two articles with the same DOI as a collision at the listing', () => {
    const result = assignDois(
      [
        { id: 'a', sourceDoi: '10.15826/qr.2017.3.245', position: at },
        { id: 'b', sourceDoi: '10.15826/QR.2017.3.245', position: { ...at, line: 4 } },
      ],
      profile,
      journal(),
      values,
    );
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ rule: 'issue-doi-collision', severity: 'error', position: { line: 4 } });
    expect(result.diagnostics[0].message).toContain('given to a');
  });

  it('reports a DOI that belongs to an article outside the issue, by source, record or deposit', () => {
    const doi = '10.15826/qr.2017.3.245';
    for (const j of [journal({ sources: [[doi, 'other-article']] }), journal({ records: [{ id: 'other-article', doi }] }), journal({ deposited: [[doi, 'other-article']] })]) {
      const result = assignDois([{ id: 'a', sourceDoi: doi, position: at }], profile, j, values);
      expect(result.diagnostics.map((d) => d.rule)).toEqual(['issue-doi-collision']);
      expect(result.diagnostics[0].message).toContain('other-article');
    }
  });

  it('reads the running number through the pattern', () => {
    expect(seqOf(profile, '10.15826/qr.2017.3.245')).toBe(245);
    expect(seqOf(profile, '10.15826/other.245')).toBeUndefined();
  });
});

describe('the deposit log in the journal record', () => {
  const line = (dois: string[], articles?: Record<string, string>) =>
    JSON.stringify({ batchId: 'b1', timestamp: '20171001000000000', file: 'b1.xml', dois, ...(articles ? { articles } : {}), status: 'completed', system: 'test', endpoint: 'x', at: '2017-10-01T00:00:00Z' });
  const workspace = (log: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-journal-'));
    writeFileSync(join(dir, 'qr.jsonl'), log);
    return loadJournalRecord({ record: join(dir, 'record') } as Profile, { articlesDir: join(dir, 'article'), depositsDir: dir });
  };

  it('ties each logged DOI to its article where the line says, and keeps the next assignment clear of all', () => {
    const j = workspace(`${line(['10.15826/qr.2017.3.245'])}\n${line(['10.15826/QR.2017.3.246'], { '10.15826/QR.2017.3.246': 'lindqvist' })}\n`);
    expect(j.diagnostics).toEqual([]);
    expect([...j.deposited]).toEqual([
      ['10.15826/qr.2017.3.245', undefined],
      ['10.15826/qr.2017.3.246', 'lindqvist'],
    ]);
    const result = assignDois([{ id: 'new', position: at }], profile, j, values);
    expect(result.dois.get('new')!.doi).toBe('10.15826/qr.2017.3.247');
  });

  it('reports a broken log line with its position', () => {
    const j = workspace(`${line(['10.15826/qr.2017.3.245'])}\n{not json\n`);
    expect(j.diagnostics).toHaveLength(1);
    expect(j.diagnostics[0]).toMatchObject({ rule: 'deposit-log-invalid', severity: 'error' });
    expect(j.diagnostics[0].message).toContain('qr.jsonl:2:1');
  });
});
