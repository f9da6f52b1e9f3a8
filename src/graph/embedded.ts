import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  fstatSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { CREDENTIALS_FILE, DbConfig, embeddedConfig, embeddedUri, repoRoot } from './config';

/** Files an embedded instance keeps in its data directory (besides Neo4j's own data/ and logs/). */
export const PID_FILE = 'neo4j.pid';
export const PORT_FILE = 'neo4j.port';
export const LOG_FILE = 'launcher.log';
/** Where a starting JVM dumps its class-data sharing archive at exit, and where it goes then. */
export const CDS_DUMP_FILE = 'cds-dump.json';

export interface EmbeddedOptions {
  port: number;
  dataDir: string;
  /**
   * JIT with C1 only (-XX:TieredStopAtLevel=1): about half the cold start on a busy machine,
   * slower on long workloads. For short-lived instances (tests).
   */
  quickStart?: boolean;
}

export interface EmbeddedStart {
  /** Full connection settings, password included (read from credentials.json). */
  config: DbConfig;
  /** true when this call spawned Neo4j; false when an instance was already running. */
  started: boolean;
  pid: number;
  logFile: string;
  credentialsFile: string;
}

export interface EmbeddedStatus {
  /** The launcher process is alive and Bolt answers with the stored credentials. */
  running: boolean;
  pid?: number;
  port?: number;
  uri?: string;
  dataDir: string;
  logFile: string;
  credentialsFile: string;
  /** Why it is not running, when it is not. */
  reason?: string;
}

const LAUNCHER_MAIN = 'kg.launcher.Launcher';
/** Built by db/launcher/pom.xml (the launcher class as a jar: see cdsArgs). */
const LAUNCHER_JAR = 'kg-launcher.jar';

function launcherDir(): string {
  return path.join(repoRoot(), 'db', 'launcher');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

// ---------------------------------------------------------------- tools on PATH

function onPath(cmd: string): boolean {
  const r = spawnSync(cmd, ['-version'], { stdio: 'ignore' });
  return r.error === undefined;
}

/** `java -version` output by executable: part of the class-data sharing archive's name. */
const javaVersions = new Map<string, string>();

/** The `java` to run (JAVA_HOME first), checked to be Java 17 or newer. */
export function findJava(): string {
  const fromHome = process.env.JAVA_HOME
    ? path.join(process.env.JAVA_HOME, 'bin', 'java')
    : undefined;
  const java = fromHome && existsSync(fromHome) ? fromHome : 'java';
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (r.error !== undefined) {
    throw new Error(
      'Java 17 is required to run the embedded Neo4j: `java` not found on PATH; install a JDK 17 or set NEO4J_URI to use another Neo4j',
    );
  }
  javaVersions.set(java, `${r.stderr}${r.stdout}`);
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : NaN;
  if (Number.isFinite(major) && major < 17) {
    throw new Error(
      `Java 17 is required to run the embedded Neo4j: \`${java}\` is Java ${major}; install a JDK 17 or set NEO4J_URI to use another Neo4j`,
    );
  }
  return java;
}

// ---------------------------------------------------------------- building the launcher

/** Hash of the launcher's sources: a rebuild happens when pom.xml or a Java file changes. */
function sourceHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        h.update(path.relative(dir, p));
        h.update(readFileSync(p));
      }
    }
  };
  h.update(readFileSync(path.join(dir, 'pom.xml')));
  walk(path.join(dir, 'src'));
  return h.digest('hex');
}

