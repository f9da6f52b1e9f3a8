/**
 * Extraction quality gate: runs the extractor in-process on the project's own test set
 * (test/extraction/docs) and on the seed documents (seeds/), exactly as `kg extract --jsonl`
 * would, and scores the output with the shared scorer (../shared/eval/score.mjs) against the
 * hand-written gold. Fails when macro-F1 (mean F1 of officials, roles, directives,
 * supervisionTriples) falls below the threshold.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  realpathSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractDocument, type ExtractionResult } from '../../src/extract/index';
import { INPUT_EXTENSIONS, documentId, listInputFiles, readSource } from '../../src/cli/files';

const REPO = path.resolve(__dirname, '../..');
// The real path: score.mjs runs its main only when argv[1] is its own resolved file name.
const SCORER_PATH = path.resolve(__dirname, '../../../shared/eval/score.mjs');
const SCORER = existsSync(SCORER_PATH) ? realpathSync(SCORER_PATH) : SCORER_PATH;
const DOCS = path.join(__dirname, 'docs');
const GOLD = path.join(__dirname, 'gold');
const SEEDS = path.join(REPO, 'seeds');
const SEED_GOLD = path.resolve(REPO, '../shared/gold/seeds');

const HEADLINE = ['officials', 'roles', 'directives', 'supervisionTriples'] as const;
const ALL_METRICS = [
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
const RATIOS = ['directiveAttributes', 'supervisionDates', 'jurisdiction'] as const;

interface Prf {
  tp: number;
  pred: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
}
interface Ratio {
  ok: number;
  all: number;
  acc: number;
}
interface ScoreReport {
  summary: Record<string, Prf | Ratio>;
  perDoc: Record<string, Record<string, { missed?: string[]; extra?: string[] }>>;
}

function requireScorer(): void {
  if (!existsSync(SCORER)) {
    throw new Error(
      `The shared scorer is missing: expected ${SCORER} (the shared/ folder must sit beside the clone).`,
    );
  }
}

/** What `kg extract --jsonl` prints: one result per file, an error line when a file fails. */
async function extractToJsonl(dir: string, out: string): Promise<number> {
  const files = await listInputFiles([dir]);
  const lines: string[] = [];
  for (const file of files) {
    let result: ExtractionResult;
    try {
      const extracted = await Promise.resolve(extractDocument(await readSource(file)));
      result = extracted.result;
    } catch (err) {
      result = {
        document: {
          id: documentId(file),
          title: null,
          source: null,
          jurisdiction: null,
          eventDate: null,
        },
        officials: [],
        organizations: [],
        directives: [],
        supervisions: [],
        error: `${path.basename(file)}: ${err instanceof Error ? err.message : String(err)}`,
      };
    }
    lines.push(JSON.stringify(result));
  }
  writeFileSync(out, lines.join('\n') + '\n', 'utf8');
  return files.length;
}

function runScorer(goldDir: string, predFile: string): ScoreReport {
  const run = spawnSync(
    process.execPath,
    [SCORER, '--gold', goldDir, '--pred', predFile, '--json'],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.status !== 0) {
    throw new Error(`score.mjs failed (exit ${String(run.status)}): ${run.stderr}`);
  }
  return JSON.parse(run.stdout) as ScoreReport;
}

function isPrf(x: Prf | Ratio | undefined): x is Prf {
  return x !== undefined && 'f1' in x;
}

