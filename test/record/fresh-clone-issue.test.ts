// The journal's record end to end, as a new machine sees it: an issue is built
// and deposited, dist/ and the build cache are thrown away, and everything
// comes back the same — DOIs, folios, bytes — from the committed record. Then a
// second issue continues the running numbers and the pages.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { depositVerb } from '../../src/cli/deposit.js';
import { readDepositLog } from '../../src/deposit/log.js';
import { buildIssue, type IssueBuildResult } from '../../src/issue/build-issue.js';
import { startFakeServlet, type FakeServlet } from '../deposit/fake-servlet.js';
import { login, password, recordingIO } from '../deposit/setup.js';
import { journalCopy } from '../helpers/journal-copy.js';

const okafor = 'okafor-volkov-2017-postal-roads';

/** A journal repository as it was before the sample issue was built: sources only, no record, no dist. */
function freshJournal(): string {
  const dir = journalCopy({ issues: true });
  // okafor-volkov stands for a real article here: it may be deposited.
  const source = join(dir, 'article', okafor, 'article.md');
  writeFileSync(source, readFileSync(source, 'utf8').replace(/^deposit: false.*\n/m, ''));
  return dir;
}

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, f);
    if (statSync(path).isFile()) out.set(f, readFileSync(path));
  }
  return out;
}

const dois = (r: IssueBuildResult) => r.statuses.map((s) => [s.id, s.doi, s.pages]);

let journal: string;
let servlet: FakeServlet;
let first: IssueBuildResult;
let firstOutputs: Map<string, Buffer>;
let again: IssueBuildResult;
const env = { GALLEY_CROSSREF_LOGIN: login, GALLEY_CROSSREF_PASSWORD: password };
const options = () => ({ profileFile: join(journal, 'journal.yaml'), distDir: join(journal, 'dist'), depositsDir: join(journal, 'deposits') });

beforeAll(async () => {
  journal = freshJournal();
  servlet = await startFakeServlet();
  first = await buildIssue(join(journal, 'issues/2017-5-3.yaml'), options());
  expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  firstOutputs = files(join(journal, 'dist/issues/2017-5-3'));
}, 300_000);
afterAll(() => servlet?.close());

