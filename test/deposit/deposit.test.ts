import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { depositVerb } from '../../src/cli/deposit.js';
import { CrossrefCredentials } from '../../src/deposit/credentials.js';
import { depositXml, type DepositContext } from '../../src/deposit/deposit.js';
import { defaultRetryPolicy, type RetryPolicy } from '../../src/deposit/http.js';
import { readDepositLog } from '../../src/deposit/log.js';
import { validateCrossrefXml } from '../../src/render/crossref/validate.js';
import { failurePage, startFakeServlet, successPage, type FakeServlet } from './fake-servlet.js';
import { fixtureXml, login, password, recordingIO, workspace, type Workspace } from './setup.js';

const frozen = new Date('2026-03-04T05:06:07.089Z');

let servlet: FakeServlet;
let ws: Workspace;
let sleeps: number[];

beforeEach(async () => {
  servlet = await startFakeServlet();
  ws = workspace();
  sleeps = [];
});
afterEach(() => servlet.close());

const deps = (now = () => frozen) => ({ now, sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5 });

/** Run `galley deposit --file <fixture> --endpoint <fake>` and collect everything it printed. */
async function deposit(extra: string[] = [], now?: () => Date, xml = fixtureXml(ws.profile)) {
  const file = join(ws.dir, 'batch.xml');
  writeFileSync(file, xml);
  const io = recordingIO(ws.dir);
  const code = await depositVerb(deps(now))(['--file', file, '--endpoint', servlet.depositUrl, '--profile', ws.profileFile, ...extra], io);
  return { code, out: io.out.join(''), err: io.err.join(''), log: readDepositLog(ws.logFile) };
}