function describeReport(label: string, report: ScoreReport): { macro: number; text: string } {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
  const rows: string[] = [`${label}`];
  for (const m of ALL_METRICS) {
    const s = report.summary[m];
    if (isPrf(s)) {
      rows.push(
        `  ${m.padEnd(20)} P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f1)}  (tp ${s.tp}, pred ${s.pred}, gold ${s.gold})`,
      );
    }
  }
  for (const k of RATIOS) {
    const s = report.summary[k];
    if (s && !isPrf(s)) rows.push(`  ${k.padEnd(20)} ${pct(s.acc)}%  (${s.ok}/${s.all})`);
  }
  const f1s = HEADLINE.map((m) => {
    const s = report.summary[m];
    if (!isPrf(s)) throw new Error(`score.mjs summary has no F1 for ${m}`);
    return s.f1;
  });
  const macro = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  rows.push(`  macro-F1 ${pct(macro)} (officials, roles, directives, supervisionTriples)`);
  const misses: string[] = [];
  for (const [id, doc] of Object.entries(report.perDoc)) {
    for (const m of HEADLINE) {
      const r = doc[m];
      if (r && ((r.missed?.length ?? 0) > 0 || (r.extra?.length ?? 0) > 0)) {
        misses.push(
          `  ${id} ${m}: missed ${JSON.stringify(r.missed ?? [])} extra ${JSON.stringify(r.extra ?? [])}`,
        );
      }
    }
  }
  if (misses.length) rows.push('  differences:', ...misses);
  return { macro, text: rows.join('\n') };
}

