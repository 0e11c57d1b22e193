// The seed article as text extracted from its PDF, cut into what the source must keep:
// body paragraphs, footnotes, figure captions, abstracts, keywords and citation blocks.
// Pure functions over the text; only readSeed() touches the disk. Reusable against any
// output (article.md today, the JATS body later): prepare both sides with prepareText()
// and compare with wordRuns().
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_FILE =
  process.env.GALLEY_SEED_FILE ??
  fileURLToPath(new URL('../../../shared/seed/harris-2017-bolshevik-party-transformed.txt', import.meta.url));

export function readSeed(file = SEED_FILE): string {
  return readFileSync(file, 'utf8');
}

/**
 * Repairs that PDF extraction made necessary beyond joining split paragraphs: here the
 * pieces of two sentences came out in the wrong order. Each must match exactly once.
 */
export const EXTRACTION_REPAIRS: ReadonlyArray<{ from: string; to: string; why: string }> = [
  {
    from: 'basic tenets of the totalitarian “revisionists” like',
    to: 'basic tenets of the totalitarian model. Early “revisionists” like',
    why: '"model. Early" was extracted two sentences later',
  },
  {
    from: 'variously attributed the model. Early origins of dictatorship',
    to: 'variously attributed the origins of dictatorship',
    why: 'the displaced "model. Early" put back where it belongs',
  },
];

interface RawBlock {
  text: string;
  /** Blank lines before the block: a figure (its image lost in extraction) leaves a wide gap. */
  gapBefore: number;
}

/** Splits lines into blank-line separated blocks, keeping line breaks inside a block as spaces. */
function blocks(lines: string[]): RawBlock[] {
  const out: RawBlock[] = [];
  let current: string[] = [];
  let blanks = 0;
  let gapBefore = 0;
  const flush = () => {
    if (current.length) out.push({ text: current.join(' '), gapBefore });
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      blanks++;
    } else {
      if (!current.length) gapBefore = blanks;
      current.push(line.trim());
      blanks = 0;
    }
  }
  flush();
  return out;
}

const FOOTNOTE = /^<sup>(\d+)<\/sup>\s*/;
const stripMarkup = (text: string) => text.replace(/<sup>\d+<\/sup>/g, '').replace(/[*\\]/g, '').trim();

/** A figure caption: a short line without final punctuation after the wide gap of a lost image. */
function isCaption(block: RawBlock): boolean {
  const plain = stripMarkup(block.text);
  return block.gapBefore >= 2 && plain.length < 200 && !/[.!?:;”»)\]]$/.test(plain);
}

