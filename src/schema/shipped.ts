// The schema files in the package, by path from its root.
import { cliOutputSchema } from './cli-output.js';
import { frontMatterSchema } from './front-matter.js';
import { journalSchema } from './journal.js';

export function shippedSchemas(): Record<string, Record<string, unknown>> {
  return {
    'schemas/front-matter.schema.json': frontMatterSchema(),
    'schemas/journal.schema.json': journalSchema(),
    'docs/cli-output.schema.json': cliOutputSchema(),
  };
}
