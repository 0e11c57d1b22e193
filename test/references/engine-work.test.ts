// What citeproc is asked to do when an engine registers the bibliography: the
// disambiguation runs only on groups of works whose citations read alike (a
// lone work's group changes nothing) unless the style adds names or given names,
// and a list-only engine's citation layout is a constant. The printed results
// stay those of the full runs (the goldens, seed-clusters.test.ts).
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearEngineCache, styleEngine } from '../../src/references/engine.js';
import { loadStyle } from '../../src/references/style.js';
import { resolveReferences } from '../../src/references/resolve.js';
import { htmlToInlines, plainText } from '../../src/references/html-inlines.js';
import { cite, citation, journalProfile, sourceWith, works } from './fixtures.js';

interface Internals {
  Disambiguation: { prototype: { run(akey: string): void } };
  getAmbiguousCite: (...args: unknown[]) => string;
}
const CSL = createRequire(import.meta.url)('citeproc') as Internals;

const profile = journalProfile();
const withStyle = (style: string) => ({
  ...profile,
  references: { ...profile.references, lists: [{ kind: 'primary', name: style, style, title: 'R' }] },
  raw: { ...profile.raw, references: { ...(profile.raw.references as object), 'citation-style': style } },
});

let runs: string[];
let cites: number;
const original = { run: CSL.Disambiguation.prototype.run, getAmbiguousCite: CSL.getAmbiguousCite };
beforeEach(() => {
  clearEngineCache();
  runs = [];
  cites = 0;
  CSL.Disambiguation.prototype.run = function (this: unknown, akey: string) {
    runs.push(akey);
    return original.run.call(this, akey);
  };
  CSL.getAmbiguousCite = function (this: unknown, ...args: unknown[]) {
    cites++;
    return original.getAmbiguousCite.apply(this, args);
  };
});
afterEach(() => {
  CSL.Disambiguation.prototype.run = original.run;
  CSL.getAmbiguousCite = original.getAmbiguousCite;
  clearEngineCache();
});

describe('registering the bibliography', () => {
  it('disambiguates only the works whose citations read alike (GOST: Schapiro ×2, Smith ×2)', () => {
    const engine = styleEngine(loadStyle(profile.templates, 'gost-qr'), profile.templates, 'all');
    engine.load(works);
    expect(runs.sort()).toEqual(['Schapiro', 'Smith']);
    // And the year still comes only where the name alone is ambiguous.
    const text = (id: string) => plainText(htmlToInlines(engine.cite({ id })));
    expect([text('smith1983'), text('deutscher1949')]).toEqual(['Smith, 1983', 'Deutscher']);
  });

  it('runs every group for a style that adds given names (APA): "S. A. Smith, 1983"', () => {
    const { citations } = resolveReferences(sourceWith([citation('a', [cite('smith1983')]), citation('b', [cite('smith1998')])]), withStyle('apa'));
    expect(runs.length).toBeGreaterThan(2);
    expect([plainText(citations.get('a')!), plainText(citations.get('b')!)]).toEqual(['S. A. Smith, 1983', 'J. Smith, 1998']);
  });

  it('renders one constant citation per work for a list-only engine, and no disambiguation', () => {
    const engine = styleEngine(loadStyle(profile.templates, 'references-qr'), profile.templates, 'list');
    engine.load(works);
    expect(cites).toBe(works.length);
    expect(Object.keys((engine.engine as unknown as { registry: { ambigcites: object } }).registry.ambigcites)).toEqual(['-']);
    expect(engine.bibliography()).not.toBe(false);
  });
});
