/**
 * Helpers of the reliability tests: a dedicated embedded Neo4j per test file (so stopping it never
 * disturbs the shared test instance), running `node bin/kg.js` as a child process, a canonical
 * dump of the graph, and generated corpora.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Evidence, ExtractedDocument } from '../../src/extract/types';
import { repoRoot, type DbConfig } from '../../src/graph/config';
import { startEmbedded, stopEmbedded } from '../../src/graph/embedded';
import { applyMigrations } from '../../src/graph/migrate';

export const ROOT = repoRoot();
export const SEEDS_DIR = path.join(ROOT, 'seeds');
export const EXTRACTION_DOCS_DIR = path.join(ROOT, 'test', 'extraction', 'docs');
export const INTAKE_FIXTURES_DIR = path.join(ROOT, 'test', 'fixtures', 'intake');

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Data directory of the dedicated reliability instance on `port`. */
export function reliabilityDataDir(port: number): string {
  return path.join(ROOT, '.kg', `neo4j-reliability-${port}`);
}

/** A driver that gives up quickly (the tests stop its database on purpose). */
export function quickDriver(config: Pick<DbConfig, 'uri' | 'user' | 'password'>): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
    logging: { level: 'error', logger: () => undefined },
  });
}

/** One embedded Neo4j owned by one test file. */
export class DedicatedNeo4j {
  readonly dataDir: string;
  config: DbConfig | undefined;

  constructor(readonly port: number) {
    this.dataDir = reliabilityDataDir(port);
  }

  /** Starts (or reuses) the instance and applies the schema; resolves with its settings. */
  async start(): Promise<DbConfig> {
    const { config } = await startEmbedded({ port: this.port, dataDir: this.dataDir });
    this.config = config;
    const driver = quickDriver(config);
    try {
      await applyMigrations(driver);
    } finally {
      await driver.close();
    }
    return config;
  }

  async stop(): Promise<void> {
    await stopEmbedded(this.dataDir);
  }

  get settings(): DbConfig {
    if (!this.config) throw new Error(`the instance on port ${this.port} was not started`);
    return this.config;
  }

  /** Environment for a `kg` child process pointing at this instance. */
  env(): NodeJS.ProcessEnv {
    const c = this.settings;
    return { ...process.env, NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password };
  }
}

export interface KgRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

let snapshotDir: string | undefined;

/**
 * A private copy of the built CLI (package.json, bin/, dist/, cypher/) under .kg/, taken the first
 * time a test file runs `kg`: other engineers rebuild dist/ and edit cypher/ in the same tree, and
 * runs compared with each other must run the same code. node_modules resolve from the repository.
 */
export function cliSnapshot(): string {
  if (snapshotDir !== undefined) return snapshotDir;
  if (!existsSync(path.join(ROOT, 'dist', 'src', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` before the reliability tests');
  }
  const dir = path.join(ROOT, '.kg', `reliability-cli-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['package.json', 'bin', 'dist', 'cypher']) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  snapshotDir = dir;
  return dir;
}

/** Removes this process's CLI snapshot (afterAll). */
export function removeCliSnapshot(): void {
  if (snapshotDir !== undefined) rmSync(snapshotDir, { recursive: true, force: true });
  snapshotDir = undefined;
}

/** Spawns `node bin/kg.js ...args` (from the CLI snapshot); `done` resolves when it exits. */
export function spawnKg(
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; done: Promise<KgRun> } {
  const root = cliSnapshot();
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(root, 'bin', 'kg.js'), ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<KgRun>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) =>
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started }),
    );
  });
  return { child, done };
}

export function runKg(args: string[], env: NodeJS.ProcessEnv): Promise<KgRun> {
  return spawnKg(args, env).done;
}

function toNumber(v: unknown): number {
  if (neo4j.isInt(v)) return v.toNumber();
  return Number(v);
}

/** Number of nodes with `label` (all nodes when omitted). */
export async function countNodes(driver: Driver, label?: string): Promise<number> {
  const q = label
    ? `MATCH (n:\`${label}\`) RETURN count(n) AS c`
    : 'MATCH (n) RETURN count(n) AS c';
  const res = await driver.executeQuery(q);
  return toNumber(res.records[0].get('c'));
}

