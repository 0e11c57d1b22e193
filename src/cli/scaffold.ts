// The files `galley init` and `galley new` write come from templates/init/
// (data, not strings in code), filled in with Handlebars.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import Handlebars from 'handlebars';
import { builtinTemplates } from '../profile/load.js';

/** Galley's own folder: templates/, schemas/, vendor/ are found beside each other. */
export const galleyRoot = dirname(builtinTemplates);
export const initTemplates = join(builtinTemplates, 'init');

/** A path from `from` to one of Galley's folders, written with / (it goes into YAML the journal commits). */
export function pathToGalley(from: string, ...parts: string[]): string {
  return relative(from, join(galleyRoot, ...parts)).split(sep).join('/') || '.';
}

export function renderInitTemplate(name: string, values: Record<string, unknown>): string {
  const text = readFileSync(join(initTemplates, name), 'utf8');
  return name.endsWith('.hbs') ? Handlebars.compile(text, { noEscape: true, strict: true })(values) : text;
}

/** Write a file, creating its folder; false (nothing written) when it exists and `force` is off. */
export function writeNew(file: string, text: string, force = false): boolean {
  if (existsSync(file) && !force) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return true;
}
