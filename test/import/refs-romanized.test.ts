// Entries of a romanized References list, one shape per row, read into what
// pairing compares (the APA-like shape of the seed, and the GOST shape in English).
import { describe, expect, it } from 'vitest';
import { readRomanizedEntry } from '../../src/import/references/romanized.js';
import { defaultExpansions } from '../../src/import/references/expansions.js';

const rows: [string, string, Record<string, unknown>][] = [
  ['book: names, (year), italic title, place, publisher, size', 'Carr, E. H. (1979). *The Russian Revolution from Lenin to Stalin*. L., Macmillan. 200 p.', {
    names: [{ family: 'Carr', given: 'E. H.' }], year: 1979, title: 'The Russian Revolution from Lenin to Stalin', place: 'L.', publisher: 'Macmillan', numberOfPages: 200,
  }],
  ['italic title holding ". "', 'Kotkin, S. (2014). *Stalin: Volume I. Paradoxes of Power, 1878–1928*. N. Y., Penguin. 976 p.', { title: 'Stalin: Volume I. Paradoxes of Power, 1878–1928', place: 'N. Y.' }],
  ['article: In *Journal*. No. issue, pp. pages', 'Collins, D. (1976). The Russian Red Guard of 1917 and Lenin\'s Utopia. In *J. of Russian Studies*. No. 1, pp. 3–12.', {
    title: 'The Russian Red Guard of 1917 and Lenin\'s Utopia', container: 'J. of Russian Studies', issue: '1', page: '3–12',
  }],
  ['article title holding ". " and a question mark', 'Smith, J. (1998). The Georgian Affair of 1922. Policy Failure, Personality Clash or Power Struggle? In *Europe-Asia Studies*. No. 3, pp. 519–544.', {
    title: 'The Georgian Affair of 1922. Policy Failure, Personality Clash or Power Struggle?', container: 'Europe-Asia Studies',
  }],
  ['chapter: In editors (Eds.). *Book*, a place with a comma', 'Fitzpatrick, S. (1989). The Civil War as a Formative Experience. In Gleason, A., Kenez P., Stites R. (Eds.). *Bolshevik Culture: Experiment and Order in the Russian Revolution*. Bloomington, Ind., Indiana Univ. Press. 305 p.', {
    editors: [{ family: 'Gleason', given: 'A.' }, { family: 'Kenez', given: 'P.' }, { family: 'Stites', given: 'R.' }], container: 'Bolshevik Culture: Experiment and Order in the Russian Revolution', place: 'Bloomington, Ind.', publisher: 'Indiana Univ. Press',
  }],
  ['edited book: (Eds.) before the year', 'Fox, J., Welch, D. (Eds.) (2012). *Justifying War: Propaganda, Politics and the Modern Age*. Basingstoke, Macmillan. 414 p.', { namesAreEditors: true, names: [{ family: 'Fox', given: 'J.' }, { family: 'Welch', given: 'D.' }], numberOfPages: 414 }],
  ['Cyrillic work: romanized title, [translation], edition, volume, pages', 'Lenin, V. I. (1966). Uderzhat li bolsheviki gosudarstvennuiu vlast\'? [Can the Bolsheviks Retain State Power?]. In *Polnoe sobranie sochinenij*. Izd. 4. T. 34. Moscow, Politizdat, pp. 306–307.', {
    title: 'Uderzhat li bolsheviki gosudarstvennuiu vlast\'?', titleEn: 'Can the Bolsheviks Retain State Power?', container: 'Polnoe sobranie sochinenij', edition: '4', volume: '34', place: 'Moscow', publisher: 'Politizdat', page: '306–307',
  }],
  ['no author: title (year) [translation]', 'KPSS v rezoliutsiakh i resheniakh s\'ezdov (1986) [The CPSU in resolutions]. T. 3 (1922–1925). Moscow, Politizdat. 494 p.', { names: [], title: 'KPSS v rezoliutsiakh i resheniakh s\'ezdov', titleEn: 'The CPSU in resolutions', volume: '3 (1922–1925)' }],
  ['archive: abbreviation [English name]', 'RGASPI [Russian State Archive of Socio-economic History]. Stock 17. List 69. Dos. 140.', { archive: 'RGASPI', titleEn: 'Russian State Archive of Socio-economic History' }],
  ['GOST shape in English, numbered', '1. Golovin Yu.I. Introduction to nanotechnology. Moscow, Mashinostroenie, 2007. 496 p.', {
    gost: true, names: [{ family: 'Golovin', given: 'Yu.I.' }], year: 2007, title: 'Introduction to nanotechnology', place: 'Moscow', publisher: 'Mashinostroenie', numberOfPages: 496,
  }],
];

describe('romanized References entries', () => {
  it.each(rows)('%s', (_, text, expected) => {
    expect(readRomanizedEntry(text, 'paragraph 1', defaultExpansions)).toMatchObject(expected);
  });
});
