import type { RunningServer } from '../../src/api/server';
import { SEED_003 } from './fixtures';
import { testDriver } from '../support/db';
import { gql, startFixtureServer } from './helpers';

/** The two queries the product is checked with, and the filters around them. */

const driver = testDriver();
let server: RunningServer;

beforeAll(async () => {
  server = await startFixtureServer(driver);
});

afterAll(async () => {
  await server?.close();
});

interface SupervisionsResult {
  supervisions: {
    totalCount: number;
    edges: {
      node: {
        date: string | null;
        leader: { name: string } | null;
        targets: { name: string }[];
        directives: { symbol: string }[];
        evidence: { quote: string; document: { id: string } }[];
      };
    }[];
  };
}

const CHECK_1 = `{ supervisions(filter: { directive: "23-QĐ/TW" }) { totalCount edges { node { date leader { name } targets { name } directives { symbol } evidence { quote document { id } } } } } }`;
const CHECK_2 = `{ search(text: "pham thi thanh thuy") { ... on Official { name } } }`;

test('check 1: who supervised whom under 23-QĐ/TW, with the quote', async () => {
  const res = await gql<SupervisionsResult>(server, CHECK_1);
  expect(res.errors).toBeUndefined();
  const { totalCount, edges } = res.data!.supervisions;
  expect(totalCount).toBe(1);
  const node = edges[0].node;
  expect(node.leader?.name).toBe('Phạm Thị Thanh Thủy');
  expect(node.targets.map((t) => t.name)).toEqual(['Ban Thường vụ Thành ủy Thanh Hóa']);
  expect(node.directives.map((d) => d.symbol).sort()).toEqual(['23-QĐ/TW', '763-QĐ/TU']);
  expect(node.date).toBe('--04-26');
  expect(node.evidence.length).toBeGreaterThan(0);
  expect(node.evidence[0].document.id).toBe(SEED_003);
  expect(node.evidence[0].quote).toContain('Đoàn giám sát 3135');
  expect(node.evidence[0].quote).toContain('23-QĐ/TW');
});

test('check 2: search ignores case and diacritics', async () => {
  const res = await gql<{ search: { name?: string }[] }>(server, CHECK_2);
  expect(res.errors).toBeUndefined();
  expect(res.data!.search.map((r) => r.name)).toContain('Phạm Thị Thanh Thủy');
});

test('the directive filter matches the symbol loosely (spaces, TƯ, leading zeros, no Đ)', async () => {
  for (const form of ['23-QĐ/TW', '23 - QĐ/TƯ', '023-qđ/tw', '23-QD/TW']) {
    const res = await gql<SupervisionsResult>(
      server,
      `query($d: String) { supervisions(filter: { directive: $d }) { totalCount } }`,
      { d: form },
    );
    expect(res.errors).toBeUndefined();
    expect([form, res.data!.supervisions.totalCount]).toEqual([form, 1]);
  }
  const none = await gql<SupervisionsResult>(
    server,
    `{ supervisions(filter: { directive: "24-QĐ/TW" }) { totalCount } }`,
  );
  expect(none.data!.supervisions.totalCount).toBe(0);
});

