// Builds render the lists of list-only styles on a worker thread
// (lib/references/list-worker.js) while the main thread renders the citation
// style: lists, clusters and diagnostics must be those of the in-process path.
// Runs against the compiled CLI code: `npx tsc -p tsconfig.build.json` first.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveReferences } from '../../src/references/resolve.js';
import type { Profile } from '../../src/profile/types.js';
import { cite, citation, journalProfile, root, sourceWith } from './fixtures.js';

const compiled = (path: string) => join(root, 'lib/references', path);
type Resolve = typeof import('../../src/references/resolve.js');
type OnWorker = typeof import('../../src/references/list-on-worker.js');
const load = async () => ({
  resolve: (await import(pathToFileURL(compiled('resolve.js')).href)) as Resolve,
  onWorker: (await import(pathToFileURL(compiled('list-on-worker.js')).href)) as OnWorker,
});

const source = sourceWith([
  citation('c1', [cite('schapiro1955'), cite('deutscher1949', { locator: '5' })]),
  citation('c2', [cite('smith1983'), cite('smith1998')]),
  citation('c3', [cite('lenin1966', { locator: '306–307' })]),
]);

/** The journal's two lists, plus one more in a repository style (also list-only). */
const withApaList = (): Profile => {
  const profile = journalProfile();
  return { ...profile, references: { ...profile.references, lists: [...profile.references.lists, { kind: 'primary', name: 'apa', style: 'apa', title: 'APA' }] } };
};

/** A third list whose style citeproc cannot render (a date form that does not exist). */
function withBrokenList(): Profile {
  const dir = mkdtempSync(join(tmpdir(), 'galley-list-worker-'));
  mkdirSync(join(dir, 'csl'));
  writeFileSync(
    join(dir, 'csl', 'broken.csl'),
    '<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US"><info><title>B</title></info>' +
      '<citation><layout><text variable="title"/></layout></citation><bibliography><layout><date variable="issued" form="nonsense"/></layout></bibliography></style>',
  );
  writeFileSync(join(dir, 'csl', 'broken.yaml'), 'lang: en\n');
  const profile = journalProfile();
  return { ...profile, templates: [dir, ...profile.templates], references: { ...profile.references, lists: [...profile.references.lists, { kind: 'primary', name: 'b', style: 'broken', title: 'B' }] } };
}

const comparable = (r: ReturnType<Resolve['resolveReferences']>) => ({ ...r, citations: [...r.citations], layouts: [...r.layouts] });

describe('reference lists on the worker thread', () => {
  it('has a compiled worker to run on', () => {
    expect(existsSync(compiled('list-worker.js'))).toBe(true);
  });

  it('renders what the in-process path renders, and uses the worker for it', async () => {
    const { resolve, onWorker } = await load();
    const profile = withApaList();
    resolve.preloadReferences(profile);
    const onThread = resolve.resolveReferences(source, profile);
    expect(onWorker.listWorkerStarted()).toBe(true);
    const inProcess = resolveReferences(source, profile);
    expect(onThread.references.map((l) => [l.name, l.entries.length])).toEqual([['gost', 13], ['references', 13], ['apa', 13]]);
    expect(comparable(onThread)).toEqual(comparable(inProcess));
    // Again in the same process: the worker's engine keeps its items, the answer is the same.
    expect(comparable(resolve.resolveReferences(source, profile))).toEqual(comparable(inProcess));
  });

  it('reports a style the worker cannot render as the in-process path does', async () => {
    const { resolve } = await load();
    const profile = withBrokenList();
    const onThread = resolve.resolveReferences(source, profile);
    const inProcess = resolveReferences(source, profile);
    expect(onThread.diagnostics.filter((d) => d.rule === 'reference-style-invalid')).toHaveLength(1);
    expect(onThread.diagnostics).toEqual(inProcess.diagnostics);
    expect(onThread.references.map((l) => l.name)).toEqual(['gost', 'references']);
  });
});
