/**
 * API comparison: our GraphQL server, the hand-written Cypher floor and the @neo4j/graphql peer,
 * each in its own child process over the same Neo4j, loaded with autocannon on 127.0.0.1.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import type { DbConfig } from '../src/graph/config';
import {
  QUESTIONS,
  floorParams,
  oursRequest,
  peerRequest,
  type Params,
  type Question,
} from './questions';
import type { ReadyMessage, ServerKind } from './server-main';
import { errorMessage, log, quantile, rssOf, sleep } from './util';

export interface RunningBenchServer {
  kind: ServerKind;
  pid: number;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Forks bench/server-main.js for `kind` (and `variant`: 'apollo' for ours with every request
 * through Apollo) and waits (at most 90 s) for its ready message.
 */
export async function startBenchServer(
  kind: ServerKind,
  db: DbConfig,
  variant?: 'apollo',
  /** Another build's dist/bench directory (api-paths --against); this one's by default. */
  benchDist: string = __dirname,
): Promise<RunningBenchServer> {
  const main = path.join(benchDist, 'server-main.js');
  const child = fork(main, variant ? [kind, variant] : [kind], {
    env: {
      ...process.env,
      BENCH_NEO4J_URI: db.uri,
      BENCH_NEO4J_USER: db.user,
      BENCH_NEO4J_PASSWORD: db.password,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await new Promise<ReadyMessage>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${kind} server did not start within 90 s`)),
      90_000,
    );
    child.once('message', (m: ReadyMessage) => {
      clearTimeout(timer);
      resolve(m);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited with code ${code} before it was ready`));
    });
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${kind} server has no pid`);
  return {
    kind,
    pid,
    url: `http://127.0.0.1:${ready.port}${ready.path}`,
    child,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timeout = sleep(10_000).then(() => {
        if (child.exitCode === null) child.kill('SIGKILL');
      });
      await Promise.race([exited, timeout]);
    },
  };
}

/** The HTTP body each server gets for a question. */
export function requestBody(kind: ServerKind, q: Question, p: Params): string {
  if (kind === 'ours') return JSON.stringify(oursRequest(q, p));
  if (kind === 'peer') return JSON.stringify(peerRequest(q, p));
  return JSON.stringify({ question: q, params: floorParams(q, p) });
}

export interface Probe {
  ok: boolean;
  status: number;
  bytes: number;
  /** First error message, when the answer is an error. */
  error?: string;
  /** Items in the answer's main list (to check the servers agree on what they return). */
  items: number;
}

function countItems(value: unknown): number {
  if (Array.isArray(value))
    return value.length + value.reduce((a: number, v) => a + countItems(v), 0);
  if (value && typeof value === 'object') {
    return Object.values(value).reduce((a: number, v) => a + countItems(v), 0);
  }
  return 0;
}

/** One request, checked: status 200 and no GraphQL `errors`. */
export async function probe(url: string, body: string): Promise<Probe> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let parsed: { data?: unknown; errors?: { message?: string }[] } = {};
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      // not JSON: reported below
    }
    const error = parsed.errors?.[0]?.message ?? (res.ok ? undefined : text.slice(0, 200));
    return {
      ok: res.ok && !parsed.errors,
      status: res.status,
      bytes: Buffer.byteLength(text),
      items: countItems(parsed.data),
      ...(error ? { error } : {}),
    };
  } catch (e) {
    return { ok: false, status: 0, bytes: 0, items: 0, error: errorMessage(e) };
  }
}

export interface LoadResult {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  rps: number;
  requests: number;
  /** Socket errors + timeouts + non-2xx + bodies with GraphQL errors. */
  errors: number;
  /** Requests sent but not answered when the window closed (latency above the window). */
  unanswered: number;
}

/** Seconds of load before the measured window of each run (connections opening, first round). */
export const RAMP_SECONDS = 0.25;

/**
 * autocannon at `connections` concurrent connections for `rampSeconds` + `seconds`; only the
 * responses that complete inside the last `seconds` are counted (latencies, requests/s). The
 * window keeps both edges of a short run out of the figures: the ramp (connections opening,
 * every connection's first request sent at once), and the requests still in flight when the
 * window closes, which responses / duration would drop (c of them: a bias towards the faster
 * server that grows as runs get shorter). autocannon checks its stop flag once per sample
 * interval (1 s by default, so a 2 s run could last 3 s), hence the short `sampleInt`.
 */
export async function load(
  url: string,
  bodies: string[],
  connections: number,
  seconds: number,
  rampSeconds = RAMP_SECONDS,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let answered = 0;
  let windowStart = Number.POSITIVE_INFINITY;
  let windowEnd = Number.POSITIVE_INFINITY;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        connections,
        pipelining: 1,
        duration: rampSeconds + seconds,
        sampleInt: 50,
        timeout: 30,
        requests: bodies.map((body) => ({ method: 'POST' as const, body })),
        verifyBody: (body: unknown) => typeof body !== 'string' || !body.includes('"errors"'),
      },
      (err: Error | null, res: autocannon.Result) => (err ? reject(err) : resolve(res)),
    );
    const t0 = performance.now();
    windowStart = t0 + rampSeconds * 1000;
    windowEnd = windowStart + seconds * 1000;
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      const now = performance.now();
      answered += 1;
      if (now >= windowStart && now <= windowEnd) latencies.push(ms);
    });
  });
  latencies.sort((a, b) => a - b);
  const mismatches = (result as unknown as { mismatches?: number }).mismatches ?? 0;
  return {
    p50Ms: quantile(latencies, 0.5),
    p95Ms: quantile(latencies, 0.95),
    p99Ms: quantile(latencies, 0.99),
    rps: latencies.length / seconds,
    requests: latencies.length,
    errors: result.errors + result.timeouts + result.non2xx + mismatches,
    unanswered: Math.max(0, result.requests.sent - answered),
  };
}

