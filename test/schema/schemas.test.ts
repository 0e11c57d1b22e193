// The JSON Schemas Galley ships: current with their generators, in step with
// the validators, accepting every sample and rejecting the metadata errors.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { frontMatterShape } from '../../src/model/meta/known-fields.js';
import { frontMatterSchema, leafRules } from '../../src/schema/front-matter.js';
import { journalProperties, journalSchema } from '../../src/schema/journal.js';
import { shippedSchemas } from '../../src/schema/shipped.js';

const repo = resolve(import.meta.dirname, '../..');
const ajv = () => new Ajv({ allErrors: true, strict: false });
const frontMatterOf = (file: string) => parse(readFileSync(file, 'utf8').split(/^---\s*$/m)[1]) as unknown;

describe('the shipped schema files', () => {
  it.each(Object.entries(shippedSchemas()))('%s is what its generator makes (npx tsx scripts/write-schemas.ts)', (path, schema) => {
    expect(JSON.parse(readFileSync(join(repo, path), 'utf8'))).toEqual(schema);
    expect(ajv().validateSchema(schema)).toBe(true);
  });
});

describe('the front-matter schema', () => {
  const samples = readdirSync(join(repo, 'article')).map((id) => join(repo, 'article', id, 'article.md'));
  const journal = ajv().compile(frontMatterSchema(['en', 'ru']));
  const generic = ajv().compile(frontMatterSchema());

  it.each(samples)('accepts the sample %s', (file) => {
    expect(journal(frontMatterOf(file)), JSON.stringify(journal.errors)).toBe(true);
    expect(generic(frontMatterOf(file))).toBe(true);
  });

  // Fixtures whose golden diagnostics hold a metadata error of the validator (meta-* at error severity).
  const fixtures = join(repo, 'test/fixtures/bad');
  const metadataErrors = readdirSync(fixtures).filter((name) => {
    try {
      return (JSON.parse(readFileSync(join(fixtures, name, 'messages.json'), 'utf8')) as { rule: string; severity: string }[]).some((m) => m.rule.startsWith('meta-') && m.severity === 'error');
    } catch {
      return false;
    }
  });
  // Beyond JSON Schema, reported by `galley check` alone: a reference between two fields
  // (an author's affiliation id) and arithmetic (an ORCID check digit).
  const crossReferences = new Set(['unknown-affiliation-id', 'bad-orcid']);

  it('has the metadata-error fixtures to reject', () => {
    expect(metadataErrors).toEqual(expect.arrayContaining(['bad-date', 'bad-orcid', 'missing-required-fields', 'missing-russian-title', 'wrong-types', 'udc-empty']));
  });

  it.each(metadataErrors.filter((f) => !crossReferences.has(f)))('rejects the fixture %s', (name) => {
    expect(journal(frontMatterOf(join(fixtures, name, 'article.md')))).toBe(false);
  });

  it('knows only fields of the validator: every value rule names a path of its field list', () => {
    const paths = new Set<string>();
    const walk = (shape: unknown, path: string) => {
      paths.add(path);
      if (shape === 'any') return;
      if (shape === 'localized') return void paths.add(`${path}.*`);
      const s = shape as Record<string, unknown>;
      if ('list' in s) walk(s.list, `${path}.*`);
      else if ('localizedOf' in s) walk(s.localizedOf, `${path}.*`);
      else for (const [k, v] of Object.entries(s.fields as Record<string, unknown>)) walk(v, path ? `${path}.${k}` : k);
    };
    walk(frontMatterShape, '');
    for (const path of Object.keys(leafRules)) expect(paths, path).toContain(path);
  });
});

describe('the journal.yaml schema', () => {
  const validate = ajv().compile(journalSchema());

  it('accepts the journal profile of this repository', () => {
    expect(validate(parse(readFileSync(join(repo, 'journal.yaml'), 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a misspelt key and a wrong value', () => {
    const profile = parse(readFileSync(join(repo, 'journal.yaml'), 'utf8')) as Record<string, unknown>;
    expect(validate({ ...profile, langauges: ['en'] })).toBe(false);
    expect(validate({ ...profile, 'publication-formats': ['paper'] })).toBe(false);
  });

  // The readers are not definition-driven: every key path they read must be in the schema, and every schema key read by one.
  const readers = ['src/profile/load.ts', 'src/profile/languages.ts', 'src/profile/exports.ts', 'src/render/crossref/options.ts', 'src/pdf/print-profile.ts', 'src/checks/udc/rule.ts', 'src/issue/build-issue.ts', 'src/references/resolve.ts', 'src/profile/import-docx.ts', 'src/profile/article-fields.ts'];
  const sourceText = readers.map((f) => readFileSync(join(repo, f), 'utf8')).join('\n');
  const schemaPaths = (() => {
    const out = new Set<string>();
    const walk = (props: Record<string, Record<string, unknown>>, path: string) => {
      for (const [k, v] of Object.entries(props)) {
        const p = path ? `${path}.${k}` : k;
        out.add(p);
        if (v.properties) walk(v.properties as Record<string, Record<string, unknown>>, p);
        const items = v.items as Record<string, unknown> | undefined;
        if (items?.properties) walk(items.properties as Record<string, Record<string, unknown>>, p);
        const each = v.additionalProperties as Record<string, unknown> | undefined;
        if (each && typeof each === 'object' && each.properties) walk(each.properties as Record<string, Record<string, unknown>>, `${p}.*`);
      }
    };
    walk(journalProperties as Record<string, Record<string, unknown>>, '');
    return out;
  })();

  it('holds every key path the profile readers read', () => {
    const load = readFileSync(join(repo, 'src/profile/load.ts'), 'utf8');
    const read = [...load.matchAll(/\b(?:str|localized|flag|wordsOf|get|positionOf)\(\s*[`']([a-z][a-z0-9.-]*)(?:\.\$\{lang\}\.([a-z-]+))?[`']/g)].map((m) => (m[2] ? `${m[1]}.*.${m[2]}` : m[1]));
    const print = readFileSync(join(repo, 'src/pdf/print-profile.ts'), 'utf8');
    const printPaths = [...print.slice(print.indexOf('export function parsePrintProfile')).matchAll(/\(\s*'([a-z][a-z-]*(?:\.[a-z-]+)*)'/g)].map((m) => `print.${m[1]}`).filter((p) => !/print\.(string|number|map|list|boolean|print-profile-invalid)$/.test(p));
    expect(read.length).toBeGreaterThan(40);
    expect(printPaths.length).toBeGreaterThan(15);
    for (const path of [...read, ...printPaths]) expect(schemaPaths, path).toContain(path);
  });

  it('holds no key that no reader reads', () => {
    for (const path of schemaPaths) {
      const key = path.split('.').at(-1)!;
      if (key === '*') continue;
      const property = new RegExp(`\\.${key.replace(/[-.]/g, '\\$&')}\\b(?!-)`);
      expect(sourceText.includes(`'${key}'`) || sourceText.includes(`.${key}'`) || sourceText.includes(`.${key}\``) || sourceText.includes(`'${key}.`) || sourceText.includes(`\`${key}.`) || property.test(sourceText), path).toBe(true);
    }
  });
});
