// matchTemplate on real manuscripts: the seed's own (generated from the seed's
// text as Quaestio Rossica's template lays it out), the three manuscripts of a
// Russian conference's template, and a Portuguese one for the second journal.
// The documents are read by the Word reader (readDocx), tracked changes accepted.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/profile/load.js';
import type { Profile } from '../../src/profile/types.js';
import { matchTemplate, type TemplateMatch } from '../../src/import/docx/template.js';
import { matchLabel } from '../../src/import/docx/template-text.js';
import { splitName } from '../../src/import/docx/template-people.js';
import type { DocxDocument, DocxParagraph } from '../../src/import/docx/model.js';
import { prepareText, seedBodyParagraphs, wordRuns } from '../seed/seed-text.js';
import { normalise, seedLists } from '../references/seed.js';
import { repairEntry, seedManuscript, type SeedManuscript } from './docx-seed-manuscript.js';
import { readDocx } from '../../src/import/docx/read-docx.js';
import { corpus } from './docx-helpers.js';

const root = resolve(import.meta.dirname, '../..');
const profileAt = (path: string): Profile => {
  const { profile, diagnostics } = loadProfile(resolve(root, path));
  if (!profile) throw new Error(diagnostics.items.map((d) => d.message).join('\n'));
  return profile;
};
const qr = profileAt('journal.yaml');
const fapm = profileAt('test/fixtures/journals/fapm/journal.yaml');
const bakhtiniana = profileAt('test/fixtures/journals/bakhtiniana/journal.yaml');

const readDocxForTest = (file: string, bytes: Uint8Array = readFileSync(file)) => readDocx(file, bytes, 'accept');
const plainOf = (p: DocxParagraph) => p.runs.map((r) => r.text).join('');
const seedFront = () => parse(readFileSync(resolve(root, 'article/harris-2017/article.md'), 'utf8').split(/^---$/m)[1]) as Record<string, any>;

/** The text of the blocks the match says are the body. */
function bodyParagraphs(doc: DocxDocument, m: TemplateMatch): string[] {
  return doc.blocks.slice(m.bodyStart, m.bodyEnd).flatMap((b) => (b.kind === 'paragraph' ? [plainOf(b)] : [])).filter(Boolean);
}

