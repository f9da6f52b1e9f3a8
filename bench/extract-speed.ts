/**
 * Extraction speed in one process, reproducible and profilable:
 *
 *   node dist/bench/extract-speed.js [--generated N] [--real N] [--rounds R] [--warm W]
 *                                    [--seed S] [--profile FILE.cpuprofile] [--no-tune]
 *                                    [--against OTHER_TREE]
 *
 * Times `extractDocument` (intake included: content is bytes) on the first N generated documents
 * (bench/corpus/gen-s<seed>, written if missing) and on the first N articles of the real stream
 * (shared/corpus/baomoi-2017.jsonl.gz, title + blank line + text), each set separately: the
 * first pass cold (JIT compiling), then W untimed warm passes, then R timed passes. Prints
 * docs/s (wall) and docs per CPU-second (what one unshared core does: the figure to compare on a
 * busy machine). With --profile, the timed passes of the last set are CPU-profiled through the
 * inspector (no startup or warm-up in the profile) and the top self-time functions are printed.
 *
 * With --against OTHER_TREE (another checkout's root, built: OTHER_TREE/dist/src/extract), this
 * build (B) and that one (A) run in the same process, alternating chunks of 100 documents from
 * the first (cold) pass on, so a busy machine slows both alike: the CPU ratio A/B of the cold
 * pass and of the warm passes is the figure to read (> 1: this build is faster).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import path from 'node:path';
import { extractDocument } from '../src/extract/index';
import { tuneV8ForExtraction } from '../src/cli/extract-worker';
import { writeCorpus } from './generator';
import { realArticles, realCorpusPath } from './real-corpus';
import { argValue, benchRoot, round } from './util';

interface Doc {
  id: string;
  content: Uint8Array;
  fileName: string;
}

interface Pass {
  seconds: number;
  cpuSeconds: number;
  docsPerSec: number;
  docsPerCpuSecond: number;
}

const arg = (name: string): string | undefined => argValue(process.argv, name);
function num(name: string, dflt: number): number {
  const v = arg(name);
  return v === undefined ? dflt : Number(v);
}

function generatedDocs(n: number, seed: number): Doc[] {
  const dir = path.join(benchRoot(), 'bench', 'corpus', `gen-s${seed}`);
  const docsDir = path.join(dir, 'docs');
  const have = existsSync(docsDir) ? readdirSync(docsDir).filter((f) => f.endsWith('.txt')) : [];
  const files =
    have.length >= n
      ? have.sort().slice(0, n)
      : writeCorpus(dir, n, seed).files.map((f) => path.basename(f));
  return files.map((f) => ({
    id: path.basename(f, '.txt'),
    content: new Uint8Array(readFileSync(path.join(docsDir, f))),
    fileName: f,
  }));
}

async function realDocs(n: number): Promise<Doc[]> {
  const file = realCorpusPath();
  if (!existsSync(file)) return [];
  const out: Doc[] = [];
  for await (const task of realArticles(file, [], n)) out.push(task);
  return out;
}

function pass(docs: readonly Doc[]): Pass {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let sink = 0;
  for (const d of docs) sink += extractDocument(d).result.officials.length;
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (sink < 0) console.log(sink); // keeps the work observable
  return {
    seconds,
    cpuSeconds,
    docsPerSec: docs.length / seconds,
    docsPerCpuSecond: docs.length / cpuSeconds,
  };
}

type Extract = (d: Doc) => unknown;

function cpuOf(x: Extract, docs: readonly Doc[]): number {
  const cpu0 = process.cpuUsage();
  for (const d of docs) x(d);
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / 1e6;
}

/** CPU seconds of A and B over the set, in alternating 100-document chunks (order swapped each time). */
function interleaved(a: Extract, b: Extract, docs: readonly Doc[]): [number, number] {
  let ta = 0;
  let tb = 0;
  for (let i = 0, k = 0; i < docs.length; i += 100, k++) {
    const chunk = docs.slice(i, i + 100);
    if (k % 2 === 0) {
      ta += cpuOf(a, chunk);
      tb += cpuOf(b, chunk);
    } else {
      tb += cpuOf(b, chunk);
      ta += cpuOf(a, chunk);
    }
  }
  return [ta, tb];
}

