import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Command } from 'commander';
import { listInputFiles } from './files';
import {
  extractFile,
  formatResult,
  type ExtractReply,
  type ExtractRequest,
  tuneV8ForExtraction,
  type WorkerOptions,
} from './extract-worker';

/**
 * Below this many files one thread is faster on two cores: every worker compiles the extractor
 * again (its first thousand documents run two to three times slower than later ones), while one
 * thread leaves that compilation and its GC to the idle core. Measured on 2 cores: 1,000 files
 * take 3.0-3.7 CPU-s on one thread, 5.6-5.9 on two workers; 2,000 take 5.0-5.8 and 8.0-9.1.
 */
const POOL_MIN_FILES = 4000;
/** Files per message to a worker: few messages, yet even shares at the end of the list. */
const BATCH_FILES = 32;

/** Receives each file's output line and error, in input order. */
type Sink = (line: string, error: string | null) => void;

function extractInThread(files: string[], jsonl: boolean, sink: Sink): void {
  for (const file of files) {
    const result = extractFile(file);
    sink(formatResult(result, jsonl), result.error ?? null);
  }
}

/**
 * Extracts on `threads` worker threads, at most two batches in flight per worker, and hands the
 * lines to `sink` in input order (a batch that finishes early waits for the ones before it).
 */
function extractInPool(
  workerFile: string,
  threads: number,
  files: string[],
  jsonl: boolean,
  sink: Sink,
): Promise<void> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH_FILES) batches.push(files.slice(i, i + BATCH_FILES));
  const workerData: WorkerOptions = { kgExtract: true, jsonl };
  const workers = Array.from({ length: threads }, () => new Worker(workerFile, { workerData }));
  const done = new Map<number, ExtractReply>();
  let sent = 0;
  let written = 0;
  return new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (err: Error): void => {
      if (failed) return;
      failed = true;
      reject(err);
    };
    const send = (w: Worker): void => {
      if (sent >= batches.length) return;
      const req: ExtractRequest = { batch: sent, files: batches[sent] };
      sent++;
      w.postMessage(req);
    };
    for (const w of workers) {
      w.on('message', (reply: ExtractReply) => {
        if (failed) return;
        if (reply.fatal !== undefined) return fail(new Error(reply.fatal));
        done.set(reply.batch, reply);
        for (let r = done.get(written); r; r = done.get(written)) {
          done.delete(written);
          written++;
          for (let k = 0; k < r.lines.length; k++) sink(r.lines[k], r.errors[k]);
        }
        if (written === batches.length) resolve();
        else send(w);
      });
      w.on('error', fail);
      send(w);
      send(w);
    }
    if (batches.length === 0) resolve();
  }).finally(() => Promise.all(workers.map((w) => w.terminate())));
}

function coreCount(): number {
  return typeof os.availableParallelism === 'function'
    ? os.availableParallelism()
    : os.cpus().length;
}

/** `kg extract [--jsonl] FILE...`: one JSON object per input file, in input order, to stdout. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract officials, organisations, directives and supervisions from documents')
    .option('--jsonl', 'one JSON object per line (the contract of shared/spec/EXTRACTION.md)')
    .option(
      '--threads <n>',
      `worker threads (default: one per core from ${POOL_MIN_FILES} files, else none; 1 = none)`,
    )
    .argument('<files...>', 'text or HTML files, or folders of them')
    .action(async (paths: string[], opts: { jsonl?: boolean; threads?: string }) => {
      tuneV8ForExtraction();
      const files = await listInputFiles(paths);
      const jsonl = opts.jsonl === true;
      const threads = opts.threads === undefined ? coreCount() : Number(opts.threads);
      if (!Number.isInteger(threads) || threads < 1) {
        throw new Error(`--threads must be a whole number of at least 1, not ${opts.threads}`);
      }
      let failed = 0;
      const out: string[] = [];
      const flush = (): void => {
        if (out.length) process.stdout.write(out.join(''));
        out.length = 0;
      };
      const sink: Sink = (line, error) => {
        if (error !== null) {
          failed++;
          process.stderr.write(`kg extract: ${error}\n`);
        }
        out.push(line);
        if (out.length >= 256) flush();
      };
      // Compiled JavaScript only: under ts-node/ts-jest there is no worker file to start.
      const workerFile = path.join(__dirname, 'extract-worker.js');
      const pool =
        threads > 1 &&
        files.length > BATCH_FILES &&
        (opts.threads !== undefined || files.length >= POOL_MIN_FILES);
      if (pool && existsSync(workerFile)) {
        await extractInPool(
          workerFile,
          Math.min(threads, Math.ceil(files.length / BATCH_FILES)),
          files,
          jsonl,
          sink,
        );
      } else {
        extractInThread(files, jsonl, sink);
      }
      flush();
      if (failed) {
        process.stderr.write(
          `kg extract: ${failed} of ${files.length} file(s) could not be extracted\n`,
        );
        process.exitCode = 1;
      }
    });
}
