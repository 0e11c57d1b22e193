// What differs between the Crossref deposit schemas Galley writes. One template
// set reads these flags; a new version is a new row here, not a copied renderer.

export type CrossrefVersion = '5.4.0' | '5.3.1';

export interface CrossrefSchemaFeatures {
  version: CrossrefVersion;
  namespace: string;
  /** Public location written in xsi:schemaLocation (validation itself uses the local copy). */
  location: string;
  /**
   * How a contributor's name in another script is deposited:
   * 5.3.1 has `<alt-name><name language><surname/><given_name/></name></alt-name>` after ORCID;
   * 5.4.0 dropped alt-name (commented out in its XSD) and offers the free-text `<name>` after surname.
   */
  otherScriptName: 'alt-name' | 'full-name';
  /** 5.4.0 types each <citation> (journal_article, book_chapter …); 5.3.1 has no such attribute. */
  citationType: boolean;
  /** 5.4.0's FundRef schema has a `ror` assertion for a funder; 5.3.1's has only Funder Registry ids. */
  funderRor: boolean;
}

export const crossrefSchemas: Record<CrossrefVersion, CrossrefSchemaFeatures> = {
  '5.4.0': {
    version: '5.4.0',
    namespace: 'http://www.crossref.org/schema/5.4.0',
    location: 'https://www.crossref.org/schemas/crossref5.4.0.xsd',
    otherScriptName: 'full-name',
    citationType: true,
    funderRor: true,
  },
  '5.3.1': {
    version: '5.3.1',
    namespace: 'http://www.crossref.org/schema/5.3.1',
    location: 'https://www.crossref.org/schemas/crossref5.3.1.xsd',
    otherScriptName: 'alt-name',
    citationType: false,
    funderRor: false,
  },
};

export class UnsupportedCrossrefVersionError extends Error {
  constructor(readonly version: string) {
    super(`Unexpected Crossref schema version ${version}, expected one of ${Object.keys(crossrefSchemas).join(', ')}`);
  }
}

export function crossrefSchemaFeatures(version: string): CrossrefSchemaFeatures {
  const features = (crossrefSchemas as Record<string, CrossrefSchemaFeatures | undefined>)[version];
  if (!features) throw new UnsupportedCrossrefVersionError(version);
  return features;
}
