// Bibliographic xrefs → Pandoc citations. The brackets and separators around a
// run of xrefs become one `[@a; @b, p. 3]`; a locator is read from the xref's
// own text (Galley's JATS prints "Ленин, с. 306–307") or from the text right
// after it ("[12, p. 5]"). Archival files are locators of the archive item;
// a file printed short after another of the same archive ("Д. 339") takes the
// fond and opis from the one before it.
import type { BodyState } from './body-state.js';

export interface CitePiece {
  t: 'cite';
  key: string;
  /** Locator as the source writes it (`p. 306–307`, `Ф. 17. Оп. 3. Д. 337`), if any. */
  locator?: string;
  /** The xref's text, to tell a numeric call from a narrative one. */
  text: string;
  suppressAuthor?: boolean;
  narrative?: boolean;
}

type Piece = { t: 'text'; s: string } | { t: 'md'; s: string } | CitePiece;

/** Locator labels as printed in other languages → the English labels the source writes. */
const labelToSource: Record<string, string> = { 'с.': 'p.', 'С.': 'p.', 'S.': 'p.', 'P.': 'p.', 'p.': 'p.', 'pp.': 'pp.', 'гл.': 'ch.', 'ch.': 'ch.', 'cap.': 'ch.', 'pág.': 'p.', 'págs.': 'pp.', 'Т.': 'vol.', 'т.': 'vol.', 'vol.': 'vol.' };
const locatorAtEnd = /,\s*((?:с|С|S|P|p|pp|гл|ch|cap|pág|págs|Т|т|vol)\.)\s*(\S.*)$/u;

export function citeItem(key: string, text: string, state: BodyState): CitePiece {
  const piece: CitePiece = { t: 'cite', key, text };
  if (state.archives.has(key)) {
    // "РГАСПИ. Ф. 17. Оп. 3. Д. 337" or, after another file of the archive, "Д. 339. Л. 4".
    const file = /(?:^|\.\s)((?:[ФF]|Оп|Д|Л)\.\s*\S.*)$/u.exec(text);
    if (file) piece.locator = file[1];
    return piece;
  }
  // "[p. 118–126]" after the author's name in the sentence: the author is suppressed.
  const bare = /^((?:с|С|S|P|p|pp|гл|ch|cap|pág|págs)\.)\s*(\S.*)$/u.exec(text);
  if (bare) {
    piece.locator = `${labelToSource[bare[1]] ?? bare[1]} ${bare[2]}`;
    piece.suppressAuthor = true;
    return piece;
  }
  // "Marlowe [ch. 4]": a narrative citation with its locator.
  const narrative = /^(.*\S)\s*\[((?:с|С|S|P|p|pp|гл|ch|cap|pág|págs)\.)\s*([^\]]+)\]$/u.exec(text);
  if (narrative) {
    piece.locator = `${labelToSource[narrative[2]] ?? narrative[2]} ${narrative[3]}`;
    piece.narrative = true;
    return piece;
  }
  const m = locatorAtEnd.exec(text);
  if (m) piece.locator = `${labelToSource[m[1]] ?? m[1]} ${m[2]}`;
  // A title cut short ("Justifying War…"): the work's short title.
  const cut = /^(.*\S)…$/u.exec(m ? text.slice(0, m.index) : text);
  if (cut) state.shortTitles.set(key, cut[1]);
  return piece;
}

const levels = ['Ф.', 'Оп.', 'Д.', 'Л.'];
const levelOf = (loc: string) => levels.findIndex((l) => loc.startsWith(l));

/** "Д. 339" after "Ф. 17. Оп. 3. Д. 337" → "Ф. 17. Оп. 3. Д. 339". */
function completeArchival(loc: string, before: string | undefined): string {
  const level = levelOf(loc);
  if (!before || level <= 0) return loc;
  const parts = before.split(/\.\s+(?=(?:Ф|Оп|Д|Л)\.\s)/u);
  const kept = parts.filter((p) => {
    const l = levelOf(p);
    return l >= 0 && l < level;
  });
  return kept.length ? `${kept.join('. ')}. ${loc}` : loc;
}

const open = /[[(]\s*$/;
const close = /^\s*[\])]/;
const separator = /^\s*[;,–-]?\s*$/;
const following = /^,\s*((?:с|С|S|P|p|pp|гл|ch|cap|pág|págs)\.)\s*([^\])]*?)\s*(?=[\])])/u;

/** Runs of citation pieces with the brackets around them → Markdown pieces. */
export function groupCitations(list: Piece[], state: BodyState): Piece[] {
  const out: Piece[] = [...list];
  for (let i = 0; i < out.length; i++) {
    if (out[i].t !== 'cite') continue;
    let j = i;
    const run: CitePiece[] = [out[i] as CitePiece];
    // Adjacent xrefs, or xrefs separated by `,` `;` or a space, are one citation.
    while (out[j + 1]?.t === 'cite' || (out[j + 1]?.t === 'text' && separator.test((out[j + 1] as { s: string }).s) && out[j + 2]?.t === 'cite')) {
      const step = out[j + 1].t === 'cite' ? 1 : 2;
      const next = out[j + step] as CitePiece;
      // "2–4" written as two xrefs: the references between them are cited too.
      if (step === 2 && /[–-]/.test((out[j + 1] as { s: string }).s)) {
        const from = state.keyOrder.indexOf(run[run.length - 1].key);
        const to = state.keyOrder.indexOf(next.key);
        if (from >= 0 && to > from) for (const key of state.keyOrder.slice(from + 1, to)) run.push({ t: 'cite', key, text: '' });
      }
      run.push(next);
      j += step;
    }
    const prev = out[i - 1];
    const next = out[j + 1];
    const opened = prev?.t === 'text' && open.test(prev.s);
    let closed = next?.t === 'text' && close.test(next.s);
    // "[12, p. 5]": the locator follows the last xref.
    if (!closed && next?.t === 'text') {
      const m = following.exec(next.s);
      if (m && opened) {
        run[run.length - 1].locator ??= `${labelToSource[m[1]] ?? m[1]} ${m[2]}`;
        next.s = next.s.slice(m[0].length);
        closed = true;
      }
    }
    let before: string | undefined;
    const items = run.map((c, k) => {
      let loc = c.locator;
      if (loc && state.archives.has(c.key)) {
        loc = k > 0 && run[k - 1].key === c.key ? completeArchival(loc, before) : loc;
        before = loc;
      } else before = undefined;
      return `${c.suppressAuthor ? '-' : ''}@${c.key}${loc ? `, ${loc}` : ''}`;
    });
    let md: string;
    if (run.length === 1 && run[0].narrative && !opened) {
      out.splice(i, 1, { t: 'md', s: `@${run[0].key} [${run[0].locator}]` });
      continue;
    }
    if (opened && closed) {
      (prev as { s: string }).s = (prev as { s: string }).s.replace(open, '');
      (next as { s: string }).s = (next as { s: string }).s.replace(close, '');
      md = `[${items.join('; ')}]`;
    } else if (run.length === 1 && /\p{L}/u.test(run[0].text) && !run[0].locator) {
      md = `@${run[0].key}`;
    } else md = `[${items.join('; ')}]`;
    out.splice(i, j - i + 1, { t: 'md', s: md });
  }
  return out;
}
