// The deposit client's findings of issue 18 (point 3), each against the local
// servlet: redirects, plain-http endpoints, the time-out duplicate, 429 queue
// full, a batch Crossref never received.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { depositVerb } from '../../src/cli/deposit.js';
import { endpointProblem } from '../../src/deposit/endpoint.js';
import { readDepositLog } from '../../src/deposit/log.js';
import { loadProfile } from '../../src/profile/load.js';
import { failurePage, startFakeServlet, successPage, type FakeServlet } from './fake-servlet.js';
import { fixtureXml, password, recordingIO, workspace, type Workspace } from './setup.js';

let servlet: FakeServlet;
/** Another origin, which a redirect points to: it must never be reached. */
let elsewhere: FakeServlet;
let ws: Workspace;
let now: Date;
let fetched: string[];

beforeEach(async () => {
  servlet = await startFakeServlet();
  elsewhere = await startFakeServlet();
  elsewhere.catchAll = { status: 200, body: successPage };
  ws = workspace();
  now = new Date('2026-03-04T05:06:07.089Z');
  fetched = [];
});
afterEach(async () => {
  await servlet.close();
  await elsewhere.close();
});

const recordingFetch: typeof fetch = (input, init) => {
  fetched.push(String(input));
  return fetch(input, init);
};
const verb = () => depositVerb({ now: () => now, sleep: async () => {}, random: () => 0.5, fetch: recordingFetch });

async function run(args: string[], profileFile = ws.profileFile) {
  const io = recordingIO(ws.dir);
  const code = await verb()([...args, '--profile', profileFile], io);
  return { code, out: io.out.join(''), err: io.err.join(''), log: readDepositLog(ws.logFile) };
}

async function deposit(extra: string[] = []) {
  const file = join(ws.dir, 'batch.xml');
  writeFileSync(file, fixtureXml(ws.profile));
  return run(['--file', file, '--endpoint', servlet.depositUrl, ...extra]);
}

describe('redirects are never followed', () => {
  it.each([307, 302, 301, 308])('a %i from the deposit servlet is an error naming the new location; the file and password go nowhere else', async (status) => {
    servlet.depositReplies = [{ status, headers: { location: `${elsewhere.depositUrl}?from=galley` }, body: 'moved' }];
    const { code, out, log } = await deposit();
    expect(code).toBe(1);
    expect(servlet.deposits).toHaveLength(1);
    expect(elsewhere.requests).toEqual([]);
    expect(fetched).toEqual([servlet.depositUrl]);
    const entry = log.at(-1)!;
    expect(entry.status).toBe('rejected');
    expect(entry.message).toBe(
      `Unexpected redirect (HTTP ${status}) to ${elsewhere.depositUrl}?from=galley, expected Crossref's reply from the endpoint itself; the file was not sent there (check the endpoint)`,
    );
    expect(out).toContain(`attempt 1: HTTP ${status} to ${elsewhere.depositUrl}?from=galley (not followed)`);
    expect(out).not.toContain('submitted');
  });

  it('a redirect of the result query is reported and not followed; the log keeps its state', async () => {
    expect((await deposit()).code).toBe(0);
    const before = readFileSync(ws.logFile, 'utf8');
    servlet.queryReplies = [{ status: 302, headers: { location: elsewhere.resultsUrl }, body: '' }];
    const { code, out } = await run(['status']);
    expect(code).toBe(1);
    expect(elsewhere.requests).toEqual([]);
    expect(out).toContain(`could not ask Crossref: Unexpected redirect (HTTP 302) from ${servlet.resultsUrl} to ${elsewhere.resultsUrl}, expected the result itself; not followed`);
    expect(readFileSync(ws.logFile, 'utf8')).toBe(before);
  });
});

