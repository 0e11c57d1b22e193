// Galley's own templates, precompiled when Galley is compiled (`npm run compile`
// writes lib/templates-precompiled.json): a cold build otherwise spends more time
// compiling Handlebars than rendering with it. Entries are keyed by the template's
// text, Handlebars' version and the compile options, so a journal's edited copy
// simply misses and is compiled as before; no journal file is ever read into it.
import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheKey } from '../util/disk-cache.js';

type CompileOptions = NonNullable<Parameters<typeof Handlebars.precompile>[1]>;
export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** Where `npm run compile` writes the table: lib/, beside the compiled areas and the bundle. */
export const shippedTableUrl = new URL('../templates-precompiled.json', import.meta.url);

function templateKey(text: string, options: CompileOptions): string {
  return cacheKey('handlebars-precompiled-1', Handlebars.VERSION, JSON.stringify(options), text);
}

/** Every `.hbs` under `folder`, precompiled: key → the JavaScript object literal Handlebars writes. */
export function precompileTemplateFolder(folder: string, options: CompileOptions): Record<string, string> {
  const table: Record<string, string> = {};
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.hbs'))
    .sort();
  for (const file of files) {
    const text = readFileSync(join(folder, file), 'utf8');
    table[templateKey(text, options)] = Handlebars.precompile(text, { ...options }) as string;
  }
  return table;
}

export interface ShippedTemplates {
  /** The precompiled form of this text, when Galley ships it. */
  spec(text: string): TemplateSpecification | undefined;
}

const none: ShippedTemplates = { spec: () => undefined };
const loaded = new Map<string, ShippedTemplates>();

/**
 * The shipped table (read once per process). Absent when running from the
 * TypeScript sources (tests): then every template is compiled, as a journal's own are.
 */
export function shippedTemplates(options: CompileOptions, file: URL | string = shippedTableUrl): ShippedTemplates {
  const where = String(file);
  let table = loaded.get(where);
  if (!table) {
    table = readTable(file, options);
    loaded.set(where, table);
  }
  return table;
}

function readTable(file: URL | string, options: CompileOptions): ShippedTemplates {
  if (!existsSync(file)) return none;
  let stored: Record<string, string>;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return none;
  }
  const evaluated = new Map<string, TemplateSpecification>();
  return {
    spec(text) {
      const key = templateKey(text, options);
      const hit = evaluated.get(key);
      if (hit) return hit;
      const js = stored[key];
      if (js === undefined) return undefined;
      // Written by Galley's own compile step from Galley's own templates (the trust
      // the build cache's precompiled templates rely on too: src/render/template-cache.ts).
      const spec = new Function(`return ${js};`)() as TemplateSpecification;
      evaluated.set(key, spec);
      return spec;
    },
  };
}
