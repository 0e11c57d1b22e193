// The sample article's source must keep everything the seed prints: every body paragraph
// (checked by runs of six words), the footnotes, figures, citation clusters and front matter.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_DIR, readArticle } from './article-text.js';
import { citationClusters, missingRuns, parseSeedBody, parseSeedFront, prepareText, readSeed } from './seed-text.js';

const seedText = readSeed();
const seed = parseSeedBody(seedText);
const seedFront = parseSeedFront(seedText);
const article = readArticle();

const KEYS = `davo rgaspi tsdooso kpss1986 lenin1966 stalin1952 carr1979 cohen1973 collins1976 conquest1968
  cook2013 daniels1960 davies2014 deutscher1949 englander1987 fitzpatrick1989 friedrich1956 getty2013 gill1990
  harris2005 harris2007 holquist1997 fox2012 khlevniuk2009 kotkin2014 kowalski1991 laue1964 lebon1896 lewin1978
  malia1994 mcauley1991 pethybridge1974 pietsch1969 pipes1993 priestland2007 rabinowitch1976 remington1984
  rigby1979 schapiro1955 schapiro1984 service1979 smith1983 smith1998 spengler1918 sternhell1996 suny1994
  trotsky1940 trotsky1943 tucker1973 tucker1990`.split(/\s+/);

/** How the seed names a work that is not cited by its first author's Latin surname. */
const KEY_PREFIX_BY_SEED_NAME: Record<string, string> = {
  'Justifying War...': 'fox', Ленин: 'lenin', Сталин: 'stalin', 'КПСС в резолюциях...': 'kpss',
  РГАСПИ: 'rgaspi', ДАВО: 'davo', ЦДООСО: 'tsdooso',
};
const digits = (text: string) => text.match(/\d+/g) ?? [];
const AUTHOR_YEAR = /^[^\d]+?,?\s(\d{4})$/;

describe('the seed, as extracted', () => {
  it('yields 23 body paragraphs, 3 footnotes and 2 captions, every repair applied', () => {
    expect(seed.paragraphs).toHaveLength(23);
    expect(seed.paragraphs[0]).toMatch(/^As we approach the hundredth anniversary/);
    expect(seed.paragraphs.at(-1)).toMatch(/is the subject of my on-going research\.$/);
    expect([...seed.footnotes.keys()]).toEqual([1, 2, 3]);
    expect(seed.captions).toEqual([
      'Joseph Stalin. 1918. At the front of the Civil War',
      'Joseph Stalin. 1924. Speech at the Second All-Union Congress of Soviets',
    ]);
    expect(seed.unmatchedRepairs).toEqual([]);
  });
});

describe('article.md body', () => {
  it('contains every six-word run of every seed body paragraph', () => {
    expect(missingRuns(seed.paragraphs, article.paragraphs)).toEqual([]);
  });

  it('would report a dropped paragraph', () => {
    const dropped = article.paragraphs.filter((_, index) => index !== 9);
    expect(missingRuns(seed.paragraphs, dropped).length).toBeGreaterThan(50);
  });

  it('keeps the seed paragraphs one to one, in order, with nothing added', () => {
    expect(article.paragraphs.map(prepareText)).toEqual(seed.paragraphs.map(prepareText));
  });

  it('has no section headings, lists or other blocks the seed does not print', () => {
    expect(article.otherBlocks).toEqual([]);
  });

  it('calls the three footnotes where the seed does and defines them verbatim', () => {
    seed.paragraphs.forEach((paragraph, index) => {
      const seedCalls = [...paragraph.matchAll(/\]\.<sup>(\d+)<\/sup>/g)].map((m) => m[1]);
      const articleCalls = [...article.paragraphs[index].matchAll(/\]\.\[\^(\d+)\]/g)].map((m) => m[1]);
      expect(articleCalls, `paragraph ${index + 1}`).toEqual(seedCalls);
    });
    expect([...article.footnotes.keys()]).toEqual(['1', '2', '3']);
    for (const [number, text] of seed.footnotes) expect(article.footnotes.get(String(number))).toBe(text);
  });

  it('places both figures where the seed has them, with its captions and placeholder images', () => {
    expect(article.figures.map((f) => f.alt)).toEqual(seed.captions);
    const [first, second] = article.figures;
    expect(article.paragraphs[first.afterParagraph]).toMatch(/presented other lessons for the Bolsheviks\.$/);
    expect(article.paragraphs[second.afterParagraph]).toContain("Stalin's primary responsibility when he took over");
    for (const figure of article.figures) {
      expect(figure.url).toMatch(/^figures\/[a-z0-9-]+\.placeholder\.svg$/);
      const file = `${ARTICLE_DIR}${figure.url}`;
      expect(existsSync(file), file).toBe(true);
      const svg = readFileSync(file, 'utf8');
      expect(svg).toContain('PLACEHOLDER');
      expect(svg).toMatch(/<svg[^>]+width="600" height="400"/);
    }
  });
});

