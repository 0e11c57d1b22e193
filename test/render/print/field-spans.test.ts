// A reference field keeps its `<span class="f-…">` in the print HTML only when a
// print template of the journal styles such a class (src/render/print/field-spans.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../../src/profile/load.js';
import { fixedClock } from '../../../src/render/context.js';
import { renderPrintHtml } from '../../../src/render/print/index.js';
import { printStylesFields } from '../../../src/render/print/field-spans.js';
import { pdfFixtureArticle } from '../../fixtures/articles/pdf.js';

const repo = resolve(import.meta.dirname, '../../..');
const { profile } = loadProfile(join(repo, 'journal.yaml'));
const journalTemplates = mkdtempSync(join(tmpdir(), 'galley-field-spans-'));
afterAll(() => rmSync(journalTemplates, { recursive: true, force: true }));

describe('reference field spans in the print HTML', () => {
  it('are left out with the shipped print templates, which style none', () => {
    expect(printStylesFields(profile!.templates)).toBe(false);
    const html = renderPrintHtml(pdfFixtureArticle(), { profile: profile!, clock: fixedClock(new Date('2017-09-30T00:00:00Z')) });
    expect(html).toContain('class="ref"');
    expect(html).not.toMatch(/class="f-[a-z]/);
  });

  it('are kept when a journal print template has a rule for one', () => {
    mkdirSync(join(journalTemplates, 'print'), { recursive: true });
    // A print partial of the journal's own with a rule for one field class.
    writeFileSync(join(journalTemplates, 'print/journal-fields.hbs'), '.ref .f-author { font-variant: small-caps; }\n');
    const templates = [journalTemplates, ...profile!.templates];
    expect(printStylesFields(templates)).toBe(true);
    const html = renderPrintHtml(pdfFixtureArticle(), { profile: { ...profile!, templates }, clock: fixedClock(new Date('2017-09-30T00:00:00Z')) });
    expect(html).toContain('<span class="f-author"><em>Deutscher\u00A0I.</em></span>');
  });
});
