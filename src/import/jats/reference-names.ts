// Names in a JATS citation (name, string-name, collab, name-alternatives) → CSL names.
import type { XmlEl } from '../xml-tree.js';
import { childElements, childNamed, textOf } from '../xml-tree.js';
import { squash } from './body-state.js';

type Fields = Record<string, unknown>;

export function personNames(group: XmlEl): Fields[] {
  return childElements(group).filter((c) => ['name', 'string-name', 'collab', 'name-alternatives'].includes(c.name)).map(personName).filter((n): n is Fields => Boolean(n));
}

export function personName(el: XmlEl): Fields | undefined {
  if (el.name === 'name-alternatives') {
    const first = childElements(el)[0];
    return first ? personName(first) : undefined;
  }
  if (el.name === 'collab') return { literal: squash(textOf(el)).trim() };
  const part = (n: string) => {
    const c = childNamed(el, n);
    return c ? squash(textOf(c)).trim() : undefined;
  };
  const family = part('surname');
  const given = part('given-names');
  const suffix = part('suffix');
  if (!family) {
    const literal = squash(textOf(el)).trim();
    return literal ? { literal } : undefined;
  }
  // "T. H. Von": a particle printed after the initials is the name's dropping particle.
  const particle = given ? /^(.*\S)\s+(von|van|de|da|das|dos|du|der|den|la|le|di)$/i.exec(given) : null;
  if (particle && /\.$/.test(particle[1])) return { family, given: particle[1], 'dropping-particle': particle[2], ...(suffix ? { suffix } : {}) };
  return { family, ...(given ? { given } : {}), ...(suffix ? { suffix } : {}) };
}
