// Schema validation of the XML outputs (libxml2-wasm): JATS against the
// official DTD, Crossref deposits against the official XSD. What the
// validation worker loads: nothing here reports (checks/xml-schema.ts adds the
// diagnostics side, and with it the rule catalogue, for in-process callers).
// Nothing is fetched: schema URLs resolve through catalogs to local files.
// Parsed schemas are cached for the life of the process.
import { preloadDtd, validateWithDtd } from './dtd.js';
import type { SchemaError } from './errors.js';
import { chooseJatsDtd } from './jats-dtd.js';
import { SchemaUnavailableError } from './schema-unavailable.js';
import { preloadXsd, validateWithXsd, type XsdVariant } from './xsd.js';

export interface JatsValidationOptions {
  /** JATS version the profile asks for ("1.3"). */
  version: string;
  /** Folder of DTD files (with or without catalog.xml); default: the @jats4r/dtds package. */
  dtdDir?: string;
  /** Path or URL of the document, the base for relative references. */
  fileName: string;
}

/**
 * Validate a JATS document against the DTD its DOCTYPE names (the profile's
 * version of the Journal Publishing DTD when it has none). A DTD that cannot
 * be found or read is reported as one SchemaError with `schemaMissing` set.
 */
export function validateJats(xml: string, opts: JatsValidationOptions): SchemaError[] {
  return unlessSchemaMissing(() => {
    const choice = chooseJatsDtd(xml, opts);
    const systemId = choice.doctype?.systemId;
    const errors = validateWithDtd(xml, {
      dtdFile: choice.file,
      fileName: opts.fileName,
      rootName: choice.doctype?.root ?? 'article',
      systemIdFile: systemId ? { systemId, file: choice.file } : undefined,
    });
    return [...choice.problems, ...errors];
  });
}

export interface XsdValidationOptions {
  /** The main schema file (e.g. crossref5.4.0.xsd); its includes resolve relative to it. */
  xsdFile: string;
  /** OASIS XML catalog mapping absolute schema URLs to local files. */
  catalogFile?: string;
  fileName: string;
  /** Force the full schema or the one with MathML stubbed; default: what the document needs. */
  variant?: XsdVariant;
}

/**
 * Validate against a (multi-file) XSD, with the MathML import stubbed when the
 * document holds no MathML. A missing schema → one SchemaError with `schemaMissing`.
 */
export function validateXsd(xml: string, opts: XsdValidationOptions): SchemaError[] {
  return unlessSchemaMissing(() => validateWithXsd(xml, opts));
}

/**
 * Load the schemas a build will need before its first document: the JATS DTD
 * of the profile's version, the XSD with MathML stubbed. Problems are left for
 * the validation itself to report.
 */
export function preloadSchemas(opts: { jats?: Omit<JatsValidationOptions, 'fileName'>; xsd?: Omit<XsdValidationOptions, 'fileName'> }): void {
  const { jats, xsd } = opts;
  if (jats) ignoreFailure(() => preloadDtd(chooseJatsDtd('', jats).file, 'article'));
  if (xsd) ignoreFailure(() => preloadXsd(xsd, 'mathml-stub'));
}

// A schema that fails to load is not cached: validating a document tries again and reports why.
function ignoreFailure(load: () => void): void {
  try {
    load();
  } catch {
    // reported by the validation that needs it
  }
}

function unlessSchemaMissing(run: () => SchemaError[]): SchemaError[] {
  try {
    return run();
  } catch (e) {
    if (e instanceof SchemaUnavailableError) return [{ message: e.message, line: 1, column: 1, schemaMissing: true }];
    throw e;
  }
}
