// Citation blocks rendered by a CSL style (`citation-block.<lang>.style`) instead of
// a Handlebars format: the second journal's article through its own ABNT style and
// through the repository's APA, each in its language, and a style that cannot be
// loaded is a diagnostic, not an empty block.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCitationBlocks } from '../../src/model/citation-block.js';
import { prepareSource } from '../../src/pipeline/prepare.js';
import { loadProfile } from '../../src/profile/load.js';
import type { Profile } from '../../src/profile/types.js';

const fixture = resolve(import.meta.dirname, '../fixtures/journals/bakhtiniana');

function setting(citationBlock: Profile['citationBlock']) {
  const { profile } = loadProfile(join(fixture, 'journal.yaml'));
  const withStyles: Profile = { ...profile!, citationBlock };
  const source = prepareSource(join(fixture, 'article/souza-2023'), withStyles).article!;
  return generateCitationBlocks({ ...source.meta, pages: { first: 1, last: 22 } }, withStyles);
}

describe('citation blocks through a CSL style', () => {
  it('renders the article as the style lists it, in the block\'s language', () => {
    const { blocks, diagnostics } = setting({ pt: { label: 'Como citar', format: '', style: 'abnt-autor-data' }, en: { label: 'How to cite', format: '', style: 'apa' } });
    expect(diagnostics).toEqual([]);
    const byLang = Object.fromEntries(blocks.map((b) => [b.lang, b.plain]));
    // ABNT's capitalised surname with the particle kept after the given names; APA's initials and (year).
    expect(byLang.pt).toMatch(/^SOUZA, Euclides Barbosa Ramos de\. A Filosofia por trás da conversação/);
    expect(byLang.pt).toContain('2023');
    expect(byLang.en).toMatch(/^Souza, E\. B\. R\. de\. \(2023\)\. The Philosophy Behind the Conversation/);
    expect(byLang.en).toContain('18(2), 1–22');
    expect(byLang.en).toContain('https://doi.org/10.1590/2176-4573p58270');
    // The journal title is italic in both, as the styles set it.
    for (const b of blocks) expect(b.text.some((n) => n.type === 'emphasis')).toBe(true);
  });

  it('reports a style that cannot be loaded at the profile, with no block for that language', () => {
    const { blocks, diagnostics } = setting({ pt: { label: 'Como citar', format: '', style: 'no-such-style-anywhere' } });
    expect(blocks).toEqual([]);
    expect(diagnostics.map((d) => d.rule)).toEqual(['citation-block-format']);
    expect(diagnostics[0].message).toContain('citation-block.pt.style no-such-style-anywhere');
  });
});