test('conductor, target, official, place, kind and date filters', async () => {
  const count = async (filter: string): Promise<number> => {
    const res = await gql<SupervisionsResult>(
      server,
      `{ supervisions(filter: ${filter}) { totalCount } }`,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.supervisions.totalCount;
  };
  expect(await count('{ target: "thanh uy thanh hoa" }')).toBe(1);
  expect(await count('{ conductor: "Ban Thường vụ Tỉnh ủy" }')).toBe(1);
  expect(await count('{ official: "pham trong dung" }')).toBe(1);
  expect(await count('{ official: "Lê Anh Xuân", directive: "763-QĐ/TU" }')).toBe(1);
  expect(await count('{ kind: "kiem tra" }')).toBe(24);
  expect(await count('{ kind: "giám sát", place: "Thanh Hóa" }')).toBe(2);
  expect(await count('{ from: "2022-06-05", to: "2022-06-07" }')).toBe(6);
  expect(await count('{ from: "2023" }')).toBe(1);
  expect(await count('{ conductor: "Bộ Chính trị" }')).toBe(0);
});

test('an official: role timeline with evidence, supervisions led', async () => {
  const res = await gql<{
    officials: {
      edges: {
        node: {
          name: string;
          roles: {
            title: string;
            asOf: string | null;
            organization: { name: string } | null;
            evidence: { quote: string }[];
          }[];
          supervisionsLed: { date: string | null; targets: { name: string }[] }[];
        };
      }[];
    };
  }>(
    server,
    `{ officials(filter: { name: "thanh thuy" }) { edges { node { name
        roles { title asOf organization { name } evidence { quote } }
        supervisionsLed { date targets { name } } } } } }`,
  );
  expect(res.errors).toBeUndefined();
  const node = res.data!.officials.edges[0].node;
  expect(node.name).toBe('Phạm Thị Thanh Thủy');
  expect(node.roles.map((r) => r.organization?.name)).toEqual(
    expect.arrayContaining([
      'Ban Dân vận Tỉnh ủy Thanh Hóa',
      'Ủy ban Mặt trận Tổ quốc tỉnh Thanh Hóa',
    ]),
  );
  for (const r of node.roles) {
    expect(r.asOf).toBeTruthy();
    expect(r.evidence[0].quote).toContain('Phạm Thị Thanh Thủy');
  }
  expect(node.supervisionsLed[0].targets[0].name).toBe('Ban Thường vụ Thành ủy Thanh Hóa');
});

test('directive lineage is transitive and depth-bounded', async () => {
  const q = `query($depth: Int!, $dir: LineageDirection!) { directive(symbol: "15-KH/HU") {
    symbol issuer { name } implements { symbol }
    lineage(depth: $depth, direction: $dir) { from { symbol } to { symbol } depth inferred } } }`;
  type R = {
    directive: {
      symbol: string;
      issuer: { name: string } | null;
      implements: { symbol: string }[];
      lineage: {
        from: { symbol: string };
        to: { symbol: string };
        depth: number;
        inferred: boolean;
      }[];
    };
  };
  const up3 = await gql<R>(server, q, { depth: 3, dir: 'UP' });
  expect(up3.errors).toBeUndefined();
  expect(up3.data!.directive.issuer?.name).toBe('Ban Thường vụ Huyện ủy Thọ Xuân');
  expect(up3.data!.directive.implements.map((d) => d.symbol)).toEqual(['763-QĐ/TU']);
  expect(
    up3.data!.directive.lineage.map((l) => [l.from.symbol, l.to.symbol, l.depth, l.inferred]),
  ).toEqual([
    ['15-KH/HU', '763-QĐ/TU', 1, false],
    ['763-QĐ/TU', '23-QĐ/TW', 2, true],
  ]);
  const up1 = await gql<R>(server, q, { depth: 1, dir: 'UP' });
  expect(up1.data!.directive.lineage).toHaveLength(1);
  const down = await gql<R>(server, q, { depth: 3, dir: 'DOWN' });
  expect(down.data!.directive.lineage).toEqual([]);
  const tooDeep = await gql<R>(server, q, { depth: 11, dir: 'UP' });
  expect(tooDeep.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

  const fromTop = await gql<{
    directive: {
      implementedBy: { symbol: string }[];
      lineage: { from: { symbol: string }; depth: number }[];
      citedBy: { id: string }[];
    };
  }>(
    server,
    `{ directive(symbol: "23-QĐ/TW") { implementedBy { symbol } citedBy { id }
       lineage(direction: DOWN) { from { symbol } depth } } }`,
  );
  expect(fromTop.errors).toBeUndefined();
  expect(fromTop.data!.directive.implementedBy.map((d) => d.symbol)).toEqual(['763-QĐ/TU']);
  expect(fromTop.data!.directive.lineage.map((l) => [l.from.symbol, l.depth])).toEqual([
    ['763-QĐ/TU', 1],
    ['15-KH/HU', 2],
  ]);
  expect(fromTop.data!.directive.citedBy.map((d) => d.id)).toContain(SEED_003);
});

test('an organisation: parent, children, people by role, supervisions both ways', async () => {
  const res = await gql<{
    organizations: {
      edges: {
        node: {
          name: string;
          parent: { name: string } | null;
          children: { name: string }[];
          people: { title: string; asOf: string | null; official: { name: string } }[];
          supervisionsConducted: { targets: { name: string }[] }[];
          supervisionsReceived: { key: string }[];
          directivesIssued: { symbol: string }[];
        };
      }[];
    };
  }>(
    server,
    `{ organizations(filter: { name: "Ban Dân vận Huyện ủy Thọ Xuân" }) { edges { node {
      name parent { name } children { name } people { title asOf official { name } }
      supervisionsConducted { targets { name } } supervisionsReceived { key } directivesIssued { symbol } } } } }`,
  );
  expect(res.errors).toBeUndefined();
  const org = res.data!.organizations.edges[0].node;
  expect(org.parent?.name).toBe('Huyện ủy Thọ Xuân');
  expect(org.people.map((p) => p.official.name).sort()).toEqual(['Tô Thế An', 'Đỗ Thị Đào']);
  expect(org.supervisionsConducted[0].targets[0].name).toBe('Đảng ủy xã Xuân Hòa');
  expect(org.supervisionsReceived).toEqual([]);

  const filtered = await gql<{ organization: { people: { official: { name: string } }[] } }>(
    server,
    `query($key: ID!) { organization(key: $key) { people(title: "pho truong") { official { name } } } }`,
    { key: 'ban dân vận huyện ủy thọ xuân' },
  );
  expect(filtered.errors).toBeUndefined();
  expect(filtered.data!.organization.people.map((p) => p.official.name)).toEqual(['Đỗ Thị Đào']);
});

test('a document and the facts it contributed', async () => {
  const res = await gql<{
    document: {
      id: string;
      title: string | null;
      jurisdiction: string | null;
      officials: { name: string }[];
      directives: { symbol: string }[];
      supervisions: { leader: { name: string } | null }[];
    } | null;
  }>(
    server,
    `query($id: ID!) { document(id: $id) { id title jurisdiction officials { name } directives { symbol } supervisions { leader { name } } } }`,
    { id: SEED_003 },
  );
  expect(res.errors).toBeUndefined();
  const d = res.data!.document!;
  expect(d.jurisdiction).toBe('Thanh Hóa');
  expect(d.officials.map((o) => o.name)).toContain('Lê Anh Xuân');
  expect(d.directives.map((x) => x.symbol).sort()).toEqual(['23-QĐ/TW', '763-QĐ/TU']);
  expect(d.supervisions[0].leader?.name).toBe('Phạm Thị Thanh Thủy');

  const missing = await gql<{ document: null }>(server, `{ document(id: "nope") { id } }`);
  expect(missing.errors).toBeUndefined();
  expect(missing.data!.document).toBeNull();
});