/** Ids of every Document node, sorted. */
export async function documentIds(driver: Driver): Promise<string[]> {
  const res = await driver.executeQuery('MATCH (d:Document) RETURN d.id AS id ORDER BY id');
  return res.records.map((r) => r.get('id') as string);
}

/** Relationships asserted by each document (`doc` property), by document id. */
export async function relationshipsPerDocument(driver: Driver): Promise<Map<string, string>> {
  const res = await driver.executeQuery(
    'MATCH ()-[r]->() WHERE r.doc IS NOT NULL RETURN r.doc AS doc, type(r) AS type, count(r) AS n',
  );
  const perDoc = new Map<string, Map<string, number>>();
  for (const rec of res.records) {
    const doc = rec.get('doc') as string;
    const m = perDoc.get(doc) ?? new Map<string, number>();
    m.set(rec.get('type') as string, toNumber(rec.get('n')));
    perDoc.set(doc, m);
  }
  const out = new Map<string, string>();
  for (const [doc, m] of perDoc) {
    out.set(
      doc,
      [...m.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([t, n]) => `${t}=${n}`)
        .join(','),
    );
  }
  return out;
}

/** Properties that depend on when a load ran, not on what was loaded. */
const VOLATILE = new Set(['ingestedAt', 'asOf']);

function canonicalValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (neo4j.isInt(v)) return v.toString();
  if (Array.isArray(v)) return `[${v.map(canonicalValue).join(',')}]`;
  if (typeof v === 'object') return String(v);
  return JSON.stringify(v);
}

function canonicalProps(props: Record<string, unknown>): string {
  return Object.keys(props)
    .filter((k) => !VOLATILE.has(k))
    .sort()
    .map((k) => `${k}=${canonicalValue(props[k])}`)
    .join(';');
}

/** A node's identity: its labels and key property (id, key or name). */
const NODE_KEY = 'coalesce(n.id, n.key, n.name, elementId(n))';

/**
 * The whole graph as sorted lines: every node's labels and properties (load-time properties
 * left out), every relationship's type, endpoint keys and properties. Two loads of the same
 * documents give the same dump.
 */
