// The seed's two printed lists parsed (src/import/references), rendered back by the
// journal's styles, and its in-text citations converted; figures recorded in
// docs/import-references.md. Entries that differ are listed with the reason, so the
// test fails when one starts or stops differing.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadProfile } from '../../src/profile/load.js';
import { loadArticleSource } from '../../src/source/load-article.js';
import { collectCitations } from '../../src/references/walk.js';
import { plainText } from '../../src/references/html-inlines.js';
import type { CslItem } from '../../src/model/types.js';
import type { CslName } from '../../src/references/prepare.js';
import { normalise, seedClusters, seedLists } from '../references/seed.js';
import { parseSeed, rebuiltArticle, root } from './refs-seed-fixture.js';

const seed = seedLists();

/** Parsed from the primary list alone, rendered by gost-qr: where the printed entry does not come back. */
const roundTripDifferences: Record<string, string> = {
  davo: 'The seed prints "Ф. 1, Оп. 1, Д. 43" (commas) once; the files come from the citations, rendered with periods.',
  rgaspi: 'The seed has a period before "Ф. 558" where every other file is separated by a semicolon.',
  fox2012: 'The seed prints "eds. by" once; the style\'s term for several editors is "eds.".',
  pipes1993: 'The seed prints "London" in full where the list abbreviates it everywhere else (L.).',
};

/** Both lists parsed and paired: where the rendered entry differs from the printed one. */
const listDifferences: Record<'primary' | 'romanized', Record<string, string>> = {
  primary: {
    davo: roundTripDifferences.davo,
    rgaspi: roundTripDifferences.rgaspi,
    fox2012: '"eds. by" (see above), and 414 p. from the References list (the seed prints 397 p. here).',
    friedrich1956: 'The References list has "Cambridge, Mass." (the GOST list "Cambridge ; Mass."): a Latin work takes the References list\'s facts.',
    lewin1978: 'The References list has "Bloomington, Ind." (the GOST list "Bloomington ; Indiana").',
    suny1994: 'The References list has "Bloomington, Ind." (the GOST list "Bloomington ; Indiana").',
    pipes1993: 'The References list has "N. Y." (the GOST list "London").',
    smith1998: 'The References list has "1922. Policy" (the GOST list "1922 : Policy").',
    sternhell1996: 'The References list names Sternhell as author (the GOST list as editor, "/ ed. by Z. Sternhell").',
  },
  romanized: {
    davo: 'The seed leaves out Dos. 47, which the text cites and the Russian list prints.',
    fitzpatrick1989: 'The seed changes the name form after the first editor: "Gleason, A., Kenez P., Stites R.".',
    kpss1986: 'The seed\'s "plenimov", "rezoliutsiakh", "resheniakh" are not the lc transliteration (reported as a decision).',
    lenin1966: 'The seed\'s "bolsheviki", "sochinenij", "Politizdat" are not the lc transliteration; pages 256–257 follow the primary list (Cyrillic work).',
    stalin1952: 'The seed\'s "Sochineniya", "politicheskoy", "T. VII" are not the lc transliteration; the seed gives no English title.',
  },
};

/** Checked by hand against the printed lists: primary entry n ↔ References entry m. */
const expectedPairs =
  '1:8 2:22 3:25 4:36 5:43 6:48 7:1 8:2 9:3 10:4 11:5 12:6 13:7 14:9 15:10 16:11 17:13 18:14 19:15 20:17 21:16 22:18 23:12 24:19 25:20 26:21 27:23 ' +
  '28:24 29:26 30:27 31:28 32:29 33:30 34:31 35:32 36:33 37:34 38:35 39:38 40:37 41:39 42:40 43:41 44:42 45:45 46:44 47:46 48:47 49:49 50:50';

const number = (at: string) => Number(at.split(' ').pop());

function rendered(lists: ReturnType<typeof parseSeed>, kind: 'primary' | 'romanized') {
  const { resolved } = rebuiltArticle(lists);
  const list = resolved.references.find((l) => l.kind === kind)!;
  return { list, resolved };
}

/** Entries whose rendering is not the printed string, each with the printed and the rendered text. */
function differing(lists: ReturnType<typeof parseSeed>, kind: 'primary' | 'romanized'): Record<string, { seed: string; ours: string }> {
  const { list } = rendered(lists, kind);
  const printedOf = (id: string): string => {
    if (kind === 'primary') return seed.primary[lists.idByNumber.indexOf(id)];
    const pair = lists.pairs.find((p) => p.id === id)!;
    return seed.romanized[number(pair.romanized) - 1];
  };
  expect(list.entries).toHaveLength(50);
  const out: Record<string, { seed: string; ours: string }> = {};
  for (const e of list.entries) {
    const ours = plainText(e.text);
    const printed = printedOf(e.id);
    if (normalise(printed) !== normalise(ours)) out[e.id] = { seed: printed, ours };
  }
  return out;
}

