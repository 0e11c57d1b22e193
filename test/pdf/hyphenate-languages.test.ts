// Every language the hyphen package ships is hyphenated, with or without a
// profile setting; a language it lacks gets none (and the profile says so).
import { describe, expect, it } from 'vitest';
import { hyphenateText, patternFor, SOFT_HYPHEN } from '../../src/pdf/hyphenate.js';

const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '-');

describe('hyphenation by language', () => {
  it.each([
    ['pt', {}, 'pt'],
    ['pt-BR', {}, 'pt'],
    ['es', {}, 'es'],
    ['en', {}, undefined], // the package has en-gb and en-us, no "en": the profile must choose
    ['en', { en: 'en-us' }, 'en-us'],
    ['pt-BR', { pt: 'pt' }, 'pt'],
    ['xx', {}, undefined],
  ] as [string, Record<string, string>, string | undefined][])('%s with %j → %s', (lang, setting, pattern) => {
    expect(patternFor(lang, setting)).toBe(pattern);
  });

  it('hyphenates Portuguese and Spanish text with their own patterns, Cyrillic words with Russian ones', () => {
    expect(shown(hyphenateText('compreensão', { byLanguage: {}, lang: 'pt' }))).toBe('com-pre-en-são');
    expect(shown(hyphenateText('conversación', { byLanguage: {}, lang: 'es' }))).toBe('con-ver-sa-ción');
    expect(shown(hyphenateText('революция', { byLanguage: {}, lang: 'pt' }))).toBe('ре-во-лю-ция');
  });
});

describe('hyphenated words remembered per pattern', () => {
  it('gives each pattern its own breaks for the same word, however often it is asked', () => {
    const gb = { byLanguage: { en: 'en-gb' }, lang: 'en' };
    const us = { byLanguage: { en: 'en-us' }, lang: 'en' };
    for (let i = 0; i < 3; i++) {
      expect(shown(hyphenateText('revolution democracy', gb))).toBe('re-volu-tion demo-cracy');
      expect(shown(hyphenateText('revolution democracy', us))).toBe('rev-o-lu-tion democ-racy');
    }
  });
});
