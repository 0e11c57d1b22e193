// Front and back matter beyond the bibliographic core: funding, statements
// (acknowledgements, COI, data availability, author notes), supplementary files,
// the corrected article or reviewed book. Each problem is reported at its key.
import type { Block, Funding, Inline, Localized, MatterStatements, RelatedArticle, ReviewedBook, SupplementaryFile } from '../types.js';
import { resolveInArticle, sandboxReason } from '../../source/sandbox.js';
import type { MetaReader } from './reader.js';
import { collectCitations } from '../../source/cross-check.js';

/** Statement keys of the source → their field in the model. Data, so a profile can name them. */
export const statementFields = {
  'author-notes': 'authorNotes',
  'funding-statement': 'fundingStatement',
  acknowledgements: 'acknowledgements',
  'conflict-of-interest': 'conflictOfInterest',
  'data-availability': 'dataAvailability',
} as const satisfies Record<string, keyof MatterStatements>;

export type StatementKey = keyof typeof statementFields;

/**
 * Which languages a statement must be written in. A statement given in one
 * language is not demanded in the others unless the journal asks: this is the
 * one place that decides it (today: none required; a profile setting can feed it).
 */
export type StatementLanguages = (key: StatementKey) => string[];
export const noStatementLanguagesRequired: StatementLanguages = () => [];

export interface MatterInput {
  r: MetaReader;
  /** The article's language: a statement written as plain text is in it. */
  lang: string;
  blocks: (text: string, path: string) => Block[];
  required?: StatementLanguages;
}

/**
 * Citations are resolved in the body, notes and abstracts only: one written in a
 * statement or caption would come out empty, so it is refused where it stands.
 */
function refuseCitations(r: MetaReader, key: string, nodes: Block[]): Block[] {
  for (const citation of collectCitations(nodes))
    r.report('body-unsupported-node', `Unexpected citation in \`${key}\`, expected citations only in the body, the notes and the abstracts (write the reference in words)`, citation.position ?? r.pos(key));
  return nodes;
}

export function readStatements({ r, lang, blocks, required = noStatementLanguagesRequired }: MatterInput): MatterStatements | undefined {
  const out: MatterStatements = {};
  for (const [key, field] of Object.entries(statementFields) as [StatementKey, keyof MatterStatements][]) {
    const value = readLocalizedText(r, key, lang, (text, path) => refuseCitations(r, key, blocks(text, path)));
    if (!value) continue;
    out[field] = value;
    for (const l of required(key))
      if (!value[l])
        r.report('meta-statement-language', `Unexpected missing \`${key}.${l}\`, expected the statement in ${required(key).join(', ')} as the journal requires`, r.pos(key));
  }
  return Object.keys(out).length ? out : undefined;
}

/** Text by language (`{ en: …, ru: … }`, any subset), or plain text in the article's language. */
function readLocalizedText<T>(r: MetaReader, path: string, lang: string, parse: (text: string, path: string) => T): Localized<T> | undefined {
  const v = r.get(path);
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') {
    const text = r.string(path);
    return text ? { [lang]: parse(text, path) } : undefined;
  }
  return r.localized(path, (p) => {
    const text = r.string(p, { required: true });
    return text === undefined ? undefined : parse(text, p);
  }, { required: false, all: false });
}

const funderDoi = /^(?:https?:\/\/(?:dx\.)?doi\.org\/)?(10\.13039\/\d{6,12})$/i;
const rorId = /^(?:https?:\/\/)?(?:ror\.org\/)?(0[a-hj-km-np-tv-z0-9]{6}\d{2})$/i;

export function readFunding(r: MetaReader, lang: string): Funding[] | undefined {
  const list = r.list('funding');
  if (!list) return undefined;
  const out: Funding[] = [];
  list.forEach((_, i) => {
    const p = `funding.${i}`;
    if (!r.isMap(p)) return r.wrongType(p, 'a map { funder: …, funder-id: 10.13039/…, awards: [ … ] }');
    const funder = r.need(`${p}.funder`, 'the funder\'s name', { required: true }) ? readLocalizedText(r, `${p}.funder`, lang, (t) => t) : undefined;
    const funding: Funding = { funder: funder ?? {}, awards: [], position: r.pos(p) };
    const id = r.string(`${p}.funder-id`);
    if (id !== undefined) {
      const doi = funderDoi.exec(id);
      const ror = rorId.exec(id);
      if (doi) funding.funderId = { type: 'doi', value: doi[1] };
      else if (ror) funding.funderId = { type: 'ror', value: `https://ror.org/${ror[1].toLowerCase()}` };
      else
        r.report('meta-funder-id', `Unexpected funder id ${JSON.stringify(id)}, expected an Open Funder Registry DOI such as 10.13039/501100004359 or a ROR URL such as https://ror.org/03zttf063`, r.pos(`${p}.funder-id`));
    }
    const awards = r.get(`${p}.awards`);
    if (typeof awards === 'string' || typeof awards === 'number') funding.awards.push(String(awards).trim());
    else
      (r.list(`${p}.awards`) ?? []).forEach((_, j) => {
        const award = r.string(`${p}.awards.${j}`, { required: true });
        if (award) funding.awards.push(award);
      });
    out.push(funding);
  });
  return out;
}

/** Extensions to IANA media types for the files journals publish beside an article. Data. */
const mediaTypes: Record<string, string> = {
  csv: 'text/csv', tsv: 'text/tab-separated-values', txt: 'text/plain', pdf: 'application/pdf', json: 'application/json',
  xml: 'application/xml', zip: 'application/zip', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', tif: 'image/tiff', tiff: 'image/tiff', svg: 'image/svg+xml',
  mp3: 'audio/mpeg', wav: 'audio/wav', mp4: 'video/mp4',
};

