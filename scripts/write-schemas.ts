// Writes the JSON Schemas Galley ships (schemas/) and publishes (docs/):
// `npx tsx scripts/write-schemas.ts`. test/schema/shipped.test.ts fails when a file is stale.
import { writeFileSync } from 'node:fs';
import { shippedSchemas } from '../src/schema/shipped.js';

const root = new URL('..', import.meta.url);
for (const [path, schema] of Object.entries(shippedSchemas())) writeFileSync(new URL(path, root), JSON.stringify(schema, null, 2) + '\n');
