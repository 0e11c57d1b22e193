// The profile's `print:` section → typed print settings. Validated once, with
// every problem collected (path + position), never thrown at the user.
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../checks/diagnostic.js';
import { ruleCatalogue } from '../checks/catalogue/index.js';
import type { Localized, Position } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { parseYamlDoc } from '../util/yaml-doc.js';
import { hasPattern } from './hyphenate.js';

/** A CSS length with an absolute unit (`170mm`, `10pt`). */
export type Length = string;

export interface FontSpec {
  /** CSS family name as the font package declares it (`PT Serif`). */
  family: string;
  /** npm package holding the @font-face CSS and files (`@fontsource/pt-serif`). */
  package: string;
}

/** What a running head shows. */
export type HeadContent = 'authors' | 'title' | 'short-title' | 'journal' | 'none';

export interface PrintProfile {
  page: { width: Length; height: Length };
  margins: { top: Length; bottom: Length; inner: Length; outer: Length };
  fontSize: Length;
  /** Line height as a multiple of the font size. */
  leading: number;
  /** Abstracts, footnotes and reference lists. */
  smallFontSize: Length;
  smallLeading: number;
  /** First-line indent of body paragraphs. */
  indent: Length;
  fonts: { body: FontSpec; heading: FontSpec };
  /** Font families an SVG figure may name beyond the print fonts, each set in one of them (`Arial: PT Sans`). */
  figureFonts: Record<string, string>;
  /** Hyphenation pattern per language (a file of the `hyphen` package's patterns/). */
  hyphenation: Record<string, string>;
  firstPage: { translatedTitle: boolean };
  runningHeads: { verso: HeadContent; recto: HeadContent };
  labels: { keywords: Localized; submitted: Localized };
  /** Date format of the submission line: DD, MM and YYYY are replaced. */
  dateFormat: string;
  /** Seconds a layout may take before it is abandoned. */
  layoutTimeout: number;
  /** Chromium executable; found automatically when absent. */
  chromium?: string;
}

export const defaultPrintProfile: PrintProfile = {
  page: { width: '170mm', height: '240mm' },
  margins: { top: '18mm', bottom: '20mm', inner: '20mm', outer: '17mm' },
  fontSize: '10pt',
  leading: 1.3,
  smallFontSize: '8.5pt',
  smallLeading: 1.25,
  indent: '5mm',
  fonts: {
    body: { family: 'PT Serif', package: '@fontsource/pt-serif' },
    heading: { family: 'PT Sans', package: '@fontsource/pt-sans' },
  },
  figureFonts: {},
  hyphenation: { en: 'en-gb', ru: 'ru' },
  firstPage: { translatedTitle: true },
  runningHeads: { verso: 'authors', recto: 'short-title' },
  // Words come from the label tables (keywords, submitted-on); these only override them.
  labels: { keywords: {}, submitted: {} },
  dateFormat: 'DD.MM.YYYY',
  layoutTimeout: 60,
};

const lengthPattern = /^\d+(\.\d+)?(mm|cm|in|pt|pc|px)$/;
const headContents: HeadContent[] = ['authors', 'title', 'short-title', 'journal', 'none'];
const patternName = /^[a-z]{2,3}(-[a-z0-9]+)*$/;

export interface PrintProfileResult {
  print: PrintProfile;
  diagnostics: Diagnostic[];
}

type Raw = Record<string, unknown>;
const isMap = (v: unknown): v is Raw => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Validate `raw.print` over the defaults. `positionOf` maps a dotted path of
 * the profile to where it was written (see loadPrintProfile).
 */
