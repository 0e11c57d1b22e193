// Personal names in the forms citation blocks and running heads print. Particles
// ("dos", "van", "de la") are words, not names: they are never reduced to an
// initial ("Santos, C. B. dos", "C. B. dos Santos"), and an inverted form moves a
// particle written before the surname behind the given names ("SANTOS, Clara Braz dos").
import type { PersonName } from './types.js';

/** Lower-case name particles across the Romance, Germanic and Celtic languages journals print. Data. */
export const nameParticles = new Set([
  'a', 'af', 'al', 'am', 'an', 'auf', 'aus', 'av', 'bin', 'da', 'dal', 'dalla', 'das', 'de', 'degli', 'dei', 'del', 'della', 'den', 'der', 'des', 'di',
  'do', 'dos', 'du', 'e', 'el', 'im', 'la', 'las', 'le', 'les', 'lo', 'los', 'op', "'t", 'te', 'ten', 'ter', 'van', 'vom', 'von', 'y', 'zu', 'zum', 'zur',
]);

const isParticle = (word: string) => nameParticles.has(word) && word === word.toLocaleLowerCase();

/** `James` → `J.`, `Edward Hallett` → `E. H.`, `Jean-Paul` → `J.-P.`, `Clara Braz dos` → `C. B. dos`; `space` joins them. */
export function initials(given: string, space = ' '): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => (isParticle(part) ? part : part.split('-').map((p) => `${Array.from(p.replace(/\.$/, ''))[0]?.toLocaleUpperCase() ?? ''}.`).join('-')))
    .join(space);
}

/** The name with a particle written at the start of the surname (`dos Santos`) moved behind the given names, for inverted forms. */
export function invertible(name: PersonName): PersonName {
  const words = name.surname.split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && isParticle(words[i])) i++;
  if (i === 0) return name;
  return { given: [name.given, ...words.slice(0, i)].filter(Boolean).join(' '), surname: words.slice(i).join(' ') };
}

/** Given names (particles kept) then surname: `C. B. dos Santos`. */
export function initialsFirst(name: PersonName, space = ' '): string {
  const n = invertible(name);
  return [initials(n.given, space), n.surname].filter(Boolean).join(space);
}
