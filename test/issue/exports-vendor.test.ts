// The export schemas ship with the product: each vendored folder holds exactly
// the collection's files, unchanged (when the collection is there to compare).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collection } from '../helpers/export-xml.js';

const vendor = resolve(import.meta.dirname, '../../vendor');
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();

describe('vendored export schemas', () => {
  it.each(['elibrary-rsci-journal', 'doaj-articles-1.3', 'ojs-native-3.4.0-10', 'ojs-native-3.5.0-5'])('%s holds exactly the collection’s files, unchanged', (folder) => {
    const original = join(collection, folder);
    expect(files(join(vendor, folder))).toEqual(files(original));
    for (const f of files(original)) expect(readFileSync(join(vendor, folder, f)).equals(readFileSync(join(original, f))), f).toBe(true);
  });
});
