// In-process schema validation of the XML outputs (libxml2-wasm): JATS
// against the official DTD, Crossref deposits against the official XSD.
// Nothing is fetched: schema URLs resolve through catalogs to local files.
// Parsed schemas are cached for the life of the process.
import type { Diagnostic } from './diagnostic.js';
import { ruleCatalogue, type RuleId } from './catalogue/index.js';
import { validateWithDtd } from './xml/dtd.js';
import type { SchemaError } from './xml/errors.js';
import { chooseJatsDtd } from './xml/jats-dtd.js';
import { SchemaUnavailableError } from './xml/schema-unavailable.js';
import { validateWithXsd, type XsdVariant } from './xml/xsd.js';

export type { SchemaError } from './xml/errors.js';
export { SchemaUnavailableError } from './xml/schema-unavailable.js';
export type { XsdVariant } from './xml/xsd.js';

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

function unlessSchemaMissing(run: () => SchemaError[]): SchemaError[] {
  try {
    return run();
  } catch (e) {
    if (e instanceof SchemaUnavailableError) return [{ message: e.message, line: 1, column: 1, schemaMissing: true }];
    throw e;
  }
}

/**
 * Diagnostics for schema errors found in an output file. Positions point into
 * the output (`outputFile:line:column`); a missing schema is `schema-missing`.
 */
export function schemaDiagnostics(rule: RuleId, errors: readonly SchemaError[], outputFile: string): Diagnostic[] {
  return errors.map((e) => {
    const id: RuleId = e.schemaMissing ? 'schema-missing' : rule;
    const spec: { severity: Diagnostic['severity']; url?: string } = ruleCatalogue[id];
    const message = e.schemaMissing ? e.message : `Unexpected markup: ${e.message.replace(/\.$/, '')}; expected a document valid against the official schema`;
    return {
      rule: id,
      severity: spec.severity,
      message,
      position: { file: outputFile, line: e.line, column: e.column },
      ...(spec.url ? { url: spec.url } : {}),
    };
  });
}
