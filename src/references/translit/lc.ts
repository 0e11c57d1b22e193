import type { TranslitScheme } from './scheme.js';

/**
 * Library of Congress romanization of Russian without diacritics, as many Russian
 * journals print it: the tie bars and breves are dropped (ю iu, я ia, й i, ё e, э e), both hard
 * and soft sign are an apostrophe (s'ezdov, izdatel'stvo), and only the first letter of
 * a capital's romanization is a capital (TsK, TsDOOSO).
 */
export const lc: TranslitScheme = {
  id: 'lc',
  name: 'Library of Congress (without diacritics)',
  capitals: 'first',
  letters: {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
    к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
    х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: "'", ы: 'y', ь: "'", э: 'e', ю: 'iu', я: 'ia',
    // Pre-1918 letters, as LC romanizes them.
    і: 'i', ѣ: 'ie', ѳ: 'f', ѵ: 'y',
  },
};
