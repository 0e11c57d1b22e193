// The reference lists of the three real manuscripts of ../shared/corpus/docx/
// (ru-fapm2025-*.docx, a Russian conference's template), copied here as the Word
// reader hands them over, one paragraph per entry: GOST of several vintages (". – "
// separators, "М.:" without its space, "Олехвер, А. И."), a References list in the
// GOST shape that translates rather than romanizes, and entries no parser should guess.
import { describe, expect, it } from 'vitest';
import { parseReferenceLists } from '../../src/import/references/index.js';

const entries = (texts: string[], first: number) => texts.map((text, i) => ({ text, at: `paragraph ${first + i}` }));
const item = (lists: ReturnType<typeof parseReferenceLists>, id: string) => lists.items.find((i) => i.id === id);

describe('ru-fapm2025-borovkova-annotatsiya-tracked.docx', () => {
  const lists = parseReferenceLists({
    primary: entries([
      'Головин Ю.И. Введение в нанотехнику. М.: Машиностроение, 2007. 496 с.',
      'Syngellakis S., Habbab H., Mellor B. Finite element simulation of spherical indentation experiments // The international journal of computational methods and experimental measurements 6(4), 749–763 (2017).',
      ' Мурашов М. В. Численное моделирование термомеханического контакта упрочненных шероховатых поверхностей: Дис. ... д-ра техн. наук. М., 2020. 324 c.',
      ' Выдрин А.В., Красиков А.В., Корсаков А.А., Гейм Е.А. Функциональные свойства сопротивления пластической деформации стали 12Х18Н10Т // Известия вузов. Черная металлургия. 2024. 67(6):665–670. https://doi.org/10.17073/0368-0797-2024-6-665-670',
    ], 14),
    romanized: entries([
      '1. Golovin Yu.I. Introduction to nanotechnology. Moscow, Mashinostroenie, 2007. 496 p.',
      '2. Syngellakis S., Habbab H., Mellor B. Finite element simulation of spherical indentation experiments // The international journal of computational methods and experimental measurements 6(4), 749–763 (2017).',
      '3. Murashov M. V. Numerical modeling of thermomechanical contact of hardened rough surfaces: Diss. ... Doctor of Engineering Sciences. Moscow, 2020. 324 p.',
      '4. Vydrin A. V., Krasikov A. V., Korsakov A. A., Geim E. A. Functional properties of resistance to plastic deformation of 12Kh18N10T steel // News of Universities. Ferrous Metallurgy. 2024. 67(6):665–670. https://doi.org/10.17073/0368-0797-2024-6-665-670',
    ], 27),
    lang: 'ru',
    file: 'ru-fapm2025-borovkova-annotatsiya-tracked.docx',
  });

  it('parses the two GOST entries, keeps the two in other shapes verbatim, and pairs all four', () => {
    expect(lists.counts).toEqual({ primary: 4, parsed: 2, verbatim: 2, romanized: 4, paired: 4 });
    expect(lists.idByNumber).toEqual(['golovin2007', 'syngellakis2017', 'murashov2020', 'vydrin2024']);
    expect(item(lists, 'golovin2007')).toMatchObject({ type: 'book', author: [{ family: 'Головин', given: 'Ю.И.' }], 'publisher-place': 'Москва', publisher: 'Машиностроение', 'number-of-pages': 496 });
    expect(lists.diagnostics.map((d) => [d.rule, d.message.slice(0, 28)])).toEqual([
      ['import-reference-unparsed', 'paragraph 15: Unexpected ref'],
      ['import-reference-unparsed', 'paragraph 17: Unexpected ref'],
    ]);
  });

  it('takes a translated References title as the English title, and says so', () => {
    expect(item(lists, 'golovin2007')!.custom).toEqual({ 'title-en': 'Introduction to nanotechnology' });
    expect(lists.decisions).toContainEqual({ at: 'paragraph 14', what: 'References translates the title: “Introduction to nanotechnology” taken as `custom.title-en`', why: expect.stringContaining('paragraph 27') });
    expect(item(lists, 'vydrin2024')!.custom).toEqual({ 'verbatim-romanized': expect.stringMatching(/^Vydrin A\. V\., Krasikov/) });
  });
});

