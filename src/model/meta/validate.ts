// Front matter (parsed YAML) → ArticleMeta. Collects every problem with its
// position instead of stopping at the first; the result is usable even when
// problems were found (the caller decides from the diagnostics).
import type { Profile } from '../../profile/types.js';
import type { ArticleMeta, Block, History, Inline, Localized, Position } from '../types.js';
import type { YamlDoc } from '../../util/yaml-doc.js';
import { isRealIsoDate } from './formats.js';
import { reportUnknownFields } from './known-fields.js';
import { readArticleCodes } from './identifiers.js';
import { readAffiliations, readAuthors } from './people.js';
import { plainText } from '../plain-text.js';
import { MetaReader, type Report } from './reader.js';
import { readFunding, readRelated, readStatements, readSupplementary, type StatementLanguages } from './matter.js';
import { languageTag } from '../../profile/languages.js';
import { fieldRequired, type OptionalArticleField } from '../../profile/article-fields.js';

/** Parses Markdown held in a metadata field; `at` is where the field's value was written. */
export interface MetaMarkdown {
  inlines(text: string, path: string): Inline[];
  blocks(text: string, path: string): Block[];
}

export interface MetaInput {
  value: unknown;
  doc: YamlDoc;
  profile: Profile;
  report: Report;
  markdown: MetaMarkdown;
  /** Position of the front matter's first line, for problems with the whole block. */
  start: Position;
  /** The article folder, where supplementary files are looked up (absent: not checked). */
  dir?: string;
  /** Languages each statement must be written in (default: none demanded). */
  statementLanguages?: StatementLanguages;
}

const historyFields = ['received', 'revised', 'accepted', 'published'] as const;

export function validateMeta(input: MetaInput): ArticleMeta {
  const { doc, report, profile } = input;
  const root = input.value !== null && typeof input.value === 'object' && !Array.isArray(input.value) ? (input.value as Record<string, unknown>) : {};
  if (root !== input.value)
    report('meta-type', `Unexpected front matter holding ${input.value === null || input.value === undefined ? 'nothing' : 'a single value or list'}, expected fields such as \`title:\``, input.start);
  const r = new MetaReader(root, doc, report, profile.languages);
  reportUnknownFields(root, doc, report);

  // Without a readable `lang` (already reported) the journal's first language stands in, so reading can go on.
  const lang = r.string('lang', { required: true }) ?? profile.languages[0] ?? '';
  if (!languageTag.test(lang)) r.wrongType('lang', `a BCP 47 language tag such as ${profile.languages.join(' or ') || 'en or pt-BR'}`);
  // A bilingual field needs the journal's languages, and the article's own.
  const languages = profile.languages.includes(lang) ? profile.languages : [...profile.languages, lang];
  const rl = new MetaReader(root, doc, report, languages);
  // `required-languages` narrows what a field needs; the article's own language is always needed.
  const need = (field: string): string[] | undefined => {
    const list = profile.requiredLanguages?.[field];
    return list && (list.includes(lang) ? list : [...list, lang]);
  };
  const text = (p: string) => r.string(p, { required: true });
  // What the journal requires (`article-fields`); a correction or retraction notice needs no abstract or keywords.
  const type = typeof root.type === 'string' ? root.type.trim() : undefined;
  const required = (field: OptionalArticleField) => fieldRequired(profile.articleFields, field, type);

  const title = rl.localized('title', (p) => markdownText(r, p, (t) => input.markdown.inlines(t, p)), { required: true, what: 'the title', languages: need('title') }) ?? {};
  const titleText: Localized = {};
  for (const [l, nodes] of Object.entries(title)) titleText[l] = plainText(nodes).trim();

  const affiliations = readAffiliations(rl, lang, need('institution'));
  const authors = readAuthors(rl, new Set(affiliations.map((a) => a.id)), lang, need('name'));

  const meta: ArticleMeta = {
    lang,
    title,
    titleText,
    authors,
    affiliations,
    abstract: rl.localized('abstract', (p) => markdownText(r, p, (t) => input.markdown.blocks(t, p)), { required: required('abstract'), what: 'the abstract', languages: need('abstract') }) ?? {},
    keywords: rl.localized('keywords', (p) => readKeywords(r, p), { required: required('keywords'), what: 'keywords', languages: need('keywords') }) ?? {},
    volume: r.integer('volume', { required: true, min: 1 }) ?? 0,
    ...optional('issue', r.string('issue', { required: required('issue') })),
    year: r.integer('year', { required: true, min: 1000 }) ?? 0,
    pages: readPages(r),
    history: readHistory(r),
    positions: collectPositions(root, doc),
  };
  const section = rl.localized('section', text, { required: false, what: 'the section name', languages: need('section') });
  if (section) meta.section = section;
  const shortTitle = r.localized('short-title', text, { required: false, all: false });
  if (shortTitle) meta.shortTitle = shortTitle;
  // Syntax of DOI and UDC is checked downstream (checks/), here only presence and type.
  // Optional: an issue build assigns a DOI to an article that has none yet.
  const doi = r.string('doi');
  if (doi) meta.doi = doi;
  const udc = r.string('udc', { required: profile.udc.required === true || 'udc' in root });
  if (udc) meta.udc = udc;
  readArticleCodes(r, meta);
  const seq = r.integer('seq', { min: 1 });
  if (seq !== undefined) meta.seq = seq;
  // `deposit: false`: never sent to Crossref (test articles, drafts kept in the repository).
  const deposit = r.boolean('deposit');
  if (deposit !== undefined) meta.deposit = deposit;
  const license = r.string('license');
  if (license) meta.license = license;
  readMatter(input, r, meta);
  r.string('bibliography');
  r.string('notes');
  const blocks = r.localized('citation-block', text, { required: false, all: false });
  if (blocks) {
    meta.citationBlockSource = {};
    for (const [l, t] of Object.entries(blocks)) meta.citationBlockSource[l] = { text: t, position: r.pos(`citation-block.${l}`) };
  }
  return meta;
}

