// Builds validate on a worker thread (lib/checks/xml/schema-worker.js): the
// answers must be those of the in-process validators, MathML choice included.
// Runs against the compiled CLI code: `npx tsc -p tsconfig.build.json` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateJats, validateXsd } from '../../src/checks/xml-schema.js';

const repo = resolve(import.meta.dirname, '../..');
const compiled = join(repo, 'lib/checks/xml/on-worker.js');
const crossref = join(repo, 'vendor/crossref-5.4.0');
const xsd = { xsdFile: join(crossref, 'crossref5.4.0.xsd'), catalogFile: join(crossref, 'catalog.xml'), fileName: 'd.crossref.xml' };
const deposit = readFileSync(join(repo, 'test/golden/crossref/harris-2017.crossref.xml'), 'utf8');
const jats = readFileSync(join(repo, 'test/golden/jats/harris-2017.jats.xml'), 'utf8');
const jatsOpts = { version: '1.3', fileName: 'a.jats.xml' };

type OnWorker = typeof import('../../src/checks/xml/on-worker.js');
const load = async (): Promise<OnWorker> => (await import(pathToFileURL(compiled).href)) as OnWorker;

describe('schema validation on the worker thread', () => {
  it('has a compiled worker to run on', () => {
    expect(existsSync(join(repo, 'lib/checks/xml/schema-worker.js'))).toBe(true);
  });

  it('answers as the in-process validators do, after preloading', async () => {
    const { preloadSchemasOnWorker, validateJatsAsync, validateXsdAsync } = await load();
    preloadSchemasOnWorker({ jats: { version: '1.3' }, xsd });
    const badJats = jats.replace('<body>', '<body><bogus/>');
    const badDeposit = deposit.replace('<titles>', '<titlez>').replace('</titles>', '</titlez>');
    expect(await validateJatsAsync(jats, jatsOpts)).toEqual([]);
    const jatsErrors = await validateJatsAsync(badJats, jatsOpts);
    expect(jatsErrors.map((e) => e.message)).toContain('No declaration for element bogus');
    expect(jatsErrors).toEqual(validateJats(badJats, jatsOpts));
    expect(await validateXsdAsync(deposit, xsd)).toEqual([]);
    const depositErrors = await validateXsdAsync(badDeposit, xsd);
    expect(depositErrors[0].message).toContain("Element '{http://www.crossref.org/schema/5.4.0}titlez': This element is not expected");
    expect(depositErrors).toEqual(validateXsd(badDeposit, xsd));
  });

  it('validates a deposit with MathML against the full schema there', async () => {
    const { validateXsdAsync } = await load();
    const xml = deposit
      .replace('<title>The Bolshevik', '<title><mml:math><mml:bogus/></mml:math> The Bolshevik')
      .replace('<doi_batch ', '<doi_batch xmlns:mml="http://www.w3.org/1998/Math/MathML" ');
    const errors = await validateXsdAsync(xml, xsd);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain("Element '{http://www.w3.org/1998/Math/MathML}bogus': This element is not expected");
  });

  it('reports a missing schema as such', async () => {
    const { validateXsdAsync } = await load();
    const errors = await validateXsdAsync(deposit, { ...xsd, xsdFile: join(crossref, 'nope.xsd') });
    expect(errors).toMatchObject([{ schemaMissing: true }]);
  });
});

describe('a build whose verdicts all come from the cache', () => {
  it('exits: the preloaded worker does not hold the process open', () => {
    const work = mkdtempSync(join(tmpdir(), 'galley-worker-exit-'));
    const build = () =>
      spawnSync(process.execPath, [join(repo, 'bin/galley.mjs'), 'build', join(repo, 'article/harris-2017'), '--only', 'jats', '--dist', join(work, 'dist')], {
        cwd: repo,
        env: { ...process.env, GALLEY_CACHE_DIR: join(work, 'cache') },
        encoding: 'utf8',
        timeout: 60_000,
      });
    expect(build().status).toBe(0);
    const again = build(); // the JATS verdict is a cache hit: the worker is never asked
    expect(again.signal).toBeNull();
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('built harris-2017: harris-2017.jats.xml');
  }, 150_000);
});
