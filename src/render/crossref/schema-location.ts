// Where the Crossref XSD of a version is. No npm package carries these schemas:
// the folder comes from the profile, and a missing one is reported naming the
// setting that points at it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../checks/diagnostic.js';
import { crossrefSchemaDir } from '../../profile/load.js';
import type { Profile } from '../../profile/types.js';

export interface CrossrefSchemaLocation {
  version: string;
  xsdFile: string;
  catalogFile?: string;
}

/** Where the XSD for `version` is, or a `schema-missing` diagnostic that says how to point at it. */
export function locateCrossrefSchema(profile: Profile, version = profile.crossref.schemaVersion): CrossrefSchemaLocation | Diagnostic {
  const dir = crossrefSchemaDir(profile, version);
  const xsdFile = dir ? join(dir, `crossref${version}.xsd`) : undefined;
  if (!dir || !xsdFile || !existsSync(xsdFile)) {
    return {
      rule: 'schema-missing',
      severity: 'error',
      message:
        `Unexpected missing Crossref ${version} schema${xsdFile ? ` (no ${xsdFile})` : ''}, expected the folder of the official ` +
        `Crossref XSD bundle set by \`schemas.crossref\` in ${profile.file} or by the GALLEY_CROSSREF_SCHEMAS environment variable`,
      position: { file: profile.file, line: 1, column: 1 },
      url: 'https://www.crossref.org/documentation/schema-library/',
    };
  }
  const catalogFile = join(dir, 'catalog.xml');
  return { version, xsdFile, catalogFile: existsSync(catalogFile) ? catalogFile : undefined };
}

/** The schema a deposit names in its root (`<doi_batch version="…">`), else the profile's. */
export function depositSchemaLocation(xml: string, profile: Profile): CrossrefSchemaLocation | Diagnostic {
  const version = /<doi_batch\b[^>]*\sversion="([^"]+)"/.exec(xml)?.[1] ?? profile.crossref.schemaVersion;
  return locateCrossrefSchema(profile, version);
}
