// <body> and <back> → Galley Markdown, CSL items and the front-matter keys JATS
// keeps in <back> (acknowledgements, data availability, conflict of interest,
// supplementary files). What has no Galley form is reported with its XPath.
import type { CslItem } from '../../model/reference-types.js';
import type { XmlEl } from '../xml-tree.js';
import { childElements, childNamed, descendants, textOf } from '../xml-tree.js';
import { notKept, type JatsImportContext } from './context.js';
import { createBodyState, squash, type BodyState } from './body-state.js';
import { blockChildren, container } from './blocks.js';
import { inlineMarkdown } from './inline.js';
import { containerLabel } from './body-state.js';
import { assignKeys, referenceItem } from './references.js';
import { supplementaryOf } from './supplementary.js';

export interface ImportedBody {
  /** Galley Markdown. */
  markdown: string;
  references: CslItem[];
  /** Front-matter keys that JATS keeps in <back> (acknowledgements, conflict-of-interest, data-availability …). */
  frontMatter: Record<string, unknown>;
}

/** sec-type values of statements the front matter holds. */
const statementTypes: Record<string, string> = {
  'data-availability': 'data-availability',
  'data-availability-statement': 'data-availability',
  'coi-statement': 'conflict-of-interest',
  'conflict-of-interest': 'conflict-of-interest',
  conflict: 'conflict-of-interest',
  'COI-statement': 'conflict-of-interest',
};

export function importBody(ctx: JatsImportContext): ImportedBody {
  const state = createBodyState(ctx);
  const body = childNamed(ctx.root, 'body');
  const back = childNamed(ctx.root, 'back');
  const refLists = back ? descendants(back, (e) => e.name === 'ref-list' && !descendants(e, (d) => d.name === 'ref-list').length) : [];
  const refs = refLists.flatMap((l) => childElements(l).filter((c) => c.name === 'ref'));
  assignKeys(refs, state);
  const frontMatter: Record<string, unknown> = {};
  const blocks: string[] = [];
  if (body) blocks.push(...blockChildren(body, state, 2, new Set(['sig-block'])));
  for (const s of body ? childElements(body).filter((c) => c.name === 'sig-block') : []) notKept(ctx, s, 'a signature block has no Galley form', squash(textOf(s)));
  const appendices: string[] = [];
  if (back) readBack(back, state, blocks, appendices, frontMatter);
  const references = refs.map((r) => referenceItem(r, state)).filter((r): r is CslItem => Boolean(r));
  ctx.report.counts['references mapped'] = references.length;
  for (const [i, list] of refLists.entries()) {
    if (i > 0) ctx.report.decisions.push({ at: list.xpath, what: 'a further reference list was merged into the one bibliography', why: 'Galley renders every list from one set of items' });
    const title = childNamed(list, 'title');
    if (title && i > 0) notKept(ctx, title, 'the title of a further reference list; list titles come from the journal profile', textOf(title));
  }
  reportUncalledFootnotes(state);
  for (const sub of descendants(ctx.root, (e) => e.name === 'sub-article' || e.name === 'response')) {
    if (sub.parent && descendants(sub.parent, () => false) && sub.parent.name !== 'article') continue;
    notKept(ctx, sub, `a ${sub.attrs['article-type'] ?? sub.name} (${sub.attrs['xml:lang'] ?? 'same language'}): Galley holds one body per article`, squash(textOf(childNamed(sub, 'body') ?? sub)).slice(0, 200));
  }
  const supplementary = supplementaryOf.get(state);
  if (supplementary?.length) frontMatter.supplementary = supplementary.map((s) => ({ file: s.file, caption: s.caption }));
  const markdown = [...blocks, ...appendices, ...state.footnoteDefs].join('\n\n');
  ctx.report.counts['footnotes'] = state.footnoteDefs.length;
  return { markdown, references, frontMatter };
}

