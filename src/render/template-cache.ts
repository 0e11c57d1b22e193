// Handlebars templates precompiled once per content and kept in the build cache:
// compiling a format's templates is the largest step of a warm text build
// (~150 ms of ~600 ms for the sample). The compiled form depends only on the
// template text, the compile options and Handlebars' version.
import Handlebars from 'handlebars';
import { cacheKey, readCache, writeCache } from '../util/disk-cache.js';

/** Bumped when the stored form changes. */
const storedForm = 'handlebars-precompiled-1';

/**
 * Every template of a format, compiled: from the cache when it holds this content,
 * else precompiled now and stored. Undefined when a template does not compile, so
 * the caller compiles lazily and reports the error where the template is rendered.
 */
export function compiledTemplateSpecs(dir: string, format: string, sources: Map<string, string>, options: CompileOptions): Map<string, TemplateSpecification> | undefined {
  const named = [...sources].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const key = cacheKey(storedForm, Handlebars.VERSION, format, JSON.stringify(options), JSON.stringify(named));
  const stored = readCache<Record<string, string>>(dir, 'templates', key);
  const fromCache = stored && evaluated(stored);
  if (fromCache) return fromCache;
  let fresh: Record<string, string>;
  try {
    fresh = Object.fromEntries(named.map(([name, text]) => [name, Handlebars.precompile(text, { ...options }) as string]));
  } catch {
    return undefined;
  }
  writeCache(dir, 'templates', key, fresh);
  return evaluated(fresh);
}

/** The stored form is the JavaScript object literal Handlebars.precompile writes; a damaged entry is compiled again. */
function evaluated(stored: Record<string, string>): Map<string, TemplateSpecification> | undefined {
  try {
    return new Map(Object.entries(stored).map(([name, js]) => [name, new Function(`return ${js};`)() as TemplateSpecification]));
  } catch {
    return undefined;
  }
}

type CompileOptions = NonNullable<Parameters<typeof Handlebars.precompile>[1]>;
type TemplateSpecification = Parameters<typeof Handlebars.template>[0];
