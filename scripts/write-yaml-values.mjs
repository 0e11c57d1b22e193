// `npm run compile`: the parsed values of Galley's own YAML data (templates/**/*.yaml)
// into lib/yaml-values.json, read by lib/util/shipped-yaml.js.
import { writeFileSync } from 'node:fs';
import { shippedYamlValues, yamlValuesFile } from '../lib/util/shipped-yaml.js';

writeFileSync(yamlValuesFile, `${JSON.stringify(shippedYamlValues())}\n`);
