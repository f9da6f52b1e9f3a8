import type { RunningServer } from '../../src/api/server';
import { escapeLucene, luceneQuery } from '../../src/api/text';
import { testDriver } from '../support/db';
import { gql, startFixtureServer } from './helpers';

/** Full-text search: folded, stop-word safe, injection-proof. */

const driver = testDriver();
let server: RunningServer;

beforeAll(async () => {
  server = await startFixtureServer(driver);
});

afterAll(async () => {
  await server?.close();
});

type Hit = { __typename: string; name?: string; symbol?: string };

async function search(text: string, first?: number): Promise<Hit[]> {
  const res = await gql<{ search: Hit[] }>(
    server,
    `query($text: String!, $first: Int) { search(text: $text, first: $first) { __typename
      ... on Official { name } ... on Organization { name } ... on Directive { symbol } } }`,
    { text, first },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.search;
}

const names = (hits: Hit[]): (string | undefined)[] => hits.map((h) => h.name ?? h.symbol);

test('names made of English stop words once folded are found ("Tô Thế An": to, the, an)', async () => {
  for (const text of ['to the an', 'Tô Thế An', 'TÔ THẾ AN', '  tô   thế an ']) {
    expect([text, names(await search(text))]).toEqual([text, ['Tô Thế An']]);
  }
});

test('"đ" matches "d", in the query and in the name', async () => {
  expect(names(await search('do thi dao'))).toEqual(['Đỗ Thị Đào']);
  expect(names(await search('Đỗ Thị Đào'))).toEqual(['Đỗ Thị Đào']);
  expect(names(await search('le van duoc'))).toEqual(['Lê Văn Được']);
});

test('every word must match; all three kinds of result come back typed', async () => {
  expect(names(await search('pham thi thanh thuy'))).toEqual(['Phạm Thị Thanh Thủy']);
  expect(await search('pham thi thanh nobody')).toEqual([]);
  const org = await search('ban dan van huyen uy tho xuan');
  expect(org[0]).toEqual({ __typename: 'Organization', name: 'Ban Dân vận Huyện ủy Thọ Xuân' });
  const dir = await search('763-QĐ/TU');
  expect(dir[0]).toEqual({ __typename: 'Directive', symbol: '763-QĐ/TU' });
  expect(await search('nguyen van kiem', 3)).toHaveLength(3);
});

test('Lucene syntax in the text is plain text, never query syntax', async () => {
  for (const text of [
    '*:*',
    '*',
    'pham OR le',
    'pham || le',
    'searchText:pham',
    'pham~ thuy^10',
    '"pham thuy"~10',
    'pham) OR (le',
    '\\',
    'NOT pham',
    '[a TO z]',
    '/.*/',
  ]) {
    const hits = await search(text);
    expect([text, hits]).toEqual([text, []]);
  }
  expect(names(await search('pham" thi "thanh thuy'))).toEqual(['Phạm Thị Thanh Thủy']);
  expect(await search('')).toEqual([]);
});

test('the query builder escapes every special character and ANDs the terms', () => {
  expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
    'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
  );
  expect(luceneQuery('Phạm Thị AND')).toBe('"pham" AND "thi" AND "and"');
  expect(luceneQuery(' ... ')).toBeNull();
});

test('injection strings in filter arguments are harmless parameters', async () => {
  const res = await gql<{ supervisions: { totalCount: number } }>(
    server,
    `query($s: String) { supervisions(filter: { conductor: $s, target: $s, directive: $s, official: $s, place: $s }) { totalCount } }`,
    { s: "x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //" },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.supervisions.totalCount).toBe(0);
  const after = await search('pham thi thanh thuy');
  expect(names(after)).toEqual(['Phạm Thị Thanh Thủy']);
});