describe('a registered DOI survives a fresh clone', () => {
  it('the first build assigns the next running number and writes the record', () => {
    expect(dois(first)).toEqual([
      ['harris-2017', '10.15826/qr.2017.3.245', '693–707'],
      ['lindqvist-2017-railway-time', '10.15826/qr.2017.3.246', '708–714'],
      ['solonitsyna-2017-salt-ledgers', '10.15826/qr.2017.3.247', '715–721'],
      [okafor, '10.15826/qr.2017.3.248', '722–729'],
    ]);
    const record = readFileSync(join(journal, 'record/articles', `${okafor}.yaml`), 'utf8');
    expect(record).toMatch(/^doi: 10\.15826\/qr\.2017\.3\.248$/m);
    expect(record).toMatch(/^seq: 248$/m);
    expect(record).toMatch(/^doi-origin: assigned$/m);
    expect(record).toMatch(/^pages: \{ first: 722, last: 729 \}$/m);
    expect(record).toMatch(/^ {2}online: 2017-09-30$/m);
    expect(readFileSync(join(journal, 'record/issues/2017-5-3.yaml'), 'utf8')).toMatch(/^last-page: 729$/m);
  });

  it('deposits the batch, logging each DOI with its article', async () => {
    const io = recordingIO(journal, env);
    const code = await depositVerb({ now: () => new Date('2017-10-01T10:00:00Z'), sleep: async () => {}, random: () => 0.5 })(
      ['--file', 'dist/issues/2017-5-3/2017-5-3.crossref.xml', '--endpoint', servlet.depositUrl, '--profile', 'journal.yaml'],
      io,
    );
    // The three fictional articles are marked never-to-deposit: the batch with them is refused.
    expect(code).toBe(1);
    expect(io.err.join('')).toContain('deposit-excluded');
    expect(servlet.deposits).toHaveLength(0);
    // okafor-volkov alone, from its folder: registered as 248.
    const alone = recordingIO(journal, env);
    expect(await depositVerb({ now: () => new Date('2017-10-01T10:00:00Z'), sleep: async () => {}, random: () => 0.5 })([`article/${okafor}`, '--endpoint', servlet.depositUrl, '--profile', 'journal.yaml'], alone)).toBe(0);
    const sent = servlet.deposits[0].file!.content;
    expect(sent).toContain('<doi>10.15826/qr.2017.3.248</doi>');
    expect(sent).toMatch(/<pages>\s*<first_page>722<\/first_page>\s*<last_page>729<\/last_page>/);
    expect(readDepositLog(join(journal, 'deposits/qr.jsonl')).at(-1)).toMatchObject({ status: 'submitted', dois: ['10.15826/qr.2017.3.248'], articles: { '10.15826/qr.2017.3.248': okafor } });
  });

  it('with dist/ and the build cache gone, the issue comes back with the same DOIs, folios and bytes', async () => {
    rmSync(join(journal, 'dist'), { recursive: true, force: true });
    rmSync(join(journal, '.galley-cache'), { recursive: true, force: true });
    again = await buildIssue(join(journal, 'issues/2017-5-3.yaml'), options());
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(dois(again)).toEqual(dois(first));
    expect(again.refoliated).toEqual([]);
    const now = files(join(journal, 'dist/issues/2017-5-3'));
    expect([...now.keys()]).toEqual([...firstOutputs.keys()]);
    for (const [path, bytes] of firstOutputs) expect(now.get(path)!.equals(bytes), path).toBe(true);
  }, 300_000);

  it('an article built alone on the fresh clone is byte-identical to its copy in the issue (folios 722–729)', async () => {
    rmSync(join(journal, 'dist', okafor), { recursive: true, force: true });
    const io = recordingIO(journal, {});
    expect(await main(['build', `article/${okafor}`], io)).toBe(0);
    for (const name of [`${okafor}.pdf`, `${okafor}.jats.xml`, `${okafor}.crossref.xml`, 'index.html'])
      expect(readFileSync(join(journal, 'dist', okafor, name)).equals(firstOutputs.get(join(okafor, name))!), name).toBe(true);
    const jats = readFileSync(join(journal, 'dist', okafor, `${okafor}.jats.xml`), 'utf8');
    expect(jats).toContain('<fpage>722</fpage>');
    expect(jats).toContain('<lpage>729</lpage>');
    expect(jats).toContain('<article-id pub-id-type="doi">10.15826/qr.2017.3.248</article-id>');
  }, 120_000);

  it('a second issue continues the running numbers and the pages', async () => {
    cpSync(join(journal, 'article', okafor), join(journal, 'article/next-issue-article'), { recursive: true });
    writeFileSync(
      join(journal, 'issues/2017-5-4.yaml'),
      ['volume: 5', 'number: 4', 'year: 2017', 'published: 2017-12-20', 'first-page: continue', 'sections:', '  - title: { en: Articles, ru: Статьи }', '    articles: [next-issue-article]', ''].join('\n'),
    );
    const next = await buildIssue(join(journal, 'issues/2017-5-4.yaml'), options());
    expect(next.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(dois(next)).toEqual([['next-issue-article', '10.15826/qr.2017.4.249', '730–737']]);
    expect(existsSync(join(journal, 'record/articles/next-issue-article.yaml'))).toBe(true);
  }, 300_000);
});

describe('the record refuses what would change a registered DOI', () => {
  it('moving the deposited article to another issue is an error naming both', async () => {
    const file = join(journal, 'issues/2017-5-4.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('[next-issue-article]', `[next-issue-article, ${okafor}]`));
    const moved = await buildIssue(file, options());
    expect(moved.ok).toBe(false);
    const error = moved.diagnostics.find((d) => d.rule === 'record-issue-moved');
    expect(error?.message).toContain('2017-5-3');
    expect(error?.message).toContain('10.15826/qr.2017.3.248');
    expect(relative(journal, error!.position!.file)).toBe(`record/articles/${okafor}.yaml`);
  }, 120_000);

  it('a source that names another DOI for the deposited article is record-doi-frozen', async () => {
    const source = join(journal, 'article', okafor, 'article.md');
    writeFileSync(source, readFileSync(source, 'utf8').replace(/^udc:/m, 'doi: 10.15826/qr.2017.3.260\nudc:'));
    const io = recordingIO(journal, {});
    expect(await main(['check', '--skip', 'pdf', `article/${okafor}`], io)).toBe(1);
    expect(io.err.join('')).toMatch(/article\.md:\d+:\d+\s+error\s+record-doi-frozen\s+Unexpected DOI 10\.15826\/qr\.2017\.3\.260 in the source, expected 10\.15826\/qr\.2017\.3\.248/);
  }, 60_000);
});

describe('an issue checks the DOI against its own year and number', () => {
  it('a source DOI for another year or issue fails the issue build with doi-pattern', async () => {
    const dir = freshJournal();
    const source = join(dir, 'article/lindqvist-2017-railway-time/article.md');
    writeFileSync(source, readFileSync(source, 'utf8').replace('doi: 10.15826/qr.2017.3.246', 'doi: 10.15826/qr.2016.2.246'));
    mkdirSync(join(dir, 'deposits'), { recursive: true });
    const result = await buildIssue(join(dir, 'issues/2017-5-3.yaml'), { profileFile: join(dir, 'journal.yaml'), distDir: join(dir, 'dist'), depositsDir: join(dir, 'deposits') });
    expect(result.ok).toBe(false);
    const pattern = result.diagnostics.find((d) => d.rule === 'doi-pattern');
    expect(pattern).toMatchObject({ severity: 'error', position: { file: source } });
    expect(pattern!.message).toContain('qr.2017.3');
    expect(existsSync(join(dir, 'record'))).toBe(false);
  }, 120_000);
});
