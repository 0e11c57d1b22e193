// DTD validation with the parsed DTD kept for the life of the process: the
// JATS DTD (60 modules) takes ~100 ms to parse, validating an article ~1 ms.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DtdValidator, ParseOption, XmlDocument, XmlParseError } from '../../util/libxml2.js';
import type { SchemaError } from './errors.js';
import { parse } from './parse.js';
import { runValidator } from './run-validator.js';
import type { XmlCatalog } from './catalog.js';
import { withCatalogs } from './resolver.js';
import { SchemaUnavailableError } from './schema-unavailable.js';

interface LoadedDtd {
  /** Holds the DTD as its internal subset; kept alive as long as the validator. */
  holder: XmlDocument;
  validator: DtdValidator;
}

const cache = new Map<string, LoadedDtd>();

/**
 * Parse `dtdFile` once. libxml2-wasm cannot parse a standalone DTD with its
 * external modules, so the DTD is pulled into the internal subset of a tiny
 * holder document, which loads every module relative to the DTD's own path.
 */
function loadDtd(dtdFile: string, rootName: string): LoadedDtd {
  const key = `${dtdFile}#${rootName}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (!existsSync(dtdFile)) throw new SchemaUnavailableError(dtdFile, 'no such file');
  const url = pathToFileURL(dtdFile).href.replace(/"/g, '%22');
  const text = `<!DOCTYPE ${rootName} [<!ENTITY % schema SYSTEM "${url}"> %schema;]><${rootName}/>`;
  const loaded = withCatalogs([], () => XmlDocument.fromString(text, { option: ParseOption.XML_PARSE_DTDLOAD | ParseOption.XML_PARSE_NONET }));
  const holder = loaded.value;
  const problems = [
    ...loaded.refused.map((u) => `cannot load ${u}`),
    ...(loaded.error instanceof XmlParseError ? loaded.error.details.map((d) => `${d.file ?? dtdFile}:${d.line}: ${d.message.trim()}`) : []),
    ...(holder?.warnings ?? []).filter((w) => /failed to load|not defined/i.test(w.message)).map((w) => `${w.file ?? dtdFile}:${w.line}: ${w.message.trim()}`),
  ];
  if (!holder || !holder.dtd || problems.length) {
    holder?.dispose();
    if (!holder && !(loaded.error instanceof XmlParseError) && loaded.error) throw loaded.error;
    throw new SchemaUnavailableError(dtdFile, problems.join('; ') || 'no declarations');
  }
  const entry = { holder, validator: new DtdValidator(holder.dtd) };
  cache.set(key, entry);
  return entry;
}

/** Parse a DTD now (a build warms its schemas before the first document). */
export function preloadDtd(dtdFile: string, rootName: string): void {
  loadDtd(dtdFile, rootName);
}

export interface DtdValidationOptions {
  dtdFile: string;
  /** Base URL of the document (relative references resolve against it). */
  fileName: string;
  /** Root element the DTD is for (`article` for JATS). */
  rootName: string;
  /** Extra URL → file mappings, used only when the document needs its DTD while parsing (named entities). */
  systemIdFile?: { systemId: string; file: string };
}

export function validateWithDtd(xml: string, opts: DtdValidationOptions): SchemaError[] {
  const { validator } = loadDtd(opts.dtdFile, opts.rootName);
  let doc = parse(xml, opts.fileName, ParseOption.XML_PARSE_NONET);
  if ('errors' in doc) return doc.errors;
  // Named entities (&mdash;) are declared in the DTD: re-read with it loaded.
  if (doc.warnings.some((w) => /Entity '[^']+' not defined/.test(w.message))) {
    doc.dispose();
    const mapping = opts.systemIdFile;
    const catalogs = mapping ? [catalogFor(mapping.systemId, mapping.file)] : [];
    const loaded = withCatalogs(catalogs, () => parse(xml, opts.fileName, ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_DTDLOAD | ParseOption.XML_PARSE_NOENT));
    if (!loaded.value) throw loaded.error;
    doc = loaded.value;
    if ('errors' in doc) return doc.errors;
  }
  return runValidator(validator, doc, xml);
}

/** The DTD's URL and its folder mapped to the local copy, so its relative modules resolve too. */
function catalogFor(systemId: string, file: string): XmlCatalog {
  const folder = systemId.slice(0, systemId.lastIndexOf('/') + 1);
  return {
    file,
    publicIds: new Map(),
    exact: new Map([[systemId, file]]),
    prefixes: folder ? [[folder, `${dirname(file)}/`]] : [],
  };
}