/** A block continues the previous paragraph when it starts mid-sentence (page break, footnotes or figure between). */
function continuesParagraph(text: string): boolean {
  return /^\[/.test(text) || /^[*(]*\p{Ll}/u.test(text);
}

function joinParts(previous: string, next: string): string {
  // "la-" + "bour": a word hyphenated at a page break.
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return previous.slice(0, -1) + next;
  return `${previous} ${next}`;
}

export interface SeedBody {
  paragraphs: string[];
  /** Footnote texts by number. */
  footnotes: Map<number, string>;
  captions: string[];
  /** Repairs from EXTRACTION_REPAIRS that matched nothing (should be empty). */
  unmatchedRepairs: string[];
}

/** The lines between two markers (exclusive): the first line starting with `start`, the first after it starting with `end`. */
function linesBetween(text: string, start: string, end: string): string[] {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith(start));
  const to = lines.findIndex((l, i) => i > from && l.startsWith(end));
  if (from < 0 || to < 0) throw new Error(`Unexpected seed layout, expected lines starting ${start} … ${end}`);
  return lines.slice(from + 1, to);
}

export function parseSeedBody(text: string): SeedBody {
  const paragraphs: string[] = [];
  const footnotes = new Map<number, string>();
  const captions: string[] = [];
  for (const block of blocks(linesBetween(text, '*Ключевые слова:*', '### Список литературы'))) {
    const footnote = FOOTNOTE.exec(block.text);
    if (block.text === '---') continue;
    if (footnote) footnotes.set(Number(footnote[1]), block.text.slice(footnote[0].length));
    else if (isCaption(block)) captions.push(block.text);
    else if (paragraphs.length && continuesParagraph(block.text)) {
      paragraphs[paragraphs.length - 1] = joinParts(paragraphs[paragraphs.length - 1], block.text);
    } else paragraphs.push(block.text);
  }
  const unmatchedRepairs: string[] = [];
  for (const repair of EXTRACTION_REPAIRS) {
    const hits = paragraphs.filter((p) => p.includes(repair.from));
    if (hits.length !== 1) unmatchedRepairs.push(repair.from);
    else paragraphs[paragraphs.indexOf(hits[0])] = hits[0].replace(repair.from, repair.to);
  }
  return { paragraphs, footnotes, captions, unmatchedRepairs };
}

/** The seed's body paragraphs in reading order, joined and repaired, markup still in. */
export function seedBodyParagraphs(text = readSeed()): string[] {
  return parseSeedBody(text).paragraphs;
}

export interface SeedFront {
  abstract: { en: string; ru: string };
  keywords: { en: string[]; ru: string[] };
  citationBlock: { en: string; ru: string };
  udc: string;
  doi: string;
}

/** Abstracts, keywords, citation blocks and identifiers as the seed prints them. */
export function parseSeedFront(text: string): SeedFront {
  const lines = text.split('\n').map((l) => l.trim());
  const after = (prefix: string) => {
    const line = lines.find((l) => l.startsWith(prefix));
    if (!line) throw new Error(`Unexpected seed layout, expected a line starting ${prefix}`);
    return line.slice(prefix.length).trim();
  };
  const keywords = (prefix: string) => after(prefix).replace(/\.$/, '').split(/;\s*/);
  const abstractBefore = (marker: string, start: string) => {
    const body = linesBetween(text, start, marker);
    const parts = blocks(body)
      .map((b) => b.text)
      .filter((t) => t !== '---' && !/^(\\\* )?\*(Citation|Цитирование):\*/.test(t));
    return parts.reduce((acc, part) => (acc ? joinParts(acc, part) : part), '');
  };
  return {
    abstract: {
      en: abstractBefore('*Keywords:*', 'Leeds, UK'),
      ru: abstractBefore('*Ключевые слова:*', '*Keywords:*'),
    },
    keywords: { en: keywords('*Keywords:*'), ru: keywords('*Ключевые слова:*') },
    citationBlock: { en: after('\\* *Citation:*'), ru: after('*Цитирование:*') },
    udc: after('УДК'),
    doi: after('DOI'),
  };
}

/**
 * Text ready for comparison: citations, footnote calls and Markdown/HTML markers removed,
 * quotes and whitespace normalised. Apply to both sides of a comparison.
 */
export function prepareText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/<sup>\d+<\/sup>/g, '')
    .replace(/\s*\[[^\]]*\]/g, '') // [Deutscher; …], [@key, p. 3], [^1]
    .replace(/[*\\]/g, '')
    .replace(/[“”«»„"]/g, '"')
    .replace(/[‘’'`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every run of `n` consecutive words of a prepared text (the whole text when shorter). */
export function wordRuns(text: string, n = 6): string[] {
  const words = text.split(' ').filter(Boolean);
  if (words.length <= n) return words.length ? [words.join(' ')] : [];
  return words.slice(0, words.length - n + 1).map((_, i) => words.slice(i, i + n).join(' '));
}

/** The bracketed citation clusters of a text, brackets removed (`Deutscher; Schapiro 1955`). */
export function citationClusters(text: string): string[] {
  return [...text.matchAll(/\[([^\]^][^\]]*)\]/g)].map((m) => m[1]);
}

/** Six-word runs of the seed paragraphs that the target paragraphs do not contain. */
export function missingRuns(seedParagraphs: string[], targetParagraphs: string[]): string[] {
  // A pilcrow between paragraphs: a run may not straddle two of them.
  const target = targetParagraphs.map(prepareText).join(' ¶ ');
  return seedParagraphs.flatMap((paragraph, index) =>
    wordRuns(prepareText(paragraph), 6)
      .filter((run) => !target.includes(run))
      .map((run) => `seed paragraph ${index + 1}: ${run}`),
  );
}
