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

const SUP_FIELDS = `key date kind delegation topic conductors { key name kind level } leader { key name }
  participants { name } hosts { name } targets { key name jurisdiction } directives { symbol }
  evidence { quote start document { id } }`;
/** Nested nodes with every property: the by-key queries then project them in full. */
const ORG_FULL = 'key name kind level jurisdiction';
const OFFICIAL_FULL = 'key name jurisdiction';
const DIRECTIVE_FULL = 'key symbol type date subject jurisdiction';
const SUP_FULL = `key date kind delegation topic conductors { ${ORG_FULL} } leader { ${OFFICIAL_FULL} }
  participants { ${OFFICIAL_FULL} } hosts { ${OFFICIAL_FULL} } targets { ${ORG_FULL} }
  directives { ${DIRECTIVE_FULL} } evidence { quote start end document { id title } }`;
/** Field sets: nested nodes asked with few properties, then with all of them. */
const FIELD_SETS = [
  {
    directive: `key symbol issuer { name } implements { symbol } implementedBy { symbol }
      citedBy { id } supervisions { ${SUP_FIELDS} }
      lineage(depth: 3, direction: BOTH) { depth inferred from { symbol } to { symbol } }`,
    official: `key name roles { title asOf organization { name } evidence { quote } }
      supervisionsLed { ${SUP_FIELDS} } supervisionsJoined { key } supervisionsHosted { key date }`,
    organization: `key name parent { key name } children { name }
      people { title asOf official { name } evidence { quote } } deputies: people(title: "pho") { title }
      supervisionsConducted { ${SUP_FIELDS} } supervisionsReceived { key conductors { name } }
      directivesIssued { symbol }`,
  },
  {
    directive: `key symbol issuer { ${ORG_FULL} } implements { ${DIRECTIVE_FULL} }
      implementedBy { ${DIRECTIVE_FULL} } supervisions { ${SUP_FULL} }
      links: lineage(depth: 2, direction: BOTH) { depth from { ${DIRECTIVE_FULL} } to { ${DIRECTIVE_FULL} } }`,
    official: `key name jurisdiction roles { title asOf organization { ${ORG_FULL} } }
      supervisionsLed { ${SUP_FULL} } supervisionsJoined { ${SUP_FULL} }
      supervisionsHosted { ${SUP_FULL} }`,
    organization: `${ORG_FULL} parent { ${ORG_FULL} } children { ${ORG_FULL} }
      people { title asOf official { ${OFFICIAL_FULL} } } supervisionsConducted { ${SUP_FULL} }
      supervisionsReceived { ${SUP_FULL} } directivesIssued { ${DIRECTIVE_FULL} }`,
  },
];

test.each(FIELD_SETS.map((set, i) => [i, set]))(
  'by-key root fields fetch the nested fields they select in one round trip, same answers as the loaders (field set %i)',
  async (_i, fields) => {
    type Node = { key: string } & Record<string, unknown>;
    // Through roots that fetch only the node: the nested fields come from the loaders.
    const viaLoaders = await gql<{
      directive: Node;
      officials: { edges: { node: Node }[] };
      organizations: { edges: { node: Node }[] };
    }>(
      server,
      `{ directive(symbol: "763-QĐ/TU") { ${fields.directive} }
       officials(filter: { name: "thanh thuy" }, first: 1) { edges { node { ${fields.official} } } }
       organizations(filter: { name: "Ban Dân vận Huyện ủy Thọ Xuân" }, first: 1) {
         edges { node { ${fields.organization} } } } }`,
    );
    expect(viaLoaders.errors).toBeUndefined();
    const directive = viaLoaders.data!.directive;
    const official = viaLoaders.data!.officials.edges[0].node;
    const organization = viaLoaders.data!.organizations.edges[0].node;
    // The fixtures exercise every nested list.
    expect((directive.supervisions as unknown[]).length).toBeGreaterThan(0);
    expect(((directive.lineage ?? directive.links) as unknown[]).length).toBeGreaterThan(0);
    expect((official.supervisionsLed as unknown[]).length).toBeGreaterThan(0);
    expect((organization.people as unknown[]).length).toBeGreaterThan(0);
    expect((organization.supervisionsConducted as unknown[]).length).toBeGreaterThan(0);

    const one = async (field: string, selection: string, key: string): Promise<Node> => {
      const res = await gql<Record<string, Node>>(
        server,
        `query($key: ID!) { ${field}(key: $key) { ${selection} } }`,
        { key },
      );
      expect(res.errors).toBeUndefined();
      expect([field, res.extensions?.dbRoundTrips]).toEqual([field, 1]);
      return res.data![field];
    };
    expect(await one('directive', fields.directive, directive.key)).toEqual(directive);
    expect(await one('official', fields.official, official.key)).toEqual(official);
    expect(await one('organization', fields.organization, organization.key)).toEqual(organization);
  },
);

test('fields below the prefetched ones still load, in a bounded number of round trips', async () => {
  const found = await gql<{ directive: { key: string } }>(
    server,
    `{ directive(symbol: "763-QĐ/TU") { key } }`,
  );
  const deeper = await gql(
    server,
    `query($key: ID!) { directive(key: $key) { supervisions { conductors { parent { name } } } } }`,
    { key: found.data!.directive.key },
  );
  expect(deeper.errors).toBeUndefined();
  expect(deeper.extensions?.dbRoundTrips).toBe(2);
});

test('plain JSON POSTs and content negotiation answer as Apollo does', async () => {
  const post = (headers: Record<string, string>): Promise<Response> =>
    fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ search(text: "thanh thuy") { __typename } }' }),
    });
  const plain = await post({});
  expect(plain.status).toBe(200);
  expect(plain.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(plain.headers.get('cache-control')).toBe('no-store');
  expect(
    ((await plain.json()) as { data: { search: unknown[] } }).data.search.length,
  ).toBeGreaterThan(0);
  const negotiated = await post({ accept: 'application/graphql-response+json' });
  expect(negotiated.status).toBe(200);
  expect(negotiated.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  const refused = await post({ accept: 'text/html' });
  expect(refused.status).toBe(406);
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
