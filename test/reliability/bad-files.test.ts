/**
 * Bad input files mixed with good ones: `kg ingest` and `kg extract --jsonl` name each file that
 * cannot be read with a clear reason, exit 1, and still process every other file (legacy
 * encodings, NFD, HTML included). Runs `node bin/kg.js` (npm run build first) against the shared
 * test database.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { resetDatabase, testDbConfig, testDriver } from '../support/db';
import {
  copyInto,
  documentIds,
  INTAKE_FIXTURES_DIR,
  removeCliSnapshot,
  runKg,
  SEEDS_DIR,
} from './support';

const driver: Driver = testDriver();

/** Environment of a `kg` child process pointing at the shared test database. */
function kgEnv(): NodeJS.ProcessEnv {
  const { uri, user, password } = testDbConfig();
  return { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
}
let tmp = '';
let dir = '';

/** Files that cannot become a document, and what the error must say about each. */
const BAD: Record<string, RegExp> = {
  'empty.txt': /empty/i,
  'blank.txt': /empty|whitespace/i,
  'binary.txt': /binary/i,
  'huge-50mb.txt': /too large|large/i,
  'garbage.bin.txt': /binary|encoding|not text/i,
};

/** Readable files whose text must come out as the intake fixtures' expected.txt. */
const SAME_ARTICLE = [
  'utf8-bom.txt',
  'nfd-new-tones.txt',
  'tcvn3.txt',
  'vni.txt',
  'windows-1258.txt',
  'article.html',
  'article-windows-1258.html',
];
const SEEDS = ['000_cd8cfa849b23ba7d.txt', '003_960197ae100cdfc3.txt'];

function idOf(file: string): string {
  return path.basename(file, path.extname(file));
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'kg-reliability-bad-'));
  dir = path.join(tmp, 'in');
  copyInto(
    dir,
    ['empty.txt', 'blank.txt', 'binary.txt', 'expected.txt', ...SAME_ARTICLE].map((f) =>
      path.join(INTAKE_FIXTURES_DIR, f),
    ),
  );
  copyInto(
    dir,
    SEEDS.map((f) => path.join(SEEDS_DIR, f)),
  );
  // 50 MB of text-looking bytes (never committed: generated here).
  const fd = openSync(path.join(dir, 'huge-50mb.txt'), 'w');
  try {
    const chunk = Buffer.from(
      'Đoàn giám sát của Ban Dân vận Tỉnh ủy làm việc tại xã. '.repeat(20_000),
    );
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  // Random bytes with NULs, named .txt.
  const garbage = Buffer.alloc(64 * 1024);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + (i >> 3)) & 0xff;
  const g = openSync(path.join(dir, 'garbage.bin.txt'), 'w');
  writeSync(g, garbage);
  closeSync(g);

  await resetDatabase(driver);
}, 600_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  removeCliSnapshot();
});

function conn(): Driver {
  return driver;
}

const GOOD = () => ['expected.txt', ...SAME_ARTICLE, ...SEEDS];

test('kg ingest: each bad file named with its reason, exit 1, every other file loaded', async () => {
  const run = await runKg(['ingest', dir], kgEnv());
  const output = `${run.stdout}\n${run.stderr}`;
  expect([run.code, output]).toEqual([1, output]);
  for (const [file, reason] of Object.entries(BAD)) {
    const line = output.split('\n').find((l) => l.includes(file));
    expect([file, line]).toEqual([file, expect.stringMatching(reason)]);
  }
  // Good files are not reported as failures.
  for (const file of GOOD()) {
    const line = output.split('\n').find((l) => l.includes(file) && /fail|error|cannot/i.test(l));
    expect([file, line]).toEqual([file, undefined]);
  }

  const ids = await documentIds(conn());
  expect(ids).toEqual(GOOD().map(idOf).sort());

  // Legacy encodings, NFD and HTML were decoded to the same article text.
  const expected = readFileSync(path.join(INTAKE_FIXTURES_DIR, 'expected.txt'), 'utf8')
    .replace(/\n$/, '')
    .normalize('NFC');
  const res = await conn().executeQuery(
    'MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.text AS text ORDER BY id',
    { ids: SAME_ARTICLE.map(idOf) },
  );
  for (const r of res.records) {
    expect([r.get('id'), r.get('text')]).toEqual([r.get('id'), expected]);
  }
  expect(res.records.length).toBe(SAME_ARTICLE.length);

  // No half-written trace of a bad file.
  const stray = await conn().executeQuery(
    'MATCH ()-[r]->() WHERE r.doc IN $ids RETURN count(r) AS n',
    { ids: Object.keys(BAD).map(idOf) },
  );
  expect(Number(stray.records[0].get('n'))).toBe(0);
}, 600_000);

test('kg extract --jsonl: one line per file, error lines for the bad ones, exit 1', async () => {
  const run = await runKg(['extract', '--jsonl', dir], kgEnv());
  expect([run.code, run.stderr.slice(-2000)]).toEqual([1, run.stderr.slice(-2000)]);
  const lines = run.stdout.split('\n').filter((l) => l.trim() !== '');
  const results = lines.map(
    (l) => JSON.parse(l) as { document: { id: string }; error?: string; officials: unknown[] },
  );
  const byId = new Map(results.map((r) => [r.document.id, r]));
  expect([...byId.keys()].sort()).toEqual([...GOOD(), ...Object.keys(BAD)].map(idOf).sort());
  for (const [file, reason] of Object.entries(BAD)) {
    const r = byId.get(idOf(file));
    expect([file, r?.error]).toEqual([file, expect.stringMatching(reason)]);
    expect([file, r?.error]).toEqual([file, expect.stringContaining(file)]);
    expect(run.stderr).toContain(file);
  }
  for (const file of GOOD()) {
    const r = byId.get(idOf(file));
    expect([file, r?.error]).toEqual([file, undefined]);
  }
  // The seeds are real articles: their extraction finds people.
  for (const file of SEEDS) expect(byId.get(idOf(file))?.officials.length).toBeGreaterThan(0);
}, 600_000);
