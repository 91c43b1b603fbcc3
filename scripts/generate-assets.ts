/**
 * Writes the published JSON Schemas (assets/schema) from the zod schemas, so
 * editors can check playlist.json and settings.json. A unit test fails when the
 * committed files differ from what this would write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedSchemas } from './published-schemas';

const dir = join(import.meta.dirname, '..', 'assets', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(publishedSchemas())) {
  writeFileSync(join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  process.stderr.write(`wrote assets/schema/${name}\n`);
}