describe('matching the seed manuscript against Quaestio Rossica’s template', () => {
  let manuscript: SeedManuscript;
  let doc: DocxDocument;
  let m: TemplateMatch;
  beforeAll(async () => {
    manuscript = await seedManuscript();
    doc = readDocxForTest('harris-2017.docx', manuscript.bytes);
    m = matchTemplate(doc, qr);
  });

  it('gives the front matter of article/harris-2017 on title, UDC, authors, affiliation, abstracts and keywords', () => {
    const fm = m.frontMatter as Record<string, any>;
    const expected = seedFront();
    expect(fm.lang).toBe(expected.lang);
    expect(fm.udc).toBe(expected.udc);
    expect(fm.title).toEqual(expected.title);
    expect(fm.authors.map((a: any) => a.name)).toEqual(expected.authors.map((a: any) => a.name));
    expect(fm.authors[0].id).toBe(expected.authors[0].id);
    const pick = (a: any) => ({ institution: a.institution, city: a.city, country: a.country });
    expect(fm.affiliations.map(pick)).toEqual(expected.affiliations.map(pick));
    // The author points at the affiliation it has in article.md.
    const affOf = (front: any) => front.affiliations.find((a: any) => a.id === front.authors[0].affiliations[0]).institution;
    expect(affOf(fm)).toEqual(affOf(expected));
    expect(fm.abstract).toEqual({ en: expected.abstract.en.trim(), ru: expected.abstract.ru.trim() });
    expect(fm.keywords).toEqual(expected.keywords);
    expect(Object.keys(fm)).toEqual(['lang', 'udc', 'title', 'authors', 'affiliations', 'abstract', 'keywords']);
  });

  it('bounds the body: at least 0.99 of the seed body’s 8-word runs, the captions inside, nothing of the lists', () => {
    const body = bodyParagraphs(doc, m);
    const target = body.map(prepareText).join(' ¶ ');
    const runs = seedBodyParagraphs().flatMap((p) => wordRuns(prepareText(p), 8));
    const kept = runs.filter((r) => target.includes(r)).length;
    expect(runs.length).toBeGreaterThan(1500);
    expect(kept / runs.length).toBeGreaterThanOrEqual(0.99);
    for (const caption of manuscript.captions) expect(body).toContain(caption);
    expect(body.at(-1)).toMatch(/^generations to achieve|the subject of my on-going research\.$/);
    expect(body.join(' ')).not.toContain('Список литературы');
    // The footnotes are real Word footnotes, called from the body.
    expect(doc.notes.map((n) => n.paragraphs.map(plainOf).join(''))).toEqual([...manuscript.footnotes.values()].map((t) => t.replace(/[*\\]/g, '')));
    const calls = doc.blocks.slice(m.bodyStart, m.bodyEnd).flatMap((b) => (b.kind === 'paragraph' ? b.runs.filter((r) => r.noteRef) : []));
    expect(calls).toHaveLength(3);
  });

  it('finds both printed lists, entry by entry as the seed prints them, italics marked', () => {
    expect(m.lists.map((l) => [l.name, l.title, l.entries.length])).toEqual([
      ['gost', 'Список литературы', 50],
      ['references', 'References', 50],
    ]);
    const seed = seedLists();
    expect(m.lists[0].entries.map((e) => normalise(e.text))).toEqual(seed.primary.map(repairEntry).map(normalise));
    expect(m.lists[1].entries.map((e) => normalise(e.text))).toEqual(seed.romanized.map(normalise));
    expect(m.lists[0].entries.find((e) => e.text.includes('Carr'))!.text).toBe('*Carr E. H.* The Russian Revolution from Lenin to Stalin. L. : Macmillan, 1979. 200 p.');
    expect(m.lists[1].entries[0].text).toBe('Carr, E. H. (1979). *The Russian Revolution from Lenin to Stalin*. L., Macmillan. 200 p.');
  });

  it('reports every decision with its paragraph, keeps everything, raises nothing', () => {
    const what = m.decisions.map((d) => `${d.at}: ${d.what}`);
    expect(what).toContain('paragraph 1: became the UDC');
    expect(what).toContain('paragraph 3: became the en title');
    expect(what).toContain('paragraph 12: became the ru abstract');
    expect(what).toContain('paragraph 5: became the en affiliation aff1');
    expect(what).toContain('paragraph 10: became ru author 1 (Джеймс | Харрис)');
    expect(m.notKept).toEqual([]);
    expect(m.diagnostics).toEqual([]);
  });
});

