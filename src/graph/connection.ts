import neo4j, { Driver } from 'neo4j-driver';
import { DbConfig, DbOverrides, loadDbConfig } from './config';
import { startEmbedded } from './embedded';
import { applyMigrations } from './migrate';

/**
 * Client-side timeout for one transaction, for callers to pass as `{ timeout: TX_TIMEOUT_MS }`
 * (the embedded server also enforces KG_NEO4J_TX_TIMEOUT, default 300 s).
 */
export const TX_TIMEOUT_MS = 120_000;

/** A driver for `config`, checked to answer (fails fast with the URI in the message). */
export async function connect(config: DbConfig): Promise<Driver> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    maxConnectionPoolSize: 50,
    connectionTimeout: 10_000,
    connectionAcquisitionTimeout: 30_000,
    maxTransactionRetryTime: 15_000,
    maxConnectionLifetime: 60 * 60_000,
    logging: {
      level: 'error',
      logger: (_level, message) => process.stderr.write(`neo4j: ${message}\n`),
    },
  });
  try {
    await driver.verifyConnectivity();
  } catch (e) {
    await driver.close();
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(`cannot connect to Neo4j at ${config.uri} as ${config.user}: ${why}`);
  }
  return driver;
}

export interface Database {
  driver: Driver;
  config: DbConfig;
  /** true when this call spawned the embedded Neo4j (false: reused, or external NEO4J_URI). */
  startedEmbedded: boolean;
}

/**
 * The product's database, ready to use: the external one when NEO4J_URI is set, otherwise the
 * embedded one (started if needed); schema migrations applied.
 */
export async function ensureDatabase(
  env: NodeJS.ProcessEnv = process.env,
  overrides: DbOverrides = {},
): Promise<Database> {
  let config = loadDbConfig(env, overrides);
  let startedEmbedded = false;
  if (config.embedded) {
    const start = await startEmbedded({ port: config.port, dataDir: config.dataDir });
    config = start.config;
    startedEmbedded = start.started;
  }
  const driver = await connect(config);
  try {
    await applyMigrations(driver);
  } catch (e) {
    await driver.close();
    throw e;
  }
  return { driver, config, startedEmbedded };
}
