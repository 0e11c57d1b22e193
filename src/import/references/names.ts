// Names as GOST lists print them: "Иванов И. И.", "Laue T. H. Von." in the heading
// (family first), "A. Gleason, P. Kenez" after a role ("eds.", "под ред."), and
// "Carr, E. H." in a romanized list. Each reader returns the names and the rest.
import type { CslName } from '../../references/prepare.js';

const initial = String.raw`\p{Lu}\p{Ll}?\.(?:\s?-\s?\p{Lu}\.)?`;
const initials = String.raw`${initial}(?:\s?${initial})*`;
const family = String.raw`\p{Lu}[\p{L}’'-]*\p{Ll}[\p{L}’'-]*|\p{Lu}’\p{Lu}\p{Ll}+`;
const particle = String.raw`(?:Von|von|van|de|da|di|du|der|den|la|le)`;
/** "Laue T. H. Von." / "Иванов И. И." — family, initials, an optional dropping particle. */
const headingName = new RegExp(String.raw`^(${family}),?\s+(${initials})(?:\s+(${particle})\.?)?`, 'u');
/** "A. Gleason" / "И. И. Иванова". */
const roleName = new RegExp(String.raw`^(${initials})\s?(${particle}\s)?(${family})`, 'u');
/** "Carr, E. H." / "Kenez P." (the romanized lists vary). */
const romanizedName = new RegExp(String.raw`^(${family}),?\s+(${initials})(?:\s+(${particle})\.?)?`, 'u');
const etAl = /^(?:,?\s*\[?(?:и др\.|et al\.)\]?)/u;

export interface NamesRead {
  names: CslName[];
  etAl: boolean;
  rest: string;
}

function readList(text: string, pattern: RegExp, build: (m: RegExpExecArray) => CslName): NamesRead {
  const names: CslName[] = [];
  let rest = text;
  let more = false;
  for (;;) {
    const m = pattern.exec(rest);
    if (!m) break;
    names.push(build(m));
    rest = rest.slice(m[0].length);
    const al = etAl.exec(rest);
    if (al) {
      more = true;
      rest = rest.slice(al[0].length);
      break;
    }
    const comma = /^,\s+/.exec(rest);
    if (!comma || !pattern.test(rest.slice(comma[0].length))) break;
    rest = rest.slice(comma[0].length);
  }
  return { names, etAl: more, rest: rest.trimStart() };
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

export function readHeadingNames(text: string): NamesRead {
  return readList(text, headingName, (m) => withParticle({ family: m[1], given: clean(m[2]) }, m[3]));
}

export function readRoleNames(text: string): NamesRead {
  return readList(text, roleName, (m) => withParticle({ family: m[3], given: clean(m[1]) }, m[2]?.trim()));
}

export function readRomanizedNames(text: string): NamesRead {
  return readList(text, romanizedName, (m) => withParticle({ family: m[1], given: clean(m[2]) }, m[3]));
}

function withParticle(name: CslName, particle: string | undefined): CslName {
  return particle ? { ...name, 'dropping-particle': particle } : name;
}