describe('the conference template (ru-fapm2025-*.docx) through its own profile', () => {
  const match = (name: string) => {
    const doc = readDocxForTest(`${corpus}/${name}`);
    return { doc, m: matchTemplate(doc, fapm) };
  };

  it('borovkova: four authors with inline affiliations and e-mails, the English surname found from the Russian one, no body', () => {
    const { m } = match('ru-fapm2025-borovkova-annotatsiya-tracked.docx');
    const fm = m.frontMatter as Record<string, any>;
    expect(fm.title.en).toBe('Modeling the indentation process for the creation of basic mechanical materials');
    expect(fm.authors.map((a: any) => [a.id, a.name.ru.surname, a.name.en.given, a.name.en.surname, a.email])).toEqual([
      ['borovkova', 'Боровкова', 'Tatyana Vladimirovna', 'Borovkova', 'borovkovatv@bmstu.ru'],
      ['murashov', 'Мурашов', 'Mikhail Vladimirovich', 'Murashov', 'murashov@bmstu.ru'],
      ['grigoryev', 'Григорьев', 'Arseniy Romanovich', 'Grigoryev', 'grigorev.ar@bmstu.ru'],
      ['parotkina', 'Паротькина', 'Maria Alekseevna', 'Parotkina', 'parotkinama@bmstu.ru'],
    ]);
    expect(fm.affiliations).toEqual([{ id: 'aff1', institution: { ru: 'МГТУ им. Н.Э.Баумана', en: 'Bauman Moscow State Technical University' }, city: { ru: 'Москва', en: 'Moscow' } }]);
    expect(fm.keywords.ru).toEqual(['конечно-элементная модель', 'база данных', 'моделирование']);
    expect(m.bodyEnd).toBe(m.bodyStart);
    expect(m.lists.map((l) => [l.name, l.entries.length])).toEqual([['gost', 4], ['references', 4]]);
    expect(m.lists[1].entries[0].text).toBe('Golovin Yu.I. Introduction to nanotechnology. Moscow, Mashinostroenie, 2007. 496 p.');
    expect(m.decisions.map((d) => d.what)).toContain('the manuscript has no body');
  });

  it('primer: UDC, superscript markers (one author with two), an e-mail after the name, one list', () => {
    const { m } = match('ru-fapm2025-primer-oformleniya-tezisy.docx');
    const fm = m.frontMatter as Record<string, any>;
    expect(fm.udc).toBe('531');
    expect(fm.authors.map((a: any) => [a.name.ru.surname, a.name.en.surname, a.affiliations])).toEqual([
      ['Обрадович', 'Obradović', ['aff1']],
      ['Черкасов', 'Cherkasov', ['aff2', 'aff3']],
      ['Селюцкий', 'Selyutskiy', ['aff4']],
    ]);
    expect(fm.authors[0].email).toBe('aobradovic@mas.bg.ac.rs');
    expect(fm.affiliations[0]).toEqual({ id: 'aff1', institution: { ru: 'Факультет машиностроения Белградского университета', en: 'Faculty of Mechanical Engineering, University of Belgrade' }, city: { ru: 'Белград', en: 'Belgrade' }, country: { ru: 'Сербия', en: 'Serbia' } });
    expect(fm.affiliations[1].institution).toEqual({ ru: 'Университет МГУ-ППИ в Шэньчжэне', en: 'Shenzhen MSU-BIT University' });
    expect(m.lists.map((l) => [l.name, l.title, l.entries.length])).toEqual([['gost', 'Список источников', 5]]);
    expect(m.lists[0].entries[1].text).toMatch(/^Obradović A\.: Optimal control/);
    // No romanized list in this template: reported, not invented.
    expect(m.diagnostics.map((d) => [d.rule, d.message])).toEqual([['import-template-missing', 'Unexpected manuscript without the list “References”, expected a paragraph with that title before its entries']]);
  });

  it('shuvalov: initials, the speaker’s e-mail line, a label alone above the abstract, a look-alike letter, the body label, a paragraph outside every part', () => {
    const { doc, m } = match('ru-fapm2025-shuvalov-tezisy-tables-omml.docx');
    const fm = m.frontMatter as Record<string, any>;
    expect(fm.authors.map((a: any) => `${a.name.ru.surname} ${a.name.ru.given} / ${a.name.en.surname} ${a.name.en.given}`)).toEqual([
      'Олехвер А. И. / Olekhver A. I.',
      'Шувалов Д. М. / Shuvalov D. M.',
      'Ремшев Е. Ю. / Remshev E. Iu.',
      'Расулов З. Н. / Rasulov Z. N.',
    ]);
    expect(fm.authors[1].email).toBe('shuvalov_dm@voenmeh.ru');
    expect(fm.affiliations[0].institution.ru).toBe('БГТУ «ВОЕНМЕХ» им. Д.Ф. Устинова');
    expect(fm.abstract.ru).toMatch(/^Выявлены особенности при первой и последующих вытяжках/);
    expect(fm.abstract.en).toMatch(/^The features of the first and subsequent wall thinning/); // "Аnnotation" with a Cyrillic А
    const body = bodyParagraphs(doc, m);
    expect(body[0]).toMatch(/^Определение степени деформации/);
    expect(body.at(-1)).toMatch(/^Исследование выполнено при финансовой поддержке/);
    expect(doc.blocks.slice(m.bodyStart, m.bodyEnd).filter((b) => b.kind === 'table')).toHaveLength(6);
    expect(m.lists.map((l) => [l.name, l.title, l.entries.length])).toEqual([['gost', 'Литература', 3], ['references', 'References', 3]]);
    expect(m.notKept.map((n) => [n.text.slice(0, 39), n.reason])).toEqual([['This research was financially supported', 'outside the body, the metadata and the printed lists: no template part']]);
  });
});

