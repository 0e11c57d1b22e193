// The password in every spelling a request or a servlet echo can give it, and
// ordinary text left alone (issue 18 point 3, issue 11 case 12).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { depositVerb } from '../../src/cli/deposit.js';
import { readDepositLog } from '../../src/deposit/log.js';
import { redactor } from '../../src/deposit/redact.js';
import { failurePage, startFakeServlet, type FakeServlet } from './fake-servlet.js';
import { fixtureXml, login, recordingIO, workspace, type Workspace } from './setup.js';

/** Markup-like characters, a space, a multi-byte character (issue 11 case 12). */
const markupPassword = `P@ss w&rd<"x'>…`;

const xmlNumeric = (s: string, hex = false) => [...s].map((c) => (hex ? `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};` : `&#${c.codePointAt(0)};`)).join('');
const xmlNamed = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
/** What a servlet prints after stripping the "tag" `<"x'>` out of the echoed value. */
const tagStripped = markupPassword.replace(/<[^>]*>/g, '');

const echoes: [string, string][] = [
  ['raw', markupPassword],
  ['URL-encoded', encodeURIComponent(markupPassword)],
  ['URL-encoded, lower-case hex', encodeURIComponent(markupPassword).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())],
  ['form-encoded', new URLSearchParams({ p: markupPassword }).toString().slice(2)],
  ['XML-escaped, named', xmlNamed(markupPassword)],
  ['XML-escaped, only what must be', markupPassword.replace(/&/g, '&amp;').replace(/</g, '&lt;')],
  ['XML-escaped, decimal references', xmlNumeric(markupPassword)],
  ['XML-escaped, hex references', xmlNumeric(markupPassword, true)],
  ['XML-escaped, &#34; for the quote only', markupPassword.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&#34;')],
  ['XML-escaped twice', xmlNamed(xmlNamed(markupPassword))],
  ['JSON-escaped', JSON.stringify(markupPassword).slice(1, -1)],
  ['JSON-escaped, \\u forms', markupPassword.replace(/[<>&"'…]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)],
  ['tag-stripped remainder', tagStripped],
  ['tag-stripped remainder, tag replaced by a space', markupPassword.replace(/<[^>]*>/g, ' ')],
];

describe('redactor: every spelling of the password', () => {
  const redact = redactor([markupPassword]);
  it.each(echoes)('%s', (_name, form) => {
    const text = `Login failed: password ${form} is not valid.`;
    expect(redact(text)).toBe('Login failed: password [redacted] is not valid.');
  });

  it('redacts a secret that itself looks escaped, also as a reader decodes it', () => {
    const escapedLooking = redactor(['Pa&amp;ss&#60;w0rd']);
    expect(escapedLooking('raw Pa&amp;ss&#60;w0rd, decoded Pa&ss<w0rd, re-escaped Pa&amp;amp;ss&amp;#60;w0rd')).toBe('raw [redacted], decoded [redacted], re-escaped [redacted]');
  });

  it('redacts a form nested in JSON inside a log line', () => {
    const line = JSON.stringify({ message: `FAILURE wrong password "${markupPassword}"` });
    expect(redact(line)).toBe(JSON.stringify({ message: 'FAILURE wrong password "[redacted]"' }));
  });

  it('redacts the secret in plain, URL-encoded, form-encoded and XML-escaped spellings of another secret', () => {
    const other = redactor(['a b&c<d>']);
    expect(other('x a b&c<d> y a%20b%26c%3Cd%3E z a+b%26c%3Cd%3E w a b&amp;c&lt;d&gt;')).toBe('x [redacted] y [redacted] z [redacted] w [redacted]');
  });
});

describe('redactor: ordinary text is never mangled', () => {
  it.each([
    ['p', 'deposits/qr/qr.2017.3.245.xml, p. 3 and the password p.', 'deposits/qr/qr.2017.3.245.xml, [redacted]. 3 and the password [redacted].'],
    ['urfu', 'login qr@urfu.ru/urfu, password urfu; urfuture', 'login qr@[redacted].ru/[redacted], password [redacted]; urfuture'],
    ['pos', 'position deposit pos=pos&x=%3Dpos', 'position deposit [redacted]=[redacted]&x=%3D[redacted]'],
    ['1234', 'batch 20261234 timestamp 1234567 and 1234', 'batch 20261234 timestamp 1234567 and [redacted]'],
  ])('a short password %j stands alone before it is redacted', (secret, text, expected) => {
    expect(redactor([secret])(text)).toBe(expected);
  });

  it('redacts a long password anywhere, even inside a word', () => {
    expect(redactor(['Xk29-qLm!77pz'])('pwd=Xk29-qLm!77pz&x prefixXk29-qLm!77pzsuffix')).toBe('pwd=[redacted]&x prefix[redacted]suffix');
  });

  it('leaves text without the password byte for byte, and does nothing without a secret', () => {
    const text = 'SUCCESS <b>Your batch</b> &amp; %20 \\u0022 "quoted" P@ss';
    expect(redactor([markupPassword])(text)).toBe(text);
    expect(redactor([''])(text)).toBe(text);
  });
});

describe('a servlet that echoes the password (deposit and status)', () => {
  let servlet: FakeServlet;
  let ws: Workspace;
  beforeEach(async () => {
    servlet = await startFakeServlet();
    ws = workspace();
  });
  afterEach(() => servlet.close());

  const env = (password: string) => ({ GALLEY_CROSSREF_LOGIN: login, GALLEY_CROSSREF_PASSWORD: password });
  const verb = () => depositVerb({ now: () => new Date('2026-03-04T05:06:07.089Z'), sleep: async () => {}, random: () => 0.5 });

  /** A deposit the servlet refuses with `refusal`, then one it accepts, whose status query gets `statusBody`. */
  async function depositAndStatus(password: string, refusal: string, statusBody: string) {
    const file = join(ws.dir, 'batch.xml');
    writeFileSync(file, fixtureXml(ws.profile));
    servlet.depositReplies = [{ status: 200, body: refusal }];
    servlet.queryReplies = [{ status: 200, body: statusBody }];
    const io = recordingIO(ws.dir, env(password));
    const args = ['--file', file, '--endpoint', servlet.depositUrl, '--profile', ws.profileFile];
    const refused = await verb()(args, io);
    const rejectedEntry = readDepositLog(ws.logFile).at(-1)!;
    const accepted = await verb()(args, io);
    const status = await verb()(['status', '--profile', ws.profileFile], io);
    const kept = readdirSync(ws.archiveDir).map((f) => readFileSync(join(ws.archiveDir, f), 'utf8'));
    return { codes: [refused, accepted, status], rejectedEntry, printed: [...io.out, ...io.err].join(''), log: readFileSync(ws.logFile, 'utf8'), kept };
  }

  it.each(echoes)('a deposit reply that echoes the password %s leaves no trace of it', async (_name, form) => {
    const file = join(ws.dir, 'batch.xml');
    writeFileSync(file, fixtureXml(ws.profile));
    servlet.depositReplies = [{ status: 200, body: `<html><body><h2>FAILURE</h2><p>Password ${form} refused</p></body></html>` }];
    const io = recordingIO(ws.dir, env(markupPassword));
    expect(await verb()(['--file', file, '--endpoint', servlet.depositUrl, '--profile', ws.profileFile], io)).toBe(1);
    const everything = [...io.out, ...io.err, readFileSync(ws.logFile, 'utf8')].join('\n');
    expect(readDepositLog(ws.logFile).at(-1)!.message).toMatch(/FAILURE Password \[redacted\] refused$/);
    for (const fragment of [form, 'P@ss', 'P%40ss', '&#80;', '&#x50;', 'w&rd', 'w&amp;', 'w%26', 'w\\u0026', 'rd<', 'rd&lt;', 'rd\\u003c']) expect(everything).not.toContain(fragment);
  });

  it('keeps every echo form of a markup-like password out of stdout, stderr, the log and the kept file', async () => {
    const body = `<html><body><h2>FAILURE</h2><p>Password check failed for ${echoes.map(([, f]) => f).join(' | ')}</p></body></html>`;
    const json = `{"status":"failure","message":"wrong password \\"${JSON.stringify(markupPassword).slice(1, -1)}\\""}`;
    const statusBody = `<html><body><h2>FAILURE</h2><p>${tagStripped} ${xmlNumeric(markupPassword)}</p><pre>${json}</pre></body></html>`;
    const { codes, rejectedEntry, printed, log, kept } = await depositAndStatus(markupPassword, body, statusBody);
    expect(codes).toEqual([1, 0, 1]);
    expect(rejectedEntry.message).toMatch(/FAILURE Password check failed for \[redacted\]( \| \[redacted\]){13}$/);
    expect(printed).toContain('could not ask Crossref');
    const everything = [printed, log, ...kept].join('\n');
    for (const fragment of ['P@ss', 'w&rd', 'w&amp;rd', 'w%26rd', 'w\\u0026rd', '&#80;&#64;']) expect(everything).not.toContain(fragment);
  });

  it('reads Crossref’s replies as they are when a short password is also one of their words (redaction is for what is shown)', async () => {
    const diagnostic = `<doi_batch_diagnostic status="completed"><record_diagnostic status="Success"><doi>10.15826/qr.2017.3.245</doi><msg>Success: added</msg></record_diagnostic></doi_batch_diagnostic>`;
    const { codes, log } = await depositAndStatus('Success', failurePage('Unauthorized'), diagnostic);
    expect(codes).toEqual([1, 0, 0]);
    const entry = readDepositLog(ws.logFile).at(-1)!;
    expect(entry.status).toBe('completed');
    expect(entry.results).toEqual([{ doi: '10.15826/qr.2017.3.245', status: 'success', message: '[redacted]: added' }]);
    expect(log).not.toMatch(/\bSuccess\b/);
  });

  it('redacts a short password only where it stands alone: paths and words stay readable', async () => {
    const { rejectedEntry, printed, log } = await depositAndStatus('pos', failurePage('Login failed: password pos is wrong for this depositor'), failurePage('pos'));
    expect(rejectedEntry.message).toBe('login not accepted (qr-depositor@example.org/urfu): FAILURE Login failed: password [redacted] is wrong for this depositor');
    expect(log).toContain('"file":"qr.2017.3.245-20260304050607089.xml"');
    expect(printed).toContain(`file      ${join('deposits', 'qr', 'qr.2017.3.245-20260304050607089.xml')}`);
    expect(printed).toContain('could not ask Crossref: Unexpected reply "FAILURE [redacted]"');
    expect(printed).not.toContain('[redacted]osit');
  });
});
