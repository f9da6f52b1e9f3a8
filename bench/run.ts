/**
 * `npm run bench` — performance and reliability, measured (see bench/README.md).
 *
 *   npm run bench -- --quick            1k documents, 2 s per API cell, under 3 minutes
 *   npm run bench                       sizes 1k/10k/100k, 10 s per API cell
 *   npm run bench -- --sizes 1000,10000 --duration 5 --soak
 *
 * Prints tables on stdout (progress on stderr) and writes the same figures to bench/results.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExtractionResult } from '../src/extract/index';
import {
  runApiBench,
  soak,
  startBenchServer,
  type ApiReport,
  type RunningBenchServer,
  type SoakReport,
} from './api';
import { coreCount, extractPool, extractSingle, type ExtractRun } from './extract';
import type { ExtractTask } from './extract-worker';
import { loadLexicon, writeCorpus } from './generator';
import {
  extractTrialDocs,
  ingestCorpus,
  startFreshDb,
  stopDb,
  trialBatchSizes,
  type BenchDb,
  type IngestReport,
} from './ingest';
import { pickParams } from './questions';
import { extractRealCorpus, type RealCorpusReport } from './real-corpus';
import { ALL_METRICS, scoreGenerated } from './score';
import { DEFAULT_BATCH_SIZE } from '../src/graph/load';
import type { ServerKind } from './server-main';
import { benchRoot, errorMessage, log, round, table } from './util';

interface Options {
  quick: boolean;
  soak: boolean;
  sizes: number[];
  duration: number;
  concurrency: number[];
  seed: number;
  extractSize: number;
  scoreSize: number;
  realLimit: number;
  realTimeLimitS: number;
  batchSizes: number[];
  trialDocs: number;
  /** Batch-size trial rounds (2: ascending then descending; 1: ascending after a warm-up load). */
  trialRounds: 1 | 2;
  /** Untimed documents loaded before the first trial (JVM warm-up). */
  trialWarmupDocs: number;
  /** Seconds after which the end-to-end ingest reads no more files (the API runs on what loaded). */
  ingestTimeLimitS: number;
  /** c1: the bench's Neo4j JVM compiles with C1 only (cheap start, slower steady state). */
  neo4jJit: 'c1' | 'c2';
  port: number;
  dataDir: string;
  soakSeconds: number;
  corpusDir: string;
  skipReal: boolean;
  skipIngest: boolean;
  skipApi: boolean;
}

