// Galley's own YAML data shipped parsed (templates/yaml-values.json): current,
// equal to what the YAML parser gives, and never used for other text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseShippedYaml, shippedYamlValues, yamlValuesFile, type YamlValues } from '../../src/util/shipped-yaml.js';
import { repoRoot } from '../helpers/journal-copy.js';

const committed = JSON.parse(readFileSync(yamlValuesFile, 'utf8')) as YamlValues;

describe('shipped YAML values', () => {
  it('templates/yaml-values.json is what its generator makes (npx tsx scripts/write-yaml-values.ts)', () => {
    expect(committed).toEqual(shippedYamlValues());
    expect(Object.keys(committed)).toEqual(expect.arrayContaining(['html/labels.yaml', 'labels/es.yaml', 'labels/pt.yaml', 'csl/gost-qr.yaml']));
  });

  it.each(Object.keys(committed))('%s: the shipped value is the parsed file', (path) => {
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
});
