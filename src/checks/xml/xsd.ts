// Multi-file XSD validation. Compiled schemas are kept per process, one per
// variant: the Crossref 5.4.0 set with the full MathML 3 schema takes ~2 s to
// compile in wasm, with MathML stubbed ~0.1 s; validating one deposit ~1 ms.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { XmlDocument, XmlValidateError, XsdValidator } from '../../util/libxml2.js';
import { readXmlCatalog } from './catalog.js';
import type { SchemaError } from './errors.js';
import { schemaVariantFor, stubMathml, type XsdVariant } from './mathml-stub.js';
import { parse } from './parse.js';
import { runValidator } from './run-validator.js';
import { withCatalogs } from './resolver.js';
import { SchemaUnavailableError } from './schema-unavailable.js';

export type { XsdVariant } from './mathml-stub.js';

interface LoadedXsd {
  /** libxml2 may keep pointers into the schema document: it lives as long as the validator. */
  doc: XmlDocument;
  validator: XsdValidator;
}

const cache = new Map<string, LoadedXsd>();

function loadXsd(xsdFile: string, catalogFile: string | undefined, variant: XsdVariant): XsdValidator {
  const key = `${xsdFile}|${catalogFile ?? ''}|${variant}`;
  const hit = cache.get(key);
  if (hit) return hit.validator;
  const catalogs = catalogFile ? [readXmlCatalog(catalogFile)] : [];
  const load = () => {
    const doc = XmlDocument.fromBuffer(readFileSync(xsdFile), { url: xsdFile });
    try {
      return { doc, validator: XsdValidator.fromDoc(doc) };
    } catch (e) {
      doc.dispose();
      throw e;
    }
  };
  const loaded = withCatalogs(catalogs, load, variant === 'mathml-stub' ? stubMathml : undefined);
  if (!loaded.value) {
    const details = loaded.error instanceof Error && 'details' in loaded.error ? (loaded.error as XmlValidateError).details : [];
    const reasons = [
      ...loaded.refused.map((u) => `cannot load ${u} (no catalog entry)`),
      ...details.filter((d) => d.level >= 2).map((d) => `${d.file ?? xsdFile}:${d.line}: ${d.message.trim()}`),
    ];
    throw new SchemaUnavailableError(xsdFile, reasons.slice(0, 5).join('; ') || String(loaded.error));
  }
  cache.set(key, loaded.value);
  return loaded.value.validator;
}

export interface XsdFiles {
  xsdFile: string;
  catalogFile?: string;
}

function checkFiles(opts: XsdFiles): { xsdFile: string; catalogFile?: string } {
  const xsdFile = resolve(opts.xsdFile);
  const catalogFile = opts.catalogFile && resolve(opts.catalogFile);
  if (!existsSync(xsdFile)) throw new SchemaUnavailableError(xsdFile, 'no such file');
  if (catalogFile && !existsSync(catalogFile)) throw new SchemaUnavailableError(catalogFile, 'no such catalog file');
  return { xsdFile, catalogFile };
}

/** Compile a schema variant now (a build warms its schemas before the first document). */
export function preloadXsd(opts: XsdFiles, variant: XsdVariant): void {
  const { xsdFile, catalogFile } = checkFiles(opts);
  loadXsd(xsdFile, catalogFile, variant);
}

/**
 * Validate against the schema, with MathML stubbed when the document holds
 * none (`variant` forces one, for the equivalence tests).
 */
export function validateWithXsd(xml: string, opts: XsdFiles & { fileName: string; variant?: XsdVariant }): SchemaError[] {
  const { xsdFile, catalogFile } = checkFiles(opts);
  const doc = parse(xml, opts.fileName);
  if ('errors' in doc) return doc.errors;
  let validator: XsdValidator;
  try {
    validator = loadXsd(xsdFile, catalogFile, opts.variant ?? schemaVariantFor(doc));
  } catch (e) {
    doc.dispose();
    throw e;
  }
  return runValidator(validator, doc, xml);
}

/** The variant a document needs, or undefined when it is not well-formed (its parse errors need no schema). */
export function variantForXml(xml: string, fileName: string): XsdVariant | undefined {
  const doc = parse(xml, fileName);
  if ('errors' in doc) return undefined;
  try {
    return schemaVariantFor(doc);
  } finally {
    doc.dispose();
  }
}
