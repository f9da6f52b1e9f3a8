/**
 * The seed documents, extracted in-process as `kg extract --jsonl` does and scored by the shared
 * scorer: macro-F1 (officials, roles, directives, supervisionTriples) must stay ≥ 0.97.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractDocument } from '../../src/extract/index';

const REPO = path.resolve(__dirname, '../..');
const SCORER = path.resolve(__dirname, '../../../shared/eval/score.mjs');
const SEEDS = path.join(REPO, 'seeds');
const GOLD = path.resolve(REPO, '../shared/gold/seeds');

interface Prf {
  f1: number;
}

describe('seed documents', () => {
  it('score macro-F1 ≥ 0.97 with the shared scorer', () => {
    if (!existsSync(SCORER)) throw new Error(`shared scorer missing at ${SCORER}`);
    const files = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    const lines = files.map((f) => {
      const content = new Uint8Array(readFileSync(path.join(SEEDS, f)));
      const { result } = extractDocument({ id: path.basename(f, '.txt'), content, fileName: f });
      return JSON.stringify(result);
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-'));
    try {
      const pred = path.join(dir, 'pred.jsonl');
      writeFileSync(pred, `${lines.join('\n')}\n`);
      const run = spawnSync(process.execPath, [SCORER, '--gold', GOLD, '--pred', pred, '--json'], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(0);
      const { summary } = JSON.parse(run.stdout) as { summary: Record<string, Prf> };
      const headline = ['officials', 'roles', 'directives', 'supervisionTriples'].map(
        (m) => summary[m].f1,
      );
      const macro = headline.reduce((a, b) => a + b, 0) / headline.length;
      expect(macro).toBeGreaterThanOrEqual(0.97);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