describe('https only, except on loopback', () => {
  it.each([
    ['https://test.crossref.org/servlet/deposit', undefined],
    ['http://127.0.0.1:8080/servlet/deposit', undefined],
    ['http://127.3.4.5/servlet/deposit', undefined],
    ['http://[::1]:9000/servlet/deposit', undefined],
    ['http://localhost/servlet/deposit', undefined],
    ['http://crossref.localhost/servlet/deposit', undefined],
    ['http://test.crossref.org/servlet/deposit', 'Unexpected plain http:// endpoint http://test.crossref.org/servlet/deposit, expected https:// (http is allowed only on loopback: 127.0.0.0/8, ::1, localhost)'],
    ['http://128.0.0.1/servlet/deposit', 'Unexpected plain http:// endpoint http://128.0.0.1/servlet/deposit, expected https:// (http is allowed only on loopback: 127.0.0.0/8, ::1, localhost)'],
    ['http://localhost.example.org/x', 'Unexpected plain http:// endpoint http://localhost.example.org/x, expected https:// (http is allowed only on loopback: 127.0.0.0/8, ::1, localhost)'],
    ['ftp://test.crossref.org/x', 'Unexpected ftp: endpoint ftp://test.crossref.org/x, expected an https:// URL'],
    ['https://user:secret@test.crossref.org/x', 'Unexpected credentials inside the endpoint URL test.crossref.org, expected them in GALLEY_CROSSREF_LOGIN and GALLEY_CROSSREF_PASSWORD only'],
    ['test.crossref.org/servlet/deposit', 'Unexpected endpoint "test.crossref.org/servlet/deposit", expected an https:// URL'],
  ])('%s', (url, problem) => {
    expect(endpointProblem(url)).toBe(problem);
  });

  it('refuses a plain http:// --endpoint before anything is reserved, written or sent', async () => {
    const file = join(ws.dir, 'batch.xml');
    writeFileSync(file, fixtureXml(ws.profile));
    const { code, err, out } = await run(['--file', file, '--endpoint', 'http://192.0.2.7/servlet/deposit']);
    expect(code).toBe(1);
    expect(err).toContain('deposit-endpoint-insecure');
    expect(err).toContain('Unexpected plain http:// endpoint http://192.0.2.7/servlet/deposit, expected https://');
    expect(out).toContain('not sent');
    expect(fetched).toEqual([]);
    expect(readDepositLog(ws.logFile)).toEqual([]);
  });

  it('reports a plain http:// URL in journal.yaml at its position', () => {
    const text = readFileSync(ws.profileFile, 'utf8').replace('production: https://doi.crossref.org/servlet/submissionDownload', 'production: http://doi.crossref.org/servlet/submissionDownload');
    writeFileSync(ws.profileFile, text);
    const line = text.split('\n').findIndex((l) => l.includes('http://doi.crossref.org/servlet/submissionDownload')) + 1;
    const { profile, diagnostics } = loadProfile(ws.profileFile);
    expect(profile).toBeUndefined();
    expect(diagnostics.items).toEqual([
      {
        rule: 'deposit-endpoint-insecure',
        severity: 'error',
        message: 'Unexpected plain http:// endpoint http://doi.crossref.org/servlet/submissionDownload, expected https:// (http is allowed only on loopback: 127.0.0.0/8, ::1, localhost) (`crossref.results.production`)',
        position: { file: ws.profileFile, line, column: 17 },
      },
    ]);
  });
});

