// Galley's own YAML data (templates/**/*.yaml: label tables, CSL companion
// data) is shipped parsed too: `npm run compile` writes lib/yaml-values.json
// (scripts/write-yaml-values.mjs), since the YAML parser runs cold at start-up and
// took ~40 ms for the label tables alone. Values are found by the file's exact
// text, so an edited file, or a journal's own, is parsed as before; from the
// TypeScript sources (tests) there is no table and every file is parsed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const templatesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../templates');
/** lib/yaml-values.json, beside the compiled areas and the bundle. */
export const yamlValuesFile = fileURLToPath(new URL('../yaml-values.json', import.meta.url));

/** Template folder path (`html/labels.yaml`) → its text and its value as JSON. */
export type YamlValues = Record<string, { text: string; json: string }>;

let byText: Map<string, string> | undefined;

/** The value of YAML text, as the `yaml` package's `parse` gives it (and throws). */
export function parseShippedYaml(text: string): unknown {
  byText ??= readTable(yamlValuesFile);
  const json = byText.get(text);
  // A fresh copy per call: callers may change what they get.
  return json === undefined ? parse(text) : JSON.parse(json);
}

/** A table's values by text; none when it is absent or damaged (every file is then parsed). */
function readTable(file: string): Map<string, string> {
  if (!existsSync(file)) return new Map();
  try {
    const table = JSON.parse(readFileSync(file, 'utf8')) as YamlValues;
    return new Map(Object.values(table).map((entry) => [entry.text, entry.json]));
  } catch {
    return new Map();
  }
}

/** Use this table from now on (tests: a table written to a temporary file). */
export function useShippedYamlTable(file: string): void {
  byText = readTable(file);
}

/** The table as the shipped YAML files give it now; only values JSON keeps unchanged go in. */
export function shippedYamlValues(): YamlValues {
  const out: YamlValues = {};
  for (const file of yamlFiles(templatesDir)) {
    const text = readFileSync(file, 'utf8');
    const value = parse(text);
    const json = JSON.stringify(value);
    if (json === undefined || !sameValue(JSON.parse(json), value)) continue;
    out[relative(templatesDir, file).split(sep).join('/')] = { text, json };
  }
  return out;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return yamlFiles(path);
      return entry.name.endsWith('.yaml') ? [path] : [];
    });
}

/** Deep equality for parsed YAML (plain objects, arrays, scalars): what a JSON round trip must keep. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
