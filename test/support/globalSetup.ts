import path from 'node:path';
import { loadDbConfig, parsePort, repoRoot } from '../../src/graph/config';
import { connect } from '../../src/graph/connection';
import { startEmbedded } from '../../src/graph/embedded';
import { applyMigrations } from '../../src/graph/migrate';

/** Default Bolt port of the embedded TEST instance (the product's default is 7687). */
export const DEFAULT_TEST_BOLT_PORT = 7688;

/** Data directory of the embedded test instance on `port`: one per port, side by side. */
export function testDataDir(port: number): string {
  return path.join(repoRoot(), '.kg', `neo4j-test-${port}`);
}

/** Test folders whose tests never touch the database: extraction is pure (src/extract). */
const DATABASE_FREE = /^(?:\.\/)?test\/extract(?:ion)?(?:\/|$)/u;

/**
 * Whether the selected tests may need Neo4j: a run restricted to database-free folders
 * (`npx jest test/extract test/extraction`) starts no JVM, which on a small machine is most of
 * its time. With no path given, every test runs and the database starts.
 */
export function needsDatabase(testPathPattern: string): boolean {
  if (!testPathPattern.trim()) return true;
  return !testPathPattern.split('|').every((p) => DATABASE_FREE.test(p.trim()));
}

/**
 * Jest globalSetup: the external database when NEO4J_URI is set, otherwise an embedded test
 * instance on KG_TEST_BOLT_PORT (default 7688), started or reused; schema applied. Tests read
 * KG_TEST_NEO4J_URI / KG_TEST_NEO4J_USER / KG_TEST_NEO4J_PASSWORD (see test/support/db.ts).
 */
export default async function globalSetup(globalConfig: {
  testPathPattern?: string;
}): Promise<void> {
  const env = process.env;
  if (!needsDatabase(globalConfig.testPathPattern ?? '')) return;
  let config;
  if (env.NEO4J_URI?.trim()) {
    config = loadDbConfig(env);
  } else {
    const port = env.KG_TEST_BOLT_PORT?.trim()
      ? parsePort(env.KG_TEST_BOLT_PORT, 'KG_TEST_BOLT_PORT')
      : DEFAULT_TEST_BOLT_PORT;
    const dataDir = testDataDir(port);
    // quickStart: C1-only JIT, about half the cold start; test data is small.
    const start = await startEmbedded({ port, dataDir, quickStart: true });
    config = start.config;
    env.KG_TEST_DATA_DIR = dataDir;
    // globalTeardown stops only what this run started.
    if (start.started) env.KG_TEST_STARTED_DB_DIR = dataDir;
    else delete env.KG_TEST_STARTED_DB_DIR;
  }
  const driver = await connect(config);
  try {
    await applyMigrations(driver);
  } finally {
    await driver.close();
  }
  env.KG_TEST_NEO4J_URI = config.uri;
  env.KG_TEST_NEO4J_USER = config.user;
  env.KG_TEST_NEO4J_PASSWORD = config.password;
}