function isBuilt(dir: string, hash: string): boolean {
  const stamp = path.join(dir, 'target', 'kg-build.stamp');
  return (
    existsSync(path.join(dir, 'target', LAUNCHER_JAR)) &&
    existsSync(path.join(dir, 'target', 'lib')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8').trim() === hash
  );
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A cross-process lock (mkdir is atomic): several test instances may start at once. */
async function withLock<T>(name: string, timeoutMs: number, fn: () => T | Promise<T>): Promise<T> {
  const lock = path.join(
    os.tmpdir(),
    `kg-${createHash('sha1').update(name).digest('hex').slice(0, 12)}.lock`,
  );
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'owner'), `${process.pid}\n`);
      break;
    } catch {
      // stale when its owner is gone (killed halfway), or after 30 minutes
      try {
        const owner = Number(readFileSync(path.join(lock, 'owner'), 'utf8').trim());
        const ownerGone = Number.isInteger(owner) && owner > 0 && !processAlive(owner);
        if (ownerGone || Date.now() - statSync(lock).mtimeMs > 30 * 60_000)
          rmSync(lock, { recursive: true, force: true });
      } catch {
        // gone meanwhile, or owner not written yet
      }
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for lock ${lock} (remove it if stale)`);
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds db/launcher with Maven when target/ is missing or its sources changed. */
export async function ensureLauncherBuilt(): Promise<void> {
  const dir = launcherDir();
  const hash = sourceHash(dir);
  if (isBuilt(dir, hash)) return;
  await withLock(dir, 20 * 60_000, () => {
    if (isBuilt(dir, hash)) return;
    if (!onPath('mvn')) {
      throw new Error(
        'Maven is required to build the embedded Neo4j launcher (db/launcher): `mvn` not found on PATH; install Maven or set NEO4J_URI to use another Neo4j',
      );
    }
    process.stderr.write(
      'kg: building the embedded Neo4j launcher (db/launcher, first time only)…\n',
    );
    // Offline first (works from a filled ~/.m2); online if something is missing.
    let r = spawnSync('mvn', ['-q', '-B', '-o', 'compile'], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0)
      r = spawnSync('mvn', ['-q', '-B', 'compile'], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) {
      const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
      throw new Error(
        `building db/launcher with Maven failed (exit ${r.status ?? r.signal}):\n${out}`,
      );
    }
    writeFileSync(path.join(dir, 'target', 'kg-build.stamp'), `${hash}\n`);
  });
}

// ---------------------------------------------------------------- process bookkeeping

function readPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(dataDir, PID_FILE), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function readPort(dataDir: string): number | undefined {
  try {
    const port = Number(readFileSync(path.join(dataDir, PORT_FILE), 'utf8').trim());
    return Number.isInteger(port) && port > 0 ? port : undefined;
  } catch {
    return undefined;
  }
}

/** Alive and (where /proc tells) really our launcher for this data directory. */
function isOurLauncher(pid: number, dataDir: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const proc = `/proc/${pid}`;
  if (!existsSync('/proc/self')) return true;
  try {
    if (/^\S+\s+\([^)]*\)\s+Z/.test(readFileSync(`${proc}/stat`, 'utf8'))) return false; // zombie
    const args = readFileSync(`${proc}/cmdline`, 'utf8').split('\0');
    return args.includes(LAUNCHER_MAIN) && args.includes(dataDir);
  } catch {
    return false;
  }
}

function clearRunFiles(dataDir: string): void {
  rmSync(path.join(dataDir, PID_FILE), { force: true });
  rmSync(path.join(dataDir, PORT_FILE), { force: true });
}

/** The last lines of the launcher log from byte `from` on. */
function logTail(logFile: string, from = 0, lines = 40): string {
  try {
    const fd = openSync(logFile, 'r');
    try {
      const size = fstatSync(fd).size;
      const start = Math.max(from, size - 64 * 1024);
      const buf = Buffer.alloc(size - start);
      readSync(fd, buf, 0, buf.length, start);
      return buf.toString('utf8').split('\n').slice(-lines).join('\n').trim();
    } finally {
      closeSync(fd);
    }
  } catch {
    return '(no log)';
  }
}

/** Whether something listens on 127.0.0.1:port (we cannot bind it). */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(true));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () =>
      server.close(() => resolve(false)),
    );
  });
}

/** Bolt answers with these credentials. */
async function boltAnswers(uri: string, user: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 3000,
    connectionAcquisitionTimeout: 5000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** Waits until Bolt answers with the stored credentials, the process dies, or the timeout passes. */
async function waitReady(
  pid: number,
  port: number,
  dataDir: string,
  logFile: string,
  logFrom: number,
): Promise<DbConfig> {
  const timeoutMs = envNumber('KG_NEO4J_START_TIMEOUT_MS', 600_000);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isOurLauncher(pid, dataDir)) {
      clearRunFiles(dataDir);
      throw new Error(
        `embedded Neo4j (pid ${pid}) exited during start; log ${logFile}:\n${logTail(logFile, logFrom)}`,
      );
    }
    const config = embeddedConfig(port, dataDir);
    if (config.password !== '' && (await boltAnswers(config.uri, config.user, config.password)))
      return config;
    await sleep(500);
  }
  throw new Error(
    `embedded Neo4j (pid ${pid}) did not answer on ${embeddedUri(port)} within ${Math.round(timeoutMs / 1000)} s ` +
      `(raise KG_NEO4J_START_TIMEOUT_MS?); log ${logFile}:\n${logTail(logFile, logFrom)}`,
  );
}

/**
 * C2 with shallower inlining (JDK 17 defaults: 15 levels, 2,500/35/325 bytes). On a fresh JVM the
 * C2 compiler threads spent more CPU than the queries for thousands of documents, compiling
 * Neo4j's deep call trees whole. With these limits (three fresh JVMs each way, 1,000-document
 * rounds on a growing graph after a 500-document warm-up), per 1,000 documents past the first
 * 1,500: C2 threads 1.8-3.0 CPU-s against 3.6-5.1, the query thread 2.1-2.6 against 2.5-3.6 (no
 * slower); Neo4j in all past 2,500 documents 6.0-7.9 against 8.3-9.9, and for the first 1,000
 * after the warm-up 10.1-12.3 against 12.6-17.2.
 */
const C2_INLINING = [
  '-XX:MaxInlineLevel=6',
  '-XX:InlineSmallCode=1000',
  '-XX:MaxInlineSize=20',
  '-XX:FreqInlineSize=100',
];

function jvmArgs(quickStart: boolean): string[] {
  const heap = process.env.KG_NEO4J_HEAP?.trim() || '1g';
  const extra = process.env.KG_NEO4J_JAVA_OPTS?.trim();
  return [
    `-Xmx${heap}`,
    // The throughput collector: GC threads took 0.3-0.5 CPU-s per 1,000 documents loaded (once
    // 1.05) against 0.9-1.4 with G1; with C2_INLINING, Neo4j CPU for 4,500 documents on a fresh
    // JVM 41.5 against 51.1-51.4 with G1. Back to G1: KG_NEO4J_JAVA_OPTS="-XX:-UseParallelGC
    // -XX:+UseG1GC".
    '-XX:+UseParallelGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    ...(quickStart ? ['-XX:TieredStopAtLevel=1'] : C2_INLINING),
    ...(extra ? extra.split(/\s+/) : []),
  ];
}

// ---------------------------------------------------------------- class-data sharing

/**
 * The JVM's class-data sharing archive for this launcher build and this Java (dynamic AppCDS):
 * Neo4j's classes parsed and verified once, mapped at later starts instead of loaded from the
 * jars. A start then takes about a third less JVM CPU (27 → 18 CPU-s measured, 2-core machine
 * at load 13). KG_NEO4J_CDS=0 turns it off.
 */
function cdsArchive(java: string): string | undefined {
  if (process.env.KG_NEO4J_CDS?.trim() === '0') return undefined;
  const target = path.join(launcherDir(), 'target');
  let stamp: string;
  try {
    stamp = readFileSync(path.join(target, 'kg-build.stamp'), 'utf8');
  } catch {
    return undefined;
  }
  const key = createHash('sha256')
    .update(stamp)
    .update(javaVersions.get(java) ?? java)
    .digest('hex')
    .slice(0, 16);
  return path.join(target, `neo4j-${key}.jsa`);
}

interface CdsDump {
  /** The file this JVM writes at exit. */
  dump: string;
  /** The archive it becomes once the JVM has exited cleanly. */
  archive: string;
}

/**
 * JVM options for class-data sharing: map the archive when it exists; otherwise dump one when
 * this JVM exits (to a file of its own, adopted by stopEmbedded: starts may run side by side).
 * Never fatal: a missing, stale or foreign archive only makes the JVM load classes as usual.
 */
function cdsArgs(java: string, dataDir: string): string[] {
  const archive = cdsArchive(java);
  rmSync(path.join(dataDir, CDS_DUMP_FILE), { force: true });
  if (archive === undefined) return [];
  // The JVM reports every class it could not archive; the launcher log is not the place.
  const quiet = '-Xlog:cds*=off';
  if (existsSync(archive)) return [`-XX:SharedArchiveFile=${archive}`, quiet];
  // A C1-only JVM (tests) loads the same classes: its archive serves a C2 one as well.
  const dump: CdsDump = {
    dump: `${archive}.${process.pid}-${Date.now()}.tmp`,
    archive,
  };
  writeFileSync(path.join(dataDir, CDS_DUMP_FILE), `${JSON.stringify(dump)}\n`);
  return [`-XX:ArchiveClassesAtExit=${dump.dump}`, quiet];
}

/** After a clean exit: the archive the JVM dumped becomes the shared one (first one wins). */
function adoptCdsDump(dataDir: string, cleanExit: boolean): void {
  const note = path.join(dataDir, CDS_DUMP_FILE);
  let dump: CdsDump;
  try {
    dump = JSON.parse(readFileSync(note, 'utf8')) as CdsDump;
  } catch {
    return;
  }
  rmSync(note, { force: true });
  try {
    if (cleanExit && existsSync(dump.dump) && !existsSync(dump.archive)) {
      renameSync(dump.dump, dump.archive);
      // Archives of earlier launcher builds or Javas are never mapped again (~120 MB each).
      const dir = path.dirname(dump.archive);
      for (const f of readdirSync(dir)) {
        if (/^neo4j-[0-9a-f]+\.jsa$/.test(f) && path.join(dir, f) !== dump.archive)
          rmSync(path.join(dir, f), { force: true });
      }
    }
  } finally {
    rmSync(dump.dump, { force: true });
  }
}

// ---------------------------------------------------------------- public API

/**
 * Starts the embedded Neo4j for `dataDir` on 127.0.0.1:`port` (detached: it outlives this
 * process), or reuses it when already running. Resolves once Bolt answers with the credentials.
 */
export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedStart> {
  const dataDir = path.resolve(options.dataDir);
  // One starter per data directory at a time (e.g. two test runs sharing a port).
  return withLock(
    `start:${dataDir}`,
    envNumber('KG_NEO4J_START_TIMEOUT_MS', 600_000) + 60_000,
    () => startLocked(dataDir, options.port, options.quickStart ?? false),
  );
}

async function startLocked(
  dataDir: string,
  port: number,
  quickStart: boolean,
): Promise<EmbeddedStart> {
  const logFile = path.join(dataDir, LOG_FILE);
  const credentialsFile = path.join(dataDir, CREDENTIALS_FILE);
  mkdirSync(dataDir, { recursive: true });

  const existing = readPid(dataDir);
  if (existing !== undefined) {
    if (isOurLauncher(existing, dataDir)) {
      const runningPort = readPort(dataDir) ?? port;
      if (runningPort !== port) {
        throw new Error(
          `the embedded Neo4j for ${dataDir} is already running on port ${runningPort} (pid ${existing}), not ${port}; ` +
            'stop it first (kg db stop) or use that port',
        );
      }
      const config = await waitReady(existing, runningPort, dataDir, logFile, 0);
      return { config, started: false, pid: existing, logFile, credentialsFile };
    }
    clearRunFiles(dataDir); // stale: the process is gone
  }

  if (await portInUse(port)) {
    throw new Error(
      `port ${port} on 127.0.0.1 is already in use by another process; choose another port ` +
        '(--port, KG_BOLT_PORT, or KG_TEST_BOLT_PORT for tests) or stop what is listening there',
    );
  }

  const java = findJava();
  await ensureLauncherBuilt();

  const dir = launcherDir();
  const classpath = [
    path.join(dir, 'target', LAUNCHER_JAR),
    path.join(dir, 'target', 'lib', '*'),
  ].join(path.delimiter);
  const cds = cdsArgs(java, dataDir);
  writeFileSync(logFile, `--- ${new Date().toISOString()} starting on port ${port}\n`, {
    flag: 'a',
  });
  const logFrom = statSync(logFile).size;
  const fd = openSync(logFile, 'a');
  let pid: number;
  try {
    const child = spawn(
      java,
      [...jvmArgs(quickStart), ...cds, '-cp', classpath, LAUNCHER_MAIN, String(port), dataDir],
      {
        cwd: dataDir,
        detached: true,
        stdio: ['ignore', fd, fd],
      },
    );
    if (child.pid === undefined) throw new Error(`could not start ${java}`);
    pid = child.pid;
    child.unref();
  } finally {
    closeSync(fd);
  }
  writeFileSync(path.join(dataDir, PID_FILE), `${pid}\n`);
  writeFileSync(path.join(dataDir, PORT_FILE), `${port}\n`);
  const config = await waitReady(pid, port, dataDir, logFile, logFrom);
  return { config, started: true, pid, logFile, credentialsFile };
}

/** Stops the embedded Neo4j for `dataDir` (SIGTERM, then SIGKILL after a timeout). False when not running. */
export async function stopEmbedded(dataDir: string): Promise<boolean> {
  const dir = path.resolve(dataDir);
  const pid = readPid(dir);
  if (pid === undefined || !isOurLauncher(pid, dir)) {
    clearRunFiles(dir);
    adoptCdsDump(dir, false); // gone without us: its archive may be half-written
    return false;
  }
  process.kill(pid, 'SIGTERM');
  // A JVM that dumps its class-data sharing archive at exit takes longer to go (once; 44 s at
  // load 15 on 2 cores): killed halfway, the next start would dump again.
  const dumping = existsSync(path.join(dir, CDS_DUMP_FILE));
  const deadline =
    Date.now() + envNumber('KG_NEO4J_STOP_TIMEOUT_MS', 60_000) + (dumping ? 120_000 : 0);
  while (Date.now() < deadline) {
    if (!isOurLauncher(pid, dir)) {
      clearRunFiles(dir);
      adoptCdsDump(dir, true);
      return true;
    }
    await sleep(250);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // exited just now
  }
  clearRunFiles(dir);
  adoptCdsDump(dir, false);
  return true;
}

/** Whether the embedded Neo4j for `dataDir` is running and answering. */
export async function statusEmbedded(dataDir: string): Promise<EmbeddedStatus> {
  const dir = path.resolve(dataDir);
  const base = {
    dataDir: dir,
    logFile: path.join(dir, LOG_FILE),
    credentialsFile: path.join(dir, CREDENTIALS_FILE),
  };
  const pid = readPid(dir);
  if (pid === undefined || !isOurLauncher(pid, dir)) {
    return { ...base, running: false, reason: 'not started (no live launcher process)' };
  }
  const port = readPort(dir);
  if (port === undefined)
    return { ...base, running: false, pid, reason: `no ${PORT_FILE} in the data directory` };
  const config = embeddedConfig(port, dir);
  const uri = config.uri;
  if (config.password === '')
    return { ...base, running: false, pid, port, uri, reason: 'starting (no credentials yet)' };
  if (!(await boltAnswers(uri, config.user, config.password))) {
    return {
      ...base,
      running: false,
      pid,
      port,
      uri,
      reason: 'process alive but Bolt does not answer (starting?)',
    };
  }
  return { ...base, running: true, pid, port, uri };
}
