/**
 * The real news stream (shared/corpus/baomoi-2017.jsonl.gz): streamed with zlib + readline,
 * never unpacked to disk, extracted on every core; counts, errors and the documents with the
 * most officials (for a human to sample for precision).
 */
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createGunzip } from 'node:zlib';
import { extractPool, type ExtractRun } from './extract';
import type { DocSummary, ExtractTask } from './extract-worker';
import { benchRoot } from './util';

export interface RealCorpusReport {
  file: string;
  run: ExtractRun;
  /** Lines that were not a JSON article ({id, text}). */
  badLines: { line: number; reason: string }[];
  errors: { id: string; reason: string }[];
  officials: number;
  directives: number;
  supervisions: number;
  docsWithOfficials: number;
  docsWithSupervisions: number;
  topByOfficials: { id: string; officials: number; directives: number; supervisions: number }[];
}

export function realCorpusPath(): string {
  return path.resolve(benchRoot(), '..', 'shared', 'corpus', 'baomoi-2017.jsonl.gz');
}

/**
 * Articles of the gzipped JSONL stream as extraction tasks (title + blank line + text); lines
 * that are not an article go to `badLines`.
 */
export async function* realArticles(
  file: string,
  badLines: RealCorpusReport['badLines'],
  limit: number,
): AsyncGenerator<ExtractTask> {
  const rl = readline.createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  let n = 0;
  let count = 0;
  const encoder = new TextEncoder();
  for await (const line of rl) {
    n += 1;
    if (!line.trim()) continue;
    if (count >= limit) break;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      badLines.push({ line: n, reason: `not JSON: ${e instanceof Error ? e.message : String(e)}` });
      continue;
    }
    const rec = parsed as { id?: unknown; title?: unknown; text?: unknown };
    if (typeof rec.id !== 'string' || typeof rec.text !== 'string') {
      badLines.push({ line: n, reason: 'missing string "id" or "text"' });
      continue;
    }
    const title =
      typeof rec.title === 'string' && rec.title.trim() ? `${rec.title.trim()}\n\n` : '';
    count += 1;
    yield { id: rec.id, content: encoder.encode(title + rec.text), fileName: `${rec.id}.txt` };
  }
  rl.close();
}

export async function extractRealCorpus(options: {
  limit?: number;
  timeLimitMs?: number;
  threads?: number;
  top?: number;
  warmup?: ExtractTask[];
}): Promise<RealCorpusReport | undefined> {
  const file = realCorpusPath();
  if (!existsSync(file)) return undefined;
  const badLines: RealCorpusReport['badLines'] = [];
  const errors: RealCorpusReport['errors'] = [];
  let officials = 0;
  let directives = 0;
  let supervisions = 0;
  let docsWithOfficials = 0;
  let docsWithSupervisions = 0;
  const topN = options.top ?? 15;
  let top: DocSummary[] = [];
  const onSummary = (s: DocSummary): void => {
    if (s.error) errors.push({ id: s.id, reason: s.error });
    officials += s.officials;
    directives += s.directives;
    supervisions += s.supervisions;
    if (s.officials > 0) docsWithOfficials += 1;
    if (s.supervisions > 0) docsWithSupervisions += 1;
    if (s.officials > 0 && (top.length < topN || s.officials > top[top.length - 1].officials)) {
      top.push(s);
      top.sort((a, b) => b.officials - a.officials || a.id.localeCompare(b.id));
      top = top.slice(0, topN);
    }
  };
  const run = await extractPool(realArticles(file, badLines, options.limit ?? Infinity), {
    threads: options.threads,
    timeLimitMs: options.timeLimitMs,
    warmup: options.warmup,
    onSummary,
  });
  return {
    file,
    run,
    badLines,
    errors,
    officials,
    directives,
    supervisions,
    docsWithOfficials,
    docsWithSupervisions,
    topByOfficials: top.map((s) => ({
      id: s.id,
      officials: s.officials,
      directives: s.directives,
      supervisions: s.supervisions,
    })),
  };
}
