/**
 * `kg ingest` interrupted: the ingest process SIGKILLed halfway then run again, and Neo4j stopped
 * while an ingest runs. The end state must be exactly what a clean run gives, and no document may
 * ever be half-written. Runs `node bin/kg.js` (npm run build first) against its own embedded
 * Neo4j, which the test stops and starts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import {
  canonicalDump,
  countNodes,
  DedicatedNeo4j,
  documentIds,
  emptyDatabase,
  pollUntil,
  quickDriver,
  relationshipsPerDocument,
  removeCliSnapshot,
  runKg,
  spawnKg,
  writeCorpus,
} from './support';

const db = new DedicatedNeo4j(7762);
const DOCUMENTS = 200;
/** Small batches: many commits, so a kill lands between two of them. */
const BATCH = ['--batch-size', '5'];

let tmp = '';
let corpus = '';
let ids: string[] = [];
let driver: Driver | undefined;
/** The graph after a clean, uninterrupted ingest of the corpus. */
let reference: { nodes: string[]; rels: string[] } = { nodes: [], rels: [] };
let referencePerDoc = new Map<string, string>();
let referenceStats = '';

function conn(): Driver {
  if (!driver) throw new Error('database not started');
  return driver;
}

async function documentCount(): Promise<number> {
  return countNodes(conn(), 'Document');
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'kg-reliability-'));
  corpus = path.join(tmp, 'corpus');
  ids = writeCorpus(corpus, DOCUMENTS);
  await db.start();
  driver = quickDriver(db.settings);
  await emptyDatabase(conn());

  const clean = await runKg(['ingest', corpus, ...BATCH, '--json'], db.env());
  if (clean.code !== 0) {
    throw new Error(`clean ingest failed (exit ${clean.code}):\n${clean.stderr}\n${clean.stdout}`);
  }
  expect(await documentIds(conn())).toEqual([...ids].sort());
  reference = await canonicalDump(conn());
  referencePerDoc = await relationshipsPerDocument(conn());
  referenceStats = (await runKg(['stats', '--json'], db.env())).stdout;
  // A corpus without facts would make the comparisons below vacuous.
  expect(reference.rels.length).toBeGreaterThan(DOCUMENTS);
  process.stderr.write(
    `reliability: clean ingest of ${DOCUMENTS} documents took ${clean.ms} ms ` +
      `(${reference.nodes.length} nodes, ${reference.rels.length} relationships)\n`,
  );
}, 900_000);

afterAll(async () => {
  await driver?.close();
  await db.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  removeCliSnapshot();
}, 120_000);

test('SIGKILL halfway, then a second run: same graph as a clean run', async () => {
  await emptyDatabase(conn());
  const { child, done } = spawnKg(['ingest', corpus, ...BATCH], db.env());
  let exited = false;
  void done.then(() => (exited = true));

  // Kill once some (not all) documents are committed.
  const some = await pollUntil(async () => exited || (await documentCount()) >= 20, 120_000, 20);
  expect(some).toBe(true);
  expect(exited).toBe(false); // finished before it could be killed: make the corpus larger
  child.kill('SIGKILL');
  const killed = await done;
  expect(killed.signal).toBe('SIGKILL');
  const atKill = await documentCount();
  expect(atKill).toBeGreaterThan(0);
  expect(atKill).toBeLessThan(DOCUMENTS);

  // Nothing half-written: each committed document has exactly its clean-run facts.
  const partial = await relationshipsPerDocument(conn());
  for (const id of await documentIds(conn())) {
    expect([id, partial.get(id)]).toEqual([id, referencePerDoc.get(id)]);
  }

  const again = await runKg(['ingest', corpus, ...BATCH, '--json'], db.env());
  expect(again.code).toBe(0);
  const summary = JSON.parse(again.stdout) as {
    documents: { seen: number; loaded: number; unchanged: number; failed: number };
  };
  expect(summary.documents.seen).toBe(DOCUMENTS);
  expect(summary.documents.failed).toBe(0);
  expect(summary.documents.unchanged).toBeGreaterThanOrEqual(atKill > 0 ? 1 : 0);
  expect(summary.documents.unchanged + summary.documents.loaded).toBe(DOCUMENTS);

  expect((await runKg(['stats', '--json'], db.env())).stdout).toBe(referenceStats);
  const dump = await canonicalDump(conn());
  expect(dump.nodes.length).toBe(reference.nodes.length);
  expect(dump.rels.length).toBe(reference.rels.length);
  expect(dump.nodes).toEqual(reference.nodes);
  expect(dump.rels).toEqual(reference.rels);
}, 900_000);

test('Neo4j stops mid-ingest: bounded retries, clear failure, no half-written document', async () => {
  await emptyDatabase(conn());
  const { done } = spawnKg(['ingest', corpus, ...BATCH], db.env());
  let exited = false;
  void done.then(() => (exited = true));

  const some = await pollUntil(async () => exited || (await documentCount()) >= 20, 120_000, 20);
  expect(some).toBe(true);
  expect(exited).toBe(false);
  await driver?.close();
  driver = undefined;

  const stoppedAt = Date.now();
  await db.stop();
  const failed = await done;
  const afterStopMs = Date.now() - stoppedAt;
  process.stderr.write(
    `reliability: ingest exited ${afterStopMs} ms after Neo4j stopped (code ${failed.code})\n`,
  );
  expect(failed.code).not.toBe(0);
  expect(failed.signal).toBeNull();
  expect(failed.stderr).toMatch(/database unavailable|database is unavailable|unavailable/i);
  // Bounded: the loader's retries (4 attempts, backoff from 500 ms) over the driver's own
  // (maxTransactionRetryTime 15 s) end in about a minute, not hang.
  expect(afterStopMs).toBeLessThan(120_000);
  // One clear line, not a stack trace.
  expect(failed.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);

  await db.start();
  driver = quickDriver(db.settings);
  const present = await documentIds(conn());
  expect(present.length).toBeGreaterThan(0);
  expect(present.length).toBeLessThan(DOCUMENTS);
  const partial = await relationshipsPerDocument(conn());
  for (const id of present) {
    expect([id, partial.get(id)]).toEqual([id, referencePerDoc.get(id)]);
  }
  // No fact of a document that is not there.
  for (const doc of partial.keys()) expect(present).toContain(doc);

  // Running it again completes the graph exactly.
  const again = await runKg(['ingest', corpus, ...BATCH], db.env());
  expect(again.code).toBe(0);
  const dump = await canonicalDump(conn());
  expect(dump.nodes).toEqual(reference.nodes);
  expect(dump.rels).toEqual(reference.rels);
}, 900_000);