describe('a second journal is only a profile change', () => {
  it('matches a Portuguese manuscript with Bakhtiniana’s labels (Resumo, Palavras-chave, Referências)', async () => {
    const p = (...runs: TextRun[]) => new Paragraph({ children: runs });
    const t = (text: string, opts: { bold?: boolean; italics?: boolean; superScript?: boolean } = {}) => new TextRun({ text, ...opts });
    const docx = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [t('A filosofia por trás da conversação', { bold: true })], alignment: AlignmentType.CENTER }),
            p(t('Clara Braz dos Santos'), t('1', { superScript: true }), t(', João Pedro Lima'), t('2', { superScript: true })),
            p(t('1', { superScript: true }), t('Universidade Federal da Paraíba, João Pessoa, Brasil')),
            p(t('2', { superScript: true }), t('Universidade de São Paulo, São Paulo, Brasil')),
            p(t('Resumo: ', { bold: true }), t('Este artigo discute a conversação.')),
            p(t('Palavras-chave: ', { bold: true }), t('Bakhtin; conversação; filosofia')),
            new Paragraph({ children: [t('The Philosophy behind Conversation', { bold: true })] }),
            p(t('Clara Braz dos Santos'), t('1', { superScript: true }), t(', João Pedro Lima'), t('2', { superScript: true })),
            p(t('1', { superScript: true }), t('Federal University of Paraíba, João Pessoa, Brazil')),
            p(t('2', { superScript: true }), t('University of São Paulo, São Paulo, Brazil')),
            p(t('Abstract: ', { bold: true }), t('This article discusses conversation.')),
            p(t('Keywords: ', { bold: true }), t('Bakhtin; conversation; philosophy')),
            p(t('Introdução')),
            p(t('O texto do artigo começa aqui.')),
            p(t('Referências')),
            p(t('BAKHTIN, M. '), t('Estética da criação verbal', { italics: true }), t('. São Paulo: Martins Fontes, 2003.')),
          ],
        },
      ],
    });
    const doc = readDocxForTest('souza.docx', new Uint8Array(await Packer.toBuffer(docx)));
    const m = matchTemplate(doc, bakhtiniana);
    const fm = m.frontMatter as Record<string, any>;
    expect(fm.lang).toBe('pt');
    expect(fm.title).toEqual({ pt: 'A filosofia por trás da conversação', en: 'The Philosophy behind Conversation' });
    expect(fm.authors.map((a: any) => [a.id, a.name.pt, a.affiliations])).toEqual([
      ['santos', { given: 'Clara Braz dos', surname: 'Santos' }, ['aff1']],
      ['lima', { given: 'João Pedro', surname: 'Lima' }, ['aff2']],
    ]);
    expect(fm.affiliations[1]).toEqual({ id: 'aff2', institution: { pt: 'Universidade de São Paulo', en: 'University of São Paulo' }, city: { pt: 'São Paulo', en: 'São Paulo' }, country: { pt: 'Brasil', en: 'Brazil' } });
    expect(fm.keywords).toEqual({ pt: ['Bakhtin', 'conversação', 'filosofia'], en: ['Bakhtin', 'conversation', 'philosophy'] });
    expect(bodyParagraphs(doc, m)).toEqual(['Introdução', 'O texto do artigo começa aqui.']);
    expect(m.lists).toEqual([{ name: 'referencias', title: 'Referências', at: 'paragraph 15', entries: [{ text: 'BAKHTIN, M. *Estética da criação verbal*. São Paulo: Martins Fontes, 2003.', at: 'paragraph 16' }] }]);
    expect(m.diagnostics).toEqual([]);
  });
});

