import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import {
  execute,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { ApiContext } from './context';
import type { ComplexityOf } from './limits';

/**
 * The common request — POST /graphql, a JSON object body with `query` (and `variables`,
 * `operationName`) — answered without Express and Apollo's per-request pipeline: the parsed and
 * validated document and its complexity are cached per query text, and graphql-js executes it
 * with the same schema, context, limits and error formatting. Everything else (GET, batches,
 * persisted queries, other content types, and every request Apollo would refuse: parse,
 * validation, variable and complexity errors) goes to Apollo unchanged, so its answers and
 * status codes stay exactly Apollo's.
 */
export interface FastPathOptions {
  schema: GraphQLSchema;
  apollo: ApolloServer<ApiContext>;
  path: string;
  /** Body size limit in bytes (as express.json's `limit`). */
  bodyLimit: number;
  validationRules: readonly ValidationRule[];
  /** The operation's complexity (cached: see cachedComplexity in src/api/limits.ts). */
  complexity: ComplexityOf;
  maxComplexity: number;
  context: () => ApiContext;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  exposeRoundTrips: boolean;
}

interface CachedDocument {
  /** Undefined when the query does not parse or validate (Apollo answers those). */
  document?: DocumentNode;
}

const MAX_CACHED_DOCUMENTS = 1000;

interface Body {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

function isJsonContentType(value: string | undefined): boolean {
  if (value === undefined) return false;
  const [type, ...params] = value.split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => p === '' || p === 'charset=utf-8');
}

/**
 * Whether Apollo would answer `application/json`: no Accept header, any type, or
 * application/json listed first (else content negotiation, e.g. for
 * application/graphql-response+json, is left to Apollo).
 */
function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined) return true;
  const first = accept.split(',')[0].trim().toLowerCase();
  return first === 'application/json' || accept.trim() === '*/*';
}

