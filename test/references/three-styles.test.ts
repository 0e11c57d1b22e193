// One article (lindqvist's, as written) built with three repository styles: the
// in-text form of each comes from the style alone — its brackets, its delimiters,
// its narrative form; a note style moves the citations into footnotes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareSource } from '../../src/pipeline/prepare.js';
import { citationInlines } from '../../src/model/citation-parts.js';
import { plainText } from '../../src/model/plain-text.js';
import type { Article, Block, Citation, Inline } from '../../src/model/types.js';
import type { Profile } from '../../src/profile/types.js';
import { journalProfile, root } from './fixtures.js';

const dir = join(root, 'article/lindqvist-2017-railway-time');

function withStyle(style: string): Profile {
  const base = journalProfile();
  const references = { ...base.references, lists: [{ kind: 'primary', name: style, style, title: 'References' }] };
  const raw = { ...base.raw, references: { ...(base.raw.references as object), 'citation-style': style } };
  return { ...base, references, raw } as Profile;
}

function build(style: string): Article {
  const { article, diagnostics } = prepareSource(dir, withStyle(style));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return article!;
}

function citations(blocks: Block[]): Citation[] {
  const out: Citation[] = [];
  const inlines = (nodes: Inline[]) => nodes.forEach((n) => (n.type === 'citation' ? out.push(n) : 'children' in n && inlines(n.children)));
  const walk = (nodes: Block[]) =>
    nodes.forEach((b) => (b.type === 'paragraph' ? inlines(b.children) : b.type === 'section' || b.type === 'blockquote' ? walk(b.children) : b.type === 'list' ? b.items.forEach(walk) : undefined));
  walk(blocks);
  return out;
}

const inText = (a: Article) => citations(a.body).map((c) => plainText(citationInlines(c)));
const paragraphWith = (a: Article, words: string) => a.body.flatMap(function all(b): Block[] { return b.type === 'section' ? b.children.flatMap(all) : [b]; }).map((b) => (b.type === 'paragraph' ? plainText(b.children) : '')).find((t) => t.includes(words))!;

describe('the same article in three CSL styles', () => {
  it('numeric (IEEE): numbers in the style\'s square brackets, narrative "Marlowe [2, Ch. 4]"', () => {
    const article = build('ieee');
    const forms = inText(article);
    // Numbered in order of first citation ([1] is the archive, cited first).
    expect(forms).toContain('[2, pp. 41–66], [3]');
    expect(paragraphWith(article, 'describes similar conflicts')).toContain('For Western Europe, Marlowe [2, Ch. 4] describes');
    expect(paragraphWith(article, 'Quennell has described')).toContain('Quennell has described in detail [');
  });

  it('author-date (APA): parentheses and "; " from the style, narrative "Marlowe (1983, Chapter 4)"', () => {
    const article = build('apa');
    const forms = inText(article);
    expect(forms).toContain('(Marlowe, 1983, pp. 41–66; Brantingham, 1994)');
    expect(paragraphWith(article, 'describes similar conflicts')).toContain('For Western Europe, Marlowe (1983, Chapter 4) describes');
    // [-@quennell2001, p. 118–126]: the author is in the sentence, the style prints the rest.
    expect(paragraphWith(article, 'Quennell has described')).toContain('Quennell has described in detail (2001, pp. 118–126)');
  });

  it('note (Chicago notes): citations become footnotes in reading order, the author\'s notes renumbered among them', () => {
    const article = build('chicago-note-bibliography');
    // No citation is left in the running text: each became a note call.
    expect(citations(article.body)).toEqual([]);
    const notes = article.footnotes.map((f) => plainText(f.children.flatMap((b) => (b.type === 'paragraph' ? b.children : []))));
    expect(notes[0]).toMatch(/^ГАНО/);
    expect(notes).toContain('Marlowe, Standard Hours: Railways and the Making of Common Time, 41–66; Brantingham, “Station Clocks and Civic Pride in the Northern Provinces”.');
    // The author's first note ("The standard regional history …") keeps its text, under its new number.
    const own = article.footnotes.find((f) => plainText(f.children.flatMap((b) => (b.type === 'paragraph' ? b.children : []))).startsWith('The standard regional history'))!;
    expect(own.number).toBeGreaterThan(3);
    expect(article.footnotes.map((f) => f.number)).toEqual(article.footnotes.map((_, i) => i + 1));
  });
});

describe('locales', () => {
  it('renders in the style\'s default-locale, else the article\'s language, from the CSL locales repository', async () => {
    const { styleEngine } = await import('../../src/references/engine.js');
    const { loadStyle } = await import('../../src/references/style.js');
    const apa = styleEngine(loadStyle(journalProfile().templates, 'apa'), journalProfile().templates, 'all', 'pt-BR');
    expect(apa.lang).toBe('pt-BR');
    const gost = styleEngine(loadStyle(journalProfile().templates, 'gost-qr'), journalProfile().templates, 'all', 'pt-BR');
    expect(gost.lang).toBe('en-US'); // gost-qr says default-locale="en-US"
  });

  it('reports a journal language with no CSL locale at the profile', async () => {
    const { resolveReferences } = await import('../../src/references/resolve.js');
    const { sourceWith } = await import('./fixtures.js');
    const profile = { ...journalProfile(), languages: ['en', 'ru', 'xx'] };
    const { diagnostics } = resolveReferences(sourceWith([]), profile);
    expect(diagnostics.filter((d) => d.rule === 'reference-locale-missing').map((d) => [d.message, d.position?.file])).toEqual([
      ['Unexpected language "xx" with no CSL locale, expected csl/locales-xx.xml in the templates or a locale of the CSL repository', profile.file],
    ]);
  });
});
