import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedSchemas } from '../../../scripts/published-schemas';

const schemaDir = join(import.meta.dirname, '..', '..', '..', 'assets', 'schema');

describe('the published JSON Schemas', () => {
  for (const [name, schema] of Object.entries(publishedSchemas())) {
    it(`assets/schema/${name} is what the zod schema generates (run \`npm run generate\` after changing it)`, () => {
      expect(JSON.parse(readFileSync(join(schemaDir, name), 'utf8'))).toEqual(schema);
    });
  }

  it('tells editors that unknown playlist fields are errors and durations must be positive', () => {
    const playlist = JSON.parse(readFileSync(join(schemaDir, 'playlist.schema.json'), 'utf8'));
    expect(playlist.additionalProperties).toBe(false);
    const imageItem = playlist.properties.items.items.oneOf.find(
      (variant: { properties: { type: { const: string } } }) => variant.properties.type.const === 'image',
    );
    expect(imageItem.additionalProperties).toBe(false);
    expect(imageItem.properties.durationS.exclusiveMinimum).toBe(0);
    expect(imageItem.required).toEqual(expect.arrayContaining(['id', 'type', 'src', 'durationS']));
  });
});
