import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { RunningServer } from '../../src/api/server';
import {
  DirectiveLineageDocument,
  OfficialRolesDocument,
  OrganizationLinksDocument,
  SearchDocument,
  SupervisionsUnderDirectiveDocument,
} from '../../src/generated/graphql';
import { testDriver } from '../support/db';
import { startFixtureServer } from './helpers';

/**
 * The typed client generated from queries/*.graphql, used as a dashboard would: fetch +
 * print(document), results typed by the generated operation types.
 */

const driver = testDriver();
let server: RunningServer;

beforeAll(async () => {
  server = await startFixtureServer(driver);
});

afterAll(async () => {
  await server?.close();
});

async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const res = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data?: TResult; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as TResult;
}

test('SupervisionsUnderDirective: typed connection with quotes', async () => {
  const data = await request(SupervisionsUnderDirectiveDocument, { directive: '23-QĐ/TW' });
  expect(data.supervisions.totalCount).toBe(1);
  const node = data.supervisions.edges[0].node;
  const leader: string | undefined = node.leader?.name;
  expect(leader).toBe('Phạm Thị Thanh Thủy');
  expect(node.directives.map((d) => d.symbol)).toEqual(expect.arrayContaining(['763-QĐ/TU']));
  expect(node.evidence[0].quote.length).toBeGreaterThan(20);
  expect(data.supervisions.pageInfo.hasNextPage).toBe(false);
});

test('OfficialRoles: the role timeline of a person, found without diacritics', async () => {
  const data = await request(OfficialRolesDocument, { name: 'to the an' });
  const official = data.officials.edges[0].node;
  expect(official.name).toBe('Tô Thế An');
  expect(official.roles.map((r) => [r.title, r.organization?.name])).toEqual([
    ['Trưởng Ban', 'Ban Dân vận Huyện ủy Thọ Xuân'],
  ]);
  expect(official.roles[0].asOf).toBe('2023-05-12');
  expect(official.supervisionsLed[0].targets[0].name).toBe('Đảng ủy xã Xuân Hòa');
});

test('OrganizationLinks: hierarchy and people', async () => {
  const data = await request(OrganizationLinksDocument, { name: 'Huyện ủy Thọ Xuân', first: 10 });
  const names = data.organizations.edges.map((e) => e.node.name);
  expect(names).toContain('Huyện ủy Thọ Xuân');
  const huyenUy = data.organizations.edges.find((e) => e.node.name === 'Huyện ủy Thọ Xuân')!.node;
  expect(huyenUy.children.map((c) => c.name)).toEqual(
    expect.arrayContaining(['Ban Dân vận Huyện ủy Thọ Xuân', 'Đảng ủy xã Xuân Hòa']),
  );
});

test('DirectiveLineage: both directions from the middle of a chain', async () => {
  const data = await request(DirectiveLineageDocument, { symbol: '763-QĐ/TU', depth: 3 });
  const links = data.directive?.lineage.map((l) => `${l.from.symbol}→${l.to.symbol}@${l.depth}`);
  expect(links?.sort()).toEqual(['15-KH/HU→763-QĐ/TU@1', '763-QĐ/TU→23-QĐ/TW@1']);
  expect(data.directive?.citedBy.length).toBeGreaterThanOrEqual(2);
});

test('Search: union results carry their typename', async () => {
  const data = await request(SearchDocument, { text: 'thanh thuy' });
  const hit = data.search.find((r) => r.__typename === 'Official');
  expect(hit && hit.__typename === 'Official' ? hit.name : null).toBe('Phạm Thị Thanh Thủy');
});
