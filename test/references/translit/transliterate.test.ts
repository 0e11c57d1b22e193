import { describe, expect, it } from 'vitest';
import { transliterate, getScheme, UnknownSchemeError, translitSchemes } from '../../../src/references/translit/transliterate.js';

// [Cyrillic, expected Latin] per scheme.
const cases: Record<string, [string, string][]> = {
  lc: [
    ['Ленин', 'Lenin'],
    ['Сталин, Иосиф Виссарионович', 'Stalin, Iosif Vissarionovich'],
    ['Удержат ли большевики государственную власть?', "Uderzhat li bol'sheviki gosudarstvennuiu vlast'?"],
    ['съездов, конференций', "s'ezdov, konferentsii"],
    ['Государственное издательство политической литературы', "Gosudarstvennoe izdatel'stvo politicheskoi literatury"],
    ['Полное собрание сочинений', 'Polnoe sobranie sochinenii'],
    ['Сочинения', 'Sochineniia'],
    ['ЦК', 'TsK'],
    ['ЦДООСО', 'TsDOOSO'],
    ['РГАСПИ', 'RGASPI'],
    ['Щукин', 'Shchukin'],
    ['ёлка, Ёж', 'elka, Ezh'],
    ['Юрий, Ярослав', 'Iurii, Iaroslav'],
    ['Ельцин', "El'tsin"],
    ['подъезд', "pod'ezd"],
    ['Хрущёв', 'Khrushchev'],
    ['Эрмитаж', 'Ermitazh'],
    ['Выборг', 'Vyborg'],
    ['Т. 3 (1922–1925)', 'T. 3 (1922–1925)'],
    ['Macmillan, 1979', 'Macmillan, 1979'],
  ],
  'bgn-pcgn': [
    ['Ленин', 'Lenin'],
    ['Ельцин', 'Yel’tsin'],
    ['ёлка', 'yëlka'],
    ['Хрущёв', 'Khrushchëv'],
    ['Достоевский', 'Dostoyevskiy'],
    ['съезд', 's”yezd'],
    ['Юрий', 'Yuriy'],
    ['Ярослав', 'Yaroslav'],
    ['Щукин', 'Shchukin'],
    ['большевики', 'bol’sheviki'],
    ['ЦК', 'TSK'],
    ['Цой', 'Tsoy'],
    ['Эрмитаж', 'Ermitazh'],
    ['Выборг', 'Vyborg'],
    ['Чайковский', 'Chaykovskiy'],
    ['объём', 'ob”yëm'],
    ['ЖУКОВ', 'ZHUKOV'],
  ],
  'gost-7.79-b': [
    ['Ленин', 'Lenin'],
    ['цирк', 'czirk'],
    ['Цой', 'Coj'], ['Цыган', "Czy'gan"],
    ['царь', 'car`'],
    ['ЦДООСО', 'CDOOSO'],
    ['Щукин', 'Shhukin'],
    ['ёлка', 'yolka'],
    ['Ельцин', 'El`czin'],
    ['Юрий', 'Yurij'],
    ['Ярослав', 'Yaroslav'],
    ['съезд', 's``ezd'],
    ['Выборг', "Vy'borg"],
    ['Эрмитаж', 'E`rmitazh'],
    ['Хрущёв', 'Xrushhyov'],
    ['ЖУКОВ', 'ZHUKOV'],
    ['Жуков', 'Zhukov'],
    ['большевики', 'bol`sheviki'],
  ],
};

describe('transliterate', () => {
  for (const [scheme, table] of Object.entries(cases)) {
    describe(scheme, () => {
      it.each(table)('%s → %s', (cyrillic, latin) => {
        expect(transliterate(cyrillic, scheme)).toBe(latin);
      });
    });
  }

  it('has at least 15 cases for every scheme it offers', () => {
    for (const id of Object.keys(translitSchemes)) expect(cases[id]?.length ?? 0).toBeGreaterThanOrEqual(15);
  });

  it('normalises decomposed input (й written as и + breve) before looking letters up', () => {
    expect(transliterate('конференци\u0438\u0306', 'lc')).toBe('konferentsii');
  });

  it('rejects an unknown scheme with the list of known ones', () => {
    expect(() => getScheme('iso-r9')).toThrow(UnknownSchemeError);
    expect(() => transliterate('Ленин', 'iso-r9')).toThrow(/expected one of lc, bgn-pcgn, gost-7.79-b/);
  });
});
