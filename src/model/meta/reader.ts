// Typed reads of the front matter by dotted path. Every problem is reported with
// the path's position and reading goes on, so one run shows all of them.
import type { Localized, Position } from '../types.js';
import type { RuleId } from '../../checks/catalogue/index.js';
import type { YamlDoc } from '../../util/yaml-doc.js';

export type Report = (rule: RuleId, message: string, position?: Position) => void;

export interface ReadOptions {
  required?: boolean;
}

export function describe(v: unknown): string {
  if (v === undefined || v === null || v === '') return 'empty value';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'map';
  if (typeof v === 'string') return `text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'boolean') return `${v}`;
  return `${typeof v} ${String(v)}`;
}

export class MetaReader {
  constructor(
    private readonly root: Record<string, unknown>,
    private readonly doc: YamlDoc,
    readonly report: Report,
    /** Languages every bilingual field must have. */
    readonly languages: string[],
  ) {}

  get(path: string): unknown {
    return path.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), this.root);
  }

  pos(path: string): Position {
    return this.doc.positionOf(path);
  }

  isEmpty(path: string): boolean {
    const v = this.get(path);
    return v === undefined || v === null || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && !v.length);
  }

  /** Reports a missing required field; true when the field has a value. */
  need(path: string, expected: string, { required = false }: ReadOptions = {}): boolean {
    if (!this.isEmpty(path)) return true;
    if (required) {
      const missing = this.get(path) === undefined ? 'missing' : 'empty';
      this.report('meta-required', `Unexpected ${missing} \`${path}\`, expected ${expected}`, this.pos(path));
    }
    return false;
  }

  wrongType(path: string, expected: string): void {
    this.report('meta-type', `Unexpected ${describe(this.get(path))} in \`${path}\`, expected ${expected}`, this.pos(path));
  }

  string(path: string, options: ReadOptions = {}): string | undefined {
    if (!this.need(path, 'text', options)) return undefined;
    const v = this.get(path);
    if (typeof v === 'string') return v.trim();
    if (typeof v === 'number') return String(v);
    this.wrongType(path, 'text');
    return undefined;
  }

  integer(path: string, options: ReadOptions & { min?: number } = {}): number | undefined {
    if (!this.need(path, 'a whole number', options)) return undefined;
    const v = this.get(path);
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(n) || n < (options.min ?? 0)) {
      this.wrongType(path, `a whole number${options.min ? ` of at least ${options.min}` : ''}`);
      return undefined;
    }
    return n;
  }

  boolean(path: string): boolean | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    this.wrongType(path, '`true` or `false`');
    return undefined;
  }

  list(path: string, options: ReadOptions = {}): unknown[] | undefined {
    if (!this.need(path, 'a list', options)) return undefined;
    const v = this.get(path);
    if (Array.isArray(v)) return v;
    this.wrongType(path, 'a list');
    return undefined;
  }

  isMap(path: string): boolean {
    const v = this.get(path);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  }

  /**
   * A field that may be written once for every language (a personal name, an
   * institution's name): a value that `isOnce` recognises is kept under `lang`
   * alone (renderers take it for every language, no duplicated alternatives);
   * otherwise a map by language, as `localized` reads it.
   */
  localizedOrOnce<T>(path: string, read: (path: string) => T | undefined, lang: string, isOnce: (value: unknown) => boolean, options: ReadOptions & { what?: string; languages?: string[] } = {}): Localized<T> | undefined {
    const value = this.get(path);
    if (value !== undefined && value !== null && isOnce(value)) {
      const once = read(path);
      return once === undefined ? undefined : { [lang]: once };
    }
    return this.localized(path, read, options);
  }

  /**
   * A map keyed by language. With `all`, every journal language must be there
   * (absent keys are `meta-language-missing`, reported at the field).
   */
  localized<T>(path: string, read: (path: string) => T | undefined, options: ReadOptions & { all?: boolean; what?: string; languages?: string[] } = {}): Localized<T> | undefined {
    const what = options.what ?? 'text';
    // The languages this field needs (the profile's `required-languages`), else every journal language.
    const languages = options.languages ?? this.languages;
    const example = languages.map((l) => `${l}: …`).join(', ');
    if (!this.need(path, `${what} in every journal language ({ ${example} })`, options)) return undefined;
    if (!this.isMap(path)) {
      this.wrongType(path, `a map by language ({ ${example} })`);
      return undefined;
    }
    const out: Localized<T> = {};
    const value = this.get(path) as Record<string, unknown>;
    for (const lang of Object.keys(value)) {
      if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang)) {
        this.report('meta-type', `Unexpected language key \`${lang}\` in \`${path}\`, expected a language code such as ${this.languages.join(' or ')}`, this.pos(`${path}.${lang}`));
        continue;
      }
      const v = read(`${path}.${lang}`);
      if (v !== undefined) out[lang] = v;
    }
    if (options.all !== false)
      for (const lang of languages)
        if (value[lang] === undefined)
          this.report('meta-language-missing', `Unexpected missing \`${path}.${lang}\`, expected ${what} in ${options.languages ? 'the languages the journal requires for it' : 'every journal language'} (${languages.join(', ')})`, this.pos(path));
    return out;
  }
}
