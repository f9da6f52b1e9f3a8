/**
 * Child-process entry for the API comparison: one of three servers over the same Neo4j, on an
 * ephemeral 127.0.0.1 port, reported to the parent over IPC.
 *
 *   ours  — our GraphQL API (src/api startServer); `ours apollo`: the same with every GraphQL
 *           request through Apollo (httpPath 'apollo', see src/api/http.ts)
 *   floor — the same questions as hand-written Cypher behind a minimal node:http JSON server
 *   peer  — @neo4j/graphql v7 with equivalent type definitions, Apollo Server standalone
 *
 * Connection settings come from BENCH_NEO4J_URI / BENCH_NEO4J_USER / BENCH_NEO4J_PASSWORD.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { connect } from '../src/graph/connection';
import { FLOOR_CYPHER, QUESTIONS, type Question } from './questions';
import { benchRoot } from './util';

export type ServerKind = 'ours' | 'floor' | 'peer';

export interface ReadyMessage {
  ready: true;
  port: number;
  path: string;
}

function env(name: string): string {
  const v = process.env[name];
  if (v === undefined) throw new Error(`${name} is not set`);
  return v;
}

function config(): { uri: string; user: string; password: string } {
  return {
    uri: env('BENCH_NEO4J_URI'),
    user: env('BENCH_NEO4J_USER'),
    password: env('BENCH_NEO4J_PASSWORD'),
  };
}

async function startOurs(
  httpPath: 'fast' | 'apollo' = 'fast',
): Promise<{ port: number; path: string; close(): Promise<void> }> {
  const { startServer } = await import('../src/api/server');
  const c = config();
  const driver = await connect({ ...c, embedded: false, port: 0, dataDir: '' });
  const server = await startServer({
    driver,
    port: 0,
    host: '127.0.0.1',
    logError: () => undefined,
    // As `kg serve` starts it: the example queries planned before the first request.
    warmUp: true,
    httpPath,
  });
  const port = (server.httpServer.address() as AddressInfo).port;
  return {
    port,
    path: '/graphql',
    close: async () => {
      await server.close();
      await driver.close();
    },
  };
}

function floorDriver(): Driver {
  const c = config();
  return neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), {
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: (_l, m) => process.stderr.write(`neo4j: ${m}\n`) },
  });
}

/** POST /q with {"question": name, "params": {...}} → {"data": <the query's one value>}. */
async function startFloor(): Promise<{ port: number; path: string; close(): Promise<void> }> {
  const driver = floorDriver();
  await driver.verifyConnectivity();
  const queries = new Map<Question, string>(
    QUESTIONS.map((q) => [
      q,
      readFileSync(path.join(benchRoot(), 'bench', 'cypher', `${FLOOR_CYPHER[q]}.cypher`), 'utf8'),
    ]),
  );
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            question: Question;
            params: Record<string, unknown>;
          };
          const query = queries.get(body.question);
          if (!query) throw new Error(`unknown question ${String(body.question)}`);
          const result = await driver.executeQuery(query, body.params, {
            routing: neo4j.routing.READ,
          });
          const value: unknown = result.records[0]?.get('result') ?? null;
          const json = JSON.stringify({ data: value });
          res.writeHead(200, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(json),
          });
          res.end(json);
        } catch (e) {
          const json = JSON.stringify({
            errors: [{ message: e instanceof Error ? e.message : String(e) }],
          });
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(json);
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    path: '/q',
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}

async function startPeer(): Promise<{ port: number; path: string; close(): Promise<void> }> {
  const { Neo4jGraphQL } = await import('@neo4j/graphql');
  const { ApolloServer } = await import('@apollo/server');
  const { startStandaloneServer } = await import('@apollo/server/standalone');
  const { PEER_TYPE_DEFS } = await import('./questions');
  const driver = floorDriver();
  await driver.verifyConnectivity();
  const neoSchema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver });
  const schema = await neoSchema.getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ token: req.headers.authorization }),
  });
  return {
    port: Number(new URL(url).port),
    path: '/',
    close: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}

async function main(): Promise<void> {
  const kind = process.argv[2] as ServerKind;
  const variant = process.argv[3];
  if (variant !== undefined && !(kind === 'ours' && variant === 'apollo')) {
    throw new Error(`unknown variant ${variant} of ${kind}`);
  }
  const start =
    kind === 'ours'
      ? () => startOurs(variant === 'apollo' ? 'apollo' : 'fast')
      : kind === 'floor'
        ? startFloor
        : kind === 'peer'
          ? startPeer
          : undefined;
  if (!start) throw new Error(`usage: server-main.js ours [apollo]|floor|peer (got ${kind})`);
  const server = await start();
  const msg: ReadyMessage = { ready: true, port: server.port, path: server.path };
  process.send?.(msg);
  const stop = (): void => {
    void server.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(
      `server-main: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exit(1);
  });
}
