// Names in an oblique case where the style's term governs it ("под ред." + genitive:
// "под ред. Б. Б. Полуденного"). Only what the style's data makes certain: the gender
// from the patronymic's ending, the family name's ending from a table; any other name
// stays as written (nominative), never guessed.
import type { CslName } from './prepare.js';

export interface GenderEndings {
  /** Endings of the patronymic (the last word of `given`) that show this gender. */
  patronymic: string[];
  /** Family name ending → ending in the case; the longest match wins. */
  family: Record<string, string>;
}

export interface CaseRules {
  /** CSL name variables whose names take the case (`editor`). */
  variables: string[];
  /** Item languages the rules are for (`ru`). */
  languages: string[];
  genders: GenderEndings[];
}

/** The name in the case, or the name unchanged when the rules cannot tell. */
export function inflectName(name: CslName, rules: CaseRules): CslName {
  const { family, given } = name;
  if (!family || !given) return name;
  const words = given.trim().split(/\s+/);
  // A patronymic needs a first name before it: "Анна" alone is not one.
  if (words.length < 2 || words.some((w) => w.endsWith('.'))) return name;
  const patronymic = words[words.length - 1].toLowerCase();
  const gender = rules.genders.find((g) => g.patronymic.some((e) => patronymic.endsWith(e)));
  if (!gender) return name;
  const ending = Object.keys(gender.family)
    .filter((e) => family.endsWith(e))
    .sort((a, b) => b.length - a.length)[0];
  if (ending === undefined) return name;
  return { ...name, family: family.slice(0, family.length - ending.length) + gender.family[ending] };
}
