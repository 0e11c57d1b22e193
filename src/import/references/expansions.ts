// Abbreviations GOST R 7.0.12-2011 (and the English lists that follow it) print,
// with the full forms Galley stores: the styles abbreviate again from their own
// tables, the romanized list transliterates the full form. Data, not code.
import type { Expansions } from './types.js';

export const defaultExpansions: Expansions = {
  places: {
    'М.': 'Москва',
    'СПб.': 'Санкт-Петербург',
    'Л.': 'Ленинград',
    'Пг.': 'Петроград',
    'Ростов н/Д': 'Ростов-на-Дону',
    'Н. Новгород': 'Нижний Новгород',
    'Екб.': 'Екатеринбург',
    'L.': 'London',
    'N. Y.': 'New York',
    'N. Haven': 'New Haven',
    'P.': 'Paris',
    'B.': 'Berlin',
    // Places the romanized lists print in full ("Moscow, Nauka, 2007": no colon before the publisher).
    Moscow: 'Moscow',
    'St. Petersburg': 'St. Petersburg',
    'Saint Petersburg': 'Saint Petersburg',
    Leningrad: 'Leningrad',
  },
  words: {
    'Гос.': ['Государственное', 'Государственный'],
    'гос.': ['государственное', 'государственный', 'государственного'],
    'Изд-во': ['Издательство'],
    'изд-во': ['издательство'],
    'полит.': ['политической'],
    'лит.': ['литературы', 'литература'],
    'Полн.': ['Полное'],
    'собр.': ['собрание'],
    'соч.': ['сочинений'],
    'Избр.': ['Избранные'],
    'произв.': ['произведения', 'произведений'],
    'Ун-та': ['Университета'],
    'ун-та': ['университета'],
    'ун-т': ['университет'],
    'акад.': ['академии'],
    'ист.': ['исторической', 'исторический'],
  },
};
