// Writes templates/yaml-values.json, the parsed values of Galley's own YAML
// data (src/util/shipped-yaml.ts): `npx tsx scripts/write-yaml-values.ts`.
// test/util/shipped-yaml.test.ts fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { shippedYamlValues, yamlValuesFile } from '../src/util/shipped-yaml.js';

writeFileSync(yamlValuesFile, JSON.stringify(shippedYamlValues(), null, 1) + '\n');
