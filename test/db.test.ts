import neo4j, { Neo4jError } from 'neo4j-driver';
import { cypher, statements } from '../src/graph/cypher';
import { statusEmbedded } from '../src/graph/embedded';
import { applyMigrations, listSchema, ruleName } from '../src/graph/migrate';
import { resetDatabase, testDbConfig, testDriver } from './support/db';

const driver = testDriver();

/** Names of the constraints and indexes cypher/schema.cypher declares. */
function declaredNames(): string[] {
  return statements(cypher('schema')).map((s) => {
    const name = ruleName(s);
    if (name === undefined) throw new Error(`schema statement without a name: ${s}`);
    return name;
  });
}

describe('the test database', () => {
  test('answers a query', async () => {
    const { records } = await driver.executeQuery('RETURN 40 + 2 AS answer');
    expect(records[0].get('answer').toNumber()).toBe(42);
  });

  test('has authentication on: a wrong password is rejected', async () => {
    const { uri, user, password } = testDbConfig();
    const wrong = neo4j.driver(uri, neo4j.auth.basic(user, `${password}-wrong`));
    try {
      await expect(wrong.verifyConnectivity()).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
    } finally {
      await wrong.close();
    }
  });

  test('migrations are idempotent and every declared constraint and index is online', async () => {
    await applyMigrations(driver);
    const first = await listSchema(driver);
    await applyMigrations(driver);
    const second = await listSchema(driver);
    expect(second).toEqual(first);
    // Each statement itself is idempotent too (applyMigrations skips rules that exist).
    for (const statement of statements(cypher('schema'))) await driver.executeQuery(statement);
    expect(await listSchema(driver)).toEqual(first);

    const names = new Set(first.map((i) => i.name));
    for (const name of declaredNames()) expect(names).toContain(name);
    const notOnline = first.filter((i) => i.kind !== 'CONSTRAINT' && i.state !== 'ONLINE');
    expect(notOnline).toEqual([]);
  });

  test('a uniqueness constraint from the schema is enforced', async () => {
    await resetDatabase(driver);
    await driver.executeQuery('CREATE (:Document {id: "dup"})');
    await expect(driver.executeQuery('CREATE (:Document {id: "dup"})')).rejects.toBeInstanceOf(
      Neo4jError,
    );
    await resetDatabase(driver);
  });

  test('resetDatabase deletes nodes and relationships but keeps the schema', async () => {
    const before = await listSchema(driver);
    await driver.executeQuery(
      'UNWIND range(1, 500) AS i CREATE (:Official {key: "k" + i})-[:HOLDS {doc: "d"}]->(:Role {key: "r" + i})',
    );
    await resetDatabase(driver, 150); // several batches
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes');
    expect(records[0].get('nodes').toNumber()).toBe(0);
    expect(await listSchema(driver)).toEqual(before);
  });

  const dataDir = process.env.KG_TEST_DATA_DIR;
  (dataDir ? test : test.skip)('status reports the embedded test instance as running', async () => {
    const status = await statusEmbedded(dataDir ?? '');
    expect(status.running).toBe(true);
    expect(status.uri).toBe(testDbConfig().uri);
  });
});
