import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import {
  execute,
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { ApiContext } from './context';

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
  /** The operation's complexity; called at most once per query text and `first` values. */
  complexity: (document: DocumentNode, variables: Record<string, unknown>, op?: string) => number;
  maxComplexity: number;
  context: () => ApiContext;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  exposeRoundTrips: boolean;
}

interface CachedDocument {
  /** Undefined when the query does not parse or validate (Apollo answers those). */
  document?: DocumentNode;
  /** Variables passed to a `first` argument: the only ones the complexity depends on. */
  firstVariables: string[];
  complexity: Map<string, number>;
}

const MAX_CACHED_DOCUMENTS = 1000;
const MAX_CACHED_COMPLEXITIES = 100;

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

/** Writes a JSON answer; GraphQL answers say no-store as Apollo's do, body errors do not. */
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

function sendJson(res: ServerResponse, status: number, json: string, graphql = false): void {
  res.writeHead(status, {
    ...(graphql ? { 'cache-control': 'no-store' } : {}),
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

/** Same answers as the app's body-error handler (src/api/server.ts). */
const TOO_LARGE = JSON.stringify({
  errors: [
    {
      message: 'The request body is larger than 200 kB.',
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    },
  ],
});
const NOT_JSON = JSON.stringify({
  errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
});

function firstVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) {
        names.add(node.value.name.value);
      }
    },
  });
  return [...names];
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
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > this.options.bodyLimit) tooLarge = true;
      else chunks.push(c);
    });
    req.on('end', () => {
      if (tooLarge) {
        sendJson(res, 413, TOO_LARGE);
        return;
      }
      this.answer(req, res, Buffer.concat(chunks).toString('utf8')).catch((err: unknown) => {
        this.options.formatError({ message: 'Internal server error' }, err);
        if (!res.headersSent) {
          sendJson(
            res,
            500,
            JSON.stringify({
              errors: [
                { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
              ],
            }),
            true,
          );
        } else res.end();
      });
    });
    return true;
  }

  private async answer(req: IncomingMessage, res: ServerResponse, text: string): Promise<void> {
    let body: unknown = {};
    if (text.trim() !== '') {
      // express.json (strict): an object or an array, else "not valid JSON".
      const first = text.trimStart()[0];
      if (first !== '{' && first !== '[') {
        sendJson(res, 400, NOT_JSON);
        return;
      }
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        sendJson(res, 400, NOT_JSON);
        return;
      }
    }
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
    if (this.complexity(cached, cached.document, vars, op) > this.options.maxComplexity) {
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
    cached = { firstVariables: [], complexity: new Map() };
    try {
      const document = parse(query);
      const errors = validate(this.options.schema, document, [
        ...specifiedRules,
        ...this.options.validationRules,
      ]);
      if (errors.length === 0) {
        cached.document = document;
        cached.firstVariables = firstVariables(document);
      }
    } catch {
      // a syntax error: Apollo reports it
    }
    if (this.documents.size >= MAX_CACHED_DOCUMENTS) this.documents.clear();
    this.documents.set(query, cached);
    return cached;
  }

  private complexity(
    cached: CachedDocument,
    document: DocumentNode,
    variables: Record<string, unknown>,
    op: string | undefined,
  ): number {
    const key = JSON.stringify([op ?? null, ...cached.firstVariables.map((v) => variables[v])]);
    let value = cached.complexity.get(key);
    if (value === undefined) {
      try {
        value = this.options.complexity(document, variables, op);
      } catch {
        value = Number.POSITIVE_INFINITY; // bad variables: Apollo reports them
      }
      if (cached.complexity.size >= MAX_CACHED_COMPLEXITIES) cached.complexity.clear();
      // Only variable-independent failures are cached; a bad value of one request must not stick.
      if (Number.isFinite(value)) cached.complexity.set(key, value);
    }
    return value;
  }

  /** Apollo's answer, written as the Express integration writes it. */
  private async viaApollo(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await this.options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: () => Promise.resolve(this.options.context()),
    });
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
}