function compare(other: string, sets: [string, Doc[]][], warm: number, rounds: number): void {
  const mod = path.resolve(other, 'dist', 'src', 'extract', 'index.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const a = (require(mod) as { extractDocument: Extract }).extractDocument;
  const b: Extract = (d) => extractDocument(d);
  for (const [label, docs] of sets) {
    const [ca, cb] = interleaved(a, b, docs);
    for (let w = 0; w < warm; w++) interleaved(a, b, docs);
    let wa = 0;
    let wb = 0;
    const ratios: string[] = [];
    for (let r = 0; r < rounds; r++) {
      const [x, y] = interleaved(a, b, docs);
      wa += x;
      wb += y;
      ratios.push((x / y).toFixed(2));
    }
    const per = (t: number, n: number): number => round(n / t, 0);
    console.log(
      `${label.padEnd(15)} cold A ${per(ca, docs.length)} B ${per(cb, docs.length)} docs/CPU-s, ` +
        `A/B ${(ca / cb).toFixed(2)} | warm A ${per(wa, docs.length * rounds)} ` +
        `B ${per(wb, docs.length * rounds)}, A/B ${(wa / wb).toFixed(2)} (rounds ${ratios.join(' ')})`,
    );
  }
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))),
  );
}

function topSelf(profile: Profiler.Profile, top: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const dt = profile.timeDeltas ?? [];
  const samples = profile.samples ?? [];
  let total = 0;
  for (let k = 0; k < samples.length; k++) {
    const n = byId.get(samples[k]);
    if (!n) continue;
    const f = n.callFrame;
    const where = f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    const d = dt[k] ?? 0;
    self.set(key, (self.get(key) ?? 0) + d);
    total += d;
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-tune')) tuneV8ForExtraction();
  const rounds = num('--rounds', 3);
  const warm = num('--warm', 2);
  const seed = num('--seed', 1);
  const profileFile = arg('--profile');
  const sets: [string, Doc[]][] = [];
  const gen = num('--generated', 1000);
  const real = num('--real', 1000);
  if (gen > 0) sets.push([`generated ${gen}`, generatedDocs(gen, seed)]);
  if (real > 0) sets.push([`real ${real}`, await realDocs(real)]);
  const against = arg('--against');
  if (against) return compare(against, sets, warm, rounds);
  const session = profileFile ? new Session() : undefined;
  for (let s = 0; s < sets.length; s++) {
    const [label, docs] = sets[s];
    const cold = pass(docs);
    for (let w = 0; w < warm; w++) pass(docs);
    const profiling = session && s === sets.length - 1;
    if (profiling) {
      session.connect();
      await post(session, 'Profiler.enable');
      await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
      await post(session, 'Profiler.start');
    }
    const timed: Pass[] = [];
    for (let r = 0; r < rounds; r++) timed.push(pass(docs));
    const fmt = (p: Pass): string =>
      `${round(p.docsPerSec, 0)} docs/s, ${round(p.docsPerCpuSecond, 0)} docs/CPU-s`;
    const best = timed.reduce((a, b) => (b.docsPerCpuSecond > a.docsPerCpuSecond ? b : a));
    const med = [...timed].sort((a, b) => a.docsPerCpuSecond - b.docsPerCpuSecond)[
      Math.floor(timed.length / 2)
    ];
    console.log(
      `${label.padEnd(15)} cold ${fmt(cold)} | warm median ${fmt(med)} | best ${fmt(best)} | ` +
        `all ${timed.map((p) => round(p.docsPerCpuSecond, 0)).join(' ')} docs/CPU-s`,
    );
    if (profiling && profileFile) {
      const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
      session.disconnect();
      writeFileSync(profileFile, JSON.stringify(profile));
      console.log(`profile of the timed ${label} passes: ${profileFile}; top self time:`);
      for (const l of topSelf(profile, num('--top', 30))) console.log(`  ${l}`);
    }
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
