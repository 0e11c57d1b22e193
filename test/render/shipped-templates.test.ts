// Galley's own templates ship precompiled: a template rendered from the table
// gives the bytes a template compiled at build time gives, and a journal's edited
// copy, a damaged table or no table at all simply compiles.
import Handlebars from 'handlebars';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precompileTemplateFolder, shippedTemplates } from '../../src/render/shipped-templates.js';
import { templateCompileOptions } from '../../src/render/templates.js';

const repo = resolve(import.meta.dirname, '../..');
const options = { ...templateCompileOptions };

function tableFile(content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'galley-shipped-')), 'templates-precompiled.json');
  writeFileSync(file, content);
  return file;
}

describe('shipped precompiled templates', () => {
  const table = precompileTemplateFolder(join(repo, 'templates'), options);
  const file = tableFile(JSON.stringify(table));

  it('holds every .hbs of templates/ (html, jats, crossref, print, the exports)', () => {
    // Identical files share one entry, so count distinct texts.
    expect(Object.keys(table).length).toBeGreaterThanOrEqual(40);
  });

  it('renders as a template compiled now does', () => {
    const text = '{{#each authors}}<contrib>{{name}}{{#if orcid}} <uri>{{orcid}}</uri>{{/if}}</contrib>{{/each}} {{{raw}}} {{title}}';
    const own = tableFile(JSON.stringify(precompileTemplateFolder(writeFolder({ 'x.hbs': text }), options)));
    const spec = shippedTemplates(options, own).spec(text);
    expect(spec).toBeDefined();
    const data = { authors: [{ name: 'Harris & Co', orcid: '0000-0001' }, { name: 'Ö' }], raw: '<b>', title: '<i>' };
    const env = Handlebars.create();
    expect(env.template(spec!)(data)).toBe(env.compile(text, { ...options })(data));
    expect(env.template(spec!)(data)).toContain('<contrib>Harris &amp; Co <uri>0000-0001</uri></contrib>');
  });

  it('misses for a journal’s edited copy of a template, so it is compiled as before', () => {
    const shipped = shippedTemplates(options, file);
    expect(shipped.spec('{{title}} — edited by the journal')).toBeUndefined();
  });

  it('is ignored when damaged or absent', () => {
    expect(shippedTemplates(options, tableFile('{ not json')).spec('{{title}}')).toBeUndefined();
    expect(shippedTemplates(options, join(tmpdir(), 'no-such-galley-table.json')).spec('{{title}}')).toBeUndefined();
  });
});

function writeFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'galley-templates-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
