/** A schema (DTD, XSD) could not be found or parsed: the document was not checked. */
export class SchemaUnavailableError extends Error {
  constructor(
    readonly schema: string,
    readonly reason: string,
  ) {
    super(`Unexpected unusable schema ${schema} (${reason}), expected a readable official schema`);
    this.name = 'SchemaUnavailableError';
  }
}
