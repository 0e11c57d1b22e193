import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { inflectName } from '../../src/references/inflect.js';
import { loadStyle } from '../../src/references/style.js';
import { journalProfile } from './fixtures.js';

const rules = loadStyle(journalProfile().templates, 'gost-qr').config.genitive!;

// [family, given, genitive family (the same where the rules cannot tell)]
const cases: [string, string, string][] = [
  ['Полуденный', 'Борис Борисович', 'Полуденного'],
  ['Ухабов', 'Степан Гаврилович', 'Ухабова'],
  ['Безменов', 'Игнатий Савельевич', 'Безменова'],
  ['Верстовой', 'Кирилл Кириллович', 'Верстового'],
  ['Достоевский', 'Федор Михайлович', 'Достоевского'],
  ['Троцкий', 'Лев Давидович', 'Троцкого'],
  ['Пушкин', 'Александр Сергеевич', 'Пушкина'],
  ['Лебедев', 'Петр Ильич', 'Лебедева'],
  ['Соловьёв', 'Сергей Михайлович', 'Соловьёва'],
  ['Часовникова', 'Елена Викторовна', 'Часовниковой'],
  ['Подорожная', 'Лидия Семеновна', 'Подорожной'],
  ['Рассолова', 'Таисия Кузьминична', 'Рассоловой'],
  ['Бунина', 'Анна Петровна', 'Буниной'],
  ['Сокольская', 'Вера Ильинична', 'Сокольской'],
  // Left as written: no patronymic, initials only, indeclinable or unlisted endings.
  ['Полуденный', 'Борис', 'Полуденный'],
  ['Полуденный', 'Б. Б.', 'Полуденный'],
  ['Шевченко', 'Тарас Григорьевич', 'Шевченко'],
  ['Черных', 'Павел Яковлевич', 'Черных'],
  ['Шевчук', 'Иван Петрович', 'Шевчук'],
  ['Шевчук', 'Анна Петровна', 'Шевчук'],
  ['Дурново', 'Петр Николаевич', 'Дурново'],
  ['Fitzpatrick', 'Sheila', 'Fitzpatrick'],
];

describe('editor names in the genitive (gost-qr.yaml `genitive`)', () => {
  it.each(cases)('%s %s → %s', (family, given, expected) => {
    expect(inflectName({ family, given }, rules)).toEqual({ family: expected, given });
  });

  it('leaves a literal name alone', () => {
    expect(inflectName({ literal: 'Институт истории' }, rules)).toEqual({ literal: 'Институт истории' });
  });

  it('is data of the style, for editors of Russian works only', () => {
    expect(rules.variables).toEqual(['editor']);
    expect(rules.languages).toEqual(['ru']);
    expect(readFileSync(new URL('../../templates/csl/references-qr.yaml', import.meta.url), 'utf8')).not.toMatch(/genitive/);
  });
});
