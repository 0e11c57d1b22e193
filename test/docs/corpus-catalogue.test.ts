// The corpus catalogue: every element used in the bodies and back matter of the
// real articles in ../shared/corpus/jats/ is named in the table "The corpus,
// element by element" of docs/source-format.md, with its Galley form or the
// reason it is not supported. A new element in the corpus fails this test until
// the table names it; MathML (also `<math>` written without its namespace) counts as one row (`mml:*`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { XmlElement } from 'libxml2-wasm';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/checks/xml/parse.js';
import { repoRoot } from '../source/helpers.js';

const corpusDir = join(repoRoot, '../../shared/corpus/jats');
const corpus = existsSync(corpusDir) ? corpusDir : '/work/shared/corpus/jats';
const mathml = 'http://www.w3.org/1998/Math/MathML';

/** Element name → the corpus files that use it inside a <body> or <back>. */
export function corpusElements(dir: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
    const doc = parse(readFileSync(join(dir, file), 'utf8'), file);
    if ('errors' in doc) throw new Error(`${file} is not well-formed: ${doc.errors[0]?.message}`);
    try {
      for (const el of doc.find('//*[local-name()="body" or local-name()="back"]//*') as XmlElement[]) {
        // One SciELO case writes <math> without the MathML namespace: it is MathML all the same.
        const inMath = el.namespaceUri === mathml || el.get('ancestor-or-self::*[local-name()="math"]') !== null;
        const name = inMath ? 'mml:*' : el.name;
        if (!out.has(name)) out.set(name, new Set());
        out.get(name)!.add(file);
      }
    } finally {
      doc.dispose();
    }
  }
  return out;
}

/** Rows of the catalogue table: the element names of the first cell, and the Galley cell. */
function catalogueRows(markdown: string): { names: string[]; galley: string }[] {
  const start = markdown.indexOf('## The corpus, element by element');
  if (start < 0) throw new Error('docs/source-format.md has no section "The corpus, element by element"');
  const end = markdown.indexOf('\n## ', start + 1);
  const section = markdown.slice(start, end < 0 ? undefined : end);
  return section
    .split('\n')
    .filter((line) => /^\|\s*`/.test(line))
    .map((line) => {
      const [, first, galley] = line.split('|');
      return { names: [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]), galley: (galley ?? '').trim() };
    });
}

describe.skipIf(!existsSync(corpus))('the corpus catalogue in docs/source-format.md', () => {
  const rows = catalogueRows(readFileSync(join(repoRoot, 'docs/source-format.md'), 'utf8'));
  const named = new Set(rows.flatMap((r) => r.names));

  it('names every element of the corpus bodies and back matter', () => {
    const elements = corpusElements(corpus);
    expect(elements.size).toBeGreaterThan(50);
    const missing = [...elements.keys()].filter((name) => !named.has(name)).sort();
    expect(missing, `elements in the corpus that the table does not name (used in: ${missing.map((m) => `${m}: ${[...elements.get(m)!].join(', ')}`).join('; ')})`).toEqual([]);
  });

  it('gives each row a Galley form or a reason', () => {
    expect(rows.filter((r) => r.galley.length < 3).map((r) => r.names.join(', '))).toEqual([]);
  });

  it('names no element twice', () => {
    const all = rows.flatMap((r) => r.names);
    expect(all.filter((n, i) => all.indexOf(n) !== i)).toEqual([]);
  });
});
