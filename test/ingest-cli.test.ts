/**
 * `kg ingest` and `kg stats` as a user runs them (node bin/kg.js, after `npm run build`), against
 * the test database: loading the seeds twice leaves the graph's counts identical.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { resetDatabase, testDbConfig, testDriver } from './support/db';

const ROOT = path.resolve(__dirname, '..');
const KG = path.join(ROOT, 'bin', 'kg.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function kg(args: string[]): Promise<Run> {
  const { uri, user, password } = testDbConfig();
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
  return new Promise((resolve) => {
    execFile(
      'node',
      [KG, ...args],
      { cwd: ROOT, env, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** `kg stats --json`: exactly one JSON object on stdout. */
async function stats(): Promise<Record<string, unknown>> {
  const run = await kg(['stats', '--json']);
  expect(run.code).toBe(0);
  const lines = run.stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]) as Record<string, unknown>;
}

const driver = testDriver();

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'dist', 'src', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` before this test');
  }
  await resetDatabase(driver);
});

test('kg ingest seeds twice leaves kg stats identical', async () => {
  const first = await kg(['ingest', 'seeds', '--json']);
  expect(first.stderr).not.toMatch(/error/i);
  expect(first.code).toBe(0);
  const summary1 = JSON.parse(first.stdout) as { documents: Record<string, number> };
  expect(summary1.documents.failed).toBe(0);
  expect(summary1.documents.loaded).toBeGreaterThan(0);
  const afterFirst = await stats();
  expect(afterFirst).toMatchObject({
    nodes: expect.any(Number),
    relationships: expect.any(Number),
  });
  expect((afterFirst.labels as Record<string, number>).Document).toBe(summary1.documents.loaded);

  const second = await kg(['ingest', 'seeds', '--json']);
  expect(second.code).toBe(0);
  const summary2 = JSON.parse(second.stdout) as {
    documents: Record<string, number>;
    nodesCreated: number;
    relationshipsCreated: number;
  };
  expect(summary2.documents.unchanged).toBe(summary1.documents.loaded);
  expect(summary2.nodesCreated + summary2.relationshipsCreated).toBe(0);
  expect(await stats()).toEqual(afterFirst);
});

test('kg ingest reports a missing file by name, loads the rest, exits 1', async () => {
  const run = await kg(['ingest', 'seeds', 'seeds/does-not-exist.txt']);
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/seeds\/does-not-exist\.txt: no such file/);
  expect(run.stdout).toMatch(
    /documents: \d+ seen, \d+ loaded, \d+ unchanged, 0 replaced, 1 failed/,
  );
});
