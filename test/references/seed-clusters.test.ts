// Every in-text citation of the seed, rendered from the sample article's source.
// The seed is inconsistent in two places; the rendering uses one form throughout:
//   "Schapiro 1955" once, "Schapiro, 1955" elsewhere  → "Schapiro, 1955";
//   "Л. 42–42 об" without the period of the abbreviation → "Л. 42–42 об.".
// "..." and "…" compare equal (normalise()).
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadProfile } from '../../src/profile/load.js';
import { loadArticleSource } from '../../src/source/load-article.js';
import { resolveReferences } from '../../src/references/resolve.js';
import { collectCitations } from '../../src/references/walk.js';
import { plainText } from '../../src/references/html-inlines.js';
import { normalise, seedClusters } from './seed.js';

const root = resolve(import.meta.dirname, '../..');

/** The seed's inconsistencies, mapped to the one form Galley prints. */
const seedNormalisations: [RegExp, string][] = [
  [/Schapiro 1955/, 'Schapiro, 1955'],
  [/ об$/, ' об.'],
];

describe('in-text citations of the seed', () => {
  const { profile } = loadProfile(resolve(root, 'journal.yaml'));
  const { source } = loadArticleSource(resolve(root, 'article/harris-2017'), profile!);
  const { citations, diagnostics } = resolveReferences(source!, profile!);
  const order = collectCitations(source!);
  const printed = seedClusters();
  const rows = printed.map((seed, i) => {
    const expected = seedNormalisations.reduce((s, [from, to]) => s.replace(from, to), seed);
    return [i + 1, expected, order[i] ? plainText(citations.get(order[i].id) ?? []) : '(missing)'] as const;
  });

  it('finds the 29 clusters of the seed and as many citations in the source', () => {
    expect(printed).toHaveLength(29);
    expect(order).toHaveLength(29);
  });

  it.each(rows)('cluster %i: [%s]', (_, expected, rendered) => {
    expect(normalise(rendered)).toBe(normalise(expected));
  });

  it('prints the rendered clusters exactly, only "…" standing for the seed\'s "..."', () => {
    expect(rows.map(([, , r]) => r)).toContain('Ленин, с. 306–307');
    expect(rows.map(([, , r]) => r)).toContain('Justifying War…; Holquist; Englander');
    expect(rows[0][2]).toBe('Deutscher; Schapiro, 1955; Daniels; Laue; Pethybridge; Carr; Service; Schapiro, 1984; Gill');
  });

  it('reports nothing worse than notes for the sample bibliography', () => {
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