describe('a retry after a time-out is its own upload', () => {
  /** First upload answered too late (Crossref got it), the retry answered at once. */
  async function timedOutThenAccepted() {
    servlet.depositReplies = [{ delayMs: 3000, body: successPage }];
    const result = await deposit(['--timeout', '0.2', '--retries', '2']);
    expect(result.code).toBe(0);
    return result;
  }

  it('sends the retry under a new file name, batch id and larger timestamp, and logs each upload', async () => {
    const { out, log } = await timedOutThenAccepted();
    expect(servlet.deposits).toHaveLength(2);
    const [first, second] = servlet.deposits.map((d) => d.file!);
    expect(first.name).toBe('qr.2017.3.245-20260304050607089.xml');
    expect(second.name).toBe('qr.2017.3.245-20260304050607090.xml');
    expect(first.content).toContain('<doi_batch_id>qr.2017.3.245-20260304050607089</doi_batch_id>');
    expect(second.content).toContain('<doi_batch_id>qr.2017.3.245-20260304050607090</doi_batch_id>');
    expect(second.content).toContain('<timestamp>20260304050607090</timestamp>');
    // The same record otherwise.
    const body = (xml: string) => xml.slice(xml.indexOf('</head>'));
    expect(body(second.content)).toBe(body(first.content));
    expect(log.map((e) => [e.batchId, e.status, e.retryOf])).toEqual([
      ['qr.2017.3.245-20260304050607089', 'sending', undefined],
      ['qr.2017.3.245-20260304050607089', 'unconfirmed', undefined],
      ['qr.2017.3.245-20260304050607090', 'sending', 'qr.2017.3.245-20260304050607089'],
      ['qr.2017.3.245-20260304050607090', 'submitted', 'qr.2017.3.245-20260304050607089'],
    ]);
    expect(log[1].message).toBe('no reply within 0.2 s; sent again as qr.2017.3.245-20260304050607090.xml');
    expect(out).toContain('attempt 1: no reply within 0.2 s, again in');
    expect(out).toContain('attempt 2 as qr.2017.3.245-20260304050607090.xml: HTTP 200');
    expect(out).toContain('2 uploads under their own names (after a time-out)');
    for (const name of [first.name, second.name]) expect(readFileSync(join(ws.archiveDir, name), 'utf8')).toBe(servlet.deposits.find((d) => d.file!.name === name)!.file!.content);
  });

  it('resends under the same name when nothing can have arrived (a 503 reply)', async () => {
    servlet.depositReplies = [{ status: 503, body: 'busy' }];
    const { code } = await deposit();
    expect(code).toBe(0);
    expect(servlet.deposits.map((d) => d.file!.name)).toEqual(['qr.2017.3.245-20260304050607089.xml', 'qr.2017.3.245-20260304050607089.xml']);
  });

  const result = (status: 'completed' | 'unknown_submission', message = 'Successfully added') =>
    status === 'completed'
      ? `<doi_batch_diagnostic status="completed"><submission_id>9</submission_id><record_diagnostic status="Success"><doi>10.15826/qr.2017.3.245</doi><msg>${message}</msg></record_diagnostic></doi_batch_diagnostic>`
      : '<doi_batch_diagnostic status="unknown_submission"/>';

  it('deposit status asks for both uploads by name and keeps the one Crossref has (the first)', async () => {
    await timedOutThenAccepted();
    servlet.queryReplies = [{ body: result('completed') }, { body: result('unknown_submission') }];
    const { code, out, log } = await run(['status']);
    expect(servlet.queries.map((q) => q.fields.file_name)).toEqual(['qr.2017.3.245-20260304050607089.xml', 'qr.2017.3.245-20260304050607090.xml']);
    expect(code).toBe(0);
    expect(log.slice(-2).map((e) => [e.batchId, e.status])).toEqual([
      ['qr.2017.3.245-20260304050607089', 'completed'],
      ['qr.2017.3.245-20260304050607090', 'superseded'],
    ]);
    expect(out).toMatch(/^ {2}10\.15826\/qr\.2017\.3\.245 {2}success {2}Successfully added$/m);
    expect(out).toContain('retried  Crossref never received this upload; it has qr.2017.3.245-20260304050607089.xml (the same deposit)');
    // Settled: nothing left to ask.
    await run(['status']);
    expect(servlet.queries).toHaveLength(2);
  });

  it('deposit status keeps the retry when Crossref has only that one', async () => {
    await timedOutThenAccepted();
    servlet.queryReplies = [{ body: result('unknown_submission') }, { body: result('completed') }];
    const { code, log } = await run(['status']);
    expect(code).toBe(0);
    expect(log.slice(-2).map((e) => e.status)).toEqual(['superseded', 'completed']);
  });

  it('a duplicate refused by Crossref does not count as a failure when the other upload registered the DOI', async () => {
    await timedOutThenAccepted();
    servlet.queryReplies = [
      { body: result('completed') },
      {
        body: '<doi_batch_diagnostic status="completed"><record_diagnostic status="Failure"><doi>10.15826/qr.2017.3.245</doi><msg>Record not processed because submitted version: 20260304050607089 is less or equal to previously submitted version (DOI match)</msg></record_diagnostic></doi_batch_diagnostic>',
      },
    ];
    expect((await run(['status'])).code).toBe(0);
    expect(servlet.queries.map((q) => q.fields.file_name)).toEqual(['qr.2017.3.245-20260304050607089.xml', 'qr.2017.3.245-20260304050607090.xml']);
  });
});

