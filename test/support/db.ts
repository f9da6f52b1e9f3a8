import neo4j, { Driver } from 'neo4j-driver';

let shared: Driver | undefined;

/** Connection settings exported by test/support/globalSetup.ts. */
export function testDbConfig(): { uri: string; user: string; password: string } {
  const uri = process.env.KG_TEST_NEO4J_URI;
  const user = process.env.KG_TEST_NEO4J_USER;
  const password = process.env.KG_TEST_NEO4J_PASSWORD;
  if (!uri || user === undefined || password === undefined) {
    throw new Error(
      'KG_TEST_NEO4J_URI is not set: run the tests with jest (jest.config.js globalSetup starts Neo4j)',
    );
  }
  return { uri, user, password };
}

/** Closes the shared driver of this test file (registered with afterAll by testDriver()). */
export async function closeTestDriver(): Promise<void> {
  const d = shared;
  shared = undefined;
  if (d) await d.close();
}

/**
 * The test database's driver, one per test file (jest gives each file its own module registry).
 * Call it at the top level or in beforeAll: it registers afterAll(closeTestDriver) the first time.
 */
export function testDriver(): Driver {
  if (shared === undefined) {
    const { uri, user, password } = testDbConfig();
    shared = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      connectionAcquisitionTimeout: 30_000,
      maxTransactionRetryTime: 15_000,
    });
    try {
      afterAll(closeTestDriver);
    } catch {
      // called inside a test: the caller closes it with closeTestDriver()
    }
  }
  return shared;
}

/** Deletes every node and relationship in batches; constraints and indexes stay. */
export async function resetDatabase(driver: Driver, batchSize = 10_000): Promise<void> {
  const session = driver.session();
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run).
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batchSize ROWS', {
      batchSize: neo4j.int(batchSize),
    });
  } finally {
    await session.close();
  }
}