function parseArgs(argv: string[]): Options {
  const has = (k: string): boolean => argv.includes(k);
  const opt = (k: string): string | undefined => {
    const i = argv.indexOf(k);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${k} needs a value`);
    return v;
  };
  const list = (k: string, fallback: number[]): number[] => {
    const v = opt(k);
    if (v === undefined) return fallback;
    const out = v.split(',').map((x) => Number(x.trim().replace(/k$/i, '000')));
    if (out.some((x) => !Number.isInteger(x) || x <= 0))
      throw new Error(`${k}: positive integers, comma-separated`);
    return out;
  };
  const num = (k: string, fallback: number): number => {
    const v = opt(k);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${k}: a positive number, got "${v}"`);
    return n;
  };
  const known = new Set([
    '--quick',
    '--soak',
    '--sizes',
    '--duration',
    '--concurrency',
    '--seed',
    '--extract-size',
    '--score-size',
    '--real-limit',
    '--real-time-limit',
    '--batch-sizes',
    '--trial-docs',
    '--trial-rounds',
    '--neo4j-jit',
    '--ingest-time-limit',
    '--port',
    '--data-dir',
    '--soak-seconds',
    '--corpus-dir',
    '--skip-real',
    '--skip-ingest',
    '--skip-api',
  ]);
  for (const a of argv)
    if (a.startsWith('--') && !known.has(a)) throw new Error(`unknown option ${a}`);
  const quick = has('--quick');
  const sizes = list('--sizes', quick ? [1000] : [1000, 10000, 100000]).sort((a, b) => a - b);
  const max = sizes[sizes.length - 1];
  const trialDocs = Math.min(max, num('--trial-docs', quick ? 500 : 2000));
  const trialRounds = num('--trial-rounds', quick ? 1 : 2);
  if (trialRounds !== 1 && trialRounds !== 2) throw new Error('--trial-rounds: 1 or 2');
  // C2 in quick mode too: the API cells run on this JVM, and a C1-compiled database makes every
  // server slower by the same amount, which flatters the ours ÷ floor ratios (bench/README.md).
  const jit = opt('--neo4j-jit') ?? 'c2';
  if (jit !== 'c1' && jit !== 'c2') throw new Error('--neo4j-jit: c1 or c2');
  // Quick mode loads with the default batch size (chosen by the full run's trials) after an
  // untimed warm-up, instead of trying two sizes on a cold JVM: the trials were 1,250 documents
  // loaded before the timed ingest, the largest stage after the API cells (bench/README.md).
  const batchSizes = list('--batch-sizes', quick ? [DEFAULT_BATCH_SIZE] : [100, 250, 500, 1000]);
  return {
    quick,
    soak: has('--soak') && !quick,
    sizes,
    // Quick mode: 1 s per cell and server, counted after a ramp (bench/api.ts load): with the
    // edges of each run out of the window, a shorter cell has fewer samples but no bias.
    duration: num('--duration', quick ? 1 : 10),
    concurrency: list('--concurrency', [1, 16, 64]),
    seed: num('--seed', 1),
    extractSize: Math.min(max, num('--extract-size', quick ? 1000 : max)),
    scoreSize: Math.min(max, num('--score-size', quick ? 1000 : 10000)),
    realLimit: num('--real-limit', Infinity),
    realTimeLimitS: num('--real-time-limit', quick ? 15 : 3600),
    batchSizes,
    trialDocs,
    trialRounds,
    // One round needs the JVM warmed first, or the first size pays Neo4j's JIT warm-up. One
    // size (quick mode): no trial, only the untimed warm-up load of the trial documents.
    trialWarmupDocs:
      batchSizes.length === 1 ? trialDocs : trialRounds === 1 ? Math.floor(trialDocs / 2) : 0,
    neo4jJit: jit,
    ingestTimeLimitS: num('--ingest-time-limit', Infinity),
    port: num('--port', 7851),
    dataDir: opt('--data-dir') ?? path.join('.kg', 'neo4j-bench'),
    soakSeconds: num('--soak-seconds', 300),
    corpusDir:
      opt('--corpus-dir') ?? path.join(benchRoot(), 'bench', 'corpus', `gen-s${num('--seed', 1)}`),
    skipReal: has('--skip-real'),
    skipIngest: has('--skip-ingest'),
    skipApi: has('--skip-api') || has('--skip-ingest'),
  };
}

function tasksOf(files: readonly string[]): ExtractTask[] {
  return files.map((file) => ({
    id: path.basename(file, path.extname(file)),
    content: new Uint8Array(readFileSync(file)),
    fileName: path.basename(file),
  }));
}

const f0 = (x: number): string => x.toFixed(0);
const f1 = (x: number): string => x.toFixed(1);
const f2 = (x: number): string => x.toFixed(2);
const pct = (x: number): string => (100 * x).toFixed(1);

function extractRow(label: string, r: ExtractRun): (string | number)[] {
  return [
    label,
    r.threads,
    r.docs,
    f1(r.seconds),
    f0(r.docsPerSec),
    f2(r.mbPerSec),
    f0(r.docsPerSecPerCore),
    f0(r.docsPerCpuSecond),
  ];
}

/** One stage of the run: wall seconds and the bench process's own CPU seconds. */
export interface StageTime {
  stage: string;
  seconds: number;
  nodeCpuSeconds: number;
}

/**
 * Consecutive laps over the whole run (each from the end of the previous one), so the stages
 * add up to the total and show where quick mode's minutes go.
 */
class Laps {
  readonly stages: StageTime[] = [];
  private t = performance.now();
  private cpu = process.cpuUsage();
  lap(stage: string): void {
    const now = performance.now();
    const cpu = process.cpuUsage(this.cpu);
    this.stages.push({
      stage,
      seconds: round((now - this.t) / 1000, 1),
      nodeCpuSeconds: round((cpu.user + cpu.system) / 1e6, 1),
    });
    this.t = now;
    this.cpu = process.cpuUsage();
  }
}