describe('429 and queue full are refusals', () => {
  it('a 429 after every retry is logged refused, with the command to send the file again later', async () => {
    servlet.depositReplies = [0, 1, 2].map(() => ({ status: 429, headers: { 'retry-after': '2' }, body: '<html><body><h2>Too many requests</h2><p>Your queue is full</p></body></html>' }));
    const { code, out, log } = await deposit(['--retries', '2']);
    expect(code).toBe(1);
    expect(servlet.deposits).toHaveLength(3);
    const entry = log.at(-1)!;
    expect(entry).toMatchObject({ status: 'refused', message: 'Crossref refused the file unread (HTTP 429): Too many requests Your queue is full' });
    expect(out).toContain(`Crossref does not have the file; send it again later: galley deposit --file ${join('deposits', 'qr', entry.file)} --endpoint ${servlet.depositUrl}`);
    expect(out).not.toContain('may or may not');
    // Nothing to ask Crossref about: the batch is not waiting.
    const status = await run(['status']);
    expect(status.code).toBe(1);
    expect(servlet.queries).toHaveLength(0);
    expect(status.out).toContain('refused  Crossref refused the file unread');
  });

  it('a 200 page that says the queue is full is a refusal too, not a rejection of the file', async () => {
    servlet.depositReplies = [{ status: 200, body: failurePage('Submission queue is full, try again later') }];
    const { code, log } = await deposit();
    expect(code).toBe(1);
    expect(log.at(-1)!.status).toBe('refused');
  });
});

describe('a batch Crossref never received', () => {
  const unknown = { body: '<doi_batch_diagnostic status="unknown_submission"/>' };
  const hoursLater = (hours: number) => new Date(Date.parse('2026-03-04T05:06:07.089Z') + hours * 3_600_000);

  it('is pending while young, lost (exit 1) after crossref-deposit.lost-after-hours, with the command to send it again', async () => {
    expect((await deposit()).code).toBe(0);
    servlet.defaultQueryReply = unknown;
    now = hoursLater(2);
    const young = await run(['status']);
    expect(young.code).toBe(0);
    expect(young.out).toMatch(/pending {2}Crossref: unknown_submission$/m);
    now = hoursLater(25);
    const old = await run(['status']);
    expect(old.code).toBe(1);
    const entry = old.log.at(-1)!;
    const command = `galley deposit --file ${join('deposits', 'qr', entry.file)} --endpoint ${servlet.depositUrl}`;
    expect(entry).toMatchObject({
      status: 'lost',
      message: `Crossref has no record of qr.2017.3.245-20260304050607089.xml 25 h after it was sent (limit: crossref-deposit.lost-after-hours 24); send it again: ${command}`,
    });
    expect(old.out).toContain(`lost     Crossref has no record of`);
    // The command works: the kept file goes again with a larger timestamp, and the lost batch is no longer the DOI's newest.
    const args = command.split(' ').slice(2);
    const again = await run(args);
    expect(again.code).toBe(0);
    expect(servlet.deposits.at(-1)!.file!.content).toContain('<timestamp>20260305060607089</timestamp>');
    servlet.defaultQueryReply = { body: '<doi_batch_diagnostic status="queued"/>' };
    const after = await run(['status']);
    expect(after.code).toBe(0);
    expect(after.out).not.toContain('lost');
  });

  it('takes the limit from the profile, checked with its position', async () => {
    const strict = workspace('');
    const text = readFileSync(strict.profileFile, 'utf8').replace(/lost-after-hours: 24\b/, 'lost-after-hours: 1');
    writeFileSync(strict.profileFile, text);
    ws = { ...strict };
    expect((await deposit()).code).toBe(0);
    servlet.defaultQueryReply = unknown;
    now = hoursLater(2);
    const status = await run(['status'], strict.profileFile);
    expect(status.code).toBe(1);
    expect(status.log.at(-1)!.status).toBe('lost');

    writeFileSync(strict.profileFile, text.replace('lost-after-hours: 1', 'lost-after-hours: 0'));
    const line = text.split('\n').findIndex((l) => l.includes('lost-after-hours')) + 1;
    const { diagnostics } = loadProfile(strict.profileFile);
    expect(diagnostics.items).toEqual([
      {
        rule: 'profile-invalid',
        severity: 'error',
        message: 'Unexpected `crossref-deposit.lost-after-hours: 0`, expected a whole number from 1 to 2160',
        position: { file: strict.profileFile, line, column: 21 },
      },
    ]);
  });

  it('is not lost while an answer is missing: a failed query says so and changes nothing', async () => {
    expect((await deposit()).code).toBe(0);
    servlet.queryReplies = [{ status: 200, body: failurePage(`Login failed for ${password}`) }];
    now = hoursLater(48);
    const { out, log } = await run(['status']);
    expect(log.at(-1)!.status).toBe('submitted');
    expect(out).toContain('could not ask Crossref');
  });
});
