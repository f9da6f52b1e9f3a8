import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildApiSchema, printApiSchema } from '../../src/api/server';

/** The committed schema (source of the typed client) must be what the code emits. */
test('schema/schema.graphql matches the schema the code builds (run `npm run schema`)', () => {
  const committed = readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8');
  expect(printApiSchema()).toBe(committed);
});

test('the schema has the fields the product is checked with', () => {
  const fields = buildApiSchema().getQueryType()!.getFields();
  expect(fields.supervisions.args.map((a) => a.name).sort()).toEqual(['after', 'filter', 'first']);
  expect(String(fields.supervisions.type)).toBe('SupervisionConnection!');
  expect(String(fields.search.type)).toBe('[SearchResult!]!');
  expect(printApiSchema()).toContain('union SearchResult = Directive | Official | Organization');
});
