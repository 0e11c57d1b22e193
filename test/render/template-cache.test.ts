// Precompiled templates from the build cache render exactly what compiling
// them afresh renders; a changed template, a damaged entry or a template that
// does not compile never comes from the cache.
import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearTemplateCache, loadFormatTemplates, type TemplateEnv } from '../../src/render/templates.js';
import { escapeXml } from '../../src/render/xml-escape.js';

const helpers = (env: TemplateEnv) => env.registerHelper('upper', (s: string) => s.toUpperCase());

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'galley-templates-'));
  mkdirSync(join(dir, 'fmt', 'parts'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'fmt', name), text);
  return dir;
}

const article = {
  title: 'Stalin & the <Secretariat>',
  authors: [{ name: 'James Harris' }, { name: 'Ann Lee' }],
};
const files = {
  'article.hbs': '<article><title>{{title}}</title>{{#each authors}}{{> parts/author}}{{/each}}{{#if missing}}never{{/if}}</article>\n',
  'parts/author.hbs': '<contrib n="{{@index}}">{{upper name}}</contrib>',
};

function render(templates: string, cacheDir?: string): string {
  clearTemplateCache();
  return loadFormatTemplates([templates], 'fmt', escapeXml, helpers, { cacheDir }).render('article', article);
}

const entries = (cacheDir: string) => readdirSync(join(cacheDir, 'templates')).filter((n) => n.endsWith('.json'));

describe('precompiled templates in the build cache', () => {
  let cacheDir: string;
  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'galley-template-cache-'));
  });

  it('render the same text as templates compiled afresh, from a stored entry', () => {
    const templates = folder(files);
    const fresh = render(templates);
    expect(fresh).toBe('<article><title>Stalin &amp; the &lt;Secretariat&gt;</title><contrib n="0">JAMES HARRIS</contrib><contrib n="1">ANN LEE</contrib></article>\n');
    expect(render(templates, cacheDir)).toBe(fresh);
    expect(entries(cacheDir)).toHaveLength(1);
    // A second process finds the entry: same text, nothing new stored.
    expect(render(templates, cacheDir)).toBe(fresh);
    expect(entries(cacheDir)).toHaveLength(1);
  });

  it('compile a changed template again instead of reusing the old entry', () => {
    const templates = folder(files);
    render(templates, cacheDir);
    writeFileSync(join(templates, 'fmt', 'parts/author.hbs'), '<name>{{name}}</name>');
    expect(render(templates, cacheDir)).toBe('<article><title>Stalin &amp; the &lt;Secretariat&gt;</title><name>James Harris</name><name>Ann Lee</name></article>\n');
    expect(entries(cacheDir)).toHaveLength(2);
  });

  it('compile again when an entry is damaged', () => {
    const templates = folder(files);
    const fresh = render(templates, cacheDir);
    const [entry] = entries(cacheDir);
    writeFileSync(join(cacheDir, 'templates', entry), JSON.stringify({ article: '{ not javascript', 'parts/author': '1' }));
    expect(render(templates, cacheDir)).toBe(fresh);
  });

  it('report a template that does not compile where it is rendered, as without the cache', () => {
    const templates = folder({ ...files, 'broken.hbs': '{{#each authors}}no end' });
    const withoutCache = (() => {
      try {
        render(templates);
        clearTemplateCache();
        return loadFormatTemplates([templates], 'fmt', escapeXml, helpers).render('broken', article);
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(withoutCache).toMatch(/Parse error on line 1/);
    // The other templates still render with the cache on; the broken one fails the same way.
    expect(render(templates, cacheDir)).toContain('JAMES HARRIS');
    expect(() => loadFormatTemplates([templates], 'fmt', escapeXml, helpers, { cacheDir }).render('broken', article)).toThrow(withoutCache);
  });
});