function readBack(back: XmlEl, state: BodyState, blocks: string[], appendices: string[], fm: Record<string, unknown>): void {
  const ctx = state.ctx;
  for (const el of childElements(back)) {
    switch (el.name) {
      case 'ref-list':
      case 'fn-group':
      case 'label':
        break;
      case 'ack':
        addStatement(fm, 'acknowledgements', statementText(el, state), ctx, el.attrs['xml:lang']);
        break;
      case 'app-group':
        for (const app of childElements(el).filter((c) => c.name === 'app')) appendices.push(appendix(app, state));
        for (const other of childElements(el).filter((c) => !['app', 'title', 'label'].includes(c.name))) blocks.push(...blockChildren({ ...el, children: [other] }, state));
        break;
      case 'app':
        appendices.push(appendix(el, state));
        break;
      case 'sec':
      case 'notes': {
        const type = statementTypes[el.attrs['sec-type'] ?? el.attrs['notes-type'] ?? ''];
        if (type) addStatement(fm, type, statementText(el, state), ctx, el.attrs['xml:lang']);
        else {
          blocks.push(...blockChildren({ ...el, children: [el] } as XmlEl, state, 2));
          ctx.report.decisions.push({ at: el.xpath, what: `a ${el.name} of the back matter became a section at the end of the text`, why: 'Galley has no free back-matter sections' });
        }
        break;
      }
      default:
        notKept(ctx, el, `no Galley form for ${el.name} in the back matter`, squash(textOf(el)).slice(0, 200));
    }
  }
  // Footnotes of the back matter nothing calls: statements (by fn-type or by their label, BMJ's
  // "Competing interests") go to the front matter, other labelled notes become sections at the end.
  // A titled group of notes nothing calls ("Highlights"): a section at the end of the text.
  for (const group of descendants(back, (e) => e.name === 'fn-group' && Boolean(childNamed(e, 'title')))) {
    const fns = childElements(group).filter((c) => c.name === 'fn');
    if (!fns.length || fns.some((fn) => state.footnotes.has(fn.attrs.id ?? fn.xpath) || (fn.attrs.id && state.referenced.has(fn.attrs.id)))) continue;
    const title = inlineMarkdown(childNamed(group, 'title')!.children, state).trim().replace(/:$/, '');
    blocks.push(`## ${title}`, ...fns.flatMap((fn) => blockChildren(fn, state, 0, new Set(['label']))));
    for (const fn of fns) state.footnotes.set(fn.attrs.id ?? fn.xpath, '');
    ctx.report.decisions.push({ at: group.xpath, what: `the notes “${title}” became a section at the end of the text`, why: 'nothing calls them as footnotes' });
  }
  for (const fn of descendants(back, (e) => e.name === 'fn')) {
    const key = fn.attrs.id ?? fn.xpath;
    if (state.footnotes.has(key)) continue;
    const called = fn.attrs.id && state.referenced.has(fn.attrs.id);
    // A note only the title or an author line calls ("Research developed at …") belongs to the front matter.
    const frontNote = called && calledOnlyFromFront(fn.attrs.id!, ctx);
    if (called && !frontNote) continue;
    const label = childNamed(fn, 'label');
    // A note that opens with a paragraph of bold text only (SciELO's "Pareceres") is titled by it.
    const first = childElements(fn)[0];
    const boldTitle = !label && first?.name === 'p' && first.children.every((c) => (c.kind === 'text' && !c.text.trim()) || (c.kind === 'element' && c.name === 'bold')) && childElements(first).length === 1 ? first : undefined;
    const labelText = label ? squash(textOf(label)).trim() : boldTitle ? squash(textOf(boldTitle)).trim() : '';
    const type = statementTypes[fn.attrs['fn-type'] ?? ''] ?? statementByLabel(labelText);
    if (type) {
      addStatement(fm, type, statementText(fn, state), ctx, fn.attrs['xml:lang']);
      state.footnotes.set(key, '');
    } else if (frontNote) {
      addStatement(fm, 'author-notes', statementText(fn, state), ctx, fn.attrs['xml:lang']);
      state.footnotes.set(key, '');
    } else if (/\p{L}{3,}/u.test(labelText)) {
      const text = boldTitle ? blockChildren({ ...fn, children: fn.children.filter((c) => c !== boldTitle) }, state, 0, new Set(['label'])) : statementText(fn, state).split('\n\n').filter(Boolean);
      blocks.push(`## ${labelText.replace(/[#*_[\]`$<\\]/g, (c) => `\\${c}`)}`, ...text);
      ctx.report.decisions.push({ at: fn.xpath, what: `the note “${labelText}” became a section at the end of the text`, why: 'Galley has no key for it in the front matter and nothing calls it as a footnote' });
      state.footnotes.set(key, '');
    } else {
      // An untitled note nothing calls ("Edited by: …"): a note about the article, kept with the author notes.
      addStatement(fm, 'author-notes', statementText(fn, state), ctx, fn.attrs['xml:lang']);
      state.footnotes.set(key, '');
    }
  }
}

/** Whether every xref to `id` sits in <front> (the title, a contributor): none in the text. */
function calledOnlyFromFront(id: string, ctx: JatsImportContext): boolean {
  const callers = descendants(ctx.root, (e) => e.name === 'xref' && (e.attrs.rid ?? '').split(/\s+/).includes(id));
  return callers.length > 0 && callers.every((x) => x.xpath.startsWith('/article[1]/front['));
}

/** A back-matter note's printed label that names a front-matter statement. */
function statementByLabel(label: string): string | undefined {
  if (/^(competing|conflicts?) of interests?|^competing interests?|^conflicts? de inter|^conflito/i.test(label)) return 'conflict-of-interest';
  if (/^data (sharing|availability)|^disponibilidade de dados|^disponibilidad de datos/i.test(label)) return 'data-availability';
  if (/^funding$|^financiamento$|^financiación$/i.test(label)) return 'funding-statement';
  return undefined;
}

function statementText(el: XmlEl, state: BodyState): string {
  // A statement is a few paragraphs of the front matter: no headings there.
  return blockChildren(el, state, 0, new Set(['title', 'label'])).join('\n\n');
}

/**
 * A statement in the article's language is plain text; one in another language (`xml:lang`,
 * Galley's JATS writes one ack per language) makes the key a map by language.
 */
function addStatement(fm: Record<string, unknown>, key: string, text: string, ctx: JatsImportContext, lang?: string): void {
  if (!text) return;
  const current = fm[key];
  const byLang: Record<string, string> = typeof current === 'string' ? { [ctx.lang]: current } : ((current as Record<string, string> | undefined) ?? {});
  const l = lang ?? ctx.lang;
  byLang[l] = byLang[l] ? `${byLang[l]}\n\n${text}` : text;
  const langs = Object.keys(byLang);
  fm[key] = langs.length === 1 && langs[0] === ctx.lang ? byLang[ctx.lang] : byLang;
  ctx.report.decisions.push({ at: key, what: `the ${key} statement went to the front matter`, why: 'JATS keeps it in the back matter; Galley in the front matter' });
}

function appendix(app: XmlEl, state: BodyState): string {
  const title = childNamed(app, 'title');
  const titleMd = title ? inlineMarkdown(title.children, state).trim() : '';
  const label = containerLabel(app, 'app', state);
  const blocks = blockChildren(app, state, 2, new Set(['title', 'label']));
  return container('appendix', `${titleMd ? `[${titleMd.replace(/\]/g, '\\]')}]` : ''}${label ? `{#${label}}` : ''}`, blocks);
}

function reportUncalledFootnotes(state: BodyState): void {
  for (const fn of descendants(state.ctx.root, (e) => e.name === 'fn')) {
    if (state.footnotes.has(fn.attrs.id ?? fn.xpath)) continue;
    // Footnotes of the front matter (author notes) and of tables belong to those parts.
    if (fn.xpath.includes('/front[') || fn.xpath.includes('/table-wrap-foot[') || fn.xpath.includes('/sub-article[')) continue;
    notKept(state.ctx, fn, 'a footnote nothing in the text calls', squash(textOf(fn)).slice(0, 200));
  }
}
