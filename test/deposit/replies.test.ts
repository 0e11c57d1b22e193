import { describe, expect, it } from 'vitest';
import { BatchDiagnosticError, parseBatchDiagnostic } from '../../src/deposit/batch-diagnostic.js';
import { registeredDois, restampHead } from '../../src/deposit/batch-file.js';
import { credentialsFromEnv, MissingCredentialsError } from '../../src/deposit/credentials.js';
import { backoffMs, retryAfterMs } from '../../src/deposit/http.js';
import { redactor } from '../../src/deposit/redact.js';
import { parseDepositReply } from '../../src/deposit/servlet-reply.js';
import { failurePage, successPage } from './fake-servlet.js';

describe('parseDepositReply', () => {
  it.each([
    [200, successPage, 'accepted', 'SUCCESS Your batch submission was successfully received.'],
    [200, failurePage('Error: the XML is not valid'), 'rejected', 'FAILURE Error: the XML is not valid'],
    [200, failurePage('Login failed: wrong password'), 'unauthorized', 'FAILURE Login failed: wrong password'],
    [401, failurePage('Unauthorized'), 'unauthorized', 'FAILURE Unauthorized'],
    [403, '', 'unauthorized', 'HTTP 403 with an empty body'],
    [429, 'Too many requests', 'refused', 'Crossref refused the file unread (HTTP 429): Too many requests'],
    [503, '<p>Your submission queue is full</p>', 'refused', 'Crossref refused the file unread (HTTP 503): Your submission queue is full'],
    [307, 'moved', 'redirected', "Unexpected redirect (HTTP 307) to no location, expected Crossref's reply from the endpoint itself; the file was not sent there (check the endpoint)"],
    [500, '<html><body>Internal Server Error</body></html>', 'retry', 'Internal Server Error'],
    [503, '', 'retry', 'HTTP 503 with an empty body'],
    [404, 'Not Found', 'rejected', 'HTTP 404: Not Found'],
    [200, '<html><body>Maintenance</body></html>', 'rejected', "Unexpected reply without SUCCESS or FAILURE, expected Crossref's deposit page: Maintenance"],
  ])('HTTP %i %j → %s', (status, body, outcome, message) => {
    expect(parseDepositReply(status, body)).toEqual({ outcome, message });
  });
});

describe('parseBatchDiagnostic', () => {
  it('reads per-DOI results with Crossref’s messages and the counts', () => {
    const result = parseBatchDiagnostic(`<?xml version="1.0" encoding="UTF-8"?>
<doi_batch_diagnostic status="completed" sp="cs3.crossref.org">
   <submission_id>1390675109</submission_id>
   <batch_id>qr.2017.3.245-20260304050607089</batch_id>
   <record_diagnostic status="Success"><doi>10.15826/qr.2017.3.245</doi><msg>Successfully updated</msg></record_diagnostic>
   <record_diagnostic status="Warning"><doi>10.15826/qr.2017.3.246</doi><msg>Added with conflict: title matches 10.15826/qr.2016.1.1</msg></record_diagnostic>
   <record_diagnostic status="Failure" msg_id="29"><doi>10.15826/qr.2017.3.247</doi><msg>Record not processed because submitted version: 1 is less or equal to previously submitted version (DOI match)</msg></record_diagnostic>
   <batch_data><record_count>3</record_count><success_count>1</success_count><warning_count>1</warning_count><failure_count>1</failure_count></batch_data>
</doi_batch_diagnostic>`);
    expect(result).toEqual({
      status: 'completed',
      submissionId: '1390675109',
      batchId: 'qr.2017.3.245-20260304050607089',
      records: [
        { doi: '10.15826/qr.2017.3.245', status: 'success', message: 'Successfully updated' },
        { doi: '10.15826/qr.2017.3.246', status: 'warning', message: 'Added with conflict: title matches 10.15826/qr.2016.1.1' },
        { doi: '10.15826/qr.2017.3.247', status: 'failure', message: 'Record not processed because submitted version: 1 is less or equal to previously submitted version (DOI match)' },
      ],
      counts: { records: 3, success: 1, warning: 1, failure: 1 },
    });
  });

  it.each([
    ['<doi_batch_diagnostic status="queued"><submission_id>5</submission_id></doi_batch_diagnostic>', 'queued', []],
    ['<doi_batch_diagnostic status="unknown_submission"/>', 'unknown_submission', []],
    [
      '<doi_batch_diagnostic status="completed"><record_diagnostic status="Failure"><doi/><msg>Record not processed because submitted XML does not match any supported schema.</msg></record_diagnostic></doi_batch_diagnostic>',
      'completed',
      [{ doi: '', status: 'failure', message: 'Record not processed because submitted XML does not match any supported schema.' }],
    ],
  ])('%s → %s', (xml, status, records) => {
    const result = parseBatchDiagnostic(xml);
    expect(result.status).toBe(status);
    expect(result.records).toEqual(records);
  });

  it.each(['', '<html><body><h2>FAILURE</h2><p>Authorization failed</p></body></html>', 'not xml at all <'])('rejects %j with a message', (body) => {
    expect(() => parseBatchDiagnostic(body)).toThrow(BatchDiagnosticError);
    expect(() => parseBatchDiagnostic(body)).toThrow(/expected a doi_batch_diagnostic document/);
  });
});