export interface ApiCell {
  question: Question;
  concurrency: number;
  ours: LoadResult;
  floor: LoadResult;
  peer: LoadResult;
  /** ours rps / peer rps (target ≥ 1.5). */
  oursOverPeerRps: number;
  /** ours p50 / floor p50 (target ≤ 1.3). */
  oursOverFloorP50: number;
}

export interface ApiReport {
  params: Params;
  durationSeconds: number;
  probes: Record<string, Record<ServerKind, Probe>>;
  cells: ApiCell[];
  rssBeforeMb: Record<ServerKind, number>;
  rssAfterMb: Record<ServerKind, number>;
}

const KINDS: ServerKind[] = ['ours', 'floor', 'peer'];

export async function runApiBench(
  servers: Record<ServerKind, RunningBenchServer>,
  params: Params,
  concurrencies: readonly number[],
  seconds: number,
  /** Untimed load of every server on every question before the cells (JIT, page cache). */
  warmSeconds = 1,
): Promise<ApiReport> {
  const rss = (): Record<ServerKind, number> =>
    Object.fromEntries(KINDS.map((k) => [k, (rssOf(servers[k].pid) ?? 0) / 1024 / 1024])) as Record<
      ServerKind,
      number
    >;
  // Check every answer once, then warm every server on every question (JIT, page cache).
  const probes: ApiReport['probes'] = {};
  for (const q of QUESTIONS) {
    const row = {} as Record<ServerKind, Probe>;
    for (const k of KINDS) row[k] = await probe(servers[k].url, requestBody(k, q, params));
    probes[q] = row;
    const bad = KINDS.filter((k) => !row[k].ok).map(
      (k) => `${k}: ${row[k].error ?? row[k].status}`,
    );
    if (bad.length) log(`  probe ${q}: ${bad.join('; ')}`);
  }
  const rssBeforeMb = rss();
  for (const q of QUESTIONS) {
    for (const k of KINDS)
      await load(servers[k].url, [requestBody(k, q, params)], 4, warmSeconds, 0);
  }
  const cells: ApiCell[] = [];
  let turn = 0;
  for (const q of QUESTIONS) {
    for (const c of concurrencies) {
      const r = {} as Record<ServerKind, LoadResult>;
      // The servers take turns in a rotating order, so none is always the one measured right
      // after another server's load (or first, on a JVM that has just compiled the question).
      const order = KINDS.map((_, i) => KINDS[(i + turn) % KINDS.length]);
      turn += 1;
      for (const k of order) {
        r[k] = await load(servers[k].url, [requestBody(k, q, params)], c, seconds);
        // Requests still queued in the server when the window closed must not slow the next cell.
        await probe(servers[k].url, requestBody(k, q, params));
      }
      cells.push({
        question: q,
        concurrency: c,
        ours: r.ours,
        floor: r.floor,
        peer: r.peer,
        oursOverPeerRps: r.peer.rps > 0 ? r.ours.rps / r.peer.rps : Number.POSITIVE_INFINITY,
        oursOverFloorP50:
          r.ours.requests === 0
            ? Number.POSITIVE_INFINITY
            : r.floor.p50Ms > 0
              ? r.ours.p50Ms / r.floor.p50Ms
              : 0,
      });
      log(
        `  ${q} c=${c}: ours ${r.ours.rps.toFixed(0)} rps p50 ${r.ours.p50Ms.toFixed(1)} ms; floor ${r.floor.rps.toFixed(0)} rps; peer ${r.peer.rps.toFixed(0)} rps`,
      );
    }
  }
  return { params, durationSeconds: seconds, probes, cells, rssBeforeMb, rssAfterMb: rss() };
}

export interface SoakReport {
  seconds: number;
  concurrency: number;
  requests: number;
  errors: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** [seconds since start, RSS MB] every sample interval. */
  rssSamplesMb: [number, number][];
}

/** Our API at `concurrency` for `seconds`, all five questions in rotation, RSS sampled. */
export async function soak(
  server: RunningBenchServer,
  params: Params,
  seconds: number,
  concurrency: number,
  sampleEverySeconds = 15,
): Promise<SoakReport> {
  const samples: [number, number][] = [[0, (rssOf(server.pid) ?? 0) / 1024 / 1024]];
  const t0 = Date.now();
  const timer = setInterval(() => {
    samples.push([Math.round((Date.now() - t0) / 1000), (rssOf(server.pid) ?? 0) / 1024 / 1024]);
  }, sampleEverySeconds * 1000);
  try {
    const r = await load(
      server.url,
      QUESTIONS.map((q) => requestBody('ours', q, params)),
      concurrency,
      seconds,
    );
    samples.push([Math.round((Date.now() - t0) / 1000), (rssOf(server.pid) ?? 0) / 1024 / 1024]);
    return {
      seconds,
      concurrency,
      requests: r.requests,
      errors: r.errors,
      rps: r.rps,
      p50Ms: r.p50Ms,
      p99Ms: r.p99Ms,
      rssSamplesMb: samples,
    };
  } finally {
    clearInterval(timer);
  }
}
