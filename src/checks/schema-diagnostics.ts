// Schema errors → diagnostics. Kept apart from the validators so that code
// which only reports (the build's main thread) does not load libxml2.
import type { Diagnostic } from './diagnostic.js';
import { ruleCatalogue, type RuleId } from './catalogue/index.js';
import type { SchemaError } from './xml/errors.js';

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
