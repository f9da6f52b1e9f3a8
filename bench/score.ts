/**
 * Scores the extractor on the generated corpus against the ground truth the generator planted,
 * with the shared scorer (shared/eval/score.mjs --json).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtractionResult } from '../src/extract/index';
import { benchRoot } from './util';

export const HEADLINE_METRICS = ['officials', 'roles', 'directives', 'supervisionTriples'] as const;
export const ALL_METRICS = [
  'officials',
  'roles',
  'rolesLenient',
  'directives',
  'lineage',
  'supervisionTriples',
  'supervisionPairs',
  'supervisionPeople',
  'supervisionHosts',
] as const;

export interface ScoreReport {
  documents: number;
  macroF1: number;
  f1: Record<string, number>;
  precision: Record<string, number>;
  recall: Record<string, number>;
  accuracy: Record<string, number>;
}

export function scorerPath(): string {
  return path.resolve(benchRoot(), '..', 'shared', 'eval', 'score.mjs');
}

interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** Writes predictions and the matching gold subset under `workDir`, runs score.mjs --json. */
export function scoreGenerated(
  results: readonly ExtractionResult[],
  goldDir: string,
  workDir: string,
): ScoreReport | { error: string } {
  const scorer = scorerPath();
  if (!existsSync(scorer)) return { error: `scorer not found at ${scorer}` };
  const subset = path.join(workDir, 'gold');
  rmSync(subset, { recursive: true, force: true });
  mkdirSync(subset, { recursive: true });
  for (const r of results) {
    const g = path.join(goldDir, `${r.document.id}.json`);
    if (existsSync(g)) copyFileSync(g, path.join(subset, `${r.document.id}.json`));
  }
  const predFile = path.join(workDir, 'pred.jsonl');
  writeFileSync(predFile, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  let out: string;
  try {
    out = execFileSync(process.execPath, [scorer, '--gold', subset, '--pred', predFile, '--json'], {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
    });
  } catch (e) {
    return { error: `score.mjs failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  const parsed = JSON.parse(out) as { summary: Record<string, Prf & { acc?: number }> };
  const f1: Record<string, number> = {};
  const precision: Record<string, number> = {};
  const recall: Record<string, number> = {};
  for (const m of ALL_METRICS) {
    const s = parsed.summary[m];
    if (!s) continue;
    f1[m] = s.f1;
    precision[m] = s.p;
    recall[m] = s.r;
  }
  const accuracy: Record<string, number> = {};
  for (const k of ['directiveAttributes', 'supervisionDates', 'jurisdiction']) {
    const s = parsed.summary[k];
    if (s && typeof s.acc === 'number') accuracy[k] = s.acc;
  }
  const macroF1 = HEADLINE_METRICS.reduce((a, m) => a + (f1[m] ?? 0), 0) / HEADLINE_METRICS.length;
  return { documents: readdirSync(subset).length, macroF1, f1, precision, recall, accuracy };
}
