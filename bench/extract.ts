/**
 * Extraction throughput: one process (the main thread) and a worker_threads pool on every core,
 * over any stream of documents, with per-document summaries for the corpus report.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocSummary, ExtractTask, WorkerReply, WorkerRequest } from './extract-worker';
import { extractOne } from './extract-worker';
import { tuneV8ForExtraction } from '../src/cli/extract-worker';

// The settings `kg extract` runs with (worker threads share them).
tuneV8ForExtraction();

export interface ExtractRun {
  mode: 'single' | 'pool';
  threads: number;
  docs: number;
  bytes: number;
  seconds: number;
  docsPerSec: number;
  mbPerSec: number;
  /** docs/s divided by the threads used. */
  docsPerSecPerCore: number;
  /** True when the run stopped at its time limit before the input ended. */
  truncated: boolean;
  /** CPU seconds the process used (all threads): independent of other load on the machine. */
  cpuSeconds: number;
  /** Documents per CPU second: what one core does when it is not shared. */
  docsPerCpuSecond: number;
}

function finish(
  mode: ExtractRun['mode'],
  threads: number,
  docs: number,
  bytes: number,
  ms: number,
  truncated: boolean,
  cpu: NodeJS.CpuUsage,
): ExtractRun {
  const seconds = ms / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const docsPerSec = seconds > 0 ? docs / seconds : 0;
  return {
    mode,
    threads,
    docs,
    bytes,
    seconds,
    docsPerSec,
    mbPerSec: seconds > 0 ? bytes / 1024 / 1024 / seconds : 0,
    docsPerSecPerCore: docsPerSec / threads,
    truncated,
    cpuSeconds,
    docsPerCpuSecond: cpuSeconds > 0 ? docs / cpuSeconds : 0,
  };
}

/** Extracts in the calling thread, one document after another. */
export function extractSingle(
  tasks: readonly ExtractTask[],
  onSummary?: (s: DocSummary, result: ReturnType<typeof extractOne>['result']) => void,
): ExtractRun {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let bytes = 0;
  for (const task of tasks) {
    const { summary, result } = extractOne(task);
    bytes += summary.bytes;
    onSummary?.(summary, result);
  }
  return finish(
    'single',
    1,
    tasks.length,
    bytes,
    performance.now() - t0,
    false,
    process.cpuUsage(cpu0),
  );
}

/** Documents each worker extracts before the clock starts (the warm-up list, repeated). */
export const WARMUP_DOCS = 1000;

export interface PoolOptions {
  threads?: number;
  batchSize?: number;
  /** Stop feeding new documents after this many ms (the run is then marked truncated). */
  timeLimitMs?: number;
  onSummary?: (s: DocSummary) => void;
  /** Documents each worker extracts, repeated up to WARMUP_DOCS, before the clock starts. */
  warmup?: ExtractTask[];
}

/** Number of worker threads for "all cores". */
export function coreCount(): number {
  return typeof os.availableParallelism === 'function'
    ? os.availableParallelism()
    : os.cpus().length;
}

/**
 * Extracts with a pool of worker threads fed from `source` (sync or async), at most two batches
 * in flight per worker so memory stays bounded whatever the input size.
 */
export async function extractPool(
  source: AsyncIterable<ExtractTask> | Iterable<ExtractTask>,
  options: PoolOptions = {},
): Promise<ExtractRun> {
  const threads = options.threads ?? coreCount();
  const batchSize = options.batchSize ?? 32;
  const workerFile = path.join(__dirname, 'extract-worker.js');
  const workers = Array.from({ length: threads }, () => new Worker(workerFile));
  // Each worker loads the extractor (lexicons, tries) and compiles its hot code on the warm-up
  // documents before the clock starts: startup is not throughput.
  // V8 needs on the order of a thousand documents before the stage functions stop being
  // (re)compiled, so a short warm-up list is gone through several times.
  const warmList: ExtractTask[] = options.warmup?.length
    ? options.warmup
    : [{ id: 'warmup', content: new TextEncoder().encode('Khởi động'), fileName: 'warmup.txt' }];
  const warmTasks: ExtractTask[] = [];
  const warmRounds = options.warmup?.length ? Math.ceil(WARMUP_DOCS / warmList.length) : 1;
  for (let r = 0; r < warmRounds; r++) warmTasks.push(...warmList);
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.once('message', () => resolve());
          w.once('error', reject);
          const warm: WorkerRequest = { batch: -1, tasks: warmTasks, wantResults: false };
          w.postMessage(warm);
        }),
    ),
  );
  let docs = 0;
  let bytes = 0;
  let truncated = false;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const inflight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  for (const w of workers) {
    w.on('message', (reply: WorkerReply) => {
      inflight.set(w, (inflight.get(w) ?? 1) - 1);
      for (const s of reply.summaries) {
        docs += 1;
        bytes += s.bytes;
        options.onSummary?.(s);
      }
      wake?.();
    });
    w.on('error', (e) => {
      failure = e;
      wake?.();
    });
  }
  const idle = (): Worker | undefined => {
    let best: Worker | undefined;
    for (const [w, n] of inflight) if (n < 2 && (!best || n < (inflight.get(best) ?? 0))) best = w;
    return best;
  };
  const waitForSlot = (): Promise<void> => new Promise((resolve) => (wake = resolve));
  let batch: ExtractTask[] = [];
  let batchNo = 0;
  const send = async (): Promise<void> => {
    let w = idle();
    while (!w) {
      await waitForSlot();
      if (failure) throw failure;
      w = idle();
    }
    inflight.set(w, (inflight.get(w) ?? 0) + 1);
    const req: WorkerRequest = { batch: batchNo++, tasks: batch, wantResults: false };
    w.postMessage(req);
    batch = [];
  };
  try {
    for await (const task of source) {
      batch.push(task);
      if (batch.length >= batchSize) {
        await send();
        if (options.timeLimitMs !== undefined && performance.now() - t0 > options.timeLimitMs) {
          truncated = true;
          break;
        }
      }
    }
    if (batch.length > 0) await send();
    while ([...inflight.values()].some((n) => n > 0)) {
      await waitForSlot();
      if (failure) throw failure;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return finish(
    'pool',
    threads,
    docs,
    bytes,
    performance.now() - t0,
    truncated,
    process.cpuUsage(cpu0),
  );
}