async function scoreSet(label: string, docsDir: string, goldDir: string): Promise<number> {
  requireScorer();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kg-extraction-'));
  try {
    const pred = path.join(tmp, 'pred.jsonl');
    const n = await extractToJsonl(docsDir, pred);
    expect(n).toBeGreaterThan(0);
    const { macro, text } = describeReport(`${label} (${n} documents)`, runScorer(goldDir, pred));
    console.log(text);
    return macro;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------- gold file validation ----------

const KINDS = new Set(['giám sát', 'kiểm tra', 'khảo sát', 'làm việc']);
const DATE_RE = /^(\d{4}|\?{4})-\d{2}-\d{2}$/;

function isStringList(x: unknown): x is string[] {
  return Array.isArray(x) && x.length > 0 && x.every((s) => typeof s === 'string' && s.trim());
}
function isFormsList(x: unknown): x is string[][] {
  return Array.isArray(x) && x.every(isStringList);
}

/** Returns the problems of one gold file (empty when it is well-formed). */
function goldProblems(file: string, raw: string): string[] {
  const errs: string[] = [];
  let g: Record<string, unknown>;
  try {
    g = JSON.parse(raw) as Record<string, unknown>;
  } catch (err) {
    return [`does not parse: ${err instanceof Error ? err.message : String(err)}`];
  }
  const want = path.basename(file, '.json');
  if (g.id !== want) errs.push(`id ${JSON.stringify(g.id)} differs from the file name ${want}`);
  if (!(g.jurisdiction === null || typeof g.jurisdiction === 'string'))
    errs.push('jurisdiction must be a string or null');
  if (typeof g.notes !== 'string' || !g.notes.trim()) errs.push('notes missing');

  const people = new Set<string>();
  if (!Array.isArray(g.officials)) errs.push('officials must be a list');
  else
    for (const o of g.officials as Record<string, unknown>[]) {
      if (typeof o.name !== 'string' || !o.name.trim()) errs.push('official without a name');
      else people.add(o.name.normalize('NFC'));
      if (!isFormsList(o.roles)) errs.push(`roles of ${String(o.name)} must be lists of forms`);
      if (o.optionalRoles !== undefined && !isFormsList(o.optionalRoles))
        errs.push(`optionalRoles of ${String(o.name)} must be lists of forms`);
    }
  for (const key of ['optionalOfficials', 'optionalDirectives'] as const) {
    const v = g[key];
    if (v !== undefined && !(Array.isArray(v) && v.every((s) => typeof s === 'string')))
      errs.push(`${key} must be a list of strings`);
  }
  for (const n of (g.optionalOfficials as string[] | undefined) ?? [])
    people.add(n.normalize('NFC'));

  const symbols = new Set<string>();
  if (!Array.isArray(g.directives)) errs.push('directives must be a list');
  else
    for (const d of g.directives as Record<string, unknown>[]) {
      if (typeof d.symbol !== 'string' || !d.symbol.trim()) errs.push('directive without symbol');
      else symbols.add(d.symbol);
      if (typeof d.type !== 'string' || !d.type.trim()) errs.push(`type of ${String(d.symbol)}`);
      if (!(d.date === null || (typeof d.date === 'string' && DATE_RE.test(d.date))))
        errs.push(`date of ${String(d.symbol)} must be ISO, ????-MM-DD or null`);
      if (!(Array.isArray(d.issuer) && d.issuer.every((s) => typeof s === 'string')))
        errs.push(`issuer of ${String(d.symbol)} must be a list of forms`);
    }
  const known = new Set([...symbols, ...((g.optionalDirectives as string[] | undefined) ?? [])]);
  if (!Array.isArray(g.lineage)) errs.push('lineage must be a list');
  else
    for (const l of g.lineage as Record<string, unknown>[]) {
      if (typeof l.child !== 'string' || typeof l.parent !== 'string')
        errs.push('lineage needs child and parent symbols');
      else if (!known.has(l.child) || !known.has(l.parent))
        errs.push(`lineage ${l.child} > ${l.parent} names a directive not in the gold`);
    }
  if (!Array.isArray(g.supervisions)) errs.push('supervisions must be a list');
  else
    for (const [i, s] of (g.supervisions as Record<string, unknown>[]).entries()) {
      const at = `supervision ${i}`;
      if (typeof s.kind !== 'string' || !KINDS.has(s.kind)) errs.push(`${at}: bad kind`);
      if (!(s.date === null || (typeof s.date === 'string' && DATE_RE.test(s.date))))
        errs.push(`${at}: date must be ISO, ????-MM-DD or null`);
      if (!isFormsList(s.conductedBy)) errs.push(`${at}: conductedBy must be lists of forms`);
      if (!isFormsList(s.targets) || (s.targets as string[][]).length === 0)
        errs.push(`${at}: targets must be a non-empty list of forms`);
      if (!(s.leader === null || typeof s.leader === 'string')) errs.push(`${at}: leader`);
      if ((s.conductedBy as unknown[] | undefined)?.length === 0 && !s.leader)
        errs.push(`${at}: no supervisor (neither conductedBy nor leader)`);
      const named = [
        ...(typeof s.leader === 'string' ? [s.leader] : []),
        ...((s.participants as string[] | undefined) ?? []),
        ...((s.hosts as string[] | undefined) ?? []),
      ];
      for (const key of ['participants', 'hosts', 'directives'] as const)
        if (!Array.isArray(s[key])) errs.push(`${at}: ${key} must be a list`);
      for (const n of named)
        if (!people.has(n.normalize('NFC'))) errs.push(`${at}: ${n} is not among the officials`);
      for (const d of (s.directives as string[] | undefined) ?? [])
        if (!known.has(d)) errs.push(`${at}: directive ${d} is not in the gold`);
    }
  return errs;
}

describe('extraction test set (test/extraction)', () => {
  it('has one well-formed gold file per document', () => {
    const docs = readdirSync(DOCS)
      .filter((f) => INPUT_EXTENSIONS.includes(path.extname(f).toLowerCase()))
      .map(documentId)
      .sort();
    const golds = readdirSync(GOLD)
      .filter((f) => f.endsWith('.json'))
      .map((f) => path.basename(f, '.json'))
      .sort();
    expect(docs.length).toBeGreaterThanOrEqual(32);
    expect(golds).toEqual(docs);
    const problems: string[] = [];
    for (const id of golds) {
      const file = path.join(GOLD, `${id}.json`);
      for (const p of goldProblems(file, readFileSync(file, 'utf8'))) problems.push(`${id}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  it('extractor reaches macro-F1 >= 0.95 on the test set', async () => {
    const macro = await scoreSet('test/extraction', DOCS, GOLD);
    expect(macro).toBeGreaterThanOrEqual(0.95);
  });
});

describe('seed documents (seeds/ with ../shared/gold/seeds)', () => {
  it('extractor reaches macro-F1 >= 0.97 on the seeds', async () => {
    if (!existsSync(SEED_GOLD)) {
      throw new Error(`Seed gold is missing: expected ${SEED_GOLD} beside the clone.`);
    }
    const macro = await scoreSet('seeds', SEEDS, SEED_GOLD);
    expect(macro).toBeGreaterThanOrEqual(0.97);
  });
});