describe('the profile’s optional style names and e-mail label', () => {
  it('an abstract and keywords known by their styles, an e-mail line known by its label', async () => {
    const docx = new Document({
      styles: {
        paragraphStyles: [
          { id: 'AbstractText', name: 'Abstract Text', basedOn: 'Normal' },
          { id: 'KeywordsText', name: 'Keywords Text', basedOn: 'Normal' },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: 'Stalin as General Secretary', bold: true })] }),
            new Paragraph({ children: [new TextRun('James Harris'), new TextRun({ text: '1', superScript: true })] }),
            new Paragraph({ children: [new TextRun({ text: '1', superScript: true }), new TextRun('University of Leeds, Leeds, UK')] }),
            new Paragraph({ children: [new TextRun('Correspondence to: j.harris@example.org')] }),
            new Paragraph({ style: 'AbstractText', children: [new TextRun('The appointments process, read in the archives.')] }),
            new Paragraph({ style: 'KeywordsText', children: [new TextRun('Stalin; appointments.')] }),
            new Paragraph({ children: [new TextRun('The body.')] }),
          ],
        },
      ],
    });
    const doc = readDocxForTest('styled.docx', new Uint8Array(await Packer.toBuffer(docx)));
    const tpl = qr.import!.docx!;
    const styled: Profile = { ...qr, import: { docx: { ...tpl, styles: { abstract: ['Abstract Text'], keywords: ['Keywords Text'] }, labels: { ...tpl.labels, en: { ...tpl.labels.en, email: ['Correspondence to'] } } } } };
    const m = matchTemplate(doc, styled);
    const fm = m.frontMatter as Record<string, any>;
    expect(fm.abstract).toEqual({ en: 'The appointments process, read in the archives.' });
    expect(fm.keywords).toEqual({ en: ['Stalin', 'appointments'] });
    expect(fm.authors).toEqual([{ id: 'harris', name: { en: { given: 'James', surname: 'Harris' } }, email: 'j.harris@example.org', affiliations: ['aff1'] }]);
    expect(bodyParagraphs(doc, m)).toEqual(['The body.']);
    // Without the styles the same manuscript has no metadata block.
    expect(matchTemplate(doc, qr).blocks).toEqual([]);
  });
});