describe('article.md citations', () => {
  const pairs = seed.paragraphs.flatMap((paragraph, index) => {
    const seedClusters = citationClusters(paragraph);
    const articleClusters = citationClusters(article.paragraphs[index] ?? '');
    return seedClusters.map((cluster, n) => ({ paragraph: index + 1, seed: cluster, source: articleClusters[n] ?? '' }));
  });

  it('converts every bracketed cluster of the seed, and leaves none as plain text', () => {
    expect(pairs).toHaveLength(29);
    const perParagraph = article.paragraphs.map((p) => citationClusters(p).length);
    expect(perParagraph).toEqual(seed.paragraphs.map((p) => citationClusters(p).length));
    for (const cluster of article.paragraphs.flatMap(citationClusters)) {
      expect(cluster).toMatch(/^@[a-z]+\d*(, [^;]+)?(; @[a-z]+\d*(, [^;]+)?)*$/);
    }
  });

  it('keeps each item, names the right work and carries its locator', () => {
    for (const pair of pairs) {
      const seedItems = pair.seed.split(/;\s*/);
      const sourceItems = pair.source.split(/;\s*/);
      expect(sourceItems, pair.seed).toHaveLength(seedItems.length);
      let previousPrefix = '';
      seedItems.forEach((seedItem, n) => {
        const [, key = '', locator = ''] = /^@([a-z]+\d*)(?:, (.*))?$/.exec(sourceItems[n]) ?? [];
        const name = seedItem.split(/[,.]\s|\s\d/)[0];
        const abbreviated = /^(Д|Ф)\. \d/.test(seedItem);
        const prefix = abbreviated
          ? previousPrefix
          : (KEY_PREFIX_BY_SEED_NAME[seedItem] ?? KEY_PREFIX_BY_SEED_NAME[name] ?? name.toLowerCase().replace(/\s.*/, ''));
        previousPrefix = prefix;
        expect(key, `${seedItem} → ${sourceItems[n]}`).toMatch(new RegExp(`^${prefix}`));
        const year = AUTHOR_YEAR.exec(seedItem)?.[1];
        if (year) expect(key, seedItem).toBe(`${prefix}${year}`);
        const seedDigits = year ? [] : digits(seedItem);
        if (seedDigits.length) expect(digits(locator).slice(-seedDigits.length), seedItem).toEqual(seedDigits);
        else expect(locator, seedItem).toBe('');
        const remark = /\(([^)]+)\)$/.exec(seedItem)?.[1];
        if (remark) expect(locator.endsWith(`(${remark})`), seedItem).toBe(true);
        if (['rgaspi', 'davo', 'tsdooso'].includes(key)) expect(locator).toMatch(/^Ф\. \d+\. Оп\. \d+\. Д\. \d+/);
      });
    }
  });

  it('cites each of the 50 works', () => {
    const cited = new Set(article.paragraphs.flatMap((p) => [...p.matchAll(/@([a-z]+\d*)/g)].map((m) => m[1])));
    expect([...cited].sort()).toEqual([...KEYS].sort());
  });
});

describe('article.md front matter', () => {
  const front = article.front as Record<string, any>;

  it('keeps the identifiers exactly', () => {
    expect(front.udc).toBe('329.8+321.74+929Сталин+94(470)"1917/1927"');
    expect(front.udc).toBe(seedFront.udc);
    expect(front.doi).toBe(seedFront.doi);
    expect(front).toMatchObject({ lang: 'en', seq: 245, volume: 5, issue: 3, year: 2017, pages: { first: 693, last: 707 } });
    expect(front.history).toEqual({ received: '2017-01-17' });
  });

  it('keeps the title, abstracts, keywords and citation blocks as printed', () => {
    expect(front.title.en).toBe('The Bolshevik Party Transformed: Stalin’s Rise to Power (1917–1927)');
    expect(front.title.ru).toMatch(/\p{Script=Cyrillic}/u);
    expect(front.abstract.en.trim()).toBe(seedFront.abstract.en);
    expect(front.abstract.ru.trim()).toBe(seedFront.abstract.ru);
    expect(front.abstract.ru).toContain('побежденный ими царизм. Автор');
    expect(front.keywords).toEqual(seedFront.keywords);
    expect(front['citation-block']).toEqual(seedFront.citationBlock);
  });

  it('names the author in both scripts with the affiliation', () => {
    expect(front.authors).toEqual([
      expect.objectContaining({
        name: { en: { given: 'James', surname: 'Harris' }, ru: { given: 'Джеймс', surname: 'Харрис' } },
        affiliations: ['leeds'],
      }),
    ]);
    expect(front.affiliations[0]).toMatchObject({ id: 'leeds', 'country-code': 'GB', institution: { en: 'University of Leeds' } });
  });
});
