// The citation blocks ("Citation: …" in each language) printed under the title,
// generated from the metadata through the profile's per-language format
// (Handlebars; `*…*` marks italic). Nothing journal-specific lives here.
import { plainText } from './plain-text.js';
import Handlebars from 'handlebars';
import type { ArticleMeta, Author, CitationBlock, Emphasis, Inline, PersonName, Text } from './types.js';
import type { Profile } from '../profile/types.js';
import { DiagnosticBag, type Diagnostic } from '../checks/diagnostic.js';
import { initials as nameInitials, invertible } from './person-names.js';
import { citationBlockFromStyle } from '../references/citation-block-style.js';

/** Fields a format may use, each a helper (`{{authors-apa}}`, `{{title lang="ru"}}`). */
export const citationBlockFields = ['authors-apa', 'authors-gost', 'authors-abnt', 'authors-full', 'title', 'journal', 'volume', 'issue', 'year', 'pages', 'doi'] as const;
const builtinBlocks = new Set(['if', 'unless', 'with']);

/** Printed when the last page is not known yet (the print build computes it). */
export const unknownPagePlaceholder = '…';

interface Root {
  meta: ArticleMeta;
  profile: Profile;
  lang: string;
  /** Fields the format printed that the article does not have (an issue in continuous publication). */
  missing?: Set<string>;
}

type HelperOptions = { hash?: Record<string, unknown>; data?: { root?: Root } };

export interface CitationBlockResult {
  blocks: CitationBlock[];
  diagnostics: Diagnostic[];
}

/** The blocks for every profile language that has a format, in the profile's order. */
export function buildCitationBlocks(meta: ArticleMeta, profile: Profile): CitationBlock[] {
  return generateCitationBlocks(meta, profile).blocks;
}

/** As buildCitationBlocks, with 'citation-block-format' diagnostics for formats that cannot be used. */
export function generateCitationBlocks(meta: ArticleMeta, profile: Profile): CitationBlockResult {
  const bag = new DiagnosticBag(profile.rules);
  const blocks: CitationBlock[] = [];
  for (const lang of profile.languages) {
    const spec = profile.citationBlock[lang];
    if (spec?.style) {
      try {
        const text = citationBlockFromStyle(meta, profile, lang, spec.style, unknownPagePlaceholder);
        blocks.push({ lang, label: spec.label, text, plain: plainText(text) });
      } catch (e) {
        bag.report('citation-block-format', `Unexpected failure rendering citation-block.${lang}.style ${spec.style} (${(e as Error).message}), expected a CSL style that renders a journal article`);
      }
      continue;
    }
    if (!spec?.format) continue;
    const where = `citation-block.${lang}.format`;
    let template: Handlebars.TemplateDelegate;
    try {
      const unknown = unknownFields(spec.format);
      if (unknown.length) {
        bag.report('citation-block-format', `Unexpected field ${unknown.map((f) => `{{${f}}}`).join(', ')} in ${where}, expected only ${citationBlockFields.join(', ')}`);
        continue;
      }
      template = compile(spec.format);
    } catch (e) {
      const lines = (e as Error).message.split('\n').filter(Boolean);
      const reason = lines.length > 1 ? `${lines[0]} ${lines[lines.length - 1]}` : lines[0];
      bag.report('citation-block-format', `Unexpected template syntax in ${where} (${reason}), expected a Handlebars format such as "{{authors-apa}} ({{year}}). {{title}}."`);
      continue;
    }
    const root: Root = { meta, profile, lang, missing: new Set() };
    const marked = tidy(template(fieldValues(root), { data: { root } }));
    for (const field of root.missing ?? [])
      bag.report('citation-block-format', `Unexpected {{${field}}} in ${where} for an article without \`${field}\`, expected it inside {{#if ${field}}}…{{/if}} (the journal allows articles without one)`);
    const text = parseEmphasis(marked);
    blocks.push({ lang, label: spec.label, text, plain: plainText(text) });
  }
  return { blocks, diagnostics: bag.items };
}

/** The block as the source writes it: plain text with `*…*` for italic. */
export function citationBlockMarkdown(block: CitationBlock): string {
  return block.text.map((n) => (n.type === 'emphasis' ? `*${plainText(n.children)}*` : plainText([n]))).join('');
}

// ------------------------------------------------------------------ helpers

const env = Handlebars.create();
const compiled = new Map<string, Handlebars.TemplateDelegate>();

function compile(format: string): Handlebars.TemplateDelegate {
  let template = compiled.get(format);
  if (!template) {
    template = env.compile(format, { noEscape: true, strict: false, knownHelpers: Object.fromEntries(citationBlockFields.map((f) => [f, true])) });
    compiled.set(format, template);
  }
  return template;
}

const rootOf = (options: HelperOptions): Root => options.data!.root!;
const langOf = (options: HelperOptions, fallback: string): string => (typeof options.hash?.lang === 'string' ? options.hash.lang : fallback);

