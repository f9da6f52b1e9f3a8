import { stopEmbedded } from '../../src/graph/embedded';

/** Jest globalTeardown: stops the embedded test instance if globalSetup started it (unless KG_TEST_KEEP_DB=1). */
export default async function globalTeardown(): Promise<void> {
  const dataDir = process.env.KG_TEST_STARTED_DB_DIR;
  if (!dataDir || process.env.KG_TEST_KEEP_DB === '1') return;
  await stopEmbedded(dataDir);
  delete process.env.KG_TEST_STARTED_DB_DIR;
}
