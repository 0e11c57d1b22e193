import type { RuleSpec } from './types.js';

/** Rules about tables in the article body (pipe tables, the HTML table subset, captions, notes). */
export const tableRules = {
  'table-ragged-row': { severity: 'error', description: 'Every row of a table fills the same number of columns as its first row (spans counted); a short or long row would shift cells.' },
  'table-span-overlap': { severity: 'error', description: 'A cell\'s colspan or rowspan never covers a place another cell already fills.' },
  'table-span-overrun': { severity: 'error', description: 'A rowspan ends inside its row group (thead, tbody, tfoot); a span is a whole number of at least 1.' },
  'table-html-unsupported': { severity: 'error', description: 'An HTML table uses only table, thead, tbody, tfoot, tr, th, td with colspan, rowspan and align; anything else would be dropped or passed through unchecked.' },
  'table-html-malformed': { severity: 'error', description: 'An HTML table is well formed: every tag closed in order, rows inside a row group, cells inside rows, no text between cells.' },
  'table-cell-content': { severity: 'error', description: 'A table cell holds one paragraph of inline text (no lists, headings or several paragraphs).' },
  'table-caption': { severity: 'warning', description: 'Every table has a caption line `Table: … {#tbl:name}` right before or after it.' },
  'table-caption-orphan': { severity: 'error', description: 'A caption line `Table: …` stands right before or after a table.' },
  'table-label': { severity: 'error', description: 'A table label is written `{#tbl:name}` (letters, digits, `-`, `_`) at the end of its caption line.' },
  'table-label-duplicate': { severity: 'error', description: 'Each table label is used once in the article, so a cross-reference has one target.' },
  'table-notes-orphan': { severity: 'error', description: 'A `:::table-notes` block follows a table (and its caption), and holds only paragraphs.' },
} as const satisfies Record<string, RuleSpec>;
