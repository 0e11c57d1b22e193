import { XmlValidateError, type XmlDocument } from '../../util/libxml2.js';
import { toSchemaErrors, type SchemaError } from './errors.js';

/** Validate a parsed document (then free it): no errors, or each validity error with its line. */
export function runValidator(validator: { validate(doc: XmlDocument): void }, doc: XmlDocument, xml: string): SchemaError[] {
  try {
    validator.validate(doc);
    return [];
  } catch (e) {
    if (e instanceof XmlValidateError) return toSchemaErrors(e.details, xml);
    throw e;
  } finally {
    doc.dispose();
  }
}
