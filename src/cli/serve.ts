import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { printApiSchema, startServer } from '../api/server';
import { parsePort } from '../graph/config';
import { ensureDatabase } from '../graph/connection';
import { stopEmbedded } from '../graph/embedded';
import { ingestDocuments } from '../graph/load';
import { listInputFiles } from './files';
import { extractFiles, formatSummary } from './ingest';

interface ServeOptions {
  port: string;
  host: string;
  load?: string[];
}

/** `kg serve`: the GraphQL API and playground over the product's database. */
async function serve(opts: ServeOptions): Promise<void> {
  const port = parsePort(opts.port, '--port');
  const db = await ensureDatabase();
  let closing = false;
  const shutdown = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    process.stderr.write('kg serve: stopping\n');
    try {
      await running?.close();
      await db.driver.close();
      if (db.startedEmbedded) await stopEmbedded(db.config.dataDir);
    } finally {
      process.exit(0);
    }
  };
  let running: Awaited<ReturnType<typeof startServer>> | undefined;
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  try {
    if (opts.load && opts.load.length > 0) {
      const files = await listInputFiles(opts.load);
      process.stderr.write(`kg serve: loading ${files.length} file(s)\n`);
      const summary = await ingestDocuments(db.driver, extractFiles(files));
      process.stderr.write(`${formatSummary(summary)}\n`);
    }
    running = await startServer({ driver: db.driver, port, host: opts.host, warmUp: true });
  } catch (err) {
    await db.driver.close().catch(() => undefined);
    if (db.startedEmbedded) await stopEmbedded(db.config.dataDir).catch(() => undefined);
    throw err;
  }
  const base = running.url.replace(/\/$/, '');
  process.stdout.write(
    `GraphQL API   ${running.graphqlUrl}\n` +
      `Playground    ${running.url}\n` +
      `Health        ${base}/health\n`,
  );
}

/** `kg schema --out FILE`: the printed (sorted, stable) GraphQL schema. */
function writeSchema(out: string | undefined): void {
  const sdl = printApiSchema();
  if (!out) {
    process.stdout.write(sdl);
    return;
  }
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  writeFileSync(out, sdl);
  process.stderr.write(`kg schema: wrote ${out}\n`);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the GraphQL API (/graphql), the playground (/) and /health')
    .option('--port <port>', 'port to listen on', '4000')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--load <path...>', 'ingest these files or folders before serving')
    .action(async (opts: ServeOptions) => {
      await serve(opts);
    });
  program
    .command('schema')
    .description('Print the GraphQL schema (SDL, sorted), or write it with --out')
    .option('--out <file>', 'write to this file (e.g. schema/schema.graphql)')
    .action((opts: { out?: string }) => {
      writeSchema(opts.out);
    });
}
