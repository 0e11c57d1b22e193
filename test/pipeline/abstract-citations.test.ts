// A citation in an abstract is rendered like one in the body.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/model/plain-text.js';
import type { Paragraph } from '../../src/model/types.js';
import { prepareArticle } from '../../src/pipeline/prepare.js';
import { loadProfile } from '../../src/profile/load.js';

const repo = resolve(import.meta.dirname, '../..');

describe('citations in abstracts', () => {
  it('are resolved with the body’s', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'galley-abstract-')), 'harris-2017');
    cpSync(join(repo, 'article/harris-2017'), dir, { recursive: true });
    const file = join(dir, 'article.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('we still misapprehend how it happened.', 'we still misapprehend how it happened [@deutscher1949, p. 5].'));
    const profile = loadProfile(join(repo, 'journal.yaml')).profile!;
    const { article, diagnostics } = prepareArticle(dir, profile);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const text = plainText((article!.meta.abstract.en[0] as Paragraph).children, (c) => `[${plainText(c.rendered)}]`);
    expect(text).toContain('how it happened [Deutscher, p. 5].');
  });
});