export function parsePrintProfile(raw: Raw, file: string, positionOf: (path: string) => Position = () => ({ file, line: 1, column: 1 })): PrintProfileResult {
  const diagnostics: Diagnostic[] = [];
  const section = raw.print;
  const d = defaultPrintProfile;
  const bad = (path: string, found: unknown, expected: string) =>
    diagnostics.push({
      rule: 'print-profile-invalid',
      severity: ruleCatalogue['print-profile-invalid'].severity,
      message: `Unexpected ${describe(found)} at \`print.${path}\`, expected ${expected}`,
      position: positionOf(`print.${path}`),
    });
  if (section === undefined) return { print: d, diagnostics };
  if (!isMap(section)) {
    bad('', section, 'a map of print settings');
    return { print: d, diagnostics };
  }
  const at = (path: string): unknown => path.split('.').reduce<unknown>((o, k) => (isMap(o) ? o[k] : undefined), section);

  const length = (path: string, fallback: Length): Length => {
    const v = at(path);
    if (v === undefined) return fallback;
    if (typeof v === 'string' && lengthPattern.test(v.trim())) return v.trim();
    bad(path, v, 'a length with a unit such as 170mm or 10pt');
    return fallback;
  };
  const number = (path: string, fallback: number, min: number, max: number): number => {
    const v = at(path);
    if (v === undefined) return fallback;
    if (typeof v === 'number' && v >= min && v <= max) return v;
    bad(path, v, `a number from ${min} to ${max}`);
    return fallback;
  };
  const text = (path: string, fallback: string | undefined): string | undefined => {
    const v = at(path);
    if (v === undefined) return fallback;
    if (typeof v === 'string' && v.trim()) return v.trim();
    bad(path, v, 'a non-empty string');
    return fallback;
  };
  const localized = (path: string, fallback: Localized): Localized => {
    const v = at(path);
    if (v === undefined) return fallback;
    if (isMap(v) && Object.values(v).every((t) => typeof t === 'string')) return { ...fallback, ...(v as Localized) };
    bad(path, v, 'text per language, e.g. { en: …, ru: … }');
    return fallback;
  };
  const font = (path: string, fallback: FontSpec): FontSpec => ({
    family: text(`${path}.family`, fallback.family) ?? fallback.family,
    package: text(`${path}.package`, fallback.package) ?? fallback.package,
  });
  const head = (path: string, fallback: HeadContent): HeadContent => {
    const v = at(path);
    if (v === undefined) return fallback;
    if (typeof v === 'string' && (headContents as string[]).includes(v)) return v as HeadContent;
    bad(path, v, `one of ${headContents.join(', ')}`);
    return fallback;
  };
  const hyphenation = (): Record<string, string> => {
    const v = at('hyphenation');
    if (v === undefined) return d.hyphenation;
    if (!isMap(v) || !Object.values(v).every((t) => typeof t === 'string' && patternName.test(t))) {
      bad('hyphenation', v, 'a pattern name per language, e.g. { en: en-gb, ru: ru }');
      return d.hyphenation;
    }
    const known: Record<string, string> = {};
    for (const [lang, pattern] of Object.entries(v as Record<string, string>)) {
      if (hasPattern(pattern)) known[lang] = pattern;
      else bad(`hyphenation.${lang}`, pattern, 'the name of a file in the hyphen package\'s patterns/ (en-gb, en-us, ru, de-1996 …)');
    }
    return known;
  };
  const figureFonts = (fonts: PrintProfile['fonts']): Record<string, string> => {
    const v = at('figure-fonts');
    if (v === undefined) return d.figureFonts;
    const families = [fonts.body.family, fonts.heading.family];
    if (!isMap(v)) {
      bad('figure-fonts', v, `a map from a font family named in SVG figures to one of the print fonts (${families.join(', ')})`);
      return d.figureFonts;
    }
    const mapping: Record<string, string> = {};
    for (const [name, target] of Object.entries(v)) {
      const family = typeof target === 'string' ? families.find((f) => f.toLowerCase() === target.trim().toLowerCase()) : undefined;
      if (family) mapping[name] = family;
      else bad(`figure-fonts.${name}`, target, `one of the print fonts (${families.join(', ')})`);
    }
    return mapping;
  };
  const translatedTitle = at('first-page.translated-title');
  if (translatedTitle !== undefined && typeof translatedTitle !== 'boolean') bad('first-page.translated-title', translatedTitle, 'true or false');

  const fonts = { body: font('fonts.body', d.fonts.body), heading: font('fonts.heading', d.fonts.heading) };
  const print: PrintProfile = {
    page: { width: length('page.width', d.page.width), height: length('page.height', d.page.height) },
    margins: {
      top: length('margins.top', d.margins.top),
      bottom: length('margins.bottom', d.margins.bottom),
      inner: length('margins.inner', d.margins.inner),
      outer: length('margins.outer', d.margins.outer),
    },
    fontSize: length('font-size', d.fontSize),
    leading: number('leading', d.leading, 0.8, 3),
    smallFontSize: length('small-font-size', d.smallFontSize),
    smallLeading: number('small-leading', d.smallLeading, 0.8, 3),
    indent: length('indent', d.indent),
    fonts,
    figureFonts: figureFonts(fonts),
    hyphenation: hyphenation(),
    firstPage: { translatedTitle: typeof translatedTitle === 'boolean' ? translatedTitle : d.firstPage.translatedTitle },
    runningHeads: { verso: head('running-heads.verso', d.runningHeads.verso), recto: head('running-heads.recto', d.runningHeads.recto) },
    labels: { keywords: localized('labels.keywords', d.labels.keywords), submitted: localized('labels.submitted', d.labels.submitted) },
    dateFormat: text('date-format', d.dateFormat) ?? d.dateFormat,
    layoutTimeout: number('layout-timeout', d.layoutTimeout, 1, 3600),
    chromium: text('chromium', undefined),
  };
  return { print, diagnostics };
}

function describe(v: unknown): string {
  if (v === undefined) return 'missing value';
  if (v === null) return 'empty value';
  if (typeof v === 'string') return `"${v}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${v}`;
  return Array.isArray(v) ? 'list' : 'map';
}

/** Thrown at the renderer API when the print settings are invalid; the pipeline reports `diagnostics`. */
export class PrintProfileError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((x) => x.message).join('; '));
    this.name = 'PrintProfileError';
  }
}

const cache = new WeakMap<Profile, PrintProfileResult>();

/** The profile's print settings, validated once per profile; positions come from re-reading the file only when there is a problem. */
export function loadPrintProfile(profile: Profile): PrintProfileResult {
  const hit = cache.get(profile);
  if (hit) return hit;
  let result = parsePrintProfile(profile.raw, profile.file);
  if (result.diagnostics.length) {
    try {
      const doc = parseYamlDoc(readFileSync(profile.file, 'utf8'), profile.file);
      result = parsePrintProfile(profile.raw, profile.file, doc.positionOf);
    } catch {
      // The file moved since the profile was loaded: keep the diagnostics without positions.
    }
  }
  cache.set(profile, result);
  return result;
}

/** The print settings, or a PrintProfileError carrying the diagnostics. */
export function printSettings(profile: Profile): PrintProfile {
  const { print, diagnostics } = loadPrintProfile(profile);
  if (diagnostics.some((x) => x.severity === 'error')) throw new PrintProfileError(diagnostics);
  return print;
}