env.registerHelper('authors-apa', (options: HelperOptions) => {
  const { meta } = rootOf(options);
  return names(meta.authors, langOf(options, meta.lang)).map(invertible).map((n) => `${n.surname}, ${nameInitials(n.given)}`.trim().replace(/,$/, '')).join(', ');
});
env.registerHelper('authors-gost', (options: HelperOptions) => {
  const { meta } = rootOf(options);
  return names(meta.authors, langOf(options, meta.lang)).map(invertible).map((n) => `${n.surname} ${nameInitials(n.given)}`.trim()).join(', ');
});
// ABNT NBR 6023: SURNAME, Given names in full (particles after them): "SANTOS, Clara Braz dos; SILVA, João".
env.registerHelper('authors-abnt', (options: HelperOptions) => {
  const { meta } = rootOf(options);
  const lang = langOf(options, meta.lang);
  return names(meta.authors, lang).map(invertible).map((n) => `${n.surname.toLocaleUpperCase(lang)}, ${n.given}`.trim().replace(/,$/, '')).join('; ');
});
env.registerHelper('authors-full', (options: HelperOptions) => {
  const { meta } = rootOf(options);
  return names(meta.authors, langOf(options, meta.lang)).map((n) => `${n.given} ${n.surname}`.trim()).join(', ');
});
env.registerHelper('title', (options: HelperOptions) => {
  const { meta } = rootOf(options);
  const lang = langOf(options, meta.lang);
  return typographicDashes(meta.titleText[lang] ?? meta.titleText[meta.lang] ?? '');
});
env.registerHelper('journal', (options: HelperOptions) => {
  const { profile, meta, lang } = rootOf(options);
  const want = langOf(options, lang);
  return profile.title[want] ?? profile.title[meta.lang] ?? Object.values(profile.title)[0] ?? '';
});
env.registerHelper('pages', (options: HelperOptions) => {
  const { first, last } = rootOf(options).meta.pages;
  const placeholder = typeof options.hash?.placeholder === 'string' ? options.hash.placeholder : unknownPagePlaceholder;
  if (first === undefined) return placeholder;
  if (last === undefined) return `${first}–${placeholder}`;
  return first === last ? String(first) : `${first}–${last}`;
});
for (const field of ['volume', 'issue', 'year', 'doi'] as const)
  env.registerHelper(field, (options: HelperOptions) => {
    const root = rootOf(options);
    if (field === 'issue' && root.meta.issue === undefined) root.missing?.add(field);
    return String(root.meta[field] ?? '');
  });

/** Context values too, so `{{#if doi}}…{{/if}}` works in a format. */
function fieldValues(root: Root): Record<string, unknown> {
  const { meta } = root;
  const authors = meta.authors.length;
  return { volume: meta.volume, issue: meta.issue, year: meta.year, doi: meta.doi, pages: meta.pages.first, title: meta.titleText[meta.lang], 'authors-apa': authors, 'authors-gost': authors, 'authors-abnt': authors, 'authors-full': authors, journal: true };
}

/** Names a format uses that are not citation-block fields. */
function unknownFields(format: string): string[] {
  const unknown = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; path?: { original?: string }; params?: unknown[]; program?: unknown; inverse?: unknown; body?: unknown[] };
    if (n.type === 'MustacheStatement' || n.type === 'BlockStatement' || n.type === 'SubExpression') {
      const name = n.path?.original ?? '';
      const known = (citationBlockFields as readonly string[]).includes(name) || (n.type === 'BlockStatement' && builtinBlocks.has(name));
      if (!known) unknown.add(name);
      for (const p of n.params ?? []) {
        const original = (p as { type?: string; original?: string }).type === 'PathExpression' ? (p as { original: string }).original : undefined;
        if (original !== undefined && !(citationBlockFields as readonly string[]).includes(original)) unknown.add(original);
        visit(p);
      }
    }
    visit(n.program);
    visit(n.inverse);
    for (const child of n.body ?? []) visit(child);
  };
  visit(Handlebars.parse(format));
  return [...unknown];
}

/** Each author's name in `lang`; a name given once (for every language) is that one. */
function names(authors: Author[], lang: string): PersonName[] {
  return authors.map((a) => a.name[lang] ?? Object.values(a.name)[0]).filter((n): n is PersonName => !!n);
}

/** `James` → `J.`, `Edward Hallett` → `E. H.`, `Clara Braz dos` → `C. B. dos` (see person-names.ts). */
export function initials(given: string): string {
  return nameInitials(given);
}

/** Number ranges and spaced hyphens become en dashes: `1917-1927` → `1917–1927`. */
function typographicDashes(text: string): string {
  return text.replace(/(\d)\s*-\s*(\d)/g, '$1–$2').replace(/ - /g, ' – ');
}

/** NFC, one space between words, no doubled full stop after an initial or `?` (an ellipsis placeholder keeps its stop). */
function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([.?!])\.(?=\s|\*|$)/g, '$1');
}

/** `*x*` → Emphasis; an unpaired asterisk stays text. */
function parseEmphasis(marked: string): Inline[] {
  const out: Inline[] = [];
  const re = /\*([^*]+)\*/g;
  let last = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    if (m.index > last) out.push(text(marked.slice(last, m.index)));
    out.push({ type: 'emphasis', children: [text(m[1])] } satisfies Emphasis);
    last = m.index + m[0].length;
  }
  if (last < marked.length) out.push(text(marked.slice(last)));
  return out;
}

const text = (value: string): Text => ({ type: 'text', value });