describe('galley deposit against a local servlet', () => {
  it('sends exactly the doMDUpload form with the file part, re-stamped and valid', async () => {
    const { code, out, log } = await deposit();
    expect(code).toBe(0);
    expect(servlet.deposits).toHaveLength(1);
    const received = servlet.deposits[0];
    expect(received.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(received.names).toEqual(['operation', 'login_id', 'login_passwd', 'fname']);
    expect(received.fields).toEqual({ operation: 'doMDUpload', login_id: login, login_passwd: password });
    const entry = log.at(-1)!;
    expect(received.file).toMatchObject({ field: 'fname', name: `qr.2017.3.245-20260304050607089.xml`, type: 'application/xml' });
    expect(received.file!.content).toContain('<doi_batch_id>qr.2017.3.245-20260304050607089</doi_batch_id>');
    expect(received.file!.content).toContain('<timestamp>20260304050607089</timestamp>');
    expect(validateCrossrefXml(received.file!.content, ws.profile, 'received.xml')).toEqual([]);
    // The kept copy is byte for byte what was sent.
    expect(readFileSync(join(ws.archiveDir, entry.file), 'utf8')).toBe(received.file!.content);
    expect(log.map((e) => e.status)).toEqual(['sending', 'submitted']);
    expect(entry).toMatchObject({ batchId: 'qr.2017.3.245-20260304050607089', timestamp: '20260304050607089', dois: ['10.15826/qr.2017.3.245'], system: 'custom', endpoint: servlet.depositUrl });
    expect(entry.message).toBe('SUCCESS Your batch submission was successfully received.');
    expect(out).toContain('submitted: SUCCESS Your batch submission was successfully received.');
  });

  it('reads a 200 reply with a FAILURE page as a failure, without retrying', async () => {
    servlet.depositReplies = [{ status: 200, body: failurePage('Error: the file is not well-formed XML') }];
    const { code, out, log } = await deposit();
    expect(code).toBe(1);
    expect(servlet.deposits).toHaveLength(1);
    expect(log.at(-1)).toMatchObject({ status: 'rejected', message: 'FAILURE Error: the file is not well-formed XML' });
    expect(out).toContain('rejected: FAILURE Error: the file is not well-formed XML');
    expect(sleeps).toEqual([]);
  });

  it('stops at 401 and says the login was not accepted', async () => {
    servlet.depositReplies = [{ status: 401, body: failurePage('Unauthorized') }];
    const { code, log } = await deposit();
    expect(code).toBe(1);
    expect(servlet.deposits).toHaveLength(1);
    expect(log.at(-1)!.status).toBe('rejected');
    expect(log.at(-1)!.message).toBe(`login not accepted (${login}): FAILURE Unauthorized`);
  });

  it('waits as long as Retry-After asks after a 429, then succeeds', async () => {
    servlet.depositReplies = [{ status: 429, headers: { 'retry-after': '7' }, body: 'slow down' }];
    const { code, out, log } = await deposit();
    expect(code).toBe(0);
    expect(servlet.deposits).toHaveLength(2);
    expect(sleeps).toEqual([7000]);
    expect(out).toContain('attempt 1: HTTP 429, again in 7.0 s');
    expect(log.at(-1)!.status).toBe('submitted');
    // Both attempts carried the same file: one deposit, one timestamp.
    expect(servlet.deposits[1].file!.content).toBe(servlet.deposits[0].file!.content);
  });

  it('backs off exponentially after 500s and succeeds on the third attempt', async () => {
    servlet.depositReplies = [{ status: 500, body: 'oops' }, { status: 503, body: 'busy' }];
    const { code, log } = await deposit();
    expect(code).toBe(0);
    expect(servlet.deposits).toHaveLength(3);
    // random() = 0.5: half the step plus a quarter of it, steps 1 s then 2 s.
    expect(sleeps).toEqual([750, 1500]);
    expect(log.map((e) => e.status)).toEqual(['sending', 'submitted']);
  });

  it('gives up on 500s after the configured retries and logs the deposit as unconfirmed', async () => {
    servlet.depositReplies = [500, 500, 500].map((status) => ({ status, body: 'Internal error' }));
    const { code, log } = await deposit(['--retries', '2']);
    expect(code).toBe(1);
    expect(servlet.deposits).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(log.at(-1)).toMatchObject({ status: 'unconfirmed', message: 'HTTP 500 after 3 attempt(s): Internal error' });
  });

  it('times out a slow reply, retries, and logs the deposit as unconfirmed', async () => {
    servlet.depositReplies = [{ delayMs: 3000, body: successPage }, { delayMs: 3000, body: successPage }];
    const { code, out, log } = await deposit(['--timeout', '0.2', '--retries', '1']);
    expect(code).toBe(1);
    expect(servlet.deposits).toHaveLength(2);
    expect(out).toContain('attempt 1: no reply within 0.2 s, again in');
    expect(log.at(-1)!.status).toBe('unconfirmed');
    expect(log.at(-1)!.message).toBe('no reply after 2 attempt(s): no reply within 0.2 s');
  });

  it('gives two deposits of the same DOI in the same millisecond increasing timestamps and distinct batch ids', async () => {
    const first = await deposit();
    const second = await deposit();
    // A clock that went backwards still cannot produce a smaller timestamp.
    const third = await deposit([], () => new Date('2026-03-04T05:06:06.000Z'));
    expect([first.code, second.code, third.code]).toEqual([0, 0, 0]);
    const submitted = third.log.filter((e) => e.status === 'submitted');
    expect(submitted.map((e) => e.timestamp)).toEqual(['20260304050607089', '20260304050607090', '20260304050607091']);
    expect(new Set(submitted.map((e) => e.batchId)).size).toBe(3);
    expect(servlet.deposits.map((d) => /<timestamp>(\d+)<\/timestamp>/.exec(d.file!.content)![1])).toEqual(['20260304050607089', '20260304050607090', '20260304050607091']);
  });

  it('keeps timestamps apart when deposits run at the same time', async () => {
    const credentials = new CrossrefCredentials(login, password);
    const policy: RetryPolicy = { ...defaultRetryPolicy, sleep: async () => {}, random: () => 0.5 };
    const ctx: DepositContext = { profile: ws.profile, credentials, target: { system: 'custom', endpoint: servlet.depositUrl }, logFile: ws.logFile, archiveDir: ws.archiveDir, now: () => frozen, policy };
    const xml = fixtureXml(ws.profile);
    const results = await Promise.all([depositXml(xml, ctx), depositXml(xml, ctx), depositXml(xml, ctx)]);
    expect(results.map((r) => r.entry!.timestamp).sort()).toEqual(['20260304050607089', '20260304050607090', '20260304050607091']);
  });

  it('counts timestamps per DOI: another DOI starts from the clock', async () => {
    await deposit();
    const other = await deposit([], undefined, fixtureXml(ws.profile, '10.15826/qr.2017.3.246'));
    expect(other.log.at(-1)).toMatchObject({ dois: ['10.15826/qr.2017.3.246'], timestamp: '20260304050607089', batchId: 'qr.2017.3.246-20260304050607089' });
  });

  it('refuses to send XML that fails validation, and leaves no trace', async () => {
    const broken = fixtureXml(ws.profile).replace('<doi>10.15826/qr.2017.3.245</doi>', '<doi>https://doi.org/10.15826/qr.2017.3.245</doi>');
    const { code, err, out } = await deposit([], undefined, broken);
    expect(code).toBe(1);
    expect(servlet.deposits).toHaveLength(0);
    expect(err).toContain('crossref-schema');
    expect(out).toContain('not sent');
    expect(existsSync(ws.logFile)).toBe(false);
  });

  it('needs credentials from the environment and names the variables', async () => {
    const file = join(ws.dir, 'batch.xml');
    writeFileSync(file, fixtureXml(ws.profile));
    const io = recordingIO(ws.dir, {});
    const code = await depositVerb(deps())(['--file', file, '--endpoint', servlet.depositUrl, '--profile', ws.profileFile], io);
    expect(code).toBe(1);
    expect(io.err.join('')).toContain('GALLEY_CROSSREF_LOGIN and GALLEY_CROSSREF_PASSWORD');
    expect(servlet.deposits).toHaveLength(0);
  });

  it('never prints, logs or keeps the password, even when the server echoes it', async () => {
    servlet.depositReplies = [{ status: 200, body: failurePage(`Login ${login} with password ${password} / ${encodeURIComponent(password)} refused`) }];
    const rejected = await deposit();
    expect(rejected.log.at(-1)!.message).toContain('[redacted]');
    // A transport error that carries the password in its text.
    const leaky: typeof fetch = async () => {
      throw new TypeError(`fetch failed for login_passwd=${password}`);
    };
    const file = join(ws.dir, 'batch.xml');
    const io = recordingIO(ws.dir);
    const code = await depositVerb({ ...deps(), fetch: leaky })(['--file', file, '--endpoint', servlet.depositUrl, '--profile', ws.profileFile, '--retries', '1'], io);
    expect(code).toBe(1);
    const everything = [
      rejected.out,
      rejected.err,
      io.out.join(''),
      io.err.join(''),
      readFileSync(ws.logFile, 'utf8'),
      ...readdirSync(ws.archiveDir).map((f) => readFileSync(join(ws.archiveDir, f), 'utf8')),
    ].join('\n');
    expect(everything).toContain('[redacted]');
    for (const form of [password, encodeURIComponent(password), 'pa$$ w', 'pa%24%24']) expect(everything).not.toContain(form);
  });

  it('keeps the password out of serialised credentials', () => {
    const credentials = new CrossrefCredentials(login, password);
    expect(JSON.stringify({ credentials })).not.toContain(password);
    expect(String(credentials)).not.toContain(password);
    expect(inspect(credentials)).not.toContain(password);
  });
});
