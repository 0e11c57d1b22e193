import type { TranslitScheme } from './scheme.js';

/**
 * ГОСТ 7.79-2000 (ISO 9:1995), System B, for Russian: ASCII only; ц is cz before
 * i, e, y, j and c elsewhere; in words written in capitals every letter is a capital.
 */
export const gost779b: TranslitScheme = {
  id: 'gost-7.79-b',
  name: 'GOST 7.79-2000 System B',
  capitals: 'word',
  rules: [{ letter: 'ц', to: 'cz', beforeOutput: 'eiyj' }],
  letters: {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'j',
    к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
    х: 'x', ц: 'c', ч: 'ch', ш: 'sh', щ: 'shh', ъ: '``', ы: "y'", ь: '`', э: "e`", ю: 'yu', я: 'ya',
  },
};
