// A list item may hold a display formula (eLife's lists do); JATS allows only
// p, def-list and list directly in list-item, so other blocks go inside a <p>.
// temml's \mathop{\sum} (an <mo> in an <mo>) must come out valid too.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateJats } from '../../../src/checks/xml-schema.js';
import { buildArticle } from '../../../src/pipeline/build.js';

const repoRoot = join(import.meta.dirname, '../../..');
const id = 'solonitsyna-2017-salt-ledgers';

describe('blocks inside list items in JATS', () => {
  const work = mkdtempSync(join(tmpdir(), 'galley-list-blocks-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('wraps a display formula of a list item in <p> and is DTD-valid, with \\mathop operators flattened', async () => {
    const article = join(work, 'article', id);
    cpSync(join(repoRoot, 'article', id), article, { recursive: true });
    const source = readFileSync(join(article, 'article.md'), 'utf8');
    const list = '\n\n1. The balance of a year:\n\n   $$\n   S = \\underset{t}{\\mathop{\\sum}} V_t\n   $$\n\n   summed over the months.\n2. A second item.\n';
    const marker = '\n:::appendix';
    const at = source.indexOf(marker);
    expect(at).toBeGreaterThan(0);
    writeFileSync(join(article, 'article.md'), `${source.slice(0, at)}${list}${source.slice(at)}`);
    const build = await buildArticle(article, { profileFile: join(repoRoot, 'journal.yaml'), distDir: join(work, 'dist'), only: ['jats'] });
    expect(build.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
    const jats = Buffer.from(build.outputs.find((o) => o.path === `${id}.jats.xml`)!.data).toString('utf8');
    expect(jats).toMatch(/<list-item>\n<p>The balance of a year:<\/p>\n<p><disp-formula id="eq\d+">/);
    expect(jats).not.toMatch(/<mml:mo[^>]*><mml:mo/);
    expect(validateJats(jats, { version: '1.3', fileName: 'a.jats.xml' })).toEqual([]);
  });
});
