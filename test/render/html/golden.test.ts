// The fixture page as a golden file: any change to the markup shows up as a
// diff to read before regenerating (GALLEY_UPDATE_GOLDEN=1).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/render/html/index.js';
import { htmlFixtureArticle } from '../../fixtures/articles/html.js';
import { testContext } from './helpers.js';

const golden = join(dirname(fileURLToPath(import.meta.url)), 'golden/fixture.html');

describe('HTML golden', () => {
  it('renders the fixture article exactly as the golden file', () => {
    const html = renderHtml(htmlFixtureArticle(), testContext());
    if (process.env.GALLEY_UPDATE_GOLDEN === '1') writeFileSync(golden, html);
    expect(existsSync(golden), `missing golden ${golden}: run with GALLEY_UPDATE_GOLDEN=1 and read the diff`).toBe(true);
    expect(html).toBe(readFileSync(golden, 'utf8'));
  });
});