/** Funding, statements, supplementary files and the related article or book. */
function readMatter(input: MetaInput, r: MetaReader, meta: ArticleMeta): void {
  const funding = readFunding(r, meta.lang);
  if (funding) meta.funding = funding;
  const statements = readStatements({ r, lang: meta.lang, blocks: input.markdown.blocks, required: input.statementLanguages });
  if (statements) meta.statements = statements;
  const supplementary = readSupplementary(r, meta.lang, input.dir, input.markdown.inlines);
  if (supplementary) meta.supplementary = supplementary;
  const { related, reviewedBook } = readRelated(r, meta.articleType ?? r.string('type'));
  if (related) meta.related = related;
  if (reviewedBook) meta.reviewedBook = reviewedBook;
}

/** `{ issue: value }`, or nothing when the field is absent (the key stays out of the model). */
function optional<K extends string, T>(key: K, value: T | undefined): { [k in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: T };
}

function markdownText<T>(r: MetaReader, path: string, parse: (text: string) => T): T | undefined {
  const t = r.string(path, { required: true });
  return t === undefined ? undefined : parse(t);
}

function readKeywords(r: MetaReader, path: string): string[] | undefined {
  const list = r.list(path, { required: true });
  if (!list) return undefined;
  const out: string[] = [];
  list.forEach((_, i) => {
    const k = r.string(`${path}.${i}`, { required: true });
    if (k) out.push(k);
  });
  return out;
}

function readPages(r: MetaReader): ArticleMeta['pages'] {
  if (r.get('pages') === undefined) return {};
  if (!r.isMap('pages')) {
    r.wrongType('pages', 'a map { first: 693, last: 707 }');
    return {};
  }
  const first = r.integer('pages.first', { required: true, min: 1 });
  const last = r.integer('pages.last', { min: 1 });
  if (first !== undefined && last !== undefined && last < first) r.wrongType('pages.last', `a last page not before the first (${first})`);
  return { ...(first !== undefined && { first }), ...(last !== undefined && { last }) };
}

function readHistory(r: MetaReader): History {
  const history: History = {};
  if (r.get('history') === undefined) return history;
  if (!r.isMap('history')) {
    r.wrongType('history', 'a map of dates { received: YYYY-MM-DD, … }');
    return history;
  }
  for (const field of historyFields) {
    const path = `history.${field}`;
    const date = r.string(path);
    if (date === undefined) continue;
    if (isRealIsoDate(date)) history[field] = date;
    else r.report('meta-date', `Unexpected date ${JSON.stringify(date)} in \`${path}\`, expected a real date written YYYY-MM-DD`, r.pos(path));
  }
  // ISO dates compare as strings; revised may come after accepted in some workflows.
  const order: (keyof History)[] = ['received', 'accepted', 'published'];
  for (let i = 1; i < order.length; i++) {
    const [a, b] = [history[order[i - 1]], history[order[i]]];
    if (a && b && b < a)
      r.report('meta-date', `Unexpected ${order[i]} date ${b} before ${order[i - 1]} ${a}, expected dates in order`, r.pos(`history.${order[i]}`));
  }
  return history;
}

/** Where each field was written, by dotted path, for every value in the front matter. */
function collectPositions(root: Record<string, unknown>, doc: YamlDoc): Record<string, Position> {
  const positions: Record<string, Position> = {};
  const walk = (value: unknown, path: string) => {
    if (path) positions[path] = doc.positionOf(path);
    if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(root, '');
  return positions;
}
