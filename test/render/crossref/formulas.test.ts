// A formula and marks in a title and an abstract reach the Crossref deposit
// as MathML (mml:, the full MathML 3 schema then validates the file) and face
// markup, and the JATS front matter as inline-formula; both stay schema-valid.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateJats } from '../../../src/checks/xml-schema.js';
import { prepareArticle } from '../../../src/pipeline/prepare.js';
import { sourceClock } from '../../../src/pipeline/clock.js';
import { buildHead, renderCrossref } from '../../../src/render/crossref/index.js';
import { validateCrossrefXml } from '../../../src/render/crossref/validate.js';
import { renderJats } from '../../../src/render/jats/index.js';
import { journalProfile, repoRoot } from './profile.js';

const profile = journalProfile();

function articleWithFormulaInFrontMatter() {
  const dir = join(mkdtempSync(join(tmpdir(), 'galley-formula-')), 'article');
  cpSync(join(repoRoot, 'article/solonitsyna-2017-salt-ledgers'), dir, { recursive: true });
  const file = join(dir, 'article.md');
  const text = readFileSync(file, 'utf8')
    .replace('  en: "The Salt Ledgers of the Usolets Saltworks:', '  en: "The Salt Ledgers ($R^2$) of the Usolets Saltworks:')
    .replace('  en: |\n    The article examines', '  en: |\n    The brine (H~2~O and [salt]{.smallcaps}) gave $x^2$. The article examines');
  writeFileSync(file, text);
  const prepared = prepareArticle(dir, profile);
  expect(prepared.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
  return prepared.article!;
}

describe('formulas in the front matter', () => {
  const article = articleWithFormulaInFrontMatter();
  const clock = sourceClock(article.meta, {});

  it('are MathML and face markup in the Crossref deposit, valid against the full schema', () => {
    const xml = renderCrossref([article], { profile, clock }, buildHead([article], clock));
    expect(xml).toContain('<title>The Salt Ledgers (<mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML"><mml:msup><mml:mi>R</mml:mi><mml:mn class="tml-med-pad">2</mml:mn></mml:msup></mml:math>) of the Usolets Saltworks:');
    expect(xml).toContain('<jats:p>The brine (H<jats:sub>2</jats:sub>O and <jats:sc>salt</jats:sc>) gave <jats:inline-formula><mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML">');
    expect(validateCrossrefXml(xml, profile, 'formula.xml')).toEqual([]);
  });

  it('are inline-formula in the JATS front matter, DTD-valid', () => {
    const jats = renderJats(article, { profile, clock });
    expect(jats).toMatch(/<trans-title>The Salt Ledgers \(<inline-formula><alternatives><mml:math [^>]+>.*?<\/mml:math><tex-math>R\^2<\/tex-math><\/alternatives><\/inline-formula>\) of the/);
    expect(validateJats(jats, { version: '1.3', fileName: 'formula.jats.xml' })).toEqual([]);
  });
});
