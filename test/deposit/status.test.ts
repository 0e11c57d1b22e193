import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { depositVerb } from '../../src/cli/deposit.js';
import { readDepositLog } from '../../src/deposit/log.js';
import { fixedClock } from '../../src/render/context.js';
import { buildHead, renderCrossref } from '../../src/render/crossref/index.js';
import { crossrefFixtureArticle } from '../fixtures/articles/crossref.js';
import { startFakeServlet, type FakeServlet } from './fake-servlet.js';
import { login, password, recordingIO, workspace, type Workspace } from './setup.js';

let servlet: FakeServlet;
let ws: Workspace;
let now: Date;

beforeEach(async () => {
  servlet = await startFakeServlet();
  ws = workspace();
  now = new Date('2026-03-04T05:06:07.089Z');
});
afterEach(() => servlet.close());

const verb = () => depositVerb({ now: () => now, sleep: async () => {}, random: () => 0.5 });

async function run(args: string[]) {
  const io = recordingIO(ws.dir);
  const code = await verb()([...args, '--profile', ws.profileFile], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** Deposit the fixture twice over: one batch holding articles 245 and 246. */
async function depositTwoArticles() {
  const a = crossrefFixtureArticle();
  const b = crossrefFixtureArticle();
  b.meta = { ...b.meta, doi: '10.15826/qr.2017.3.246', seq: 246 };
  const clock = fixedClock(now);
  const file = join(ws.dir, 'batch.xml');
  writeFileSync(file, renderCrossref([a, b], { profile: ws.profile, clock }, buildHead([a, b], clock)));
  const result = await run(['--file', file, '--endpoint', servlet.depositUrl]);
  expect(result.code).toBe(0);
  return readDepositLog(ws.logFile).at(-1)!;
}

const diagnostic = (batchId: string) => `<?xml version="1.0" encoding="UTF-8"?>
<doi_batch_diagnostic status="completed" sp="cs3.crossref.org">
  <submission_id>1390675109</submission_id>
  <batch_id>${batchId}</batch_id>
  <record_diagnostic status="Success">
    <doi>10.15826/qr.2017.3.245</doi>
    <msg>Successfully added</msg>
  </record_diagnostic>
  <record_diagnostic status="Failure" msg_id="4">
    <doi>10.15826/qr.2017.3.246</doi>
    <msg>Record not processed because submitted version: 20260304050607089 is less or equal to previously submitted version (DOI match)</msg>
  </record_diagnostic>
  <batch_data>
    <record_count>2</record_count>
    <success_count>1</success_count>
    <warning_count>0</warning_count>
    <failure_count>1</failure_count>
  </batch_data>
</doi_batch_diagnostic>`;

describe('galley deposit status', () => {
  it('asks for the result by file name, with the password in the POST body only', async () => {
    const entry = await depositTwoArticles();
    servlet.queryReplies = [{ status: 200, body: diagnostic(entry.batchId) }];
    await run(['status']);
    expect(servlet.queries).toHaveLength(1);
    const query = servlet.queries[0];
    expect(query.method).toBe('POST');
    expect(query.fields).toEqual({ usr: login, pwd: password, file_name: entry.file, type: 'result' });
    expect(query.url).toBe('/servlet/submissionDownload');
  });

  it('reports success and failure per DOI with Crossref’s message and records them in the log', async () => {
    const entry = await depositTwoArticles();
    servlet.queryReplies = [{ status: 200, body: diagnostic(entry.batchId) }];
    const { code, out } = await run(['status']);
    expect(code).toBe(1);
    expect(out).toContain(`${entry.batchId}  completed  submission 1390675109  custom`);
    expect(out).toMatch(/^ {2}10\.15826\/qr\.2017\.3\.245 {2}success {2}Successfully added$/m);
    expect(out).toMatch(/^ {2}10\.15826\/qr\.2017\.3\.246 {2}failure {2}Record not processed because submitted version: 20260304050607089 is less or equal/m);
    const last = readDepositLog(ws.logFile).at(-1)!;
    expect(last).toMatchObject({ batchId: entry.batchId, status: 'completed', submissionId: '1390675109', message: '1 success, 0 warning, 1 failure' });
    expect(last.results).toEqual([
      { doi: '10.15826/qr.2017.3.245', status: 'success', message: 'Successfully added' },
      expect.objectContaining({ doi: '10.15826/qr.2017.3.246', status: 'failure' }),
    ]);
  });

  it('does not ask again about a completed deposit, and reports it from the log', async () => {
    const entry = await depositTwoArticles();
    servlet.queryReplies = [{ status: 200, body: diagnostic(entry.batchId) }];
    await run(['status']);
    const linesBefore = readFileSync(ws.logFile, 'utf8');
    const again = await run(['status']);
    expect(servlet.queries).toHaveLength(1);
    expect(again.out).toContain('10.15826/qr.2017.3.245  success  Successfully added');
    expect(readFileSync(ws.logFile, 'utf8')).toBe(linesBefore);
  });

  it('reports a queued deposit as pending and logs the state once', async () => {
    const entry = await depositTwoArticles();
    servlet.defaultQueryReply = { status: 200, body: `<doi_batch_diagnostic status="queued"><submission_id>77</submission_id><batch_id>${entry.batchId}</batch_id></doi_batch_diagnostic>` };
    const first = await run(['status']);
    await run(['status']);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^ {2}10\.15826\/qr\.2017\.3\.245 {2}pending {2}Crossref: queued$/m);
    expect(servlet.queries).toHaveLength(2);
    expect(readDepositLog(ws.logFile).map((e) => e.status)).toEqual(['sending', 'submitted', 'queued']);
  });

  it('says why it could not read the result and keeps the log as it was', async () => {
    await depositTwoArticles();
    servlet.queryReplies = [{ status: 200, body: `<html><body><h2>FAILURE</h2><p>Login failed for ${password}</p></body></html>` }];
    const before = readFileSync(ws.logFile, 'utf8');
    const { code, out } = await run(['status']);
    expect(code).toBe(1);
    expect(out).toContain('could not ask Crossref: Unexpected reply "FAILURE Login failed for [redacted]", expected a doi_batch_diagnostic document');
    expect(out).not.toContain(password);
    expect(readFileSync(ws.logFile, 'utf8')).toBe(before);
  });

  it('selects batches by DOI, and by default the newest batch of each DOI', async () => {
    const older = await depositTwoArticles();
    servlet.queryReplies = [{ status: 200, body: diagnostic(older.batchId) }];
    await run(['status']);
    const newer = await depositTwoArticles();
    expect(newer.batchId).not.toBe(older.batchId);
    const byDefault = await run(['status']);
    expect(byDefault.out).toContain(newer.batchId);
    expect(byDefault.out).not.toContain(older.batchId);
    const all = await run(['status', '--all']);
    expect(all.out).toContain(older.batchId);
    const byDoi = await run(['status', '--doi', '10.15826/qr.2017.3.246']);
    expect(byDoi.out).toContain(older.batchId);
    expect(byDoi.out).toContain(newer.batchId);
  });
});