/** Writes a JSON answer; GraphQL answers say no-store as Apollo's do, body errors do not. */
function sendJson(res: ServerResponse, status: number, json: string, graphql = false): void {
  res.writeHead(status, {
    ...(graphql ? { 'cache-control': 'no-store' } : {}),
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

/** Body-error answers, shared with the app's body-error handler (src/api/server.ts). */
export const TOO_LARGE = JSON.stringify({
  errors: [
    {
      message: 'The request body is larger than 200 kB.',
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    },
  ],
});
export const NOT_JSON = JSON.stringify({
  errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
});
export const INTERNAL_ERROR = JSON.stringify({
  errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
});

/** Reads a request body, keeping at most `limit` bytes; `overLimit` when it was longer. */
function readBody(
  req: IncomingMessage,
  limit: number,
  done: (body: Buffer, overLimit: boolean) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (c: Buffer) => {
    size += c.length;
    if (size <= limit) chunks.push(c);
  });
  req.on('end', () => done(Buffer.concat(chunks), size > limit));
}

/**
 * A JSON body as express.json (strict) reads it: empty is `{}`, an object or an array parses,
 * anything else is "not valid JSON" (null).
 */
function parseStrictJson(text: string): { body: unknown } | null {
  if (text.trim() === '') return { body: {} };
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return null;
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}

export class FastGraphql {
  private readonly documents = new Map<string, CachedDocument>();

  constructor(private readonly options: FastPathOptions) {}

  /** Handles the request when it is a plain JSON POST to the GraphQL path; false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'POST' || req.url !== this.options.path) return false;
    if (!isJsonContentType(req.headers['content-type'])) return false;
    if (!acceptsJson(req.headers.accept)) return false;
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > this.options.bodyLimit) {
      req.resume();
      sendJson(res, 413, TOO_LARGE);
      return true;
    }
    readBody(req, this.options.bodyLimit, (raw, overLimit) => {
      if (overLimit) {
        sendJson(res, 413, TOO_LARGE);
        return;
      }
      this.answer(req, res, raw.toString('utf8')).catch((err: unknown) => {
        this.options.formatError({ message: 'Internal server error' }, err);
        if (!res.headersSent) sendJson(res, 500, INTERNAL_ERROR, true);
        else res.end();
      });
    });
    return true;
  }

  private async answer(req: IncomingMessage, res: ServerResponse, text: string): Promise<void> {
    const parsed = parseStrictJson(text);
    if (!parsed) {
      sendJson(res, 400, NOT_JSON);
      return;
    }
    const body = parsed.body;
    const result = await this.tryExecute(body);
    if (result === undefined) {
      await this.viaApollo(req, res, body);
      return;
    }
    sendJson(res, 200, `${JSON.stringify(result)}\n`, true);
  }

  /** The response body, or undefined when Apollo must answer. */
  private async tryExecute(body: unknown): Promise<
    | {
        errors?: GraphQLFormattedError[];
        data?: Record<string, unknown> | null;
        extensions?: Record<string, unknown>;
      }
    | undefined
  > {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
    const { query, variables, operationName, extensions } = body as Body;
    if (typeof query !== 'string' || extensions !== undefined) return undefined;
    if (variables !== undefined && variables !== null) {
      if (typeof variables !== 'object' || Array.isArray(variables)) return undefined;
    }
    if (
      operationName !== undefined &&
      operationName !== null &&
      typeof operationName !== 'string'
    ) {
      return undefined;
    }
    const vars = (variables ?? {}) as Record<string, unknown>;
    const op = (operationName as string | null | undefined) ?? undefined;
    const cached = this.document(query);
    if (!cached.document) return undefined;
    if (this.complexity(cached.document, vars, op) > this.options.maxComplexity) {
      return undefined;
    }
    const contextValue = this.options.context();
    const result: ExecutionResult = await execute({
      schema: this.options.schema,
      document: cached.document,
      contextValue,
      variableValues: vars,
      operationName: op,
    });
    // No `data`: the request failed before execution (variables, operation name).
    if (!('data' in result)) return undefined;
    const errors = result.errors?.map((e) => this.format(e));
    return {
      ...(errors ? { errors } : {}),
      data: result.data,
      ...(this.options.exposeRoundTrips
        ? { extensions: { dbRoundTrips: contextValue.db.roundTrips } }
        : {}),
    };
  }

  /** As Apollo formats an execution error: a code (INTERNAL_SERVER_ERROR when none), then formatError. */
  private format(error: GraphQLError): GraphQLFormattedError {
    try {
      const extensions: Record<string, unknown> = {
        ...error.extensions,
        code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR',
      };
      delete extensions.http;
      return this.options.formatError({ ...error.toJSON(), extensions }, error);
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  }

  private document(query: string): CachedDocument {
    let cached = this.documents.get(query);
    if (cached) return cached;
    cached = {};
    try {
      const document = parse(query);
      const errors = validate(this.options.schema, document, [
        ...specifiedRules,
        ...this.options.validationRules,
      ]);
      if (errors.length === 0) cached.document = document;
    } catch {
      // a syntax error: Apollo reports it
    }
    if (this.documents.size >= MAX_CACHED_DOCUMENTS) this.documents.clear();
    this.documents.set(query, cached);
    return cached;
  }

  /** The complexity, or infinity when the variables are bad (Apollo then reports them). */
  private complexity(
    document: DocumentNode,
    variables: Record<string, unknown>,
    op: string | undefined,
  ): number {
    try {
      return this.options.complexity(document, variables, op);
    } catch {
      return Number.POSITIVE_INFINITY;
    }
  }

  /** Apollo's answer, written as the Express integration writes it. */
  private async viaApollo(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
    const response = await executeViaApollo(this.options.apollo, this.options.context, req, {
      method: 'POST',
      search: '',
      body,
    });
    await writeApolloResponse(res, response);
  }
}

/** What the Apollo path needs: the server, the GraphQL path, the body limit, the context. */
export interface ApolloPathOptions {
  apollo: ApolloServer<ApiContext>;
  path: string;
  /** Body size limit in bytes (as express.json's `limit`). */
  bodyLimit: number;
  context: () => ApiContext;
}

/**
 * The alternative to FastGraphql, kept to measure the two side by side (`httpPath: 'apollo'`,
 * see README, Performance): every request to the GraphQL path, whatever its method and body,
 * handed to `apollo.executeHTTPGraphQLRequest` from node:http (no Express), so Apollo's plugins,
 * error formatting and status codes apply to each one. JSON bodies are read and refused as the
 * app's body parser does (413 over the limit, 400 when not JSON).
 */
export class ApolloPath {
  constructor(private readonly options: ApolloPathOptions) {}

  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    if ((q < 0 ? url : url.slice(0, q)) !== this.options.path) return false;
    const search = q < 0 ? '' : url.slice(q);
    const json = isJsonContentType(req.headers['content-type']);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (json && declared > this.options.bodyLimit) {
      req.resume();
      sendJson(res, 413, TOO_LARGE);
      return true;
    }
    readBody(req, this.options.bodyLimit, (raw, overLimit) => {
      if (json && overLimit) {
        sendJson(res, 413, TOO_LARGE);
        return;
      }
      let body: unknown;
      if (json) {
        const parsed = parseStrictJson(raw.toString('utf8'));
        if (!parsed) {
          sendJson(res, 400, NOT_JSON);
          return;
        }
        body = parsed.body;
      }
      this.answer(req, res, search, body).catch(() => {
        if (!res.headersSent) sendJson(res, 500, INTERNAL_ERROR);
        else res.end();
      });
    });
    return true;
  }

  private async answer(
    req: IncomingMessage,
    res: ServerResponse,
    search: string,
    body: unknown,
  ): Promise<void> {
    const response = await executeViaApollo(this.options.apollo, this.options.context, req, {
      search,
      body,
    });
    await writeApolloResponse(res, response);
  }
}

type ApolloResponse = Awaited<ReturnType<ApolloServer<ApiContext>['executeHTTPGraphQLRequest']>>;

/** Runs one HTTP request through Apollo, headers copied as the Express integration does. */
function executeViaApollo(
  apollo: ApolloServer<ApiContext>,
  context: () => ApiContext,
  req: IncomingMessage,
  request: { search: string; body: unknown; method?: string },
): Promise<ApolloResponse> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: request.method ?? (req.method ?? 'GET').toUpperCase(),
      headers,
      search: request.search,
      body: request.body,
    },
    context: () => Promise.resolve(context()),
  });
}

/** Writes Apollo's answer as the Express integration writes it. */
async function writeApolloResponse(res: ServerResponse, response: ApolloResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
