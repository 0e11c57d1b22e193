import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignDois } from '../../src/issue/doi-assign.js';
import { registeredDois } from '../../src/issue/registered.js';

const record = (dois: string[]) => JSON.stringify({ batchId: 'b1', timestamp: '20171001000000000', file: 'b1.xml', dois, status: 'completed', system: 'test', endpoint: 'x', at: '2017-10-01T00:00:00Z' });

describe('registeredDois', () => {
  it('keeps the next assignment clear of every DOI in the deposit log', () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-deposits-'));
    writeFileSync(join(dir, 'qr.jsonl'), `${record(['10.15826/qr.2017.3.245'])}\n${record(['10.15826/QR.2017.3.246'])}\n`);
    const { taken, diagnostics } = registeredDois(dir);
    expect(diagnostics).toEqual([]);
    expect([...taken.keys()]).toEqual(['10.15826/qr.2017.3.245', '10.15826/qr.2017.3.246']);
    const at = { file: 'issue.yaml', line: 1, column: 1 };
    const result = assignDois([{ id: 'new', position: at }], { prefix: '10.15826', suffixPattern: 'qr.{year}.{issue}.{seq}', year: 2017, volume: 5, issue: '3', taken });
    expect(result.dois.get('new')!.doi).toBe('10.15826/qr.2017.3.247');
  });

  it('reports a broken log line with its position', () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-deposits-'));
    writeFileSync(join(dir, 'qr.jsonl'), `${record(['10.15826/qr.2017.3.245'])}\n{not json\n`);
    const { diagnostics } = registeredDois(dir);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'deposit-log-invalid', severity: 'error' });
    expect(diagnostics[0].message).toContain('qr.jsonl:2:1');
  });
});
