import { cypher, statements } from '../../src/graph/cypher';
import { applyMigrations, droppedRuleName, listSchema, ruleName } from '../../src/graph/migrate';
import { testDriver } from '../support/db';

const driver = testDriver();

/** Names cypher/migrations.cypher removes. */
function droppedNames(): string[] {
  return statements(cypher('migrations')).map((s) => {
    const name = droppedRuleName(s);
    if (name === undefined) throw new Error(`migration statement without a name: ${s}`);
    return name;
  });
}

describe('cypher/migrations.cypher', () => {
  test('drops nothing that cypher/schema.cypher declares', () => {
    const declared = new Set(statements(cypher('schema')).map((s) => ruleName(s)));
    expect(droppedNames().length).toBeGreaterThan(0);
    for (const name of droppedNames()) expect(declared.has(name)).toBe(false);
  });

  test('a database made by an earlier schema loses the dropped indexes, once', async () => {
    // The earlier schema's range indexes on nameFolded, as an older database has them.
    await driver.executeQuery(
      'CREATE INDEX official_name IF NOT EXISTS FOR (n:Official) ON (n.nameFolded)',
    );
    await driver.executeQuery(
      'CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.nameFolded)',
    );
    // And its relationship indexes on MENTIONS.doc and REPORTS.doc (retraction now starts at the Document).
    await driver.executeQuery(
      'CREATE INDEX mentions_doc IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.doc)',
    );
    await driver.executeQuery(
      'CREATE INDEX reports_doc IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.doc)',
    );
    const before = new Set((await listSchema(driver)).map((i) => i.name));
    expect(before.has('official_name')).toBe(true);
    expect(before.has('mentions_doc')).toBe(true);

    await applyMigrations(driver);
    const after = await listSchema(driver);
    const names = new Set(after.map((i) => i.name));
    for (const name of droppedNames()) expect(names.has(name)).toBe(false);

    // Idempotent: a second start changes nothing.
    await applyMigrations(driver);
    expect(await listSchema(driver)).toEqual(after);
  });
});
