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
import os from 'node:os';
import { benchRoot, log } from './util';

/**
 * CPU seconds (user + system) the Neo4j JVM has used so far, from /proc (Linux); undefined
 * elsewhere. With the node process's own CPU time it gives figures that do not depend on how
 * busy the machine is, unlike wall-clock docs/s.
 */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / 100 : undefined; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

function nodeCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Neo4j and node CPU seconds used by `work`, and its wall-clock seconds. */
export interface CpuUse {
  seconds: number;
  neo4jCpuSeconds: number | null;
  nodeCpuSeconds: number;
  /** 1-minute load average when the work ended. */
  loadAverage: number;
}

async function measured<T>(pid: number, work: () => Promise<T>): Promise<[T, CpuUse]> {
  const j0 = processCpuSeconds(pid);
  const n0 = nodeCpuSeconds();
  const t0 = performance.now();
  const value = await work();
  const seconds = (performance.now() - t0) / 1000;
  const j1 = processCpuSeconds(pid);
  return [
    value,
    {
      seconds,
      neo4jCpuSeconds: j0 !== undefined && j1 !== undefined ? j1 - j0 : null,
      nodeCpuSeconds: nodeCpuSeconds() - n0,
      loadAverage: os.loadavg()[0],
    },
  ];
}

export interface BenchDb {
  driver: Driver;
  config: DbConfig;
  dataDir: string;
  pid: number;
  startSeconds: number;
}

/**
 * Stops any previous bench instance, wipes its data directory, starts a fresh one.
 * `quickStart`: the JVM compiles with C1 only (see EmbeddedOptions), for short runs.
 */
export async function startFreshDb(
  port: number,
  dataDir: string,
  quickStart = false,
): Promise<BenchDb> {
  const dir = path.resolve(benchRoot(), dataDir);
  await stopEmbedded(dir);
  rmSync(dir, { recursive: true, force: true });
  const t0 = performance.now();
  const start = await startEmbedded({ port, dataDir: dir, quickStart });
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

export interface BatchTrial extends CpuUse {
  batchSize: number;
  docs: number;
  docsPerSec: number;
  /** Documents per CPU-second of Neo4j and node together (null without /proc). */
  docsPerCpuSecond: number | null;
  failed: number;
}

/** The trial documents, extracted once (before the trials, so extraction is not timed). */
export function extractTrialDocs(files: readonly string[]): IngestItem[] {
  return files.map((file) => {
    const id = path.basename(file, path.extname(file));
    return {
      ...extractDocument({ id, content: readFileSync(file), fileName: path.basename(file) }),
      file,
    };
  });
}

export interface TrialPlan {
  /** 2: sizes ascending then descending, each keeping its faster run; 1: ascending only. */
  rounds: 1 | 2;
  /** Documents loaded (untimed, then wiped) before the first trial, to warm the JVM. */
  warmupDocs: number;
}

/**
 * Loads the same pre-extracted documents with each batch size on an emptied graph, to choose
 * the size by measurement (loader cost only: extraction is done once beforehand). Two rounds,
 * sizes ascending then descending, each size keeping its faster run: on a fresh JVM the first
 * loads also pay for compiling Neo4j's code (for thousands of documents), which made whichever
 * size ran first look several times slower (24 vs 83 docs/s for 50 vs 200 in one round).
 * Quick mode runs one round after an untimed warm-up load instead (bench/README.md).
 */
export async function trialBatchSizes(
  db: Pick<BenchDb, 'driver' | 'pid'>,
  docs: readonly IngestItem[],
  sizes: readonly number[],
  plan: TrialPlan = { rounds: 2, warmupDocs: 0 },
): Promise<{ trials: BatchTrial[]; runs: BatchTrial[]; warmupSeconds: number }> {
  const tWarm = performance.now();
  if (plan.warmupDocs > 0) {
    await ingestDocuments(db.driver, docs.slice(0, plan.warmupDocs), {
      batchSize: Math.max(...sizes),
    });
  }
  const warmupSeconds = (performance.now() - tWarm) / 1000;
  const runs: BatchTrial[] = [];
  // One size: nothing to choose, only the warm-up (quick mode).
  const order =
    sizes.length === 1 ? [] : plan.rounds === 2 ? [...sizes, ...[...sizes].reverse()] : [...sizes];
  for (const batchSize of order) {
    await wipe(db.driver);
    const [summary, use] = await measured(db.pid, () =>
      ingestDocuments(db.driver, docs, { batchSize }),
    );
    const cpu = use.neo4jCpuSeconds === null ? null : use.neo4jCpuSeconds + use.nodeCpuSeconds;
    runs.push({
      batchSize,
      docs: docs.length,
      ...use,
      docsPerSec: docs.length / use.seconds,
      docsPerCpuSecond: cpu === null ? null : docs.length / cpu,
      failed: summary.documents.failed,
    });
    log(
      `  batch ${batchSize}: ${(docs.length / use.seconds).toFixed(0)} docs/s` +
        (use.neo4jCpuSeconds === null ? '' : `, Neo4j CPU ${use.neo4jCpuSeconds.toFixed(1)} s`),
    );
  }
  await wipe(db.driver);
  const trials =
    order.length === 0
      ? []
      : sizes.map((size) =>
          runs
            .filter((r) => r.batchSize === size)
            .reduce((a, b) => (b.seconds < a.seconds ? b : a)),
        );
  return { trials, runs, warmupSeconds };
}

export interface IngestMilestone {
  docs: number;
  seconds: number;
  /** Documents per second from the start to this size (cumulative). */
  docsPerSec: number;
}

export interface IngestReport extends CpuUse {
  batchSize: number;
  /** Documents read (all of `files` unless the time limit stopped the reading). */
  docs: number;
  /** The time limit stopped the ingest before the last file. */
  truncated: boolean;
  docsPerSec: number;
  /** Seconds taken by each successive 1,000 documents. */
  per1kSeconds: number[];
  milestones: IngestMilestone[];
  summary: IngestSummary;
  graph: GraphStats;
}

/** Yields `items` until `deadline` (performance.now() ms), then stops reading. */
async function* until<T>(items: AsyncIterable<T>, deadline: number): AsyncGenerator<T> {
  for await (const item of items) {
    if (performance.now() > deadline) return;
    yield item;
  }
}

/**
 * End-to-end ingest of `files` (the product's extractFiles reader + ingestDocuments). With
 * `timeLimitS`, no file is read after that many seconds; the batch under way still loads.
 */
export async function ingestCorpus(
  db: Pick<BenchDb, 'driver' | 'pid'>,
  files: string[],
  batchSize: number,
  sizes: readonly number[],
  timeLimitS = Infinity,
): Promise<IngestReport> {
  const per1k: number[] = [];
  const milestones: IngestMilestone[] = [];
  const t0 = performance.now();
  let lastK = 0;
  let lastT = t0;
  const wanted = [...sizes].sort((a, b) => a - b);
  let nextMilestone = 0;
  let lastLog = t0;
  const [summary, use] = await measured(db.pid, () =>
    ingestDocuments(db.driver, until(extractFiles(files), t0 + timeLimitS * 1000), {
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
          log(
            `  ingest ${done}/${files.length} (${(done / ((now - t0) / 1000)).toFixed(0)} docs/s)`,
          );
        }
      },
    }),
  );
  const graph = await graphStats(db.driver);
  const docs = summary.documents.seen;
  return {
    batchSize,
    docs,
    truncated: docs < files.length,
    ...use,
    docsPerSec: docs / use.seconds,
    per1kSeconds: per1k,
    milestones,
    summary,
    graph,
  };
}
