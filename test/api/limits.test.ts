import neo4j, { type Driver } from 'neo4j-driver';
import { getIntrospectionQuery } from 'graphql';
import { ApiDb } from '../../src/api/db';
import { startServer, type RunningServer } from '../../src/api/server';
import { testDriver } from '../support/db';
import { gql, startFixtureServer } from './helpers';

/** Bounded database round trips, depth and complexity limits, error codes and masking. */

const driver = testDriver();
let server: RunningServer;

beforeAll(async () => {
  server = await startFixtureServer(driver);
});

afterAll(async () => {
  await server?.close();
});

const DEEP_FIELDS = `query($first: Int) { supervisions(first: $first) { totalCount edges { node {
  key date conductors { name parent { name } }
  leader { name roles { title organization { name } } supervisionsLed { key targets { name } } }
  targets { name people { title official { name } } }
  directives { symbol issuer { name } lineage(depth: 2, direction: BOTH) { depth } citedBy { id } }
  evidence { quote document { id officials { name } } } } } } }`;

test('a root field costs the same number of round trips for 1 and for 20 results', async () => {
  const one = await gql<{ supervisions: { edges: unknown[] } }>(server, DEEP_FIELDS, { first: 1 });
  const twenty = await gql<{ supervisions: { edges: unknown[] } }>(server, DEEP_FIELDS, {
    first: 20,
  });
  expect(one.errors).toBeUndefined();
  expect(twenty.errors).toBeUndefined();
  expect(one.data!.supervisions.edges).toHaveLength(1);
  expect(twenty.data!.supervisions.edges).toHaveLength(20);
  expect(twenty.extensions?.dbRoundTrips).toBe(one.extensions?.dbRoundTrips);
  // root + organisation links + official links + supervisions by key + lineage + directive
  // links + document facts: one query each, whatever the number of items.
  expect(twenty.extensions?.dbRoundTrips).toBeLessThanOrEqual(7);
});

test('the listing fields of a supervision come with the root query (one round trip)', async () => {
  const res = await gql(
    server,
    `{ supervisions(first: 20) { totalCount edges { node { date leader { name } targets { name }
      directives { symbol } evidence { quote document { id } } } } } }`,
  );
  expect(res.errors).toBeUndefined();
  expect(res.extensions?.dbRoundTrips).toBe(1);
  const roles = await gql(
    server,
    `{ officials(first: 20) { edges { node { name roles { title asOf } } } } }`,
  );
  expect(roles.extensions?.dbRoundTrips).toBe(1);
});

test('queries nested deeper than 12 levels are refused before running', async () => {
  // supervisions > edges > node (3), leader > supervisionsLed pairs (2 each), key (1).
  const nest = (pairs: number, inner: string): string =>
    pairs === 0 ? inner : `leader { supervisionsLed { ${nest(pairs - 1, inner)} } }`;
  const deep = `{ supervisions(first: 1) { edges { node { ${nest(5, 'key')} } } } }`;
  const ok = await gql(
    server,
    `{ supervisions(first: 1) { edges { node { ${nest(4, 'key')} } } } }`,
  );
  expect(ok.errors).toBeUndefined();
  const res = await gql(server, deep);
  expect(res.status).toBe(400);
  // A validation rule: Apollo reports it as GRAPHQL_VALIDATION_FAILED, with our message.
  expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(res.errors?.[0].message).toMatch(/nested 14 levels deep; at most 12/);
  // The same nesting through a fragment is counted too.
  const viaFragment = `fragment L on Supervision { ${nest(5, 'key')} }
    { supervisions(first: 1) { edges { node { ...L } } } }`;
  expect((await gql(server, viaFragment)).errors?.[0].message).toMatch(/at most 12/);
  // GraphiQL's introspection query is not limited.
  const intro = await gql(server, getIntrospectionQuery());
  expect(intro.errors).toBeUndefined();
});

test('queries above complexity 2000 are refused with QUERY_TOO_COMPLEX', async () => {
  const res = await gql(
    server,
    `{ supervisions(first: 100) { edges { node { key date kind delegation topic
      conductors { key name kind level } leader { key name } participants { key name }
      hosts { key name } targets { key name kind } directives { key symbol type date }
      evidence { quote start end document { id title } } } } } }`,
  );
  expect(res.status).toBe(400);
  expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  expect(res.errors?.[0].message).toMatch(/at most 2000/);
  expect(res.extensions?.dbRoundTrips ?? 0).toBe(0);
});

test('internal errors are masked: no message, stack or Cypher reaches the client', async () => {
  const logged: unknown[] = [];
  const broken = {
    session: () => {
      throw new Error('secret failure running MATCH (n:Official) RETURN n');
    },
    verifyConnectivity: () => Promise.resolve({}),
  } as unknown as Driver;
  const s = await startServer({ driver: broken, logError: (e) => logged.push(e) });
  try {
    const res = await gql(s, `{ supervisions { totalCount } }`);
    expect(res.errors?.[0].message).toBe('Internal server error');
    expect(res.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(res)).not.toMatch(/MATCH|secret|stack|\.ts:/);
    expect(logged).toHaveLength(1);
  } finally {
    await s.close();
  }
});

test('database unavailable: DATABASE_UNAVAILABLE and /health 503', async () => {
  const down = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'x'), {
    maxTransactionRetryTime: 500,
    connectionTimeout: 1000,
  });
  const s = await startServer({ driver: down, queryTimeoutMs: 2000 });
  try {
    const res = await gql(s, `{ supervisions { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(res.errors?.[0].message).toMatch(/unavailable/i);
    const health = await fetch(`${s.url}health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'degraded', database: 'unavailable' });
  } finally {
    await s.close();
    await down.close();
  }
  const up = await fetch(`${server.url}health`);
  expect(up.status).toBe(200);
  expect(await up.json()).toEqual({ status: 'ok', database: 'up' });
});

test('a read that outlives its timeout fails with DATABASE_TIMEOUT', async () => {
  const db = new ApiDb(driver, { queryTimeoutMs: 200 });
  await expect(
    db.read('UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n', {}),
  ).rejects.toMatchObject({ extensions: { code: 'DATABASE_TIMEOUT' } });
  expect(db.roundTrips).toBe(1);
});
