// The resolver over the label/id/number contract: any block carrying a label is a
// target (here figures, sections, and a stand-in for the tables, formulas and
// appendices other constructs add), words from the label tables per language.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, CrossRef, CrossRefKind, Paragraph } from '../../src/model/types.js';
import { loadLabels } from '../../src/render/html/labels.js';
import { resolveCrossRefs } from '../../src/source/xref-resolve.js';
import { repoRoot } from './helpers.js';

const labels = loadLabels([join(repoRoot, 'templates')]);
const ref = (label: string): CrossRef => ({ type: 'crossRef', label, kind: label.split(':')[0] as CrossRefKind, text: `@${label}`, position: { file: 'a.md', line: 3, column: 7 } });

function body(refs: CrossRef[]): Block[] {
  const para: Paragraph = { type: 'paragraph', children: refs };
  return [
    { type: 'figure', id: 'fig1', number: 1, label: 'fig:map', src: 'm.svg', file: '/m.svg', caption: [], alt: 'm', placeholder: false },
    { type: 'section', id: 'sec-a', depth: 2, title: [], label: 'sec:a', children: [] },
    {
      type: 'section', id: 'sec-b', depth: 2, title: [], children: [
        { type: 'section', id: 'sec-b1', depth: 3, title: [], label: 'sec:b1', children: [] },
        // Blocks built by other constructs carry the same contract: label, id, number.
        { type: 'table', id: 'tbl2', number: 2, label: 'tbl:results' } as unknown as Block,
        { type: 'displayFormula', id: 'eq3', number: 3, label: 'eq:growth' } as unknown as Block,
        { type: 'appendix', id: 'app1', number: 1, label: 'app:sources' } as unknown as Block,
      ],
    },
    para,
  ];
}

describe('resolveCrossRefs', () => {
  const cases: [string, string, string, string][] = [
    ['en', 'fig:map', 'Fig. 1', 'fig1'],
    ['en', 'sec:a', 'Section 1', 'sec-a'],
    ['en', 'sec:b1', 'Section 2.1', 'sec-b1'],
    ['en', 'tbl:results', 'Table 2', 'tbl2'],
    ['en', 'eq:growth', '(3)', 'eq3'],
    ['en', 'app:sources', 'Appendix A', 'app1'],
    ['ru', 'fig:map', 'Рис. 1', 'fig1'],
    ['ru', 'tbl:results', 'Таблица 2', 'tbl2'],
    ['ru', 'sec:a', 'Раздел 1', 'sec-a'],
    ['ru', 'app:sources', 'Приложение А', 'app1'],
  ];
  it.each(cases)('%s @%s → %s', (lang, label, text, id) => {
    const r = ref(label);
    const problems: string[] = [];
    resolveCrossRefs(body([r]), [], lang, labels, (rule, message) => problems.push(`${rule}: ${message}`));
    expect(problems).toEqual([]);
    expect([r.text, r.targetId]).toEqual([text, id]);
  });

  it('reports an unknown label at the reference, with the nearest label of its kind', () => {
    const r = ref('fig:mapp');
    const problems: unknown[] = [];
    resolveCrossRefs(body([r]), [], 'en', labels, (rule, message, position) => problems.push({ rule, message, position }));
    expect(problems).toEqual([{ rule: 'xref-unknown-label', message: 'Unexpected cross-reference @fig:mapp to no labelled block, expected a label of the article such as "fig:map" (did you mean @fig:map?)', position: { file: 'a.md', line: 3, column: 7 } }]);
    expect(r.targetId).toBeUndefined();
  });

  it('reports words missing for the article\'s language instead of printing English', () => {
    const r = ref('fig:map');
    const problems: string[] = [];
    resolveCrossRefs(body([r]), [], 'fi', labels, (rule, message) => problems.push(`${rule}: ${message}`));
    expect(problems).toEqual(['xref-label-missing: Unexpected cross-reference @fig:map with no words for "xref-fig" in the article\'s language "fi", expected the key in the label table (html/labels.yaml) for fi']);
    expect(r.text).toBe('@fig:map');
  });

  it('reports a label given twice', () => {
    const blocks = body([]);
    blocks.push({ type: 'section', id: 'sec-c', depth: 2, title: [], label: 'sec:a', children: [], position: { file: 'a.md', line: 9, column: 1 } });
    const problems: string[] = [];
    resolveCrossRefs(blocks, [], 'en', labels, (rule, message) => problems.push(`${rule}: ${message}`));
    expect(problems).toEqual(['xref-duplicate-label: Unexpected second block labelled "sec:a", expected each label once']);
  });
});
