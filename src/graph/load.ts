/**
 * Loads extracted documents into Neo4j: batched, idempotent, one write transaction per batch.
 * A document whose sha256 is already stored is skipped; a changed one has its previous
 * assertions retracted and its new facts written in the same transaction (docs/GRAPH.md,
 * "Reloading"). A batch that fails is retried document by document so one bad document is
 * reported by name and the others still load.
 */
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { ExtractedDocument } from '../extract/types';
import { TX_TIMEOUT_MS } from './connection';
import { cypher, statements } from './cypher';
import {
  batchParams,
  documentRows,
  nodeIdKey,
  relationshipParams,
  type DocumentRows,
} from './rows';

/** A file that could not be read or extracted: reported by name, nothing written. */
export interface FailedDocument {
  failed: true;
  file: string;
  reason: string;
}

/** An extracted document, optionally with the file it came from (for failure messages). */
export type IngestItem = (ExtractedDocument & { file?: string }) | FailedDocument;

export interface IngestFailure {
  file: string;
  reason: string;
}

export interface IngestSummary {
  documents: {
    seen: number;
    loaded: number;
    unchanged: number;
    replaced: number;
    failed: number;
  };
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  failures: IngestFailure[];
  elapsedMs: number;
}

export interface IngestProgress {
  /** Documents finished (loaded, unchanged, replaced or failed). */
  done: number;
  summary: IngestSummary;
}

export interface IngestOptions {
  /** Documents per write transaction. */
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Ingest time (dates roles whose document has no full event date). Default: now. */
  now?: () => Date;
  /** Attempts for a batch that meets a transient/unavailable database error. Default 3 (each on top of executeWrite's own retries). */
  maxAttempts?: number;
  /** First backoff delay in ms, doubled at each attempt. Default 500. */
  backoffMs?: number;
}

// Chosen by measurement (docs/GRAPH.md, "Loading cost"): Neo4j CPU per document still falls
// from 200 to 500 and 1,000; 500 keeps extraction overlapping the writes on a few thousand files.
export const DEFAULT_BATCH_SIZE = 500;

/** The database cannot be reached (after retries): the whole ingest stops. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`database unavailable: ${errorMessage(cause)}`);
    this.name = 'DatabaseUnavailableError';
  }
}

interface Pending {
  file: string;
  rows: DocumentRows;
}

type Outcome = 'loaded' | 'unchanged' | 'replaced';

interface BatchResult {
  outcomes: Map<string, Outcome>;
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
}

/** Node statements: each MERGEs one label's rows and returns their element ids by key. */
const NODE_FILES = [
  'load-documents',
  'load-organizations',
  'load-officials',
  'load-directives',
  'load-supervisions',
];

