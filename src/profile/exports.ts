// The profile's export settings: which issue exports to write (`exports:`), the
// values each format needs (`elibrary.titleid`, `ojs.version`) and where their
// schemas are (`schemas.elibrary|ojs|doaj`). Read once, with positions.
import { resolve } from 'node:path';
import type { DiagnosticBag } from '../checks/diagnostic.js';
import type { Position } from '../model/types.js';

export const exportFormats = ['elibrary', 'doaj', 'ojs'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** OJS releases whose Native XML schema Galley writes; `{version}` in `schemas.ojs` is the release. */
export const ojsReleases = { '3.4': '3.4.0-10', '3.5': '3.5.0-5' } as const;
export type OjsVersion = keyof typeof ojsReleases;

export interface ExportsProfile {
  formats: ExportFormat[];
  /** eLIBRARY's id of the journal (`<titleid>`); required when the eLIBRARY export is on. */
  elibrary: { titleid?: number; language?: string };
  /** `galleys: embed` puts the galley files in the XML (base64); `remote` links them by the profile's URLs. */
  ojs: { version: OjsVersion; galleys: 'embed' | 'remote' };
  /** Absolute schema locations (folders); unset: the export is written unvalidated and a warning says so. */
  schemas: { elibrary?: string; doaj?: string; ojs?: string };
}

interface Source {
  get(path: string): unknown;
  positionOf(path: string): Position;
}

export function readExports(source: Source, root: string, languages: string[], bag: DiagnosticBag): ExportsProfile {
  const out: ExportsProfile = { formats: [], elibrary: {}, ojs: { version: '3.4', galleys: 'embed' }, schemas: {} };
  const list = source.get('exports');
  if (list !== undefined && !Array.isArray(list)) bag.report('profile-invalid', `Unexpected ${typeof list} \`exports\`, expected a list such as [elibrary, doaj, ojs]`, source.positionOf('exports'));
  (Array.isArray(list) ? list : []).forEach((value, i) => {
    if ((exportFormats as readonly unknown[]).includes(value)) out.formats.push(value as ExportFormat);
    else bag.report('profile-invalid', `Unexpected export ${JSON.stringify(value)}, expected one of ${exportFormats.join(', ')}`, source.positionOf(`exports.${i}`));
  });
  for (const [section, known] of [['elibrary', ['titleid', 'language']], ['ojs', ['version', 'galleys']]] as const) {
    const value = source.get(section);
    if (value === undefined) continue;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      bag.report('profile-invalid', `Unexpected \`${section}\` that is not a map, expected { ${known.join(', ')} }`, source.positionOf(section));
      continue;
    }
    for (const key of Object.keys(value))
      if (!(known as readonly string[]).includes(key)) bag.report('profile-invalid', `Unexpected \`${section}.${key}\`, expected one of ${known.join(', ')}`, source.positionOf(`${section}.${key}`));
  }
  const titleid = source.get('elibrary.titleid');
  if (titleid !== undefined) {
    if (typeof titleid === 'number' && Number.isInteger(titleid) && titleid > 0) out.elibrary.titleid = titleid;
    else bag.report('profile-invalid', `Unexpected \`elibrary.titleid: ${String(titleid)}\`, expected the journal's eLIBRARY id (a whole number)`, source.positionOf('elibrary.titleid'));
  } else if (out.formats.includes('elibrary')) {
    bag.report('profile-invalid', 'Unexpected missing `elibrary.titleid` with the eLIBRARY export on, expected the journal\'s eLIBRARY id (the number in its elibrary.ru/title_about.asp?id=… address)', source.positionOf(source.get('elibrary') === undefined ? 'exports' : 'elibrary'));
  }
  const language = source.get('elibrary.language');
  if (language !== undefined) {
    if (typeof language === 'string' && languages.includes(language)) out.elibrary.language = language;
    else bag.report('profile-invalid', `Unexpected \`elibrary.language: ${String(language)}\`, expected one of the journal's languages (${languages.join(', ')})`, source.positionOf('elibrary.language'));
  }
  const version = source.get('ojs.version');
  if (version !== undefined) {
    const text = String(version);
    if (text in ojsReleases) out.ojs.version = text as OjsVersion;
    else bag.report('profile-invalid', `Unexpected \`ojs.version: ${text}\`, expected ${Object.keys(ojsReleases).join(' or ')}`, source.positionOf('ojs.version'));
  }
  const galleys = source.get('ojs.galleys');
  if (galleys !== undefined) {
    if (galleys === 'embed' || galleys === 'remote') out.ojs.galleys = galleys;
    else bag.report('profile-invalid', `Unexpected \`ojs.galleys: ${String(galleys)}\`, expected embed or remote`, source.positionOf('ojs.galleys'));
  }
  for (const format of exportFormats) {
    const dir = source.get(`schemas.${format}`);
    if (dir === undefined) continue;
    if (typeof dir === 'string' && dir.trim()) out.schemas[format] = resolve(root, dir.trim());
    else bag.report('profile-invalid', `Unexpected \`schemas.${format}\`, expected the folder of the ${format} schema`, source.positionOf(`schemas.${format}`));
  }
  return out;
}

/** The OJS schema folder for the profile's version (`{version}` filled with the release, e.g. 3.4.0-10). */
export function ojsSchemaDir(exports: ExportsProfile): string | undefined {
  return exports.schemas.ojs?.replace('{version}', ojsReleases[exports.ojs.version]);
}
