// What `galley deposit` sends comes from the final article — the record's
// pages and dates included — and nothing is sent by accident.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { depositVerb } from '../../src/cli/deposit.js';
import { main } from '../../src/cli/main.js';
import { repoRoot } from '../render/crossref/profile.js';
import { fixtureXml, login, password, recordingIO, workspace } from '../deposit/setup.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const now = () => new Date('2026-03-04T05:06:07.089Z');
const refuseNetwork: typeof fetch = async () => {
  throw new Error('no request may leave this test');
};

describe('galley deposit of an article of the built sample issue', () => {
  it('--dry-run carries the pages, the online date and the licence start date from the record, and says it would refuse a test article', async () => {
    const io = recordingIO(repo, {});
    const code = await depositVerb({ now, fetch: refuseNetwork })(['--dry-run', 'article/lindqvist-2017-railway-time'], io);
    const xml = io.out.join('');
    expect(xml).toContain('<doi>10.15826/qr.2017.3.246</doi>');
    expect(xml).toMatch(/<pages>\s*<first_page>708<\/first_page>\s*<last_page>714<\/last_page>\s*<\/pages>/);
    expect(xml).toMatch(/<publication_date media_type="online">\s*<month>09<\/month>\s*<day>30<\/day>\s*<year>2017<\/year>/);
    expect(xml).toMatch(/<ai:license_ref applies_to="vor" start_date="2017-09-30">/);
    // lindqvist-2017 is a fictional test article: `deposit: false`.
    expect(io.err.join('')).toMatch(/lindqvist-2017-railway-time\/article\.md:\d+:\d+\s+error\s+deposit-excluded/);
    expect(code).toBe(1);
  });
});

describe('deposits are deliberate', () => {
  it('with no article folder, issue or file is a usage error (exit 2), not "every article"', async () => {
    const io = recordingIO(repo, { GALLEY_CROSSREF_LOGIN: login, GALLEY_CROSSREF_PASSWORD: password });
    expect(await main(['deposit'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/^galley deposit: give the article folders to deposit, --issue <issue-file> or --file <batch\.xml>/);
  });

  it('--production lists what it would send and needs --yes when not on a terminal', async () => {
    const ws = workspace();
    const file = join(ws.dir, 'batch.xml');
    writeFileSync(file, fixtureXml(ws.profile));
    const io = { ...recordingIO(ws.dir), isTTY: false };
    const code = await depositVerb({ now, fetch: refuseNetwork })(['--file', file, '--production', '--profile', ws.profileFile], io);
    expect(code).toBe(1);
    const err = io.err.join('');
    expect(err).toContain("About to deposit 1 DOI with Crossref's PRODUCTION system (https://doi.crossref.org/servlet/deposit):");
    expect(err).toContain('  10.15826/qr.2017.3.245');
    expect(err).toContain('--production needs --yes when not run on a terminal');
  });

  it('on a terminal it asks, and a "no" sends nothing', async () => {
    const ws = workspace();
    const file = join(ws.dir, 'batch.xml');
    writeFileSync(file, fixtureXml(ws.profile));
    const asked: string[] = [];
    const io = { ...recordingIO(ws.dir), isTTY: true };
    const code = await depositVerb({ now, fetch: refuseNetwork, confirm: async (q) => (asked.push(q), false) })(['--file', file, '--production', '--profile', ws.profileFile], io);
    expect(code).toBe(1);
    expect(asked).toEqual(['Send them now? [y/N] ']);
    expect(io.err.join('')).toContain('galley deposit: not sent');
  });

  it('refuses a batch file holding an article marked deposit: false, before anything is sent', async () => {
    const io = recordingIO(repo, { GALLEY_CROSSREF_LOGIN: login, GALLEY_CROSSREF_PASSWORD: password });
    const ws = workspace();
    const file = join(ws.dir, 'batch.xml');
    writeFileSync(file, fixtureXml(ws.profile, '10.15826/qr.2017.3.247'));
    const code = await depositVerb({ now, fetch: refuseNetwork })(['--file', file, '--endpoint', 'http://127.0.0.1:9/servlet/deposit', '--profile', join(repoRoot, 'journal.yaml')], io);
    expect(code).toBe(1);
    expect(io.err.join('')).toMatch(/error\s+deposit-excluded\s+Unexpected 10\.15826\/qr\.2017\.3\.247 of solonitsyna-2017-salt-ledgers in the file/);
  });
});
