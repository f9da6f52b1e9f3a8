/**
 * worker_threads entry: extracts the documents it is sent and answers with a summary per
 * document (and the full results when asked, for scoring).
 */
import { parentPort } from 'node:worker_threads';
import { extractDocument, type ExtractionResult } from '../src/extract/index';

export interface ExtractTask {
  id: string;
  content: Uint8Array;
  fileName: string;
}

export interface DocSummary {
  id: string;
  bytes: number;
  officials: number;
  directives: number;
  supervisions: number;
  error?: string;
}

export interface WorkerRequest {
  batch: number;
  tasks: ExtractTask[];
  wantResults: boolean;
}

export interface WorkerReply {
  batch: number;
  summaries: DocSummary[];
  results?: ExtractionResult[];
}

/** Extracts one document; an exception or a result with `error` becomes the summary's error. */
export function extractOne(task: ExtractTask): { summary: DocSummary; result?: ExtractionResult } {
  const bytes = task.content.byteLength;
  try {
    const { result } = extractDocument({
      id: task.id,
      content: task.content,
      fileName: task.fileName,
    });
    return {
      summary: {
        id: task.id,
        bytes,
        officials: result.officials.length,
        directives: result.directives.length,
        supervisions: result.supervisions.length,
        ...(result.error ? { error: result.error } : {}),
      },
      result,
    };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      summary: { id: task.id, bytes, officials: 0, directives: 0, supervisions: 0, error: reason },
    };
  }
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (req: WorkerRequest) => {
    const summaries: DocSummary[] = [];
    const results: ExtractionResult[] = [];
    for (const task of req.tasks) {
      const { summary, result } = extractOne(task);
      summaries.push(summary);
      if (req.wantResults && result) results.push(result);
    }
    const reply: WorkerReply = {
      batch: req.batch,
      summaries,
      ...(req.wantResults ? { results } : {}),
    };
    port.postMessage(reply);
  });
}