describe('the seed\'s printed lists parsed into CSL', () => {
  const lists = parseSeed();

  it('parses all 50 entries of the primary list (none kept verbatim) and pairs all 50 of References', () => {
    expect(lists.counts).toEqual({ primary: 50, parsed: 50, verbatim: 0, romanized: 50, paired: 50 });
    expect(lists.diagnostics).toEqual([]);
    expect(lists.pairs.map((p) => `${number(p.primary)}:${number(p.romanized)}`).join(' ')).toBe(expectedPairs);
  });

  it('derives the keys the hand-made bibliography uses (surname + year, archive, first word of the title)', () => {
    const handMade = new Set(['davo', 'kpss1986', 'lenin1966', 'rgaspi', 'stalin1952', 'tsdooso', 'carr1979', 'fox2012', 'laue1964', 'sternhell1996']);
    for (const id of handMade) expect(lists.idByNumber).toContain(id);
    expect(new Set(lists.idByNumber).size).toBe(50);
  });

  it('takes the English titles and archive names from References, and reports each transliteration it does not match', () => {
    const byId = new Map(lists.items.map((i) => [i.id, i]));
    expect((byId.get('lenin1966')!.custom as Record<string, string>)['title-en']).toBe('Can the Bolsheviks Retain State Power?');
    expect((byId.get('rgaspi')!.custom as Record<string, string>)['title-en']).toBe('Russian State Archive of Socio-economic History');
    expect(byId.get('harris2005')).toMatchObject({ page: '63–82', 'number-of-pages': 295 });
    const kpss = lists.decisions.filter((d) => d.at === 'Список литературы 2').map((d) => d.what).join('\n');
    expect(kpss).toContain('plenimov');
    expect(kpss).toContain('plenumov');
    expect(lists.decisions.map((d) => d.what)).toContain('the References list gives no English title; add `custom.title-en`');
  });

  it(`round trip: each primary entry parsed alone and rendered by gost-qr gives back the printed string (${50 - Object.keys(roundTripDifferences).length} of 50)`, () => {
    const diff = differing(parseSeed(false), 'primary');
    expect(Object.keys(diff).sort()).toEqual(Object.keys(roundTripDifferences).sort());
    expect(50 - Object.keys(diff).length).toBeGreaterThanOrEqual(45);
  });

  for (const kind of ['primary', 'romanized'] as const) {
    const minimum = { primary: 40, romanized: 45 }[kind];
    it(`${kind}: the list rendered from the paired items equals the seed's for at least ${minimum} entries (the hand-made bibliography's figure)`, () => {
      const diff = differing(lists, kind);
      expect(Object.keys(diff).sort()).toEqual(Object.keys(listDifferences[kind]).sort());
      expect(50 - Object.keys(diff).length).toBeGreaterThanOrEqual(minimum);
    });
  }
});

/** What a citation key stands for, so keys of two bibliographies compare: the archive, or names and year, or the title. */
function identity(item: CslItem | undefined): string {
  if (!item) return '(none)';
  if (item.type === 'collection') return String(item.archive);
  const names = ((item.author ?? item.editor) as CslName[] | undefined)?.map((n) => n.family).join(', ');
  const year = (item.issued as { 'date-parts': number[][] })['date-parts'][0][0];
  return `${names ?? String(item.title).split(' ').slice(0, 3).join(' ')} ${year}`;
}

describe('the seed\'s in-text citations converted', () => {
  const lists = parseSeed();
  const { source, resolved } = rebuiltArticle(lists);
  const { profile } = loadProfile(join(root, 'journal.yaml'));
  const { source: handMade } = loadArticleSource(join(root, 'article/harris-2017'), profile!);
  const ours = collectCitations(source);
  const theirs = collectCitations(handMade!);
  const oursById = new Map(lists.items.map((i) => [i.id, i]));
  const theirsById = new Map(handMade!.bibliography.map((i) => [i.id, i]));
  const printed = seedClusters();

  it('converts all 29 bracketed clusters, none left as text', () => {
    expect(ours).toHaveLength(29);
    expect(theirs).toHaveLength(29);
  });

  it.each(printed.map((p, i) => [i + 1, p] as const))('cluster %i [%s]: the same works and locators as article/harris-2017', (n) => {
    const a = ours[n - 1].items.map((i) => [identity(oursById.get(i.key)), i.label ?? '', i.locator ?? '', i.suffix ?? '']);
    const b = theirs[n - 1].items.map((i) => [identity(theirsById.get(i.key)), i.label ?? '', i.locator ?? '', i.suffix ?? '']);
    expect(a).toEqual(b);
  });

  it('renders every converted cluster as the seed prints it (its two inconsistencies in one form)', () => {
    const expected = printed.map((p) => p.replace(/Schapiro 1955/, 'Schapiro, 1955').replace(/ об$/, ' об.'));
    expect(ours.map((c) => normalise(plainText(resolved.citations.get(c.id) ?? [])))).toEqual(expected.map(normalise));
  });
});
