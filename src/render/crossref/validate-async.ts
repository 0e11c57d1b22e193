// As validate.ts, with the schema work on the validation worker (builds that
// also lay out PDFs and resolve references on the main thread).
import type { Diagnostic } from '../../checks/diagnostic.js';
import { schemaDiagnostics } from '../../checks/schema-diagnostics.js';
import { validateXsdAsync } from '../../checks/xml/on-worker.js';
import type { Profile } from '../../profile/types.js';
import { depositSchemaLocation, locateCrossrefSchema } from './schema-location.js';

export async function validateCrossrefXmlAsync(xml: string, profile: Profile, outputName: string): Promise<Diagnostic[]> {
  const location = depositSchemaLocation(xml, profile);
  if ('rule' in location) return [location];
  const errors = await validateXsdAsync(xml, { xsdFile: location.xsdFile, catalogFile: location.catalogFile, fileName: outputName });
  return schemaDiagnostics('crossref-schema', errors, outputName);
}

/** The XSD of the profile's Crossref version, for preloading; undefined when it is missing (validation reports that). */
export function crossrefSchemaFiles(profile: Profile): { xsdFile: string; catalogFile?: string } | undefined {
  const location = locateCrossrefSchema(profile);
  return 'rule' in location ? undefined : { xsdFile: location.xsdFile, catalogFile: location.catalogFile };
}
