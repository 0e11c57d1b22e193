import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendDepositLog, DepositLogError, latestByBatch, readDepositLog, withDepositLogLock, type DepositLogEntry } from '../../src/deposit/log.js';

const entry = (batchId: string, status: DepositLogEntry['status'], timestamp = '20260304050607089'): DepositLogEntry => ({
  batchId,
  timestamp,
  file: `${batchId}.xml`,
  dois: ['10.15826/qr.2017.3.245'],
  status,
  system: 'test',
  endpoint: 'https://test.crossref.org/servlet/deposit',
  at: '2026-03-04T05:06:07.089Z',
});

const tempLog = () => join(mkdtempSync(join(tmpdir(), 'galley-log-')), 'deposits', 'qr.jsonl');

describe('deposit log', () => {
  it('appends one JSON line per event and keeps earlier lines byte for byte', () => {
    const file = tempLog();
    appendDepositLog(file, [entry('a', 'sending')]);
    const first = readFileSync(file, 'utf8');
    appendDepositLog(file, [entry('a', 'submitted'), entry('b', 'sending')]);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(first)).toBe(true);
    expect(text.trimEnd().split('\n')).toHaveLength(3);
    expect(readDepositLog(file).map((e) => `${e.batchId}:${e.status}`)).toEqual(['a:sending', 'a:submitted', 'b:sending']);
  });

  it('takes the newest line of each batch as its state, batches in first-logged order', () => {
    const latest = latestByBatch([entry('a', 'sending'), entry('b', 'sending'), entry('a', 'submitted'), entry('a', 'completed')]);
    expect(latest.map((e) => `${e.batchId}:${e.status}`)).toEqual(['a:completed', 'b:sending']);
  });

  it('refuses a damaged line and names where it is, instead of skipping it', () => {
    const file = tempLog();
    appendDepositLog(file, [entry('a', 'sending')]);
    writeFileSync(file, readFileSync(file, 'utf8') + '{"batchId": "b", \n');
    expect(() => readDepositLog(file)).toThrow(DepositLogError);
    expect(() => readDepositLog(file)).toThrow(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:1: Unexpected text that is not JSON`));
  });

  it('holds a lock while it works and removes it afterwards', () => {
    const file = tempLog();
    const seen = withDepositLogLock(file, () => existsSync(`${file}.lock`));
    expect(seen).toBe(true);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('waits for a held lock, then says which file to remove', () => {
    const file = tempLog();
    withDepositLogLock(file, () => {
      expect(() => withDepositLogLock(file, () => 1, { waitMs: 50 })).toThrow(/Unexpected lock .*qr\.jsonl\.lock held for more than 0 s/);
    });
  });

  it('takes over a lock left behind by a crashed run', () => {
    const file = tempLog();
    withDepositLogLock(file, () => undefined);
    writeFileSync(`${file}.lock`, '');
    const old = new Date(Date.now() - 120_000);
    utimesSync(`${file}.lock`, old, old);
    expect(withDepositLogLock(file, () => 'done', { waitMs: 50 })).toBe('done');
  });
});
