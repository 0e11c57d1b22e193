import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateJournalStyles, validateStyleXml } from '../../src/references/validate-style.js';
import { journalProfile, root } from './fixtures.js';

const gost = join(root, 'templates/csl/gost-qr.csl');

describe('journal styles against the CSL schema', () => {
  it('accepts the journal\'s styles (CSL 1.0.2 plus CSL-M per-locale layouts)', async () => {
    expect(await validateJournalStyles({ ...journalProfile(), root: '/nonexistent-cache-root' })).toEqual([]);
  });

  it('reports an unknown attribute and element at their line and column', async () => {
    const xml = readFileSync(gost, 'utf8').replace('<citation>', '<citation><wrong/>').replace('<text macro="cite"/>', '<text macro="cite" bogus="1"/>');
    const problems = await validateStyleXml(xml, gost);
    const line = (needle: string) => xml.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(problems.map((d) => [d.rule, d.position?.line, d.message])).toEqual([
      ['reference-style-schema', line('<wrong/>'), 'Unexpected CSL: element wrong not allowed, expected a style valid against the CSL 1.0.2 schema'],
      ['reference-style-schema', line('bogus="1"'), 'Unexpected CSL: attribute bogus not allowed, expected a style valid against the CSL 1.0.2 schema'],
    ]);
    expect(problems[0].position?.column).toBe(xml.split('\n')[line('<wrong/>') - 1].indexOf('<wrong/>') + 1);
  });
});
