// Name particles stay words in every short form: citation blocks and running heads.
import { describe, expect, it } from 'vitest';
import { initials, initialsFirst, invertible } from '../../src/model/person-names.js';
import { buildCitationBlocks } from '../../src/model/citation-block.js';
import { makeMeta, makeProfile } from '../checks/helpers.js';

describe('person names', () => {
  // [given, surname, initials of the given names, initials first (running head), inverted]
  const cases: [string, string, string, string, string][] = [
    ['Clara Braz dos', 'Santos', 'C. B. dos', 'C. B. dos Santos', 'Clara Braz dos / Santos'],
    ['Clara Braz', 'dos Santos', 'C. B.', 'C. B. dos Santos', 'Clara Braz dos / Santos'],
    ['Ludwig', 'van Beethoven', 'L.', 'L. van Beethoven', 'Ludwig van / Beethoven'],
    ['María', 'de la Cruz', 'M.', 'M. de la Cruz', 'María de la / Cruz'],
    ['Edward Hallett', 'Carr', 'E. H.', 'E. H. Carr', 'Edward Hallett / Carr'],
    ['Владимир Ильич', 'Ленин', 'В. И.', 'В. И. Ленин', 'Владимир Ильич / Ленин'],
    ['A.', 'De Gaulle', 'A.', 'A. De Gaulle', 'A. / De Gaulle'], // a capitalized "De" is part of the surname
  ];
  it.each(cases)('%s %s', (given, surname, short, head, inverted) => {
    expect(initials(given)).toBe(short);
    expect(initialsFirst({ given, surname })).toBe(head);
    const n = invertible({ given, surname });
    expect(`${n.given} / ${n.surname}`).toBe(inverted);
  });

  it('citation blocks keep the particle: APA, GOST, ABNT and the full name', () => {
    const meta = makeMeta({ lang: 'pt', authors: [{ id: 'a', name: { pt: { given: 'Clara Braz', surname: 'dos Santos' } }, affiliations: [] }] });
    const profile = makeProfile({
      languages: ['pt'],
      citationBlock: { pt: { label: 'Como citar', format: '{{authors-apa}} | {{authors-gost}} | {{authors-abnt}} | {{authors-full}}' } },
    });
    const [block] = buildCitationBlocks(meta, profile);
    expect(block.plain).toBe('Santos, C. B. dos | Santos C. B. dos | SANTOS, Clara Braz dos | Clara Braz dos Santos');
  });
});
