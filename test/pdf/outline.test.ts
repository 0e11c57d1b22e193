import { describe, expect, it } from 'vitest';
import { outlineTree } from '../../src/pdf/outline.js';

const a = (title: string, level: number, page = 0) => ({ title, level, page, top: 10 });

describe('outlineTree', () => {
  it('nests headings under the nearest earlier heading of a lower level', () => {
    const tree = outlineTree([a('Title', 1), a('Introduction', 2), a('Detail', 3), a('Sources', 2), a('Список литературы', 2), a('References', 2)]);
    const shape = (nodes: ReturnType<typeof outlineTree>): unknown => nodes.map((n) => (n.children.length ? [n.anchor.title, shape(n.children)] : n.anchor.title));
    expect(shape(tree)).toEqual([['Title', [['Introduction', ['Detail']], 'Sources', 'Список литературы', 'References']]]);
  });

  it('keeps items of the same level as siblings at the top', () => {
    expect(outlineTree([a('A', 2), a('B', 2)]).map((n) => n.anchor.title)).toEqual(['A', 'B']);
  });
});
