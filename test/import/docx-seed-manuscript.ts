// The seed article as its author would send it: a .docx laid out as Quaestio
// Rossica's template asks (UDC; per language title, author with a superscript
// affiliation marker, the affiliation line, the labelled abstract and keywords;
// the body with real Word footnotes, italics and the two figures with their
// captions; both printed lists under their titles). Built with the `docx`
// package from the seed's own text (the PDF extraction), never from
// article.md; only extraction damage is repaired, as article.md's notes say.
import { AlignmentType, Document, FootnoteReferenceRun, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { deflateSync } from 'node:zlib';
import { parseSeedBody, parseSeedFront, readSeed } from '../seed/seed-text.js';
import { seedLists } from '../references/seed.js';

/**
 * What the seed does not print but the author's manuscript carries: the
 * Russian title, the author's and the affiliation's Russian forms (article.md's
 * notes: supplied by the editor), and the English title in the case the
 * citation block gives it (the PDF prints it in capitals).
 */
export const manuscriptAdditions = {
  titleEn: 'The Bolshevik Party Transformed: Stalin’s Rise to Power (1917–1927)',
  titleRu: 'Трансформация партии большевиков: восхождение Сталина к власти (1917–1927)',
  authorRu: 'Джеймс Харрис',
  affiliationRu: 'Лидсский университет, Лидс, Великобритания',
};

/** A tiny grey PNG standing in for the photographs (the seed has no images, only their captions). */
function placeholderPng(): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(4, 0);
  ihdr.writeUInt32BE(4, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const raw = Buffer.alloc(4 * 5, 0x99);
  for (let row = 0; row < 4; row++) raw[row * 5] = 0; // filter byte per row
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

interface Inline {
  text: string;
  italic?: boolean;
  note?: number;
}

/** The seed's inline markup (`*italic*`, `\*`, `<sup>1</sup>` footnote calls) as runs. */
export function seedInlines(text: string): Inline[] {
  const out: Inline[] = [];
  let italic = false;
  let buf = '';
  const flush = () => {
    if (buf) out.push({ text: buf, ...(italic && { italic: true }) });
    buf = '';
  };
  for (let i = 0; i < text.length; i++) {
    const sup = /^<sup>(\d+)<\/sup>/.exec(text.slice(i));
    if (sup) {
      flush();
      out.push({ text: '', note: Number(sup[1]) });
      i += sup[0].length - 1;
    } else if (text[i] === '\\' && text[i + 1] === '*') {
      buf += '*';
      i++;
    } else if (text[i] === '*') {
      flush();
      italic = !italic;
    } else buf += text[i];
  }
  flush();
  return out;
}

/** Extraction damage in the printed lists: a lost opening `*` before the author ("Ленин В. И.* Удержат …"). */
export function repairEntry(entry: string): string {
  const stars = (entry.match(/(?<!\\)\*/g) ?? []).length;
  return stars % 2 === 1 && /^[^*]+\*\s/.test(entry) ? `*${entry}` : entry;
}

/** Extraction damage in the body: an italic span split by a page break ("*oblast’ /* *guberniia …*"). */
export function repairBody(paragraph: string): string {
  return paragraph.replace(/\/\*\s+\*/g, '/ ');
}

/** Where each caption stood: after the body paragraph that starts last before it in the seed text. */
function captionPlaces(seed: string, paragraphs: string[], captions: string[]): Map<number, string[]> {
  const starts = paragraphs.map((p) => seed.indexOf(p.slice(0, 60)));
  const places = new Map<number, string[]>();
  for (const caption of captions) {
    const pos = seed.indexOf(caption);
    let after = 0;
    starts.forEach((s, i) => {
      if (s >= 0 && s < pos) after = i;
    });
    places.set(after, [...(places.get(after) ?? []), caption]);
  }
  return places;
}

export interface SeedManuscript {
  bytes: Uint8Array;
  /** The body paragraphs written, in order (seed markup, repaired), for comparisons. */
  paragraphs: string[];
  footnotes: Map<number, string>;
  captions: string[];
  lists: { primary: string[]; romanized: string[] };
}

export async function seedManuscript(seed = readSeed()): Promise<SeedManuscript> {
  const front = parseSeedFront(seed);
  const body = parseSeedBody(seed);
  if (body.unmatchedRepairs.length) throw new Error(`Unexpected seed: repairs matched nothing: ${body.unmatchedRepairs.join('; ')}`);
  const paragraphs = body.paragraphs.map(repairBody);
  const lists = { primary: seedLists(seed).primary.map(repairEntry), romanized: seedLists(seed).romanized };
  const image = placeholderPng();
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const [n, text] of body.footnotes) footnotes[String(n)] = { children: [new Paragraph({ children: runs(text) })] };

  function runs(text: string): (TextRun | FootnoteReferenceRun)[] {
    return seedInlines(text).map((r) => (r.note ? new FootnoteReferenceRun(r.note) : new TextRun({ text: r.text, italics: r.italic })));
  }
  const labelled = (label: string, text: string) => new Paragraph({ children: [new TextRun({ text: `${label} `, bold: true }), ...runs(text)], alignment: AlignmentType.JUSTIFIED });
  const block = (title: string, author: string, affiliation: string, abstractLabel: string, abstract: string, keywordsLabel: string, keywords: string[]) => [
    new Paragraph({ children: [new TextRun({ text: title, bold: true })], alignment: AlignmentType.CENTER }),
    new Paragraph({ children: [new TextRun({ text: author }), new TextRun({ text: '1', superScript: true })], alignment: AlignmentType.CENTER }),
    new Paragraph({ children: [new TextRun({ text: '1', superScript: true }), new TextRun({ text: affiliation, italics: true })], alignment: AlignmentType.CENTER }),
    labelled(abstractLabel, abstract),
    labelled(keywordsLabel, `${keywords.join('; ')}.`),
    new Paragraph({ children: [] }),
  ];
  // "ца-" + "ризм": the page break split a word of the Russian abstract.
  const abstractRu = front.abstract.ru.replace('ца- ризм', 'царизм');
  const places = captionPlaces(seed, body.paragraphs, body.captions);
  const bodyParagraphs = paragraphs.flatMap((p, i) => [
    new Paragraph({ children: runs(p), alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 284 } }),
    ...(places.get(i) ?? []).flatMap((caption) => [
      new Paragraph({ children: [new ImageRun({ type: 'png', data: image, transformation: { width: 120, height: 160 }, altText: { name: caption, description: caption, title: caption } })], alignment: AlignmentType.CENTER }),
      new Paragraph({ children: [new TextRun({ text: caption, italics: true })], alignment: AlignmentType.CENTER, style: 'Caption' }),
    ]),
  ]);
  const listParagraphs = (title: string, entries: string[]) => [
    new Paragraph({ children: [new TextRun({ text: title, bold: true })], alignment: AlignmentType.CENTER }),
    ...entries.map((e) => new Paragraph({ children: runs(e), indent: { hanging: 284, left: 284 } })),
  ];
  const doc = new Document({
    creator: 'James Harris',
    title: manuscriptAdditions.titleEn,
    styles: { paragraphStyles: [{ id: 'Caption', name: 'caption', basedOn: 'Normal', run: { size: 20 } }] },
    footnotes,
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun(`УДК ${front.udc}`)] }),
          new Paragraph({ children: [] }),
          ...block(manuscriptAdditions.titleEn, 'James Harris', 'University of Leeds, Leeds, UK', 'Abstract.', front.abstract.en, 'Keywords:', front.keywords.en),
          ...block(manuscriptAdditions.titleRu, manuscriptAdditions.authorRu, manuscriptAdditions.affiliationRu, 'Аннотация.', abstractRu, 'Ключевые слова:', front.keywords.ru),
          ...bodyParagraphs,
          new Paragraph({ children: [] }),
          ...listParagraphs('Список литературы', lists.primary),
          new Paragraph({ children: [] }),
          ...listParagraphs('References', lists.romanized),
        ],
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  return { bytes, paragraphs, footnotes: body.footnotes, captions: body.captions, lists };
}
