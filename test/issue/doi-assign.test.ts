import { describe, expect, it } from 'vitest';
import { assignDois, seqPattern } from '../../src/issue/doi-assign.js';

const at = { file: 'issue.yaml', line: 3, column: 5 };
const base = { prefix: '10.15826', suffixPattern: 'qr.{year}.{issue}.{seq}', year: 2017, volume: 5, issue: '3' };

describe('assignDois', () => {
  it('gives the next running number after every known DOI', () => {
    const result = assignDois(
      [
        { id: 'a', sourceDoi: '10.15826/qr.2017.3.245', position: at },
        { id: 'b', position: at },
        { id: 'c', position: at },
      ],
      { ...base, taken: new Map([['10.15826/qr.2017.2.250', 'elsewhere']]) },
    );
    expect(result.diagnostics).toEqual([]);
    expect([...result.dois].map(([id, v]) => [id, v.doi, v.assigned])).toEqual([
      ['a', '10.15826/qr.2017.3.245', false],
      ['b', '10.15826/qr.2017.3.251', true],
      ['c', '10.15826/qr.2017.3.252', true],
    ]);
  });

  it('keeps a DOI assigned by an earlier build', () => {
    const result = assignDois([{ id: 'b', previousDoi: '10.15826/qr.2017.3.248', position: at }, { id: 'c', position: at }], { ...base, taken: new Map() });
    expect(result.dois.get('b')!.doi).toBe('10.15826/qr.2017.3.248');
    expect(result.dois.get('c')!.doi).toBe('10.15826/qr.2017.3.249');
  });

  it('never assigns a DOI the deposit log shows as registered', () => {
    const taken = new Map<string, string | undefined>([['10.15826/qr.2017.3.246', undefined]]);
    const result = assignDois([{ id: 'x', sourceDoi: '10.15826/qr.2017.3.245', position: at }, { id: 'y', position: at }], { ...base, taken });
    expect(result.dois.get('y')!.doi).toBe('10.15826/qr.2017.3.247');
  });

  it('reports two articles with the same DOI as a collision at the listing', () => {
    const result = assignDois(
      [
        { id: 'a', sourceDoi: '10.15826/qr.2017.3.245', position: at },
        { id: 'b', sourceDoi: '10.15826/QR.2017.3.245', position: { ...at, line: 4 } },
      ],
      { ...base, taken: new Map() },
    );
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ rule: 'issue-doi-collision', severity: 'error', position: { line: 4 } });
    expect(result.diagnostics[0].message).toContain('given to a');
  });

  it('reports a DOI that belongs to an article outside the issue', () => {
    const result = assignDois([{ id: 'a', sourceDoi: '10.15826/qr.2017.3.245', position: at }], { ...base, taken: new Map([['10.15826/qr.2017.3.245', 'other-article']]) });
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['issue-doi-collision']);
  });

  it('reads the running number through the pattern', () => {
    expect(seqPattern(base).exec('10.15826/qr.2017.3.245')?.groups?.seq).toBe('245');
    expect(seqPattern(base).exec('10.15826/other.245')).toBeNull();
  });
});
