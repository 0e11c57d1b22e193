// Which JATS DTD file a document asks for. Its DOCTYPE public id is looked up
// in the catalog of the DTD folder (the profile's `schemas.jats`, else the
// @jats4r/dtds package shipped with Galley); no DOCTYPE means the Journal
// Publishing (MathML 3) DTD of the profile's JATS version.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { readXmlCatalog, resolveInCatalog, type XmlCatalog } from './catalog.js';
import type { SchemaError } from './errors.js';
import { SchemaUnavailableError } from './schema-unavailable.js';

export interface Doctype {
  root: string;
  publicId?: string;
  systemId?: string;
  line: number;
  column: number;
}

export interface JatsDtdChoice {
  file: string;
  doctype?: Doctype;
  /** Problems with the DOCTYPE itself (unknown or other version); validation still runs. */
  problems: SchemaError[];
}

const doctypePattern = /<!DOCTYPE\s+([^\s[>]+)(?:\s+PUBLIC\s+(?:"([^"]*)"|'([^']*)')(?:\s+(?:"([^"]*)"|'([^']*)'))?|\s+SYSTEM\s+(?:"([^"]*)"|'([^']*)'))?/;

/** The DOCTYPE of a document, read from its prolog (before the root element). */
export function readDoctype(xml: string): Doctype | undefined {
  const prologEnd = xml.search(/<[A-Za-z_]/);
  const m = doctypePattern.exec(prologEnd < 0 ? xml : xml.slice(0, prologEnd));
  if (!m) return undefined;
  const before = xml.slice(0, m.index).split('\n');
  return {
    root: m[1],
    publicId: m[2] ?? m[3],
    systemId: m[4] ?? m[5] ?? m[6] ?? m[7],
    line: before.length,
    column: before[before.length - 1].length + 1,
  };
}

let packageRoot: string | undefined;

/** `schema/` folder of the @jats4r/dtds package. */
export function jats4rSchemaRoot(): string {
  packageRoot ??= join(dirname(createRequire(import.meta.url).resolve('@jats4r/dtds/package.json')), 'schema');
  return packageRoot;
}

const catalogs = new Map<string, XmlCatalog>();
function catalogOf(dir: string): XmlCatalog | undefined {
  const file = join(dir, 'catalog.xml');
  if (!existsSync(file)) return undefined;
  let hit = catalogs.get(file);
  if (!hit) catalogs.set(file, (hit = readXmlCatalog(file)));
  return hit;
}

let doctypes: Record<string, string> | undefined;
/** Public id → official system URL, from the package's doctypes.json. */
function officialSystemIds(): Record<string, string> {
  doctypes ??= JSON.parse(readFileSync(join(jats4rSchemaRoot(), 'doctypes.json'), 'utf8')) as Record<string, string>;
  return doctypes;
}

export function publishingPublicId(version: string): string | undefined {
  return Object.keys(officialSystemIds()).find((id) => id.includes(`Journal Publishing DTD with MathML3 v${version} `));
}

/** Public and system id of the Journal Publishing (MathML 3) DTD of a JATS version, for a DOCTYPE. */
export function publishingDoctype(version: string): { publicId: string; systemId: string } | undefined {
  const publicId = publishingPublicId(version);
  return publicId ? { publicId, systemId: officialSystemIds()[publicId] } : undefined;
}

export function chooseJatsDtd(xml: string, opts: { version: string; dtdDir?: string }): JatsDtdChoice {
  const doctype = readDoctype(xml);
  const problems: SchemaError[] = [];
  const expectedId = publishingPublicId(opts.version);
  if (!expectedId) throw new SchemaUnavailableError(`JATS ${opts.version}`, 'no Journal Publishing DTD of that version is known');
  let publicId = doctype?.publicId;
  const at = { line: doctype?.line ?? 1, column: doctype?.column ?? 1 };
  if (publicId && !officialSystemIds()[publicId]) {
    problems.push({ message: `Unexpected DOCTYPE public id "${publicId}", expected "${expectedId}"`, ...at });
    publicId = undefined;
  } else if (publicId && !publicId.includes(` v${opts.version} `)) {
    problems.push({ message: `Unexpected DOCTYPE public id "${publicId}", expected JATS ${opts.version}: "${expectedId}"`, ...at });
  }
  const id = publicId ?? expectedId;
  const file = locate(id, doctype?.systemId, opts.dtdDir);
  if (!file) throw new SchemaUnavailableError(opts.dtdDir ?? jats4rSchemaRoot(), `no file for "${id}"`);
  return { file, doctype, problems };
}

function locate(publicId: string, systemId: string | undefined, dtdDir: string | undefined): string | undefined {
  const official = officialSystemIds()[publicId];
  const dir = dtdDir ?? jats4rSchemaRoot();
  const catalog = catalogOf(dir);
  const candidates = [
    catalog?.publicIds.get(publicId),
    systemId && catalog ? resolveInCatalog(catalog, systemId) : undefined,
    official && catalog ? resolveInCatalog(catalog, official) : undefined,
    // A plain folder of DTD files (no catalog): the official file name.
    official ? join(dir, basename(official)) : undefined,
  ];
  return candidates.find((f): f is string => !!f && existsSync(f));
}
