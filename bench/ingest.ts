/**
 * Ingest: a dedicated embedded Neo4j (own port and data directory, wiped at each run), the batch
 * size chosen by measurement, then end-to-end read files → extract → load with the time per
 * 1,000 documents as the graph grows.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { extractFiles } from '../src/cli/ingest';
import { extractDocument } from '../src/extract/index';
import { connect } from '../src/graph/connection';
import { startEmbedded, stopEmbedded } from '../src/graph/embedded';
import { ingestDocuments, type IngestItem, type IngestSummary } from '../src/graph/load';
import { applyMigrations } from '../src/graph/migrate';
import { graphStats, type GraphStats } from '../src/graph/stats';
import type { DbConfig } from '../src/graph/config';
import { readFileSync } from 'node:fs';
import { benchRoot, log } from './util';

export interface BenchDb {
  driver: Driver;
  config: DbConfig;
  dataDir: string;
  pid: number;
  startSeconds: number;
}

/** Stops any previous bench instance, wipes its data directory, starts a fresh one. */
export async function startFreshDb(port: number, dataDir: string): Promise<BenchDb> {
  const dir = path.resolve(benchRoot(), dataDir);
  await stopEmbedded(dir);
  rmSync(dir, { recursive: true, force: true });
  const t0 = performance.now();
  const start = await startEmbedded({ port, dataDir: dir });
  const driver = await connect(start.config);
  await applyMigrations(driver);
  return {
    driver,
    config: start.config,
    dataDir: dir,
    pid: start.pid,
    startSeconds: (performance.now() - t0) / 1000,
  };
}

export async function stopDb(db: BenchDb): Promise<void> {
  await db.driver.close();
  await stopEmbedded(db.dataDir);
}

async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

export interface BatchTrial {
  batchSize: number;
  docs: number;
  seconds: number;
  docsPerSec: number;
  failed: number;
}

/**
 * Loads the same pre-extracted documents with each batch size on an emptied graph, to choose
 * the size by measurement (loader cost only: extraction is done once beforehand).
 */
export async function trialBatchSizes(
  driver: Driver,
  files: readonly string[],
  sizes: readonly number[],
): Promise<BatchTrial[]> {
  const docs: IngestItem[] = files.map((file) => {
    const id = path.basename(file, path.extname(file));
    return {
      ...extractDocument({ id, content: readFileSync(file), fileName: path.basename(file) }),
      file,
    };
  });
  const trials: BatchTrial[] = [];
  for (const batchSize of sizes) {
    await wipe(driver);
    const t0 = performance.now();
    const summary = await ingestDocuments(driver, docs, { batchSize });
    const seconds = (performance.now() - t0) / 1000;
    trials.push({
      batchSize,
      docs: docs.length,
      seconds,
      docsPerSec: docs.length / seconds,
      failed: summary.documents.failed,
    });
    log(`  batch ${batchSize}: ${(docs.length / seconds).toFixed(0)} docs/s`);
  }
  await wipe(driver);
  return trials;
}

export interface IngestMilestone {
  docs: number;
  seconds: number;
  /** Documents per second from the start to this size (cumulative). */
  docsPerSec: number;
}

export interface IngestReport {
  batchSize: number;
  docs: number;
  seconds: number;
  docsPerSec: number;
  /** Seconds taken by each successive 1,000 documents. */
  per1kSeconds: number[];
  milestones: IngestMilestone[];
  summary: IngestSummary;
  graph: GraphStats;
}

/** End-to-end ingest of `files` (the product's extractFiles reader + ingestDocuments). */
export async function ingestCorpus(
  driver: Driver,
  files: string[],
  batchSize: number,
  sizes: readonly number[],
): Promise<IngestReport> {
  const per1k: number[] = [];
  const milestones: IngestMilestone[] = [];
  const t0 = performance.now();
  let lastK = 0;
  let lastT = t0;
  const wanted = [...sizes].sort((a, b) => a - b);
  let nextMilestone = 0;
  let lastLog = t0;
  const summary = await ingestDocuments(driver, extractFiles(files), {
    batchSize,
    onProgress: ({ done }) => {
      const now = performance.now();
      while (done >= (lastK + 1) * 1000) {
        lastK += 1;
        per1k.push((now - lastT) / 1000);
        lastT = now;
      }
      while (nextMilestone < wanted.length && done >= wanted[nextMilestone]) {
        const seconds = (now - t0) / 1000;
        milestones.push({ docs: wanted[nextMilestone], seconds, docsPerSec: done / seconds });
        nextMilestone += 1;
      }
      if (now - lastLog > 10_000) {
        lastLog = now;
        log(`  ingest ${done}/${files.length} (${(done / ((now - t0) / 1000)).toFixed(0)} docs/s)`);
      }
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  const graph = await graphStats(driver);
  return {
    batchSize,
    docs: files.length,
    seconds,
    docsPerSec: files.length / seconds,
    per1kSeconds: per1k,
    milestones,
    summary,
    graph,
  };
}
