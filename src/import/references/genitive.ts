// "под ред. И. И. Иванова" prints the editors in the genitive. The item stores
// the nominative; only endings with one nominative are turned back (-ова → -ов,
// -ской → -ская); anything else (-ого: -ый, -ой or -ий?) stays as printed and is
// reported. Data, not code.
import type { CslName } from '../../references/prepare.js';

/** Genitive ending → nominative, longest first. */
const endings: [string, string][] = [
  ['ского', 'ский'], ['цкого', 'цкий'], ['ской', 'ская'], ['цкой', 'цкая'],
  ['овой', 'ова'], ['евой', 'ева'], ['иной', 'ина'], ['ыной', 'ына'],
  ['ова', 'ов'], ['ева', 'ев'], ['ёва', 'ёв'], ['ина', 'ин'], ['ына', 'ын'],
];

/** Roles after which GOST puts the names in the genitive. */
export const genitiveRoles = /^(?:под\s+(?:общ\.\s+|науч\.\s+)?ред\.)$/u;

export function nominative(name: CslName): { name: CslName; unsure?: string } {
  const family = name.family ?? '';
  for (const [gen, nom] of endings)
    if (family.endsWith(gen) && family.length > gen.length + 1) return { name: { ...name, family: family.slice(0, -gen.length) + nom } };
  return { name, unsure: `editor "${family}" after "под ред." kept as printed (its nominative is not certain from the ending)` };
}
