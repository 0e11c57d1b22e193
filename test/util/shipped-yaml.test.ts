// Galley's own YAML data shipped parsed (lib/yaml-values.json, written by
// `npm run compile`): equal to what the YAML parser gives, and never used for other text.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseShippedYaml, shippedYamlValues, useShippedYamlTable, yamlValuesFile } from '../../src/util/shipped-yaml.js';
import { repoRoot } from '../helpers/journal-copy.js';

const values = shippedYamlValues();
const table = join(mkdtempSync(join(tmpdir(), 'galley-yaml-values-')), 'yaml-values.json');
writeFileSync(table, JSON.stringify(values));
useShippedYamlTable(table);
afterAll(() => useShippedYamlTable(yamlValuesFile));

describe('shipped YAML values', () => {
  it('holds Galley’s own YAML files', () => {
    expect(Object.keys(values)).toEqual(expect.arrayContaining(['html/labels.yaml', 'labels/es.yaml', 'labels/pt.yaml', 'csl/gost-qr.yaml']));
  });

  it.each(Object.keys(values))('%s: the shipped value is the parsed file', (path) => {
    const text = readFileSync(join(repoRoot, 'templates', path), 'utf8');
    expect(parseShippedYaml(text)).toEqual(parse(text));
  });

  it('parses any other text, errors included, and hands out copies', () => {
    const labels = readFileSync(join(repoRoot, 'templates/html/labels.yaml'), 'utf8');
    const edited = labels.replace(/^(\s*)abstract: .*$/m, '$1abstract: Summary');
    expect(edited).not.toBe(labels);
    expect(parseShippedYaml(edited)).toEqual(parse(edited));
    expect(() => parseShippedYaml('a: [1')).toThrow();
    const first = parseShippedYaml(labels) as Record<string, unknown>;
    first.en = 'changed';
    expect((parseShippedYaml(labels) as Record<string, unknown>).en).not.toBe('changed');
  });

  it('is written by npm run compile beside the bundle, and a damaged table is ignored', () => {
    expect(readFileSync(join(repoRoot, 'lib/yaml-values.json'), 'utf8').length).toBeGreaterThan(1000);
    const damaged = join(mkdtempSync(join(tmpdir(), 'galley-yaml-values-')), 'yaml-values.json');
    writeFileSync(damaged, '{ not json');
    useShippedYamlTable(damaged);
    const labels = readFileSync(join(repoRoot, 'templates/html/labels.yaml'), 'utf8');
    expect(parseShippedYaml(labels)).toEqual(parse(labels));
    useShippedYamlTable(table);
  });
});
