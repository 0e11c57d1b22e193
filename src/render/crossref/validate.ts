// Validate a deposit against the Crossref XSD of the profile's version, in
// process, before anything is written or sent (deposits, issue batches).
// Builds use validate-async.ts, which keeps libxml2 off the main thread.
import type { Diagnostic } from '../../checks/diagnostic.js';
import { schemaDiagnostics, validateXsd } from '../../checks/xml-schema.js';
import type { Profile } from '../../profile/types.js';
import { depositSchemaLocation } from './schema-location.js';

export { locateCrossrefSchema, type CrossrefSchemaLocation } from './schema-location.js';

/** Schema diagnostics for a deposit (`outputName` is how positions name the file). */
export function validateCrossrefXml(xml: string, profile: Profile, outputName: string): Diagnostic[] {
  const location = depositSchemaLocation(xml, profile);
  if ('rule' in location) return [location];
  const errors = validateXsd(xml, { xsdFile: location.xsdFile, catalogFile: location.catalogFile, fileName: outputName });
  return schemaDiagnostics('crossref-schema', errors, outputName);
}
