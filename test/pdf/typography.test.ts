import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/model/types.js';
import { hyphenateText, hyphenateWord, SOFT_HYPHEN } from '../../src/pdf/hyphenate.js';
import {
  bindInitials,
  bindNumbers,
  bindOneLetterWords,
  NARROW_NBSP,
  NBSP,
  russianQuotes,
  spaceDashes,
  THIN_SPACE,
  typesetBlocks,
  typesetInlines,
  typesetText,
} from '../../src/pdf/typography.js';

const show = (s: string) => s.replace(/\u00A0/g, '⍽').replace(/\u202F/g, '⸱').replace(/\u2009/g, '·').replace(/\u00AD/g, '=');
const patterns = { en: 'en-gb', ru: 'ru' };

describe('bindInitials', () => {
  it.each([
    ['Ленин В. И. Полн. собр. соч.', `Ленин${NBSP}В.${NBSP}И. Полн. собр. соч.`],
    ['В. И. Ленин писал', `В.${NBSP}И.${NBSP}Ленин писал`],
    ['Carr, E. H. The Russian Revolution', `Carr,${NBSP}E.${NBSP}H. The Russian Revolution`],
    ['Laue T. H. Von. Why Lenin?', `Laue${NBSP}T.${NBSP}H. Von. Why Lenin?`],
    ['N. Y. : A. A. Knopf, 1973', `N.${NBSP}Y. : A.${NBSP}A.${NBSP}Knopf, 1973`],
    ['РГАСПИ. Ф. 17. Оп. 69. Д. 140. Л. 30', 'РГАСПИ. Ф. 17. Оп. 69. Д. 140. Л. 30'],
    ['В 1917 г. большевики', 'В 1917 г. большевики'],
    ['the USSR. The question', 'the USSR. The question'],
  ])('%s', (input, expected) => {
    expect(show(bindInitials(input))).toBe(show(expected));
  });
});

describe('bindNumbers', () => {
  it.each([
    ['N. Haven, Yale Univ. Press. 707 p.', `N. Haven, Yale Univ. Press. 707${NBSP}p.`],
    ['Vol. 5, № 3, p. 693–707', `Vol.${NBSP}5, №${NBSP}3, p.${NBSP}693–707`],
    ['РГАСПИ. Ф. 17. Оп. 69. Д. 140. Л. 30', `РГАСПИ. Ф.${NBSP}17. Оп.${NBSP}69. Д.${NBSP}140. Л.${NBSP}30`],
    ['В 1917 г. большевики, с. 306–307, 494 с.', `В 1917${NBSP}г. большевики, с.${NBSP}306–307, 494${NBSP}с.`],
    ['Priestland, ch. 1', `Priestland, ch.${NBSP}1`],
    ['Stalin p. Harris', 'Stalin p. Harris'],
    ['in 1917 the party', 'in 1917 the party'],
  ])('%s', (input, expected) => {
    expect(show(bindNumbers(input))).toBe(show(expected));
  });
});

describe('bindOneLetterWords', () => {
  it.each([
    ['В 1917 г. большевики', `В${NBSP}1917 г. большевики`],
    ['власть и народ', `власть и${NBSP}народ`],
    ['путь к власти, а также с помощью', `путь к${NBSP}власти, а${NBSP}также с${NBSP}помощью`],
    ['о революции у власти', `о${NBSP}революции у${NBSP}власти`],
    ['Ленин в Москве', `Ленин в${NBSP}Москве`],
    ['Сталин и', 'Сталин и'],
    ['слово Как', 'слово Как'],
  ])('%s', (input, expected) => {
    expect(show(bindOneLetterWords(input))).toBe(show(expected));
  });
});

describe('spaceDashes', () => {
  it.each([
    ['en', 'own property – a qualification', `own property${NBSP}– a qualification`],
    ['en', 'the Party — and the state', `the Party${NBSP}— and the state`],
    ['en', 'between 1917–1927 only', 'between 1917–1927 only'],
    ['ru', 'революцию — и установил', `революцию${NARROW_NBSP}—${THIN_SPACE}и установил`],
    ['ru', 'революцию – и установил', `революцию${NARROW_NBSP}—${THIN_SPACE}и установил`],
    ['ru', 'революцию - и установил', `революцию${NARROW_NBSP}—${THIN_SPACE}и установил`],
    ['ru', 'в 1917–1927 гг. и во-первых', 'в 1917–1927 гг. и во-первых'],
  ])('%s: %s', (lang, input, expected) => {
    expect(show(spaceDashes(input, lang))).toBe(show(expected));
  });
});

describe('russianQuotes', () => {
  it.each([
    ['Сталин "оседлал" революцию', 'Сталин «оседлал» революцию'],
    ['ощущение “переходной” диктатуры', 'ощущение «переходной» диктатуры'],
    ['("буржуазных") демократий', '(«буржуазных») демократий'],
    ['"а "б" в"', '«а „б“ в»'],
    ['уже «верные» кавычки', 'уже «верные» кавычки'],
    ['Stalin’s apostrophe', 'Stalin’s apostrophe'],
  ])('%s', (input, expected) => {
    expect(russianQuotes(input)).toBe(expected);
  });
});

