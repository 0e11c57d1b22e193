// supplementary-material in article-meta → `supplementary:`, the file copied
// from beside the JATS file when it is there (a missing file is reported: a
// source naming a file it lacks would not build).
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, relative } from 'node:path';
import { childElements, childrenNamed, type XmlEl } from '../xml-tree.js';
import { inlineMarkdown } from './front-inline.js';
import { decide, drop, langOf, take, touch, type FrontState } from './front-state.js';
import type { Fields } from './front-article.js';

export function importSupplementary(s: FrontState, meta: XmlEl, out: Fields): void {
  for (const el of childrenNamed(meta, 'supplementary-material')) {
    const href = el.attrs['xlink:href'] ?? '';
    const file = safeRelative(href);
    const found = file && fileBeside(s.ctx.dir, file);
    if (!file || !found) {
      drop(s, el, file ? `the file ${href} is not beside the JATS file, so it cannot be copied` : `the file ${href || '(none)'} is not a relative path inside the article`);
      continue;
    }
    touch(s, el);
    const caption: Record<string, string> = {};
    for (const c of childElements(el)) {
      if (c.local === 'label') {
        take(s, c);
        decide(s, c, `label “${c.children.length ? inlineMarkdown(s, c) : ''}” not written`, 'supplementary files are numbered by Galley');
      } else if (c.local === 'caption') {
        touch(s, c);
        const text = childElements(c).map((p) => inlineMarkdown(s, p)).filter(Boolean).join(' ');
        if (text) caption[langOf(s, c)] = text;
      } else drop(s, c, `<${c.name}> of a supplementary file has no source field (file and caption)`);
    }
    s.ctx.files.push({ path: file, bytes: readFileSync(found) });
    ((out.supplementary as Fields[] | undefined) ??= []).push({ file, caption });
  }
}

/** A path that stays inside the folder (`supplementary/a.csv`), else undefined. */
function safeRelative(href: string): string | undefined {
  if (!href || /^[a-z][\w+.-]*:/i.test(href) || isAbsolute(href)) return undefined;
  const n = normalize(href).split('\\').join('/');
  return n.startsWith('../') || n === '..' ? undefined : n;
}

function fileBeside(dir: string, file: string): string | undefined {
  const path = join(dir, file);
  if (!existsSync(path) || !statSync(path).isFile()) return undefined;
  const real = realpathSync(path);
  return relative(realpathSync(dir), real).startsWith('..') ? undefined : real;
}
