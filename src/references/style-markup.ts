// Two rewrites of a CSL style before citeproc compiles it, so the rendered HTML
// says where each value begins and ends (JATS wants the value inside its element
// and the style's punctuation outside):
// - a variable's own affixes move to a group around it (`<text variable="issue"
//   prefix="(" suffix=")"/>` → `<group prefix="(" suffix=")"><text variable="issue"/></group>`).
//   A group with one variable is suppressed exactly when the variable is empty,
//   so the printed text is the same; the variable wrapper then sees the bare value.
// - every <name> gets its family and given parts decorated with formatting no
//   printed style gives a name (family `vertical-align="baseline"`, given
//   `text-decoration="none"`); html-inlines.ts reads those spans back as surname
//   and given-names fields inside a person group. Decorations add no characters,
//   so citeproc's punctuation rules see the same text.

/** The spans citeproc's HTML output gives the decorated name parts. */
export const namePartSpans: Record<string, string> = {
  baseline: 'surname',
  'text-decoration:none;': 'given-names',
};

const namePartDecorations = { family: ['vertical-align', 'baseline'], given: ['text-decoration', 'none'] } as const;

const tagPattern = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->/g;
const affixAttribute = /\s+(prefix|suffix)\s*=\s*("[^"]*"|'[^']*')/g;

/** Rendering elements whose variable a wrapper marks (cs:label renders a term, not a value). */
const valueElements = new Set(['text', 'number', 'date', 'names']);

export function isolateVariableAffixes(xml: string): string {
  let out = '';
  let last = 0;
  // For every open element: the closing text to add after it (a </group> or nothing).
  const closers: string[] = [];
  // Inside <substitute> a bare <names> inherits the options of the names it stands for;
  // a group around it would break that, so affixes there stay where they are.
  let substitute = 0;
  for (const m of xml.matchAll(tagPattern)) {
    const [whole, closing, name, attrs = '', selfClosing] = m;
    if (name === undefined) continue; // a comment
    const start = m.index!;
    out += xml.slice(last, start);
    last = start + whole.length;
    if (closing) {
      if (name === 'substitute') substitute--;
      out += whole + (closers.pop() ?? '');
      continue;
    }
    if (name === 'substitute' && !selfClosing) substitute++;
    const affixes = [...attrs.matchAll(affixAttribute)];
    const moves = substitute === 0 && valueElements.has(name) && /\svariable\s*=/.test(attrs) && affixes.length > 0;
    const rewritten = moves ? `<${name}${attrs.replace(affixAttribute, '')}${selfClosing ? '/' : ''}>` : whole;
    const group = moves ? `<group${affixes.map((a) => ` ${a[1]}=${a[2]}`).join('')}>` : '';
    if (selfClosing) out += group + rewritten + (moves ? '</group>' : '');
    else {
      out += group + rewritten;
      closers.push(moves ? '</group>' : '');
    }
  }
  return out + xml.slice(last);
}

/** Add (or extend) the family and given <name-part>s of every <name> with the decorations. */
export function markNameParts(xml: string): string {
  return xml.replace(/<name\b((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/>|>([\s\S]*?)<\/name>)/g, (_whole, attrs: string, _end: string, inner: string | undefined) => {
    let body = inner ?? '';
    for (const part of ['family', 'given'] as const) {
      const [attribute, value] = namePartDecorations[part];
      const decoration = `${attribute}="${value}"`;
      const existing = new RegExp(`<name-part\\b([^>]*\\bname\\s*=\\s*["']${part}["'][^>]*?)\\s*(/?)>`);
      // A style's own setting of that attribute wins (the part is then not tagged).
      if (existing.test(body)) body = body.replace(existing, (m, a: string, sc: string) => (a.includes(`${attribute}=`) ? m : `<name-part${a} ${decoration}${sc}>`));
      else body += `<name-part name="${part}" ${decoration}/>`;
    }
    return `<name${attrs}>${body}</name>`;
  });
}
