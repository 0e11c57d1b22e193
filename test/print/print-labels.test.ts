// The words the print layout puts before a number ("Table 1.", "Fig. 1.") come
// from the label tables in the article's language; a language without them is
// a diagnostic, never an English word.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure, Table } from '../../src/model/types.js';
import { loadLabels } from '../../src/render/html/labels.js';
import { renderBlocks } from '../../src/render/print/block.js';
import { createPrintState, type PrintState } from '../../src/render/print/state.js';

const repo = resolve(import.meta.dirname, '../..');
const labels = loadLabels([join(repo, 'templates')]);
const position = { file: 'article.md', line: 7, column: 1 };
const table: Table = { type: 'table', id: 'tbl1', number: 1, caption: [{ type: 'text', value: 'Stations' }], head: [], body: [], foot: [], notes: [], columns: 2, position } as unknown as Table;
const figure: Figure = { type: 'figure', id: 'fig1', number: 2, src: 'figures/a.png', file: '/nowhere/a.png', caption: [{ type: 'text', value: 'A map' }], alt: 'A map', placeholder: false, position } as unknown as Figure;

function render(lang: string): { html: string; state: PrintState } {
  const state: PrintState = { ...createPrintState([], 'article.md', lang), labels };
  return { html: renderBlocks([table, figure], state), state };
}

describe('labels of tables and figures in print', () => {
  it('are the article language\'s words', () => {
    const ru = render('ru');
    expect(ru.state.diagnostics).toEqual([]);
    expect(ru.html).toContain('<span class="table-label">Таблица 1.</span>');
    expect(ru.html).toContain('<span class="figure-label">Рис.\u00A02.</span>');
  });

  it('are an error in a language the tables do not have, with the block\'s position, and no English word', () => {
    const { html, state } = render('xx');
    expect(state.diagnostics.map((d) => [d.rule, d.severity, d.position?.line, d.message])).toEqual([
      ['profile-labels-missing', 'error', 7, 'Unexpected table without the label "table" in "xx", expected the label tables (templates/html/labels.yaml or the journal\'s) to give it'],
      ['profile-labels-missing', 'error', 7, 'Unexpected figure without the label "figure" in "xx", expected the label tables (templates/html/labels.yaml or the journal\'s) to give it'],
    ]);
    expect(html).not.toMatch(/Table|Fig\./);
  });
});