describe('ru-fapm2025-primer-oformleniya-tezisy.docx (no References list)', () => {
  const lists = parseReferenceLists({
    primary: entries([
      '[1] Осипов С.Н., Формальский A.M. Задача о быстрейшем повороте манипулятора // ПММ. 1988. Т. 52, вып. 6. С.  29-933',
      '[2] Obradović A.: Optimal control of a rigid body motion in a complex case// TAM. 1991. V. 17, No. 1. P.  121-132.',
      '[3] Габасов Р., Кириллова Ф.М. Особые оптимальные управления. URSS.2018. 256 с.',
      '[4] Kelley H.J., Kopp R.E., Moyer H.G., Leitmann G. (Ed.) Singular Extremals. Topics in Optimization. // Academic Press, New York 1967. P. 63-101.',
      '[5] Odia A., Bell D.J.: Junction point on partially singular trajectories. // Int. J. Control. 2012. V. 85. P. 1996–2003.5.141',
    ], 30),
    lang: 'ru',
    file: 'ru-fapm2025-primer-oformleniya-tezisy.docx',
  });

  it('reads the two journal articles (the printed page "29-933" as printed) and keeps the three others verbatim', () => {
    expect(lists.counts.verbatim).toBe(3);
    expect(lists.items[0]).toMatchObject({ type: 'article-journal', 'container-title': 'ПММ', volume: '52', issue: '6', page: '29–933', issued: { 'date-parts': [[1988]] } });
    expect(lists.items[1]).toMatchObject({ type: 'article-journal', author: [{ family: 'Obradović', given: 'A.' }], title: 'Optimal control of a rigid body motion in a complex case', 'container-title': 'TAM', volume: '17', issue: '1', page: '121–132' });
    expect(lists.items.slice(2).map((i) => i.type)).toEqual(['document', 'document', 'document']);
    expect(lists.items[2].note).toBe('Габасов Р., Кириллова Ф.М. Особые оптимальные управления. URSS.2018. 256 с.');
  });
});

describe('ru-fapm2025-shuvalov-tezisy-tables-omml.docx (7.1-2003 dashes)', () => {
  const lists = parseReferenceLists({
    primary: entries([
      '1. Прогнозирование механических свойств детали, полученной вытяжкой с утонением / П. М. Винник, К. М. Иванов, Г. А. Данилин [и др.] // Металлообработка. – 2015. – № 4(88). – С. 31-36.',
      '2. Воронцов А. Л. Теория и расчеты процессов обработки металлов давлением : учебник : в 2 томах — Москва : МГТУ им. Баумана, [б. г.]. — Том 1 — 2014. — 396 с.',
      '3. Олехвер, А. И. Повышение степени деформации при вытяжке с утонением за счёт применения радиусной матрицы / А. И. Олехвер, З. Н. Расулов, Д. М. Шувалов // Вторая студенческая научная конференция факультета "Оружие и системы вооружения" : Материалы конференции, Санкт-Петербург, 21–22 ноября 2023 года. – Санкт-Петербург: Балтийский государственный технический университет "ВОЕНМЕХ" им. Д.Ф. Устинова, 2024. – С. 60-62. – EDN FBHZMZ.',
    ], 22),
    romanized: entries([
      '1. Prediction of the mechanical properties of a part obtained by thinning extraction / P.M. Vinnik, K. M. Ivanov, G. A. Danilin [et al.] // Metalloobrabotka. – 2015. – № 4(88). – Pp. 31-36.',
      '2. Vorontsov A. L. Theory and calculations of metalworking processes by pressure : textbook : in 2 volumes — Moscow : Bauman Moscow State Technical University, [B. G.]. — Volume 1 — 2014. — 396 p.',
      '3. Olekhver, A. I. Increasing the degree of deformation during thinning extraction due to the use of a radius matrix / A. I. Olekhver, Z. N. Rasulov, D. M. Shuvalov // Second student Scientific conference of the Faculty "Weapons and Weapon Systems" : Conference Proceedings, St. Petersburg, November 21-22, 2023. Saint Petersburg: D.F. Ustinov Baltic State Technical University "VOENMEH", 2024, pp. 60-62. EDN FBHZMZ.',
    ], 33),
    lang: 'ru',
    file: 'ru-fapm2025-shuvalov-tezisy-tables-omml.docx',
  });

  it('reads the authors from the responsibility ("/ П. М. Винник … [и др.]", "Олехвер, А. И. … / А. И. Олехвер, З. Н. Расулов …")', () => {
    expect(lists.items[0]).toMatchObject({ id: 'vinnik2015', type: 'article-journal', 'container-title': 'Металлообработка', issue: '4(88)', page: '31–36' });
    expect((lists.items[0].author as { family: string }[]).map((a) => a.family)).toEqual(['Винник', 'Иванов', 'Данилин']);
    expect(lists.decisions).toContainEqual(expect.objectContaining({ at: 'paragraph 22', what: expect.stringContaining('[и др.]') }));
    expect(lists.items[2]).toMatchObject({
      id: 'olekhver2024',
      type: 'chapter',
      'publisher-place': 'Санкт-Петербург',
      publisher: 'Балтийский государственный технический университет "ВОЕНМЕХ" им. Д.Ф. Устинова',
      page: '60–62',
      note: 'EDN: FBHZMZ',
      custom: { 'title-en': 'Increasing the degree of deformation during thinning extraction due to the use of a radius matrix' },
    });
    expect((lists.items[2].author as { family: string }[]).map((a) => a.family)).toEqual(['Олехвер', 'Расулов', 'Шувалов']);
  });

  it('keeps the entry with "[б. г.]" and a volume after the year verbatim, paired with its References entry', () => {
    expect(lists.items[1]).toMatchObject({ id: 'vorontsov2014', type: 'document', custom: { 'verbatim-romanized': expect.stringMatching(/^Vorontsov A\. L\./) } });
    expect(lists.pairs).toHaveLength(3);
  });
});