/** Run when the bench fails: stops what it started in the background (the Neo4j start). */
const onFailure: (() => Promise<void>)[] = [];

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const laps = new Laps();
  const maxSize = o.sizes[o.sizes.length - 1];
  const out: Record<string, unknown> = {
    mode: o.quick ? 'quick' : 'full',
    startedAt: new Date(started).toISOString(),
    loadAverageAtStart: os.loadavg(),
    machine: {
      cores: coreCount(),
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: round(os.totalmem() / 1024 ** 3, 1),
      node: process.version,
    },
    options: { ...o, realLimit: Number.isFinite(o.realLimit) ? o.realLimit : null },
  };
  const print = (title: string, body: string): void => {
    process.stdout.write(`\n== ${title}\n${body}\n`);
  };

  // 1b. Generated corpus.
  log(`generating ${maxSize} documents (seed ${o.seed}) in ${o.corpusDir}`);
  const tGen = performance.now();
  const lex = loadLexicon();
  const corpus = writeCorpus(o.corpusDir, maxSize, o.seed, lex);
  const genSeconds = (performance.now() - tGen) / 1000;
  laps.lap('generator');
  out.generator = {
    dir: corpus.dir,
    documents: corpus.count,
    seconds: round(genSeconds, 2),
    seed: o.seed,
  };

  // 2. Extraction: one thread, then all cores, on the same documents.
  log(
    `extracting ${o.extractSize} generated documents: single thread, then ${coreCount()} worker threads`,
  );
  const tasks = tasksOf(corpus.files.slice(0, o.extractSize));
  const results: ExtractionResult[] = [];
  extractSingle(tasks.slice(0, Math.min(200, tasks.length))); // warm the JIT and lexicons
  const single = extractSingle(tasks, (_s, r) => {
    if (r && results.length < o.scoreSize) results.push(r);
  });
  const pool = await extractPool(tasks, { warmup: tasks.slice(0, Math.min(200, tasks.length)) });
  laps.lap('extract');
  const extractErrors = results
    .filter((r) => r.error)
    .map((r) => ({ id: r.document.id, reason: r.error }));
  out.extract = {
    docsPerSec: round(pool.docsPerSec, 0),
    docsPerSecPerCore: round(pool.docsPerSecPerCore, 0),
    mbPerSec: round(pool.mbPerSec, 2),
    single,
    pool,
    targetDocsPerSecPerCore: 1000,
  };
  print(
    `Extraction (generated corpus, ${o.extractSize} docs; target ≥ 1,000 docs/s per core)`,
    table([
      ['run', 'threads', 'docs', 's', 'docs/s', 'MB/s', 'docs/s/core', 'docs/CPU-s'],
      extractRow('one process', single),
      extractRow('worker_threads', pool),
    ]) +
      `\nper-core target: ${pool.docsPerSecPerCore >= 1000 ? 'MET' : 'MISSED'} (${f0(pool.docsPerSecPerCore)} docs/s/core wall-clock on all cores; ${f0(single.docsPerSecPerCore)} in one process; ${f0(single.docsPerCpuSecond)} docs per CPU-second)`,
  );

  // The bench's Neo4j, started in the background (awaited, and its failure rethrown, before
  // the ingest); stopped by the ingest stage, or by main's error handler if the run fails first.
  let dbStart: Promise<BenchDb> | undefined;
  const startDbInBackground = (during: string): void => {
    if (o.skipIngest) return;
    log(
      `starting a fresh Neo4j on 127.0.0.1:${o.port} (${o.dataDir}, JIT ${o.neo4jJit}) ${during}`,
    );
    const starting = startFreshDb(o.port, o.dataDir, o.neo4jJit === 'c1');
    starting.catch(() => undefined);
    dbStart = starting;
    onFailure.push(async () => {
      const db = await starting.catch(() => undefined);
      if (db) await stopDb(db).catch(() => undefined);
    });
  };
  // Quick mode: the real stream's 15-second sample runs while the JVM starts (about a core for
  // 20-25 s that the bench would otherwise spend waiting). Its figures of interest are errors
  // and what it finds; its speed is then shared with the JVM, so the table flags it and
  // docs per CPU-second (this process's CPU) is the speed figure to read.
  const realDuringDbStart = o.quick && !o.skipReal && !o.skipIngest;
  out.realStreamDuringNeo4jStart = realDuringDbStart;
  if (realDuringDbStart) startDbInBackground('during the real stream');

  // 1a. The real stream.
  if (!o.skipReal) {
    log(`extracting the real stream (time limit ${o.realTimeLimitS} s)`);
    let real: RealCorpusReport | undefined;
    try {
      real = await extractRealCorpus({
        limit: o.realLimit,
        timeLimitMs: o.realTimeLimitS * 1000,
        warmup: tasks.slice(0, Math.min(200, tasks.length)),
      });
    } catch (e) {
      out.realCorpus = { error: errorMessage(e) };
      print('Real corpus', `failed: ${errorMessage(e)}`);
    }
    if (real) {
      out.realCorpus = real;
      const r = real.run;
      const lines = [
        table([
          ['run', 'threads', 'docs', 's', 'docs/s', 'MB/s', 'docs/s/core', 'docs/CPU-s'],
          extractRow('worker_threads', r),
        ]),
        `${r.truncated ? `STOPPED at the time limit after ${r.docs} documents` : `all ${r.docs} documents`}; ` +
          `errors ${real.errors.length}, unreadable lines ${real.badLines.length}`,
        `found: ${real.officials} officials (${real.docsWithOfficials} docs), ${real.directives} directives, ` +
          `${real.supervisions} supervisions (${real.docsWithSupervisions} docs)`,
        ...real.errors.slice(0, 10).map((e) => `  error ${e.id}: ${e.reason}`),
        'top documents by officials found (sample these for precision):',
        table([
          ['id', 'officials', 'directives', 'supervisions'],
          ...real.topByOfficials.map((t) => [t.id, t.officials, t.directives, t.supervisions]),
        ]),
      ];
      if (realDuringDbStart)
        lines.push(
          'run while the bench Neo4j started (the JVM shared the cores): docs/s is lower than alone; docs/CPU-s is not',
        );
      print(`Real corpus: ${path.basename(real.file)}`, lines.join('\n'));
    }
    laps.lap('real stream');
  }

  // Full mode starts the bench's Neo4j here, in the background, so its JVM start overlaps the
  // scoring below (a quality figure with no timing) rather than adding to the run; the timed
  // stages (extraction, the real stream) are over by now. Quick mode started it before the
  // real stream.
  if (!realDuringDbStart) startDbInBackground('during scoring');

  // 1b. Score against the planted ground truth.
  const scoreDir = path.join(corpus.dir, `score-${results.length}`);
  const score = scoreGenerated(results, corpus.goldDir, scoreDir);
  out.generatorScore = score;
  if ('error' in score) {
    print('Generated corpus: extraction score', score.error);
  } else {
    const rows: (string | number)[][] = [['metric', 'P', 'R', 'F1']];
    for (const m of ALL_METRICS) {
      if (score.f1[m] === undefined) continue;
      rows.push([m, pct(score.precision[m]), pct(score.recall[m]), pct(score.f1[m])]);
    }
    for (const [k, v] of Object.entries(score.accuracy))
      rows.push([`${k} (accuracy)`, '', '', pct(v)]);
    print(
      `Generated corpus: extraction score vs planted gold (${score.documents} docs, score.mjs --json)`,
      `${table(rows)}\nmacro-F1 ${pct(score.macroF1)} (officials, roles, directives, supervisionTriples)` +
        (extractErrors.length ? `\nextraction errors: ${extractErrors.length}` : ''),
    );
  }

  laps.lap('score');

  // 3. Ingest.
  let api: ApiReport | undefined;
  let graphDocs = maxSize; // fewer when the ingest time limit stopped the load
  let soakReport: SoakReport | undefined;
  if (!o.skipIngest) {
    const trialDocs = extractTrialDocs(corpus.files.slice(0, o.trialDocs));
    laps.lap('extract trial docs');
    const db = await dbStart!;
    laps.lap('wait for Neo4j');
    log(`Neo4j ready (${f1(db.startSeconds)} s since its start)`);
    const servers: Partial<Record<ServerKind, RunningBenchServer>> = {};
    // Interrupted (Ctrl-C, timeout): stop what this run started before exiting.
    const onSignal = (): void => {
      void (async () => {
        for (const s of Object.values(servers)) await s?.stop();
        await stopDb(db).catch(() => undefined);
        process.exit(130);
      })();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    // Started together (separate processes, each only reads the graph): the startups are
    // independent, and one after the other they took a fifth of quick mode's time. Quick mode
    // starts them while the batch trials run, which then choose by CPU-seconds (not wall time).
    const startServers = async (): Promise<number> => {
      const tServers = performance.now();
      const starts = await Promise.allSettled(
        (['ours', 'floor', 'peer'] as ServerKind[]).map(async (k) => {
          servers[k] = await startBenchServer(k, db.config);
        }),
      );
      const failedStart = starts.find((r) => r.status === 'rejected');
      if (failedStart) throw failedStart.reason;
      return (performance.now() - tServers) / 1000;
    };
    let serversStarting: Promise<number> | undefined;
    try {
      if (o.quick && !o.skipApi) {
        log('starting servers (ours, floor, peer) during the batch trials or warm-up');
        serversStarting = startServers();
        serversStarting.catch(() => undefined); // awaited (and rethrown) before the API stage
      }
      log(
        o.batchSizes.length === 1
          ? `untimed warm-up load of ${o.trialWarmupDocs} documents, batch ${o.batchSizes[0]}`
          : `choosing the batch size on ${o.trialDocs} documents: ${o.batchSizes.join(', ')} ` +
              `(${o.trialRounds} round${o.trialRounds === 2 ? 's' : ''}, warm-up ${o.trialWarmupDocs} docs)`,
      );
      const { trials, runs, warmupSeconds } = await trialBatchSizes(db, trialDocs, o.batchSizes, {
        rounds: o.trialRounds,
        warmupDocs: o.trialWarmupDocs,
      });
      // Documents per CPU-second where /proc tells it: it does not depend on what else runs.
      const speed = (t: (typeof trials)[number]): number => t.docsPerCpuSecond ?? t.docsPerSec;
      const batchSize =
        trials.length > 0
          ? trials.reduce((a, b) => (speed(b) > speed(a) ? b : a)).batchSize
          : o.batchSizes[0];
      laps.lap(trials.length > 0 ? 'batch trials' : 'warm-up load');
      // The servers must be up before the timed ingest: ours plans its queries at start
      // (warmUp), Neo4j CPU that would otherwise be counted in the ingest's figures.
      let serverSeconds: number | undefined;
      if (serversStarting) {
        serverSeconds = await serversStarting;
        laps.lap('wait for API servers');
      }
      log(`ingesting ${maxSize} documents end to end, batch ${batchSize}`);
      const ingest: IngestReport = await ingestCorpus(
        db,
        corpus.files,
        batchSize,
        o.sizes,
        o.ingestTimeLimitS,
      );
      out.ingest = {
        ...ingest,
        docsPerSec: round(ingest.docsPerSec, 0),
        batchSize,
        batchTrials: trials,
        batchTrialRuns: runs,
        batchTrialWarmupSeconds: round(warmupSeconds, 1),
        neo4jStartSeconds: round(db.startSeconds, 1),
        neo4jJit: o.neo4jJit,
        targetDocsPerSec: 500,
      };
      graphDocs = ingest.docs;
      laps.lap('ingest');
      const series = ingest.per1kSeconds;
      const first = series.slice(0, Math.max(1, Math.floor(series.length / 10)));
      const last = series.slice(-Math.max(1, Math.floor(series.length / 10)));
      const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
      print(
        `Ingest (read files → extract → load, embedded Neo4j, fresh; target ≥ 500 docs/s)`,
        [
          trials.length === 0
            ? ''
            : table([
                [
                  `batch size (${o.trialDocs} docs, load only)`,
                  'docs/s',
                  's',
                  'Neo4j CPU s',
                  'node CPU s',
                  'docs/CPU-s',
                  'load avg',
                ],
                ...trials.map((t) => [
                  String(t.batchSize),
                  f0(t.docsPerSec),
                  f2(t.seconds),
                  t.neo4jCpuSeconds === null ? '?' : f2(t.neo4jCpuSeconds),
                  f2(t.nodeCpuSeconds),
                  t.docsPerCpuSecond === null ? '?' : f0(t.docsPerCpuSecond),
                  f2(t.loadAverage),
                ]),
              ]),
          trials.length === 0
            ? `batch size ${batchSize} (no trial: one size given), after an untimed ` +
              `${o.trialWarmupDocs}-document warm-up load (${f1(warmupSeconds)} s); Neo4j JIT ${o.neo4jJit}`
            : `chosen batch size: ${batchSize}, the most docs per CPU-second (` +
              (o.trialRounds === 2
                ? "each size's faster of two rounds, ascending then descending"
                : `one round after an untimed ${o.trialWarmupDocs}-document warm-up`) +
              `; Neo4j JIT ${o.neo4jJit})`,
          table([
            ['documents', 'cumulative s', 'docs/s'],
            ...ingest.milestones.map((m) => [String(m.docs), f1(m.seconds), f0(m.docsPerSec)]),
          ]),
          `seconds per 1,000 documents as the graph grows: ${series.map(f2).join(' ')}`,
          series.length >= 2
            ? `first tenth avg ${f2(avg(first))} s/1k, last tenth avg ${f2(avg(last))} s/1k (ratio ${f2(avg(last) / avg(first))})`
            : '',
          `CPU: Neo4j ${ingest.neo4jCpuSeconds === null ? '?' : f1(ingest.neo4jCpuSeconds)} s, node ${f1(ingest.nodeCpuSeconds)} s ` +
            `(${ingest.neo4jCpuSeconds === null ? '?' : f0(ingest.docs / (ingest.neo4jCpuSeconds + ingest.nodeCpuSeconds))} docs per CPU-second); ` +
            `load average ${os
              .loadavg()
              .map((x) => f2(x))
              .join(' ')}; Neo4j start ${f1(db.startSeconds)} s`,
          `failed documents: ${ingest.summary.documents.failed}; graph: ${ingest.graph.nodes} nodes, ${ingest.graph.relationships} relationships`,
          ingest.truncated
            ? `STOPPED at the ${o.ingestTimeLimitS} s time limit after ${ingest.docs} of ${corpus.files.length} documents`
            : '',
          `target: ${ingest.docsPerSec >= 500 ? 'MET' : 'MISSED'} (${f0(ingest.docsPerSec)} docs/s over ${ingest.docs} docs)`,
        ]
          .filter(Boolean)
          .join('\n'),
      );

      // 4. API.
      if (!o.skipApi) {
        const params = await pickParams(db.driver);
        laps.lap('pick API params');
        log(`API params ${JSON.stringify(params)}`);
        if (!serversStarting) log('starting servers (ours, floor, peer)');
        serverSeconds ??= await startServers();
        out.apiServerStartSeconds = round(serverSeconds, 1);
        out.apiServersStartedDuringTrials = serversStarting !== undefined;
        log(`servers ready in ${f1(serverSeconds)} s`);
        if (!serversStarting) laps.lap('start API servers');
        const running = servers as Record<ServerKind, RunningBenchServer>;
        api = await runApiBench(running, params, o.concurrency, o.duration, o.quick ? 0.5 : 1);
        laps.lap('API cells');
        if (o.soak) {
          log(`soak: ${o.soakSeconds} s at concurrency 64 on our API`);
          soakReport = await soak(running.ours, params, o.soakSeconds, 64);
          laps.lap('soak');
        }
      }
    } finally {
      await serversStarting?.catch(() => undefined); // none left half-started
      // The servers together (separate processes), then the database they read.
      await Promise.all(Object.values(servers).map((s) => s?.stop()));
      await stopDb(db);
      laps.lap('stop servers and Neo4j');
    }
  }

  if (api) {
    out.api = api.cells.map((c) => ({
      question: c.question,
      concurrency: c.concurrency,
      ours: c.ours,
      floor: c.floor,
      peer: c.peer,
      oursOverPeerRps: Number.isFinite(c.oursOverPeerRps) ? round(c.oursOverPeerRps, 2) : null,
      oursOverFloorP50: Number.isFinite(c.oursOverFloorP50) ? round(c.oursOverFloorP50, 2) : null,
    }));
    out.apiDetails = {
      params: api.params,
      durationSeconds: api.durationSeconds,
      probes: api.probes,
      rssBeforeMb: api.rssBeforeMb,
      rssAfterMb: api.rssAfterMb,
      graphDocuments: graphDocs,
    };
    const rows: (string | number)[][] = [
      [
        'question',
        'c',
        'ours p50/p95/p99 ms',
        'ours rps',
        'floor p50/p95/p99 ms',
        'floor rps',
        'peer p50/p95/p99 ms',
        'peer rps',
        'ours/peer rps',
        'ours/floor p50',
        'errors o/f/p',
      ],
    ];
    for (const c of api.cells) {
      const lat = (r: typeof c.ours): string =>
        r.requests === 0
          ? `none in ${o.duration} s`
          : `${f1(r.p50Ms)}/${f1(r.p95Ms)}/${f1(r.p99Ms)}`;
      rows.push([
        c.question,
        c.concurrency,
        lat(c.ours),
        f0(c.ours.rps),
        lat(c.floor),
        f0(c.floor.rps),
        lat(c.peer),
        f0(c.peer.rps),
        f2(c.oursOverPeerRps),
        f2(c.oursOverFloorP50),
        `${c.ours.errors}/${c.floor.errors}/${c.peer.errors}`,
      ]);
    }
    const met = (xs: boolean[]): string => `${xs.filter(Boolean).length}/${xs.length}`;
    const probeLines = Object.entries(api.probes).map(
      ([q, p]) =>
        `  ${q}: ` +
        (['ours', 'floor', 'peer'] as ServerKind[])
          .map(
            (k) => `${k} ${p[k].ok ? 'ok' : `FAIL (${p[k].error ?? p[k].status})`} ${p[k].bytes} B`,
          )
          .join(', '),
    );
    print(
      `API on the ${graphDocs}-document graph (${o.duration} s per cell, autocannon, 127.0.0.1)`,
      [
        `parameters: directive ${api.params.directiveSymbol} (${api.params.notes.directiveSupervisions} supervisions), ` +
          `official ${api.params.officialName} (${api.params.notes.officialSupervisions} supervisions), ` +
          `organisation ${api.params.organizationName} (${api.params.notes.organizationRelationships} relationships), ` +
          `lineage from ${api.params.lineageSymbol} (depth ${api.params.notes.lineageDepth}), search "${api.params.searchText}"`,
        'answers checked once before load:',
        ...probeLines,
        table(rows),
        `ours rps / peer rps ≥ 1.5: ${met(api.cells.map((c) => c.oursOverPeerRps >= 1.5))} cells; ` +
          `ours p50 / floor p50 ≤ 1.3: ${met(api.cells.map((c) => c.oursOverFloorP50 <= 1.3))} cells`,
        `server RSS MB before → after: ` +
          (['ours', 'floor', 'peer'] as ServerKind[])
            .map((k) => `${k} ${f0(api!.rssBeforeMb[k])} → ${f0(api!.rssAfterMb[k])}`)
            .join(', '),
      ].join('\n'),
    );
  }
  if (soakReport) {
    out.soak = soakReport;
    print(
      `Soak: our API, ${soakReport.seconds} s at concurrency ${soakReport.concurrency}`,
      `${soakReport.requests} requests, ${soakReport.errors} errors, ${f0(soakReport.rps)} rps, p50 ${f1(soakReport.p50Ms)} ms, p99 ${f1(soakReport.p99Ms)} ms\n` +
        `RSS MB: ${soakReport.rssSamplesMb.map(([t, m]) => `${t}s:${f0(m)}`).join(' ')}`,
    );
  }
  out.stages = laps.stages;
  print(
    'Where the time went (wall seconds per stage, one after the other; node = this process)',
    table([
      ['stage', 's', 'node CPU s'],
      ...laps.stages.map((st) => [st.stage, f1(st.seconds), f1(st.nodeCpuSeconds)]),
    ]),
  );
  out.totalSeconds = round((Date.now() - started) / 1000, 1);
  out.loadAverageAtEnd = os.loadavg();
  const file = path.join(benchRoot(), 'bench', 'results.json');
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(
    `\ntotal ${f0((Date.now() - started) / 1000)} s; figures written to ${path.relative(process.cwd(), file)}\n`,
  );
}

main().catch(async (e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  for (const f of onFailure) await f();
  process.exit(1);
});