/** Loads documents; resolves with what happened, throws DatabaseUnavailableError if the DB is gone. */
export async function ingestDocuments(
  driver: Driver,
  docs: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const now = options.now ?? (() => new Date());
  const summary: IngestSummary = {
    documents: { seen: 0, loaded: 0, unchanged: 0, replaced: 0, failed: 0 },
    nodesCreated: 0,
    relationshipsCreated: 0,
    nodesDeleted: 0,
    relationshipsDeleted: 0,
    failures: [],
    elapsedMs: 0,
  };
  let done = 0;
  const progress = (): void => {
    summary.elapsedMs = Date.now() - started;
    options.onProgress?.({ done, summary });
  };
  const fail = (file: string, reason: string): void => {
    summary.documents.failed += 1;
    summary.failures.push({ file, reason });
    done += 1;
  };

  const session = driver.session();
  try {
    const write = (batch: Pending[]): Promise<BatchResult> =>
      withRetry(
        () =>
          session.executeWrite((tx) => writeBatch(tx, batch), {
            timeout: TX_TIMEOUT_MS,
          }),
        options,
      );

    const flush = async (batch: Pending[]): Promise<void> => {
      if (batch.length === 0) return;
      let results: { item: Pending; result?: BatchResult; error?: unknown }[];
      try {
        const result = await write(batch);
        results = [{ item: batch[0], result }, ...batch.slice(1).map((item) => ({ item }))];
      } catch (err) {
        if (err instanceof DatabaseUnavailableError) throw err;
        if (batch.length === 1) {
          results = [{ item: batch[0], error: err }];
        } else {
          // Isolate the document that broke the batch: each in its own transaction.
          results = [];
          for (const item of batch) {
            try {
              results.push({ item, result: await write([item]) });
            } catch (e) {
              if (e instanceof DatabaseUnavailableError) throw e;
              results.push({ item, error: e });
            }
          }
        }
      }
      for (const { item, result, error } of results) {
        if (error !== undefined) {
          fail(item.file, errorMessage(error));
          continue;
        }
        if (result) {
          summary.nodesCreated += result.nodesCreated;
          summary.relationshipsCreated += result.relationshipsCreated;
          summary.nodesDeleted += result.nodesDeleted;
          summary.relationshipsDeleted += result.relationshipsDeleted;
          for (const outcome of result.outcomes.values()) {
            summary.documents[outcome] += 1;
            done += 1;
          }
        }
      }
      progress();
    };

    // One batch is written while the next is read and extracted (the database and the
    // extractor work in parallel); batches still commit one after the other, in input order.
    let inflight: Promise<void> = Promise.resolve();
    const submit = async (b: Pending[]): Promise<void> => {
      await inflight;
      inflight = flush(b);
      inflight.catch(() => undefined); // awaited (and rethrown) by the next submit or at the end
    };
    let batch: Pending[] = [];
    let ids = new Set<string>();
    for await (const item of docs) {
      summary.documents.seen += 1;
      if ('failed' in item) {
        fail(item.file, item.reason);
        progress();
        continue;
      }
      const file = item.file ?? item.result.document.id;
      if (item.result.error) {
        fail(file, item.result.error);
        progress();
        continue;
      }
      let rows: DocumentRows;
      try {
        rows = documentRows(item, now());
      } catch (err) {
        fail(file, errorMessage(err));
        progress();
        continue;
      }
      // The same id twice in one batch: the later version must see the earlier one stored.
      if (ids.has(rows.id)) {
        await submit(batch);
        batch = [];
        ids = new Set();
      }
      batch.push({ file, rows });
      ids.add(rows.id);
      if (batch.length >= batchSize) {
        await submit(batch);
        batch = [];
        ids = new Set();
      }
    }
    await submit(batch);
    await inflight;
  } finally {
    await session.close();
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}

/** One batch in one transaction: skip unchanged, retract changed, write, reconcile. */
async function writeBatch(tx: ManagedTransaction, batch: Pending[]): Promise<BatchResult> {
  const out: BatchResult = {
    outcomes: new Map(),
    nodesCreated: 0,
    relationshipsCreated: 0,
    nodesDeleted: 0,
    relationshipsDeleted: 0,
  };
  const count = (res: QueryResult): void => {
    const c = res.summary.counters.updates();
    out.nodesCreated += c.nodesCreated;
    out.relationshipsCreated += c.relationshipsCreated;
    out.nodesDeleted += c.nodesDeleted;
    out.relationshipsDeleted += c.relationshipsDeleted;
  };

  const check = await tx.run(
    cypher('load-check'),
    batchParam({ docs: batch.map((p) => ({ id: p.rows.id })) }),
  );
  const stored = new Map<string, string | null>();
  for (const rec of check.records) {
    stored.set(rec.get('id') as string, rec.get('sha256') as string | null);
  }
  const toWrite: DocumentRows[] = [];
  const toRetract: string[] = [];
  for (const { rows } of batch) {
    const sha = stored.get(rows.id);
    if (sha === rows.sha256) {
      out.outcomes.set(rows.id, 'unchanged');
    } else if (sha === null || sha === undefined) {
      out.outcomes.set(rows.id, 'loaded');
      toWrite.push(rows);
    } else {
      out.outcomes.set(rows.id, 'replaced');
      toRetract.push(rows.id);
      toWrite.push(rows);
    }
  }

  // Statements are sent without waiting for each other (the driver pipelines them on the
  // transaction's connection; the server runs them in order): one round trip, not thirty.
  if (toRetract.length > 0) {
    const touched = new Set<string>();
    const results = await Promise.all(
      statements(cypher('retract-document')).map((q) => tx.run(q, batchParam({ ids: toRetract }))),
    );
    for (const res of results) {
      count(res);
      for (const rec of res.records) {
        for (const id of rec.get('touched') as string[]) touched.add(id);
      }
    }
    if (touched.size > 0) {
      count(await tx.run(cypher('retract-orphans'), batchParam({ touched: [...touched] })));
    }
  }

  if (toWrite.length > 0) {
    const params = batchParams(toWrite);
    // Each statement gets only the lists it reads: the server decodes every parameter it is
    // sent, and sending the whole batch (document texts included) to each of the ~20 statements
    // cost more than running them.
    const nodeIds = new Map<string, string>();
    const nodeQueries = NODE_FILES.flatMap((file) => statements(cypher(file))).filter(
      (q) => !unwoundListIsEmpty(q, params),
    );
    for (const res of await Promise.all(nodeQueries.map((q) => tx.run(q, paramsOf(q, params))))) {
      count(res);
      const rec = res.records[0];
      if (!rec) continue;
      const label = rec.get('label') as string;
      const keys = rec.get('keys') as string[];
      const ids = rec.get('ids') as string[];
      for (let i = 0; i < keys.length; i++) nodeIds.set(nodeIdKey(label, keys[i]), ids[i]);
    }
    // Then the relationships, their endpoints found by element id (one round trip more per
    // batch; an index seek per endpoint less).
    const rels = relationshipParams(params, nodeIds);
    const relQueries = statements(cypher('load-relationships')).filter(
      (q) => !unwoundListIsEmpty(q, rels),
    );
    for (const res of await Promise.all(relQueries.map((q) => tx.run(q, paramsOf(q, rels))))) {
      count(res);
    }

    count(
      await tx.run(
        cypher('load-reconcile-directives'),
        batchParam({ directiveGroups: params.directiveGroups }),
      ),
    );
  }
  return out;
}

/**
 * A statement's parameters as the one map `$batch` (`UNWIND $batch.organizations AS row`), never
 * as top-level lists: Neo4j's query cache keys a plan by the size class of each top-level list or
 * string parameter (0, 1, up to 10, 100, 1,000, 10,000, …), so lists of 961 and 1,250 rows made
 * two plans of one statement, planned (and their planner code JIT-compiled) while loading. A map
 * has no size class: one plan per statement.
 */
function batchParam(lists: Record<string, unknown>): { batch: Record<string, unknown> } {
  return { batch: lists };
}

/** The lists `query` refers to ($batch.name), taken from `params`, as its `$batch` parameter. */
function paramsOf(query: string, params: object): { batch: Record<string, unknown> } {
  const all = params as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const m of query.matchAll(/\$batch\.(\w+)/g)) out[m[1]] = all[m[1]];
  return batchParam(out);
}

/** Skips a statement whose UNWIND list is empty (it would do nothing, at the cost of a round trip). */
function unwoundListIsEmpty(query: string, params: object): boolean {
  const m = /UNWIND\s+\$batch\.(\w+)/.exec(query);
  if (!m) return false;
  const value = (params as Record<string, unknown>)[m[1]];
  return Array.isArray(value) && value.length === 0;
}

/** True for errors that say the database is (momentarily) unreachable or busy. */
export function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.')
  );
}

/**
 * Runs `work`, retrying transient/unavailable errors with exponential backoff (on top of the
 * driver's own retries in executeWrite); past the bound, throws DatabaseUnavailableError.
 */
async function withRetry<T>(work: () => Promise<T>, options: IngestOptions): Promise<T> {
  const attempts = Math.max(1, options.maxAttempts ?? 3);
  let delay = options.backoffMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      if (attempt >= attempts) throw new DatabaseUnavailableError(err);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }
}

function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message.split('\n')[0];
  return String(err);
}