describe('deposit file handling', () => {
  const xml = `<doi_batch><head><doi_batch_id>old</doi_batch_id><timestamp>1</timestamp></head><body>
<journal_article><doi_data><doi>10.1/a</doi><resource>https://x/a</resource></doi_data>
<citation_list><citation key="k"><doi>10.9/cited</doi></citation></citation_list></journal_article>
<journal_article><doi_data>
  <doi>10.1/b</doi><resource>https://x/b</resource></doi_data></journal_article></body></doi_batch>`;

  it('lists the registered DOIs, not the cited ones', () => {
    expect(registeredDois(xml)).toEqual(['10.1/a', '10.1/b']);
  });

  it('re-stamps only the head', () => {
    const stamped = restampHead(xml, { batchId: 'new&id', timestamp: '20260304050607089' });
    expect(stamped).toContain('<head><doi_batch_id>new&amp;id</doi_batch_id><timestamp>20260304050607089</timestamp></head>');
    expect(stamped.slice(stamped.indexOf('</head>'))).toBe(xml.slice(xml.indexOf('</head>')));
  });
});

describe('credentials and redaction', () => {
  it('reads the plain and the role form from the environment', () => {
    expect(credentialsFromEnv({ GALLEY_CROSSREF_LOGIN: 'urfu', GALLEY_CROSSREF_PASSWORD: 'p' }).login).toBe('urfu');
    expect(credentialsFromEnv({ GALLEY_CROSSREF_LOGIN: 'me@urfu.ru/urfu', GALLEY_CROSSREF_PASSWORD: 'p' }).login).toBe('me@urfu.ru/urfu');
    expect(credentialsFromEnv({ GALLEY_CROSSREF_LOGIN: 'me@urfu.ru', GALLEY_CROSSREF_ROLE: 'urfu', GALLEY_CROSSREF_PASSWORD: 'p' }).login).toBe('me@urfu.ru/urfu');
  });

  it('names what is missing', () => {
    expect(() => credentialsFromEnv({ GALLEY_CROSSREF_LOGIN: 'urfu' })).toThrow(MissingCredentialsError);
    expect(() => credentialsFromEnv({ GALLEY_CROSSREF_LOGIN: 'urfu' })).toThrow(/missing GALLEY_CROSSREF_PASSWORD in the environment/);
  });

  it('redacts the secret in plain, URL-encoded, form-encoded and XML-escaped spellings', () => {
    const redact = redactor(['a b&c<d>']);
    expect(redact('x a b&c<d> y a%20b%26c%3Cd%3E z a+b%26c%3Cd%3E w a b&amp;c&lt;d&gt;')).toBe('x [redacted] y [redacted] z [redacted] w [redacted]');
  });
});

describe('backoff', () => {
  it('doubles the step and caps it, with jitter between half and all of it', () => {
    const policy = { baseDelayMs: 1000, maxDelayMs: 5000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, { ...policy, random: () => 0 }))).toEqual([500, 1000, 2000, 2500, 2500]);
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, { ...policy, random: () => 1 }))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-03-04T05:06:07Z');
    expect(retryAfterMs('12', now)).toBe(12000);
    expect(retryAfterMs('Wed, 04 Mar 2026 05:06:37 GMT', now)).toBe(30000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});
