/**
 * Our API's two HTTP paths side by side, with the floor and the peer, on a graph already
 * loaded (by `npm run bench`, which leaves its data directory behind):
 *
 *   node dist/bench/api-paths.js --port 7851 --data-dir .kg/neo4j-bench [--duration 5]
 *     [--concurrency 1,16,64] [--questions a,b] [--out file.json] [--soak seconds [--no-cells]]
 *     [--no-apollo] [--against DIR]
 *
 * fast   — `startServer` as shipped: plain JSON POSTs executed by graphql-js (src/api/http.ts)
 * apollo — the same server with every GraphQL request through apollo.executeHTTPGraphQLRequest
 *          (left out with --no-apollo)
 * base   — with `--against DIR`: our server as built in another checkout (DIR/dist, e.g. the
 *          commit before a change), to compare two versions in one run on one graph
 * floor, peer — as in `npm run bench`.
 *
 * Besides latency and requests/s, each cell reports the CPU milliseconds per request of the
 * server process and of Neo4j (/proc, Linux): figures that hold on a busy machine, where
 * wall-clock ones do not. The servers take turns within each cell, in a rotating order.
 * `--soak s`: then the shipped server (fast) at concurrency 64 for s seconds, the five questions
 * in rotation, RSS sampled every 15 s (as `npm run bench -- --soak`, without the ingest).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect } from '../src/graph/connection';
import { startEmbedded, stopEmbedded } from '../src/graph/embedded';
import {
  load,
  probe,
  requestBody,
  soak,
  startBenchServer,
  type LoadResult,
  type RunningBenchServer,
} from './api';
import { processCpuSeconds } from './ingest';
import { pickParams, QUESTIONS, type Question } from './questions';
import type { ServerKind } from './server-main';
import { argValue, benchRoot, log, round, table } from './util';

const ALL_NAMES = ['fast', 'apollo', 'base', 'floor', 'peer'] as const;
type Name = (typeof ALL_NAMES)[number];
const KIND: Record<Name, ServerKind> = {
  fast: 'ours',
  apollo: 'ours',
  base: 'ours',
  floor: 'floor',
  peer: 'peer',
};

interface Measured extends LoadResult {
  serverCpuMsPerRequest: number | null;
  neo4jCpuMsPerRequest: number | null;
}

interface Cell {
  question: Question;
  concurrency: number;
  loadAverage: number;
  results: Record<Name, Measured>;
}

function perRequest(before: number | undefined, after: number | undefined, n: number) {
  return before === undefined || after === undefined || n === 0
    ? null
    : round(((after - before) * 1000) / n, 2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const port = Number(argValue(args, '--port') ?? 7851);
  const dataDir = path.resolve(benchRoot(), argValue(args, '--data-dir') ?? '.kg/neo4j-bench');
  const seconds = Number(argValue(args, '--duration') ?? 5);
  const concurrencies = (argValue(args, '--concurrency') ?? '1,16,64').split(',').map(Number);
  const questions = (argValue(args, '--questions')?.split(',') ?? [...QUESTIONS]) as Question[];
  const out = argValue(args, '--out');
  const soakSeconds = Number(argValue(args, '--soak') ?? 0);
  const cellsWanted = !args.includes('--no-cells');
  const against = argValue(args, '--against');
  const NAMES: readonly Name[] = ALL_NAMES.filter(
    (n) => (n !== 'apollo' || !args.includes('--no-apollo')) && (n !== 'base' || against),
  );
  /** Our servers other than the shipped one, each compared with the floor and the peer. */
  const variants = NAMES.filter((n) => n === 'apollo' || n === 'base');
  const baseDist = against ? path.resolve(against, 'dist', 'bench') : undefined;

  const db = await startEmbedded({ port, dataDir });
  const servers = {} as Record<Name, RunningBenchServer>;
  try {
    const driver = await connect(db.config);
    const params = await pickParams(driver).finally(() => driver.close());
    log(`params ${JSON.stringify(params)}`);
    const started: readonly Name[] = cellsWanted ? NAMES : ['fast'];
    await Promise.all(
      started.map(async (n) => {
        servers[n] = await startBenchServer(
          KIND[n],
          db.config,
          n === 'apollo' ? n : undefined,
          n === 'base' ? baseDist : undefined,
        );
      }),
    );
    for (const q of questions) {
      for (const n of started) {
        const p = await probe(servers[n].url, requestBody(KIND[n], q, params));
        if (!p.ok) log(`  probe ${q} ${n}: ${p.error ?? p.status}`);
        await load(servers[n].url, [requestBody(KIND[n], q, params)], 4, 1);
      }
    }
    const cells: Cell[] = [];
    let turn = 0;
    for (const q of cellsWanted ? questions : []) {
      for (const c of concurrencies) {
        const results = {} as Record<Name, Measured>;
        const order = NAMES.map((_, i) => NAMES[(i + turn) % NAMES.length]);
        turn += 1;
        for (const n of order) {
          const body = requestBody(KIND[n], q, params);
          const s0 = processCpuSeconds(servers[n].pid);
          const d0 = processCpuSeconds(db.pid);
          const r = await load(servers[n].url, [body], c, seconds);
          const s1 = processCpuSeconds(servers[n].pid);
          const d1 = processCpuSeconds(db.pid);
          await probe(servers[n].url, body); // drain what is still queued
          results[n] = {
            ...r,
            serverCpuMsPerRequest: perRequest(s0, s1, r.requests),
            neo4jCpuMsPerRequest: perRequest(d0, d1, r.requests),
          };
        }
        const cell = { question: q, concurrency: c, loadAverage: round(os.loadavg()[0]), results };
        cells.push(cell);
        log(
          `  ${q} c=${c}: ${NAMES.map((n) => `${n} ${results[n].rps.toFixed(0)} rps p50 ${results[n].p50Ms.toFixed(1)} ms`).join('; ')}`,
        );
      }
    }
    const ratio = (a: number, b: number): string => (b > 0 ? (a / b).toFixed(2) : '-');
    const ms = (v: number | null): string => (v === null ? '-' : v.toFixed(2));
    process.stdout.write(
      `${table([
        [
          'question',
          'c',
          'load',
          ...NAMES.map((n) => `${n} p50 ms / rps`),
          'fast/peer rps',
          ...variants.map((n) => `${n}/peer rps`),
          'fast/floor p50',
          ...variants.map((n) => `${n}/floor p50`),
          ...variants.map((n) => `${n}/fast rps`),
          `server CPU ms/req ${NAMES.join('/')}`,
          `Neo4j CPU ms/req ${NAMES.join('/')}`,
          'errors',
        ],
        ...cells.map((x) => {
          const r = x.results;
          return [
            x.question,
            x.concurrency,
            x.loadAverage,
            ...NAMES.map((n) => `${r[n].p50Ms.toFixed(1)} / ${r[n].rps.toFixed(0)}`),
            ratio(r.fast.rps, r.peer.rps),
            ...variants.map((n) => ratio(r[n].rps, r.peer.rps)),
            ratio(r.fast.p50Ms, r.floor.p50Ms),
            ...variants.map((n) => ratio(r[n].p50Ms, r.floor.p50Ms)),
            ...variants.map((n) => ratio(r[n].rps, r.fast.rps)),
            NAMES.map((n) => ms(r[n].serverCpuMsPerRequest)).join('/'),
            NAMES.map((n) => ms(r[n].neo4jCpuMsPerRequest)).join('/'),
            NAMES.map((n) => r[n].errors).join('/'),
          ];
        }),
      ])}\n`,
    );
    let soaked;
    if (soakSeconds > 0) {
      log(`soak: fast path, concurrency 64, ${soakSeconds} s`);
      soaked = await soak(servers.fast, params, soakSeconds, 64);
      process.stdout.write(
        `soak ${soakSeconds} s at c=64: ${soaked.requests} requests, ${soaked.errors} errors, ` +
          `${soaked.rps.toFixed(0)} rps, p50 ${soaked.p50Ms.toFixed(1)} ms, p99 ${soaked.p99Ms.toFixed(1)} ms; ` +
          `RSS MB ${soaked.rssSamplesMb.map(([t, mb]) => `${t}s ${mb.toFixed(0)}`).join(', ')}; ` +
          `load ${os
            .loadavg()
            .map((l) => l.toFixed(1))
            .join(' ')}\n`,
      );
    }
    if (out) {
      writeFileSync(out, `${JSON.stringify({ params, seconds, cells, soak: soaked }, null, 2)}\n`);
    }
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
    if (db.started) await stopEmbedded(dataDir);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`api-paths: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
