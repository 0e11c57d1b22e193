import type { TranslitScheme } from './scheme.js';

const vowelsAndSigns = 'аеёиоуыэюяйъь';

/**
 * BGN/PCGN 1947 romanization of Russian. The optional middle dot (т·с, ш·ч …) is not
 * used; е and ё are ye / yë at the start of a word and after a vowel, й, ъ or ь.
 */
export const bgnPcgn: TranslitScheme = {
  id: 'bgn-pcgn',
  name: 'BGN/PCGN 1947',
  capitals: 'word',
  rules: [
    { letter: 'е', to: 'ye', atWordStart: true, after: vowelsAndSigns },
    { letter: 'ё', to: 'yë', atWordStart: true, after: vowelsAndSigns },
  ],
  letters: {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'ë', ж: 'zh', з: 'z', и: 'i', й: 'y',
    к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
    х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '”', ы: 'y', ь: '’', э: 'e', ю: 'yu', я: 'ya',
  },
};
