import type { Command } from 'commander';
import { extractDocument } from '../extract/index';
import { ensureDatabase } from '../graph/connection';
import {
  DEFAULT_BATCH_SIZE,
  ingestDocuments,
  type IngestItem,
  type IngestProgress,
  type IngestSummary,
} from '../graph/load';
import { graphStats } from '../graph/stats';
import { listInputFiles, readFailure, readSource } from './files';

/** Files read ahead of the loader: enough to overlap I/O with writing, small enough for flat memory. */
const READ_AHEAD = 8;

/**
 * Reads and extracts files in order with a bounded look-ahead: at most READ_AHEAD reads in
 * flight, each file extracted only when the loader asks for it.
 */
export async function* extractFiles(files: string[]): AsyncGenerator<IngestItem> {
  const reads: Promise<Awaited<ReturnType<typeof readSource>> | Error>[] = [];
  const start = (i: number): void => {
    if (i < files.length) {
      reads.push(
        readSource(files[i]).catch((err: unknown) =>
          err instanceof Error ? err : new Error(String(err)),
        ),
      );
    }
  };
  for (let i = 0; i < Math.min(READ_AHEAD, files.length); i++) start(i);
  for (let i = 0; i < files.length; i++) {
    const source = await reads[i];
    reads[i] = Promise.resolve(new Error('consumed')); // release the bytes
    start(i + READ_AHEAD);
    const file = files[i];
    if (source instanceof Error) {
      yield { failed: true, file, reason: readFailure(source) };
      continue;
    }
    try {
      yield { ...extractDocument(source), file };
    } catch (err) {
      yield {
        failed: true,
        file,
        reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}`,
      };
    }
  }
}

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${m % 60}m`;
}

/** A one-line progress bar on stderr: done/total, docs/s, ETA. */
function progressBar(total: number): { update(p: IngestProgress): void; clear(): void } {
  let last = 0;
  const draw = (p: IngestProgress): void => {
    const width = 30;
    const ratio = total > 0 ? Math.min(1, p.done / total) : 1;
    const filled = Math.round(ratio * width);
    const secs = p.summary.elapsedMs / 1000;
    const rate = secs > 0 ? p.done / secs : 0;
    const eta = rate > 0 ? formatDuration(((total - p.done) / rate) * 1000) : '?';
    const line =
      `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${total} documents` +
      `  ${rate.toFixed(1)} docs/s  ETA ${eta}` +
      (p.summary.documents.failed > 0 ? `  ${p.summary.documents.failed} failed` : '');
    process.stderr.write(`\r${line}\x1b[K`);
  };
  return {
    update(p) {
      const t = Date.now();
      if (t - last < 100 && p.done < total) return;
      last = t;
      draw(p);
    },
    clear() {
      process.stderr.write('\r\x1b[K');
    },
  };
}

/** The human-readable end-of-ingest summary. */
export function formatSummary(s: IngestSummary): string {
  const d = s.documents;
  const lines = [
    `documents: ${d.seen} seen, ${d.loaded} loaded, ${d.unchanged} unchanged, ${d.replaced} replaced, ${d.failed} failed`,
    `nodes: ${s.nodesCreated} created, ${s.nodesDeleted} deleted`,
    `relationships: ${s.relationshipsCreated} created, ${s.relationshipsDeleted} deleted`,
    `elapsed: ${(s.elapsedMs / 1000).toFixed(1)}s` +
      (s.elapsedMs > 0 ? ` (${((d.seen * 1000) / s.elapsedMs).toFixed(1)} docs/s)` : ''),
  ];
  if (s.failures.length > 0) {
    lines.push('failures:');
    for (const f of s.failures) lines.push(`  ${f.file}: ${f.reason}`);
  }
  return lines.join('\n') + '\n';
}

function parseBatchSize(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < 1) {
    throw new Error(`--batch-size must be a positive integer, got "${text}"`);
  }
  return n;
}

interface IngestCliOptions {
  batchSize: number;
  json?: boolean;
}

async function runIngest(paths: string[], opts: IngestCliOptions): Promise<void> {
  const files = await listInputFiles(paths);
  const { driver } = await ensureDatabase();
  const bar = process.stderr.isTTY && !opts.json ? progressBar(files.length) : null;
  let summary: IngestSummary;
  try {
    summary = await ingestDocuments(driver, extractFiles(files), {
      batchSize: opts.batchSize,
      onProgress: bar ? (p) => bar.update(p) : undefined,
    });
  } finally {
    bar?.clear();
    await driver.close();
  }
  process.stdout.write(opts.json ? JSON.stringify(summary) + '\n' : formatSummary(summary));
  if (summary.documents.failed > 0) process.exitCode = 1;
}

async function runStats(opts: { json?: boolean }): Promise<void> {
  const { driver } = await ensureDatabase();
  try {
    const stats = await graphStats(driver);
    if (opts.json) {
      process.stdout.write(JSON.stringify(stats) + '\n');
      return;
    }
    const lines = [`nodes: ${stats.nodes}`, `relationships: ${stats.relationships}`];
    for (const [label, n] of Object.entries(stats.labels)) lines.push(`  :${label} ${n}`);
    for (const [type, n] of Object.entries(stats.relationshipTypes)) {
      lines.push(`  [:${type}] ${n}`);
    }
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await driver.close();
  }
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Extract files or folders (.txt, .md, .html) and load them into the graph')
    .argument('<paths...>', 'files or folders')
    .option(
      '--batch-size <n>',
      'documents per write transaction',
      parseBatchSize,
      DEFAULT_BATCH_SIZE,
    )
    .option('--json', 'print the summary as JSON')
    .action((paths: string[], opts: IngestCliOptions) => runIngest(paths, opts));

  program
    .command('stats')
    .description("Print the graph's node and relationship counts")
    .option('--json', 'print one JSON object')
    .action((opts: { json?: boolean }) => runStats(opts));
}
