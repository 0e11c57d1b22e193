// One Handlebars environment per output format. Templates are looked up in the
// profile's template folders in order (journal's own first, then Galley's), so
// a journal can override any single file.
import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { shippedTemplates } from './shipped-templates.js';
import { compiledTemplateSpecs } from './template-cache.js';

export type TemplateEnv = typeof Handlebars;

export class TemplateNotFoundError extends Error {
  constructor(readonly name: string, readonly searched: string[]) {
    super(`Unexpected missing template ${name}, expected it in ${searched.join(' or ')}`);
  }
}

/** Find `<folder>/<name>` in the first template folder that has it. */
export function findTemplate(folders: string[], name: string): string {
  for (const folder of folders) {
    const path = join(folder, name);
    if (existsSync(path)) return path;
  }
  throw new TemplateNotFoundError(name, folders);
}

export interface FormatTemplates {
  env: TemplateEnv;
  /** Render the named template (relative to the format folder, without `.hbs`). */
  render(name: string, data: unknown): string;
}

const cache = new Map<string, FormatTemplates>();

/**
 * Load every `.hbs` of `<folder>/<format>/` as partials (journal files win) and
 * return a renderer. `escape` sets how `{{x}}` escapes; helpers are registered by the caller.
 */
export function loadFormatTemplates(
  folders: string[],
  format: string,
  escape: (s: string) => string,
  registerHelpers: (env: TemplateEnv) => void,
  options: { cacheDir?: string } = {},
): FormatTemplates {
  const key = `${folders.join('|')}::${format}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const env = Handlebars.create();
  env.Utils.escapeExpression = ((value: unknown) => (value == null ? '' : escape(String(value)))) as typeof env.Utils.escapeExpression;
  registerHelpers(env);
  const sources = new Map<string, string>();
  for (const folder of [...folders].reverse()) {
    const dir = join(folder, format);
    if (!existsSync(dir)) continue;
    for (const file of walk(dir)) {
      if (!file.endsWith('.hbs')) continue;
      sources.set(relative(dir, file).replace(/\\/g, '/').replace(/\.hbs$/, ''), readFileSync(file, 'utf8'));
    }
  }
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  // Galley's own templates come precompiled with Galley. The others: with a build cache,
  // precompiled from disk (compiled once per content); without one, each when first rendered.
  const shipped = shippedTemplates(compileOptions);
  const own = [...sources].filter(([, text]) => !shipped.spec(text));
  const cached = options.cacheDir && own.length ? compiledTemplateSpecs(options.cacheDir, format, new Map(own), compileOptions) : undefined;
  const specOf = (name: string, text: string) => shipped.spec(text) ?? cached?.get(name);
  for (const [name, text] of sources) {
    const spec = specOf(name, text);
    env.registerPartial(name, spec ? env.template(spec) : text);
  }
  const result: FormatTemplates = {
    env,
    render(name, data) {
      let template = compiled.get(name);
      if (!template) {
        const text = sources.get(name);
        if (text === undefined) throw new TemplateNotFoundError(`${format}/${name}.hbs`, folders);
        const spec = specOf(name, text);
        template = spec ? env.template(spec) : env.compile(text, { ...compileOptions });
        compiled.set(name, template);
      }
      return template(data);
    },
  };
  cache.set(key, result);
  return result;
}

// Copied at each use: Handlebars writes its defaults into the options it is given.
const compileOptions = { strict: false, noEscape: false };
/** The options every template is compiled with (the shipped table's too). */
export const templateCompileOptions: Readonly<typeof compileOptions> = compileOptions;

/** Forget compiled templates (the preview server calls this when templates change). */
export function clearTemplateCache(): void {
  cache.clear();
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
