// `galley explain`, `galley rules`, and the diagnostics people read: one YAML error for one mistake.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../src/checks/catalogue/index.js';
import { galley, repo } from './run.js';
// @ts-expect-error a plain script without types
import { ruleExamples } from '../../scripts/rule-examples.mjs';

describe('galley explain', () => {
  it('prints the description, the default severity, how to change it and a real example', async () => {
    const r = await galley(['explain', 'udc-syntax']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`udc-syntax  (error by default)`);
    expect(r.out).toContain(ruleCatalogue['udc-syntax'].description);
    expect(r.out).toMatch(/rules:\n {4}udc-syntax: warning {4}# error \| warning \| info \| off/);
    expect(r.out).toMatch(/Example \(test\/fixtures\/bad\/udc-[a-z-]+\/article\.md:\d+:\d+\):\n\n {4}udc: [^\n]+\n +\^ column \d+\n\n {2}error {2}udc-syntax {2}Unexpected/);
  });

  it('answers a mistyped rule id with the nearest one (exit 2)', async () => {
    const r = await galley(['explain', 'figure-placholder']);
    expect(r.code).toBe(2);
    expect(r.err).toBe("galley explain: unknown rule 'figure-placholder'; did you mean figure-placeholder? (`galley rules` lists them)\n");
  });

  it('draws its examples from the fixtures as they are now (node scripts/rule-examples.mjs)', () => {
    expect(JSON.parse(readFileSync(join(repo, 'docs/rule-examples.json'), 'utf8'))).toEqual(ruleExamples());
  });
});

describe('galley rules', () => {
  it('lists every rule of the catalogue with its severity, and the journal override', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-rules-'));
    writeFileSync(join(dir, 'journal.yaml'), readFileSync(join(repo, 'journal.yaml'), 'utf8').replace(/^rules: \{\}$/m, 'rules: { figure-placeholder: error }'));
    const r = await galley(['rules', '--profile', join(dir, 'journal.yaml')]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(Object.keys(ruleCatalogue).length);
    expect(r.out).toMatch(new RegExp(`^udc-syntax +error +${ruleCatalogue["udc-syntax"].description.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "m"));
    expect(r.out).toMatch(/^figure-placeholder +error \(journal; default warning\)/m);
  });
});

describe('a YAML mistake is reported once', () => {
  it('a missing quote in a flow map gives one error, with its excerpt, not a second misleading one', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'galley-yaml-')), 'harris-2017');
    cpSync(join(repo, 'article/harris-2017'), dir, { recursive: true });
    const file = join(dir, 'article.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^section: \{ en: Articles, ru: Статьи \}$/m);
    writeFileSync(file, text.replace(/^section: \{ en: Articles, ru: Статьи \}$/m, 'section: { en: "Articles, ru: Статьи }'));
    const r = await galley(['check', dir, '--skip', 'pdf', '--profile', join(repo, 'journal.yaml')]);
    expect(r.code).toBe(1);
    const yaml = r.err.split('\n').filter((l) => l.includes('front-matter-yaml'));
    expect(yaml).toHaveLength(1);
    expect(yaml[0]).toMatch(/Missing closing "quote.*\(1 later YAML error in this file not shown: they follow from this one\)/);
    // The document for tools keeps both.
    const json = JSON.parse((await galley(['check', dir, '--skip', 'pdf', '--profile', join(repo, 'journal.yaml'), '--format', 'json'])).out);
    expect(json.diagnostics.filter((d: { rule: string }) => d.rule === 'front-matter-yaml')).toHaveLength(2);
  });
});
