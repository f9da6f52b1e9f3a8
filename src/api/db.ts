import neo4j, { type Driver, isInt, Neo4jError } from 'neo4j-driver';
import { GraphQLError } from 'graphql';

/** Error codes a client can act on; every other failure is masked as an internal error. */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
export const DATABASE_TIMEOUT = 'DATABASE_TIMEOUT';

export interface ApiDbOptions {
  /** Server-side transaction timeout and client-side deadline of one read, in ms. */
  queryTimeoutMs: number;
  /** Neo4j database name, when not the default. */
  database?: string;
  /**
   * When no attempt has reached the server after this many ms, the read fails with
   * DATABASE_UNAVAILABLE rather than waiting for the driver's retries (default 5000).
   */
  unavailableAfterMs?: number;
}

/** A plain JSON-like value: neo4j integers, temporals and nodes converted (see `toPlain`). */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };
export type Row = Record<string, Plain>;

/**
 * The API's only way to the database, one instance per GraphQL request: every call is a read
 * transaction with a timeout, and `roundTrips` counts them (tests assert a root field costs a
 * bounded number, however many items it returns).
 */
export class ApiDb {
  roundTrips = 0;

  constructor(
    private readonly driver: Driver,
    private readonly options: ApiDbOptions,
  ) {}

  /**
   * Runs one read query, its parameters given to it as the map `$args`, and returns its records
   * as plain objects. The query runs
   * as an auto-commit read (RUN and PULL in one exchange, no BEGIN/COMMIT): a single read needs
   * no explicit transaction, and this halves the messages per request. Transient failures (an
   * unreachable server among them) are retried, as the driver's managed transactions would,
   * until `unavailableAfterMs`; the deadline below answers the client when nothing comes back.
   */
  async read(query: string, params: Record<string, unknown>): Promise<Row[]> {
    this.roundTrips += 1;
    const timeout = this.options.queryTimeoutMs;
    const unavailableAfter = this.options.unavailableAfterMs ?? 5000;
    // The last failed attempt's error tells an unreachable server (unavailable) from a slow
    // query (timeout) when a deadline passes; an attempt still in flight may be planning, or
    // may wait on a dead connection (checked when `unavailableAfter` passes).
    const state: { lastError?: unknown; done: boolean } = { done: false };
    const started = Date.now();
    const work = this.attempts(query, params, timeout, unavailableAfter, started, state);
    let timer: NodeJS.Timeout | undefined;
    let early: NodeJS.Timeout | undefined;
    const unreachable = (): boolean =>
      state.lastError !== undefined && isUnavailable(state.lastError);
    const deadline = new Promise<never>((_resolve, reject) => {
      early = setTimeout(() => {
        if (unreachable()) {
          reject(unavailableError());
          return;
        }
        // No answer yet and no failure: a slow query, or a server gone without closing its
        // connections. Ask it directly, briefly; no answer means unavailable.
        void reachable(this.driver, REACHABLE_TIMEOUT_MS).then((up) => {
          if (!up && !state.done) reject(unavailableError());
        });
      }, unavailableAfter);
      timer = setTimeout(() => {
        const mapped = state.lastError === undefined ? undefined : mapDbError(state.lastError);
        if (mapped instanceof GraphQLError) reject(mapped);
        else if (unreachable()) reject(unavailableError());
        else reject(timeoutError()); // no attempt failed to connect: a slow query
      }, timeout + 1000);
    });
    try {
      return await Promise.race([work, deadline]);
    } catch (err) {
      throw mapDbError(err);
    } finally {
      state.done = true;
      clearTimeout(timer);
      clearTimeout(early);
      work.catch(() => undefined);
    }
  }

  private async attempts(
    query: string,
    params: Record<string, unknown>,
    timeout: number,
    unavailableAfter: number,
    started: number,
    state: { lastError?: unknown; done: boolean },
  ): Promise<Row[]> {
    for (let delay = 50; ; delay = Math.min(delay * 2, 1000)) {
      const session = this.driver.session({
        defaultAccessMode: neo4j.session.READ,
        ...(this.options.database ? { database: this.options.database } : {}),
      });
      try {
        // One map parameter, `$args`: Neo4j caches a plan per query text and per type and size
        // class of each top-level string or list parameter (keys of 7, 15, 700 and 7,000
        // characters got four plans of the same query, each planned for seconds on a busy
        // machine); the entries of a map parameter do not enter the cache key.
        const res = await session.run(query, { args: params }, { timeout });
        return res.records.map((r) => toPlain(r.toObject()) as Row);
      } catch (err) {
        state.lastError = err;
        const retriable = err instanceof Neo4jError && err.retryable;
        if (!retriable || state.done || Date.now() - started + delay >= unavailableAfter) throw err;
      } finally {
        session.close().catch(() => undefined);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** How long the reachability check of a read without an answer may take. */
const REACHABLE_TIMEOUT_MS = 2000;

/** Whether the server answers a connectivity check within `ms` (also the /health check). */
export async function reachable(driver: Driver, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const check = driver.verifyConnectivity().then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function unavailableError(): GraphQLError {
  return new GraphQLError('The database is unavailable; try again later.', {
    extensions: { code: DATABASE_UNAVAILABLE },
  });
}

function timeoutError(): GraphQLError {
  return new GraphQLError('The database did not answer in time; narrow the query or retry.', {
    extensions: { code: DATABASE_TIMEOUT },
  });
}

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.TransactionTimedOut',
]);
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Security.Unauthorized',
]);

function isUnavailable(err: unknown): boolean {
  return err instanceof Neo4jError && UNAVAILABLE_CODES.has(err.code);
}

/** Maps driver errors to the client-facing codes; anything else stays internal (masked). */
export function mapDbError(err: unknown): unknown {
  if (err instanceof GraphQLError) return err;
  if (err instanceof Neo4jError) {
    if (TIMEOUT_CODES.has(err.code) || /timed? ?out/i.test(err.message)) return timeoutError();
    if (UNAVAILABLE_CODES.has(err.code)) return unavailableError();
  }
  return err;
}

/** Converts driver values (Integer, temporal, Node) into plain JSON-like values. */
export function toPlain(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (isInt(v)) return v.toNumber();
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(toPlain);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (o.properties && typeof o.properties === 'object' && Array.isArray(o.labels)) {
      return toPlain(o.properties);
    }
    if (typeof o.toString === 'function' && o.toString !== Object.prototype.toString) {
      // neo4j temporal types (DateTime, Date...) print as ISO strings
      if ('year' in o || 'hour' in o || 'months' in o) return o.toString();
    }
    const out: { [key: string]: Plain } = {};
    for (const [k, val] of Object.entries(o)) out[k] = toPlain(val);
    return out;
  }
  return String(v);
}