export function readSupplementary(r: MetaReader, lang: string, dir: string | undefined, inlines: (text: string, path: string) => Inline[]): SupplementaryFile[] | undefined {
  const list = r.list('supplementary');
  if (!list) return undefined;
  const out: SupplementaryFile[] = [];
  const seen = new Set<string>();
  list.forEach((_, i) => {
    const p = `supplementary.${i}`;
    if (!r.isMap(p)) return r.wrongType(p, 'a map { file: supplementary/name.csv, caption: { en: … } }');
    const src = r.string(`${p}.file`, { required: true });
    if (!src) return;
    if (seen.has(src)) r.report('meta-type', `Unexpected second entry for ${src}, expected each supplementary file listed once`, r.pos(`${p}.file`));
    seen.add(src);
    let file = '';
    if (dir !== undefined) {
      const found = resolveInArticle(dir, src);
      if (found.problem === 'outside' || found.problem === 'symlink-outside')
        r.report('source-outside-folder', `Unexpected supplementary file ${sandboxReason(found.problem, src)}, expected a file inside the article folder such as supplementary/data.csv`, r.pos(`${p}.file`));
      else if (found.problem)
        r.report('supplementary-missing-file', `Unexpected ${sandboxReason(found.problem, src)}, expected the supplementary file in the article folder`, r.pos(`${p}.file`));
      else file = found.file;
    }
    const extension = /\.([A-Za-z0-9]+)$/.exec(src)?.[1]?.toLowerCase() ?? '';
    const caption = r.need(`${p}.caption`, 'a caption saying what the file holds', { required: true }) ? readLocalizedText(r, `${p}.caption`, lang, (text, path) => {
      const nodes = inlines(text, path);
      refuseCitations(r, `${p}.caption`, [{ type: 'paragraph', children: nodes }]);
      return nodes;
    }) : undefined;
    out.push({ id: `supp${out.length + 1}`, number: out.length + 1, src, file, mimeType: mediaTypes[extension] ?? 'application/octet-stream', caption: caption ?? {}, position: r.pos(p) });
  });
  return out;
}

const bareDoi = (text: string) => text.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
const doiShape = /^10\.\d{4,9}\/\S+$/;

/** `corrects:` / `retracts:` name the notice's article by DOI; a book review has `reviewed-book:`. */
export function readRelated(r: MetaReader, type: string | undefined): { related?: RelatedArticle[]; reviewedBook?: ReviewedBook } {
  const out: { related?: RelatedArticle[]; reviewedBook?: ReviewedBook } = {};
  const kinds = [
    { key: 'corrects', type: 'corrected-article', articleType: 'correction' },
    { key: 'retracts', type: 'retracted-article', articleType: 'retraction' },
  ];
  for (const kind of kinds) {
    const doi = r.string(kind.key);
    if (doi === undefined) {
      if (type === kind.articleType)
        r.report('meta-related-article', `Unexpected ${type} without \`${kind.key}:\`, expected the DOI of the article it ${kind.key === 'corrects' ? 'corrects' : 'retracts'}`, r.pos('type'));
      continue;
    }
    if (!doiShape.test(bareDoi(doi))) {
      r.report('meta-related-article', `Unexpected ${JSON.stringify(doi)} in \`${kind.key}\`, expected a DOI such as 10.1234/journal.2017.1.200`, r.pos(kind.key));
      continue;
    }
    if (type !== kind.articleType)
      r.report('meta-related-article', `Unexpected \`${kind.key}:\` in an article of type ${type ?? 'research-article'}, expected \`type: ${kind.articleType}\``, r.pos(kind.key));
    (out.related ??= []).push({ type: kind.type, doi: bareDoi(doi), position: r.pos(kind.key) });
  }
  if (r.get('reviewed-book') !== undefined) {
    if (!r.isMap('reviewed-book')) r.wrongType('reviewed-book', 'a map { authors: [ … ], title: …, publisher: …, year: … }');
    else {
      const p = 'reviewed-book';
      const authors: string[] = [];
      const rawAuthors = r.get(`${p}.authors`);
      if (typeof rawAuthors === 'string') authors.push(rawAuthors.trim());
      else (r.list(`${p}.authors`) ?? []).forEach((_, j) => { const a = r.string(`${p}.authors.${j}`, { required: true }); if (a) authors.push(a); });
      const book: ReviewedBook = { authors, title: r.string(`${p}.title`, { required: true }) ?? '', position: r.pos(p) };
      for (const key of ['publisher', 'place', 'isbn'] as const) {
        const v = r.string(`${p}.${key}`);
        if (v) book[key] = v;
      }
      const year = r.integer(`${p}.year`, { min: 1000 });
      if (year !== undefined) book.year = year;
      const doi = r.string(`${p}.doi`);
      if (doi !== undefined && !doiShape.test(bareDoi(doi))) r.wrongType(`${p}.doi`, 'a DOI such as 10.1000/xyz123');
      else if (doi) book.doi = bareDoi(doi);
      if (!book.isbn && !book.doi)
        r.report('meta-reviewed-book-id', 'Unexpected reviewed book without `isbn` or `doi`, expected one so that the Crossref deposit can relate the review to the book', r.pos(p));
      if (type !== 'book-review') r.report('meta-related-article', `Unexpected \`reviewed-book:\` in an article of type ${type ?? 'research-article'}, expected \`type: book-review\``, r.pos(p));
      out.reviewedBook = book;
    }
  } else if (type === 'book-review') r.report('meta-related-article', 'Unexpected book review without `reviewed-book:`, expected the reviewed book (authors, title, publisher, year)', r.pos('type'));
  return out;
}
