// Parsing an output for validation: well-formedness errors become SchemaErrors.
import { ParseOption, XmlDocument, XmlParseError } from '../../util/libxml2.js';
import { toSchemaErrors, type SchemaError } from './errors.js';

export function parse(xml: string, url: string, option: ParseOption = ParseOption.XML_PARSE_NONET): XmlDocument | { errors: SchemaError[] } {
  try {
    return XmlDocument.fromString(xml, { url, option });
  } catch (e) {
    if (e instanceof XmlParseError) return { errors: toSchemaErrors(e.details, xml, url) };
    throw e;
  }
}
