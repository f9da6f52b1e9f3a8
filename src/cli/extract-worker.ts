/**
 * `kg extract` on worker threads: each worker reads and extracts the files it is sent and
 * answers with the finished output lines, so only short strings cross threads, never result
 * objects. Also the one place a file becomes its output line, for the single-thread path.
 */
import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument, type ExtractionResult } from '../extract';
import { documentId, readFailure, readSourceSync } from './files';

/** A batch of files (by their index in the input list) for one worker. */
export interface ExtractRequest {
  batch: number;
  files: string[];
}

/** One output line per file (with its "\n"), and the error reported for it, if any. */
export interface ExtractReply {
  batch: number;
  lines: string[];
  errors: (string | null)[];
  /** An exception that is not about one file (a bug): the command fails with it. */
  fatal?: string;
}

export interface WorkerOptions {
  kgExtract: true;
  jsonl: boolean;
}

/**
 * V8 settings for extraction, set before its code is compiled; process-wide, so worker threads
 * share them. Without inlining, TurboFan compiles the large, shape-polymorphic stage functions
 * (canonicalOrg, supervisionsOf, extractText) several times faster, and recompiles them faster
 * after each deoptimisation: the first thousand or two documents of a run, spent mostly in
 * compilation, take a third less CPU, and warm throughput measured the same or better.
 * Re-measured after the span memo (`kg extract --threads 1` on 1,000 real and 1,000 generated
 * files, with and without, alternating): less CPU in 9 of 10 pairs, 16% in total.
 *
 * A larger interrupt budget (V8's default is 67,584) makes TurboFan wait for more feedback
 * before it compiles a function: fewer functions optimised only to deoptimise on the next
 * article's new object shapes and be compiled again (buildContext was compiled 9 times, items,
 * extractText, appositions 5 times each over 1,000 real articles). Meanwhile functions run as
 * Sparkplug baseline code, compiled at once (always-sparkplug: cheap, no feedback needed).
 * Measured on 1,000 real articles (separate processes, alternating, 2 cores under load 15-20):
 * first pass 2.5-3.0 CPU-s against 3.7-4.6, compiler threads 0.9-1.1 against 2.2-3.0 CPU-s;
 * 3,000 articles 7.3-7.6 against 8.1-8.3 CPU-s. The main thread alone does a little more
 * (5.7-6.0 against 5.1-5.2 CPU-s on the 3,000), the price of the later optimisation.
 */
export function tuneV8ForExtraction(): void {
  v8.setFlagsFromString('--no-turbo-inlining');
  v8.setFlagsFromString('--always-sparkplug');
  v8.setFlagsFromString('--interrupt-budget=400000');
}

function emptyResult(id: string, error: string): ExtractionResult {
  return {
    document: { id, title: null, source: null, jurisdiction: null, eventDate: null },
    officials: [],
    organizations: [],
    directives: [],
    supervisions: [],
    error,
  };
}

/** Extracts one file; a file that cannot be read or decoded becomes a result with `error`. */
export function extractFile(file: string): ExtractionResult {
  let source;
  try {
    source = readSourceSync(file);
  } catch (err) {
    return emptyResult(documentId(file), `${file}: ${readFailure(err)}`);
  }
  const { result } = extractDocument(source);
  if (result.error) result.error = `${file}: ${result.error}`;
  return result;
}

/** The text `kg extract` prints for one result. */
export function formatResult(result: ExtractionResult, jsonl: boolean): string {
  return jsonl ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`;
}

const options = workerData as WorkerOptions | undefined;
if (parentPort && options?.kgExtract) {
  const port = parentPort;
  port.on('message', (req: ExtractRequest) => {
    const reply: ExtractReply = { batch: req.batch, lines: [], errors: [] };
    try {
      for (const file of req.files) {
        const result = extractFile(file);
        reply.lines.push(formatResult(result, options.jsonl));
        reply.errors.push(result.error ?? null);
      }
    } catch (err) {
      reply.fatal = err instanceof Error ? err.message : String(err);
    }
    port.postMessage(reply);
  });
}
