// In-process schema validation of the XML outputs (libxml2-wasm): JATS
// against the official DTD, Crossref deposits against the official XSD, and
// the diagnostics for what they find. Nothing is fetched: schema URLs resolve
// through catalogs to local files. Parsed schemas are cached for the life of the process.
export { preloadSchemas, validateJats, validateXsd, type JatsValidationOptions, type XsdValidationOptions } from './xml/validate.js';
export type { SchemaError } from './xml/errors.js';
export { SchemaUnavailableError } from './xml/schema-unavailable.js';
export type { XsdVariant } from './xml/xsd.js';
export { schemaDiagnostics } from './schema-diagnostics.js';
