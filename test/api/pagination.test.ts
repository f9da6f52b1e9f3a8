import type { RunningServer } from '../../src/api/server';
import { ingestDocuments } from '../../src/graph/load';
import { testDriver } from '../support/db';
import { districtSeries, SERIES_COUNT } from './fixtures';
import { gql, startFixtureServer } from './helpers';

/** Cursor connections: keyset order, totalCount, page size limits, forged cursors. */

const driver = testDriver();
let server: RunningServer;
const TOTAL_SUPERVISIONS = SERIES_COUNT + 2;

beforeAll(async () => {
  server = await startFixtureServer(driver);
});

afterAll(async () => {
  await server?.close();
});

interface Page {
  supervisions: {
    totalCount: number;
    edges: { cursor: string; node: { key: string; date: string | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const PAGE = `query($first: Int, $after: String) { supervisions(first: $first, after: $after) {
  totalCount edges { cursor node { key date } } pageInfo { hasNextPage endCursor } } }`;

async function walk(first: number): Promise<string[]> {
  const keys: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const res: Awaited<ReturnType<typeof gql<Page>>> = await gql<Page>(server, PAGE, {
      first,
      after,
    });
    expect(res.errors).toBeUndefined();
    const conn = res.data!.supervisions;
    expect(conn.totalCount).toBe(TOTAL_SUPERVISIONS);
    keys.push(...conn.edges.map((e) => e.node.key));
    if (!conn.pageInfo.hasNextPage) return keys;
    after = conn.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

test('pages walk every item once, in date desc then key order', async () => {
  const all = await gql<Page>(server, PAGE, { first: 100 });
  const nodes = all.data!.supervisions.edges.map((e) => e.node);
  expect(nodes).toHaveLength(TOTAL_SUPERVISIONS);
  const sorted = [...nodes].sort((a, b) => {
    const da = a.date ?? '';
    const db = b.date ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
  expect(nodes).toEqual(sorted);
  expect(all.data!.supervisions.pageInfo.hasNextPage).toBe(false);
  for (const size of [1, 7, 20]) {
    expect(await walk(size)).toEqual(nodes.map((n) => n.key));
  }
});

test('default page size is 20; above 100 or negative is a clear BAD_USER_INPUT', async () => {
  const def = await gql<Page>(server, PAGE, {});
  expect(def.data!.supervisions.edges).toHaveLength(20);
  expect(def.data!.supervisions.pageInfo.hasNextPage).toBe(true);
  for (const first of [101, -1]) {
    const res = await gql<Page>(server, PAGE, { first });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/first/);
  }
});

test('a malformed or forged cursor is a BAD_USER_INPUT error', async () => {
  const officials = await gql<{ officials: { pageInfo: { endCursor: string } } }>(
    server,
    `{ officials(first: 1) { pageInfo { endCursor } } }`,
  );
  const forged = [
    'not a cursor!',
    'eyJ0IjoxfQ', // {"t":1}
    Buffer.from('{"t":"supervisions","k":[1,2]}').toString('base64url'),
    Buffer.from('{"t":"supervisions","k":["a"]}').toString('base64url'),
    Buffer.from('[[[').toString('base64url'),
    officials.data!.officials.pageInfo.endCursor, // another list's cursor
  ];
  for (const after of forged) {
    const res = await gql<Page>(server, PAGE, { first: 2, after });
    expect([after, res.errors?.[0].extensions?.code]).toEqual([after, 'BAD_USER_INPUT']);
    expect(res.errors?.[0].message).toMatch(/cursor/);
  }
});

test('other lists page the same way', async () => {
  for (const list of ['officials', 'organizations', 'directives', 'documents']) {
    const q = `query($after: String) { ${list}(first: 3, after: $after) {
      totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`;
    type R = Record<
      string,
      {
        totalCount: number;
        edges: { cursor: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      }
    >;
    let after: string | null = null;
    let seen = 0;
    let total = -1;
    for (let i = 0; i < 100; i++) {
      const res: Awaited<ReturnType<typeof gql<R>>> = await gql<R>(server, q, { after });
      expect(res.errors).toBeUndefined();
      const conn = res.data![list];
      total = conn.totalCount;
      seen += conn.edges.length;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect([list, seen]).toEqual([list, total]);
    expect(total).toBeGreaterThan(3);
  }
});

test('cursors are keyset positions: adding newer items does not shift the next page', async () => {
  const first = await gql<Page>(server, PAGE, { first: 5 });
  const second = await gql<Page>(server, PAGE, {
    first: 5,
    after: first.data!.supervisions.pageInfo.endCursor,
  });
  // Two new supervisions sorting before everything on page 1 (later dates).
  const newer = districtSeries(2).map((d) => ({
    ...d,
    sha256: `${d.sha256}-newer`,
    result: {
      ...d.result,
      document: { ...d.result.document, id: `${d.result.document.id}_newer` },
      supervisions: d.result.supervisions.map((s) => ({
        ...s,
        date: '2030-01-01',
        targets: s.targets.map((t) => `${t} Mới`),
      })),
    },
  }));
  await ingestDocuments(driver, newer);
  const again = await gql<Page>(server, PAGE, {
    first: 5,
    after: first.data!.supervisions.pageInfo.endCursor,
  });
  expect(again.data!.supervisions.totalCount).toBe(TOTAL_SUPERVISIONS + 2);
  expect(again.data!.supervisions.edges.map((e) => e.node.key)).toEqual(
    second.data!.supervisions.edges.map((e) => e.node.key),
  );
});
