import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import {
  lexicographicSortSchema,
  printSchema,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { Driver } from 'neo4j-driver';
import { buildSchemaSync } from 'type-graphql';
import type { ApiContext } from './context';
import { ApiDb, DATABASE_TIMEOUT, DATABASE_UNAVAILABLE, reachable } from './db';
import { ApolloPath, FastGraphql, INTERNAL_ERROR, NOT_JSON, TOO_LARGE } from './http';
import {
  cachedComplexity,
  complexityLimitPlugin,
  depthLimitRule,
  MAX_COMPLEXITY,
  MAX_DEPTH,
} from './limits';
import { createLoaders } from './loaders';
import { playgroundRouter } from './playground';
import { RESOLVERS } from './resolvers';
import { warmUpOperations } from './warmup';

export const GRAPHQL_PATH = '/graphql';
export const DEFAULT_QUERY_TIMEOUT_MS = 30_000;
export const HEALTH_TIMEOUT_MS = 2_000;
export const WARM_UP_LIMIT_MS = 60_000;

let schemaCache: GraphQLSchema | undefined;

/** The GraphQL schema built from the type-graphql classes (built once per process). */
export function buildApiSchema(): GraphQLSchema {
  schemaCache ??= buildSchemaSync({ resolvers: RESOLVERS, validate: false });
  return schemaCache;
}

/** The schema as committed in schema/schema.graphql: SDL, types and fields sorted. */
export function printApiSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildApiSchema()))}\n`;
}

export interface AppOptions {
  driver: Driver;
  /** Neo4j database name, when not the default one. */
  database?: string;
  /** Timeout of each read transaction (ms). */
  queryTimeoutMs?: number;
  maxDepth?: number;
  maxComplexity?: number;
  /** Adds `extensions.dbRoundTrips` to every response (tests and the bench count queries). */
  exposeRoundTrips?: boolean;
  /** Where masked internal errors are reported (default: stderr). */
  logError?: (error: unknown) => void;
  /** The HTTP server the app will listen on, drained on stop. */
  httpServer?: http.Server;
  /**
   * Who answers requests to GRAPHQL_PATH: 'fast' (default), plain JSON POSTs executed by
   * graphql-js and everything else by Apollo; 'apollo', every request through Apollo's
   * executeHTTPGraphQLRequest. See src/api/http.ts and README, Performance.
   */
  httpPath?: 'fast' | 'apollo';
}

export interface App {
  app: Express;
  apollo: ApolloServer<ApiContext>;
  schema: GraphQLSchema;
  /** Answers requests to GRAPHQL_PATH ahead of `app` (see src/api/http.ts); false: not its. */
  graphqlHttp: { handle(req: http.IncomingMessage, res: http.ServerResponse): boolean };
}

/** Request body limit of GRAPHQL_PATH (bytes), as express.json's '200kb'. */
const BODY_LIMIT = 200 * 1024;

/** Codes whose message is meant for the client; everything else is masked. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  DATABASE_UNAVAILABLE,
  DATABASE_TIMEOUT,
]);

function defaultLogError(error: unknown): void {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`kg serve: internal error: ${text}\n`);
}

/** Keeps client errors (without stack traces); masks anything else as "Internal server error". */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logError: (error: unknown) => void = defaultLogError,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code },
    };
  }
  const original =
    error && typeof error === 'object' && 'originalError' in error ? error.originalError : error;
  logError(original ?? error);
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function roundTripsPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              dbRoundTrips: contextValue.db.roundTrips,
            };
          }
        },
      };
    },
  };
}

/** `{"status":"ok","database":"up"}` when Neo4j answers within HEALTH_TIMEOUT_MS. */
function databaseUp(driver: Driver): Promise<boolean> {
  return reachable(driver, HEALTH_TIMEOUT_MS);
}

/** The express app: GraphQL at /graphql, the playground at /, GET /health. */
export async function createApp(options: AppOptions): Promise<App> {
  const schema = buildApiSchema();
  const logError = options.logError ?? defaultLogError;
  const maxComplexity = options.maxComplexity ?? MAX_COMPLEXITY;
  const depthRule = depthLimitRule(options.maxDepth ?? MAX_DEPTH);
  const complexityOf = cachedComplexity(schema);
  const context = (): ApiContext => {
    const db = new ApiDb(options.driver, {
      queryTimeoutMs: options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
      database: options.database,
    });
    return { db, loaders: createLoaders(db) };
  };
  const plugins: ApolloServerPlugin<ApiContext>[] = [
    ApolloServerPluginLandingPageDisabled(),
    complexityLimitPlugin(complexityOf, maxComplexity),
  ];
  if (options.exposeRoundTrips) plugins.push(roundTripsPlugin());
  if (options.httpServer) {
    plugins.push(ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }));
  }
  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthRule],
    formatError: (formatted, error) => formatError(formatted, error, logError),
    plugins,
  });
  await apollo.start();
  const graphqlHttp =
    options.httpPath === 'apollo'
      ? new ApolloPath({ apollo, path: GRAPHQL_PATH, bodyLimit: BODY_LIMIT, context })
      : new FastGraphql({
          schema,
          apollo,
          path: GRAPHQL_PATH,
          bodyLimit: BODY_LIMIT,
          validationRules: [depthRule],
          complexity: complexityOf,
          maxComplexity,
          context,
          formatError: (formatted, error) => formatError(formatted, error, logError),
          exposeRoundTrips: options.exposeRoundTrips ?? false,
        });

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    const up = await databaseUp(options.driver);
    res
      .status(up ? 200 : 503)
      .json(
        up ? { status: 'ok', database: 'up' } : { status: 'degraded', database: 'unavailable' },
      );
  });
  app.use(playgroundRouter(GRAPHQL_PATH));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, { context: () => Promise.resolve(context()) }),
  );
  // Malformed or oversized bodies: a JSON GraphQL error, never Express's HTML page with a stack.
  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const status = bodyErrorStatus(err);
    if (status === 413) {
      res.status(413).type('json').send(TOO_LARGE);
    } else if (status !== undefined && status >= 400 && status < 500) {
      res.status(400).type('json').send(NOT_JSON);
    } else {
      logError(err);
      res.status(500).type('json').send(INTERNAL_ERROR);
    }
  });
  return { app, apollo, schema, graphqlHttp };
}

/** The HTTP status body-parser attached to its error, if any. */
function bodyErrorStatus(err: unknown): number | undefined {
  if (err && typeof err === 'object') {
    const { status, statusCode } = err as { status?: unknown; statusCode?: unknown };
    if (typeof status === 'number') return status;
    if (typeof statusCode === 'number') return statusCode;
  }
  return undefined;
}

/**
 * Runs the warm-up operations once, in-process, so Neo4j plans (and JIT-compiles) the queries
 * the API will serve before the first user asks: a cold plan costs seconds, a cached one
 * milliseconds. The operations are the examples, their by-key twins and lineage at every depth
 * (src/api/warmup.ts); `onOperation` hears how long each took (bench, tests).
 */
export async function warmUp(
  created: App,
  options: AppOptions,
  onOperation?: (name: string, ms: number, errors: readonly GraphQLFormattedError[]) => void,
  /** True when the warm-up should send no more operations. */
  stop: () => boolean = () => false,
): Promise<void> {
  for (const op of warmUpOperations()) {
    if (stop()) return;
    const db = new ApiDb(options.driver, {
      queryTimeoutMs: options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
      database: options.database,
    });
    const t0 = performance.now();
    const errors = await created.apollo
      .executeOperation(
        { query: op.query, variables: op.variables },
        { contextValue: { db, loaders: createLoaders(db) } },
      )
      .then(
        (res) => (res.body.kind === 'single' ? (res.body.singleResult.errors ?? []) : []),
        (e: unknown) => [{ message: e instanceof Error ? e.message : String(e) }],
      );
    onOperation?.(op.name, performance.now() - t0, errors);
  }
}

export interface RunningServer extends App {
  url: string;
  graphqlUrl: string;
  httpServer: http.Server;
  close(): Promise<void>;
}

/** Creates the app and listens (port 0: an ephemeral port); `close` stops Apollo and HTTP. */
export async function startServer(
  options: Omit<AppOptions, 'httpServer'> & { port?: number; host?: string; warmUp?: boolean },
): Promise<RunningServer> {
  const httpServer = http.createServer();
  const created = await createApp({ ...options, httpServer });
  let closing = false;
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!created.graphqlHttp.handle(req, res)) void created.app(req, res);
  });
  if (options.warmUp) {
    // Before listening, so the first client never waits for query planning; bounded.
    let timer: NodeJS.Timeout | undefined;
    // Past the limit the server listens and the warm-up goes on behind it, until `close`
    // (then it sends nothing more), so no warm-up operation reaches a closed server.
    await Promise.race([
      warmUp(created, options, undefined, () => closing),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, WARM_UP_LIMIT_MS);
      }),
    ]);
    clearTimeout(timer);
  }
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 0, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost === '0.0.0.0' ? 'localhost' : shownHost}:${port}/`;
  return {
    ...created,
    url,
    graphqlUrl: `${url.slice(0, -1)}${GRAPHQL_PATH}`,
    httpServer,
    close: async () => {
      closing = true;
      await created.apollo.stop();
      if (httpServer.listening) {
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      }
    },
  };
}