describe('what the template does not find is reported, never invented', () => {
  it('a block without keywords, a missing language, an author without an affiliation line', async () => {
    const docx = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: 'A Title Without Keywords Below', bold: true })] }),
            new Paragraph({ children: [new TextRun('Anna Smith'), new TextRun({ text: '2', superScript: true })] }),
            new Paragraph({ children: [new TextRun({ text: '1', superScript: true }), new TextRun('Some University, Leeds, UK')] }),
            new Paragraph({ children: [new TextRun('Abstract. One paragraph of abstract.')] }),
            new Paragraph({ children: [new TextRun('The body follows without keywords.')] }),
          ],
        },
      ],
    });
    const doc = readDocxForTest('bad.docx', new Uint8Array(await Packer.toBuffer(docx)));
    const m = matchTemplate(doc, qr);
    expect(m.frontMatter.abstract).toEqual({ en: 'One paragraph of abstract.' });
    expect(m.frontMatter.keywords).toBeUndefined();
    const messages = m.diagnostics.map((d) => `${d.rule} ${d.position?.line}: ${d.message}`);
    expect(messages).toContain('import-template-missing 4: Unexpected en abstract without keywords after it, expected a paragraph starting with the keywords label');
    expect(messages).toContain('import-template-missing 1: Unexpected manuscript without a ru metadata block, expected one introduced by the ru abstract label');
    expect(messages).toContain('import-template-mismatch 2: Unexpected affiliation marker 2 after Smith, expected a line starting with 2');
    expect(m.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(bodyParagraphs(doc, m)).toEqual(['The body follows without keywords.']);
  });

  it('a second block of the same language is reported and left out; literal Markdown characters in a title are escaped', async () => {
    const block = (title: string, abstract: string) => [
      new Paragraph({ children: [new TextRun({ text: title, bold: true })] }),
      new Paragraph({ children: [new TextRun('Anna Smith')] }),
      new Paragraph({ children: [new TextRun(`Abstract. ${abstract}`)] }),
      new Paragraph({ children: [new TextRun('Keywords: one; two')] }),
    ];
    const docx = new Document({
      sections: [{ children: [...block('The *Starred* Title and <b> in it', 'First abstract.'), ...block('Second Copy of the Title', 'Second abstract.'), new Paragraph({ children: [new TextRun('The body.')] })] }],
    });
    const doc = readDocxForTest('twice.docx', new Uint8Array(await Packer.toBuffer(docx)));
    const m = matchTemplate(doc, qr);
    expect(m.frontMatter.title).toEqual({ en: 'The \\*Starred\\* Title and \\<b> in it' });
    expect(m.frontMatter.abstract).toEqual({ en: 'First abstract.' });
    expect(m.diagnostics.map((d) => `${d.rule} ${d.position?.line}: ${d.message}`)).toContain('import-template-mismatch 7: Unexpected second en metadata block (the label “Abstract” again), expected one block per language; the first is kept');
    expect(m.notKept.map((n) => [n.at, n.text])).toEqual([
      ['paragraph 5', 'Second Copy of the Title'],
      ['paragraph 6', 'Anna Smith'],
      ['paragraph 7', 'Abstract. Second abstract.'],
      ['paragraph 8', 'Keywords: one; two'],
    ]);
    expect(bodyParagraphs(doc, m)).toEqual(['The body.']);
  });

  it('a profile without import.docx: one warning, the whole document is body', () => {
    const { import: _, ...bare } = qr;
    const doc: DocxDocument = { file: 'x.docx', blocks: [{ kind: 'paragraph', index: 1, runs: [{ text: 'Text.' }] }], notes: [], media: new Map(), properties: {}, changes: [], comments: [], omissions: [], styles: new Map() };
    const m = matchTemplate(doc, bare as Profile);
    expect(m.diagnostics.map((d) => d.rule)).toEqual(['import-template-profile']);
    expect([m.bodyStart, m.bodyEnd]).toEqual([0, 1]);
  });
});

describe('labels and names', () => {
  const cases: [string, string[], boolean, ReturnType<typeof matchLabel>][] = [
    ['Аннотация. Описана разработка', ['Аннотация'], false, { label: 'Аннотация', rest: 'Описана разработка' }],
    ['Аnnotation', ['Annotation'], false, { label: 'Annotation', rest: '' }], // Cyrillic А
    ['KEYWORDS: a; b', ['Keywords'], false, { label: 'Keywords', rest: 'a; b' }],
    ['Ключевые слова — a, b', ['Ключевые слова'], false, { label: 'Ключевые слова', rest: 'a, b' }],
    ['УДК 531', ['УДК'], true, { label: 'УДК', rest: '531' }],
    ['Abstracts of the conference are due', ['Abstract'], false, undefined],
    ['Abstract thinking is hard', ['Abstract'], false, undefined],
  ];
  for (const [text, labels, loose, expected] of cases) it(`matchLabel(${JSON.stringify(text)})`, () => expect(matchLabel(text, labels, loose)).toEqual(expected));

  it('splits names by initials first, by the template’s order otherwise', () => {
    expect(splitName('Олехвер А.И.', 'given-first').name).toEqual({ given: 'А. И.', surname: 'Олехвер' });
    expect(splitName('James Harris', 'given-first').name).toEqual({ given: 'James', surname: 'Harris' });
    expect(splitName('Обрадович Александр Миленкович', 'surname-first').name).toEqual({ given: 'Александр Миленкович', surname: 'Обрадович' });
  });
});