describe('hyphenation', () => {
  it.each([
    ['exploitation', 'en-gb', 'ex=ploit=a=tion'],
    ['эксплуатации', 'ru', 'экс=плу=а=та=ции'],
    ['the', 'en-gb', 'the'],
    ['РГАСПИ', 'ru', 'РГАСПИ'],
  ])('%s (%s)', (word, pattern, expected) => {
    expect(show(hyphenateWord(word, pattern))).toBe(expected);
  });

  it('never leaves fewer than 3 letters after an English break or 2 before one', () => {
    for (const word of ['democracy', 'dictatorship', 'centralised', 'Bolsheviks', 'participatory', 'idea']) {
      const parts = hyphenateWord(word, 'en-gb').split(SOFT_HYPHEN);
      expect(parts[0].length, word).toBeGreaterThanOrEqual(2);
      expect(parts[parts.length - 1].length, word).toBeGreaterThanOrEqual(parts.length > 1 ? 3 : 1);
    }
  });

  it.each([
    ['DOI 10.15826/qr.2017.3.245 printed', ['10.15826/qr.2017.3.245']],
    ['see https://qrjournal.org/articles/independence now', ['https://qrjournal.org/articles/independence']],
    ['write to editorial@qrjournal.org today', ['editorial@qrjournal.org']],
    ['in 1917/1927 revolutionary', ['1917/1927']],
  ])('leaves identifiers whole: %s', (text, kept) => {
    const out = hyphenateText(text, { byLanguage: patterns, lang: 'en' });
    for (const token of kept) expect(out.split(' ')).toContain(token);
  });

  it('hyphenates each word with the patterns of its own script', () => {
    const out = hyphenateText('the revolutionary большевики', { byLanguage: patterns, lang: 'en' });
    expect(show(out)).toBe(`the ${show(hyphenateWord('revolutionary', 'en-gb'))} боль=ше=ви=ки`);
    expect(show(hyphenateWord('revolutionary', 'en-gb'))).toContain('=');
  });

  it('leaves Latin words whole in a language without patterns', () => {
    expect(hyphenateText('Der Untergang des Abendlandes', { byLanguage: patterns, lang: 'de' })).toBe('Der Untergang des Abendlandes');
  });
});

describe('typesetText', () => {
  it('applies the Russian rules only to Russian text', () => {
    const ru = typesetText('В 1917 г. "большевики" — и Ленин В. И.', { lang: 'ru', hyphenate: false, patterns });
    expect(show(ru)).toBe(show(`В${NBSP}1917${NBSP}г. «большевики»${NARROW_NBSP}—${THIN_SPACE}и${NBSP}Ленин${NBSP}В.${NBSP}И.`));
    const en = typesetText('In 1917 "the party" – and Carr E. H.', { lang: 'en', hyphenate: false, patterns });
    expect(show(en)).toBe(show(`In 1917 "the party"${NBSP}– and Carr${NBSP}E.${NBSP}H.`));
  });

  it('can keep quotes as written (a Russian citation block quoting an English title)', () => {
    expect(typesetText('A "title" // Журнал', { lang: 'ru', hyphenate: false, patterns, quotes: false })).toContain('"title"');
  });
});

describe('typesetInlines / typesetBlocks', () => {
  const text = (value: string): Inline => ({ type: 'text', value });
  const options = { lang: 'en', hyphenate: true, patterns };

  it('leaves DOI fields, URL-like links, code and footnote calls alone, and typesets citations', () => {
    const out = typesetInlines(
      [
        { type: 'field', role: 'DOI', children: [text('10.15826/qr.2017.3.245')] },
        { type: 'link', url: 'https://example.org/revolutionary', children: [text('https://example.org/revolutionary')] },
        { type: 'inlineCode', value: 'revolutionary' },
        { type: 'footnoteRef', id: 'fn1', number: 1 },
        { type: 'citation', id: 'c1', items: [{ key: 'x' }], rendered: [text('Revolutionary Russia')] },
      ],
      options,
    );
    expect(JSON.stringify(out.slice(0, 4))).not.toContain(SOFT_HYPHEN);
    const cited = out[4];
    expect(cited.type === 'citation' && cited.rendered[0].type === 'text' && cited.rendered[0].value).toContain(SOFT_HYPHEN);
  });

  it('never hyphenates section titles but does their paragraphs', () => {
    const blocks: Block[] = [{ type: 'section', id: 's', depth: 2, title: [text('Revolutionary democracy')], children: [{ type: 'paragraph', children: [text('Revolutionary democracy')] }] }];
    const [section] = typesetBlocks(blocks, options);
    if (section.type !== 'section') throw new Error('expected a section');
    expect(JSON.stringify(section.title)).not.toContain(SOFT_HYPHEN);
    expect(JSON.stringify(section.children)).toContain(SOFT_HYPHEN);
  });
});