export async function canonicalDump(driver: Driver): Promise<{ nodes: string[]; rels: string[] }> {
  const nodeRes = await driver.executeQuery(
    `MATCH (n) RETURN labels(n) AS labels, properties(n) AS props`,
  );
  const nodes = nodeRes.records
    .map((r) => {
      const labels = (r.get('labels') as string[]).slice().sort().join(':');
      return `(${labels} ${canonicalProps(r.get('props') as Record<string, unknown>)})`;
    })
    .sort();
  const relRes = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN labels(a) AS la, ${NODE_KEY.replace(/\bn\b/g, 'a')} AS ka, type(r) AS type,
            properties(r) AS props, labels(b) AS lb, ${NODE_KEY.replace(/\bn\b/g, 'b')} AS kb`,
  );
  const rels = relRes.records
    .map((r) => {
      const la = (r.get('la') as string[]).slice().sort().join(':');
      const lb = (r.get('lb') as string[]).slice().sort().join(':');
      return (
        `(${la} ${String(r.get('ka'))})-[${r.get('type') as string} ` +
        `${canonicalProps(r.get('props') as Record<string, unknown>)}]->(${lb} ${String(r.get('kb'))})`
      );
    })
    .sort();
  return { nodes, rels };
}

/** Deletes everything (constraints and indexes stay). */
export async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** The good source documents of the repository (seeds and extraction test documents). */
export function sourceDocuments(): { file: string; ext: string; content: Buffer }[] {
  const out: { file: string; ext: string; content: Buffer }[] = [];
  for (const dir of [SEEDS_DIR, EXTRACTION_DOCS_DIR]) {
    for (const name of readdirSync(dir).sort()) {
      const ext = path.extname(name).toLowerCase();
      if (!['.txt', '.html', '.htm', '.md'].includes(ext)) continue;
      out.push({ file: path.join(dir, name), ext, content: readFileSync(path.join(dir, name)) });
    }
  }
  if (out.length === 0) throw new Error('no seeds or test documents found');
  return out;
}

/**
 * Writes `count` documents into `dir`: the repository's documents copied round-robin under new
 * ids, each made distinct (its own sha256) by an appended paragraph. Returns the document ids.
 */
export function writeCorpus(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const sources = sourceDocuments();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length];
    const id = `r${String(i).padStart(4, '0')}_${path.basename(src.file, src.ext)}`;
    const note =
      src.ext === '.html'
        ? `\n<p>Bản sao thử nghiệm số ${i}.</p>\n`
        : `\n\nBản sao thử nghiệm số ${i}.\n`;
    writeFileSync(
      path.join(dir, `${id}${src.ext}`),
      Buffer.concat([src.content, Buffer.from(note)]),
    );
    ids.push(id);
  }
  return ids;
}

/** Copies `files` into `dir` unchanged. */
export function copyInto(dir: string, files: string[]): void {
  mkdirSync(dir, { recursive: true });
  for (const f of files) copyFileSync(f, path.join(dir, path.basename(f)));
}

/** Polls `check` every `everyMs` until it returns true; false when `timeoutMs` passes. */
export async function pollUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 250,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return true;
    } catch {
      // not yet
    }
    if (Date.now() >= deadline) return false;
    await sleep(everyMs);
  }
}

const PROVINCES = ['Thanh Hóa', 'Nghệ An', 'Hải Phòng', 'Cần Thơ', 'Quảng Nam'];
const SURNAMES = ['Nguyễn Văn', 'Trần Thị', 'Lê Minh', 'Phạm Quang', 'Hoàng Thị'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Khoa', 'Lan'];

/**
 * `count` small hand-built extraction results (the extractor's contract), each a supervision of
 * a district Party committee by a provincial board led by a named official, with evidence.
 */
export function handBuiltDocuments(count: number, prefix = 'rel'): ExtractedDocument[] {
  const out: ExtractedDocument[] = [];
  for (let i = 0; i < count; i++) {
    const province = PROVINCES[i % PROVINCES.length];
    const name = `${SURNAMES[i % SURNAMES.length]} ${GIVEN[i % GIVEN.length]}`;
    const board = `Ban Dân vận Tỉnh ủy ${province}`;
    const committee = `Tỉnh ủy ${province}`;
    const target = `Huyện ủy Số ${i + 1} ${province}`;
    const day = (i % 27) + 1;
    const text = (
      `Giám sát tại Huyện ủy Số ${i + 1}\n\n` +
      `Ngày ${day}/5/2024, Đoàn giám sát của ${board} do đồng chí ${name}, Trưởng ${board} ` +
      `làm trưởng đoàn đã giám sát ${target} về việc thực hiện Quy chế dân chủ ở cơ sở.`
    ).normalize('NFC');
    const span = (needle: string): Evidence => {
      const start = text.indexOf(needle);
      if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
      return { start, end: start + needle.length };
    };
    const lead = span(`Ngày ${day}/5/2024`);
    out.push({
      text,
      sha256: createHash('sha256').update(text).digest('hex'),
      result: {
        document: {
          id: `${prefix}_${String(i).padStart(3, '0')}`,
          title: `Giám sát tại Huyện ủy Số ${i + 1}`,
          source: null,
          jurisdiction: province,
          eventDate: `2024-05-${String(day).padStart(2, '0')}`,
        },
        officials: [
          {
            name,
            roles: [{ title: 'Trưởng Ban', organization: board }],
            evidence: [span(`${name}, Trưởng ${board}`)],
          },
        ],
        organizations: [
          { name: board, kind: 'party-board', parent: committee, evidence: [span(board)] },
          { name: committee, kind: 'party-committee', parent: null },
          { name: target, kind: 'party-committee', parent: committee, evidence: [span(target)] },
        ],
        directives: [],
        supervisions: [
          {
            kind: 'giám sát',
            date: `2024-05-${String(day).padStart(2, '0')}`,
            delegation: null,
            conductedBy: [board],
            leader: name,
            participants: [],
            hosts: [],
            targets: [target],
            directives: [],
            topic: 'việc thực hiện Quy chế dân chủ ở cơ sở',
            evidence: [{ start: lead.start, end: text.length }],
          },
        ],
      },
    });
  }
  return out;
}
