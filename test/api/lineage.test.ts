import type { RunningServer } from '../../src/api/server';
import { startServer } from '../../src/api/server';
import { ingestDocuments } from '../../src/graph/load';
import type { DirectiveFact, ExtractedDocument } from '../../src/extract/types';
import { resetDatabase, testDriver } from '../support/db';
import { at, doc } from './fixtures';
import { gql } from './helpers';

/**
 * Directive lineage against a breadth-first oracle computed here from the asserted facts: a
 * chain longer than the deepest allowed lineage, a pair asserted by several documents (parallel
 * relationships, inferred in some), a diamond and a cycle; by key (the root query's template)
 * and by symbol (the lineage loader), every direction and several depths, with and without
 * `inferred`.
 */

interface Edge {
  child: string;
  parent: string;
  inferred: boolean;
}

const CHAIN = Array.from({ length: 13 }, (_, i) => `${i + 1}-KH/TU`); // 12 links
/** One document per group of assertions; the same pair in several documents is parallel. */
const DOCS: Edge[][] = [
  CHAIN.slice(1).map((parent, i) => ({ child: CHAIN[i], parent, inferred: false })),
  [
    { child: '31-KH/TU', parent: '30-NQ/TU', inferred: true },
    { child: '32-KH/TU', parent: '30-NQ/TU', inferred: true },
    { child: '33-KH/TU', parent: '31-KH/TU', inferred: false },
    { child: '33-KH/TU', parent: '32-KH/TU', inferred: false },
  ],
  [
    { child: '31-KH/TU', parent: '30-NQ/TU', inferred: false },
    { child: '32-KH/TU', parent: '30-NQ/TU', inferred: true },
    { child: '30-NQ/TU', parent: '1-KH/TU', inferred: false },
  ],
  [{ child: '41-KH/TU', parent: '42-KH/TU', inferred: false }],
  [
    { child: '42-KH/TU', parent: '41-KH/TU', inferred: false },
    { child: '43-KH/TU', parent: '41-KH/TU', inferred: false },
  ],
];

function lineageDoc(n: number, edges: Edge[]): ExtractedDocument {
  const symbols = [...new Set(edges.flatMap((e) => [e.child, e.parent]))];
  const text = `Thực hiện các văn bản ${symbols.map((s) => `số ${s}`).join(', ')} của Tỉnh ủy.`;
  const directives: DirectiveFact[] = symbols.map((symbol) => {
    const out = edges.filter((e) => e.child === symbol);
    return {
      symbol,
      type: 'Kế hoạch',
      date: '2022-01-01',
      issuer: null,
      subject: null,
      implements: out.map((e) => e.parent),
      implementsInferred: out.filter((e) => e.inferred).map((e) => e.parent),
      evidence: [at(text, `số ${symbol}`)],
    };
  });
  return doc(`api_lineage_${n}`, text, {
    document: {
      title: `Lineage ${n}`,
      source: 'baothanhhoa.vn',
      jurisdiction: 'Thanh Hóa',
      eventDate: '2022-02-01',
    },
    officials: [],
    organizations: [],
    directives,
    supervisions: [],
  });
}

type Direction = 'UP' | 'DOWN' | 'BOTH';

/** Links up to `depth` hops, each at its shortest distance, inferred iff every assertion is. */
function oracle(start: string, depth: number, direction: Direction): string[] {
  const edges = DOCS.flat();
  const out: string[] = [];
  const walk = (up: boolean): void => {
    const dist = new Map<string, number>([[start, 0]]);
    let frontier = [start];
    for (let near = 0; near < depth && frontier.length > 0; near++) {
      const next: string[] = [];
      const pairs = new Map<string, boolean>();
      for (const node of frontier) {
        for (const e of edges) {
          if ((up ? e.child : e.parent) !== node) continue;
          const id = `${e.child}>${e.parent}`;
          pairs.set(id, (pairs.get(id) ?? true) && e.inferred);
          const other = up ? e.parent : e.child;
          if (!dist.has(other)) {
            dist.set(other, near + 1);
            next.push(other);
          }
        }
      }
      for (const [id, inferred] of pairs)
        out.push(`${up ? 'U' : 'D'} ${id} @${near + 1} ${inferred}`);
      frontier = next;
    }
  };
  if (direction !== 'DOWN') walk(true);
  if (direction !== 'UP') walk(false);
  return out.sort();
}

interface Link {
  from: { symbol: string };
  to: { symbol: string };
  depth: number;
  inferred?: boolean;
}

const driver = testDriver();
let server: RunningServer;
const keys = new Map<string, string>();

beforeAll(async () => {
  await resetDatabase(driver);
  const summary = await ingestDocuments(
    driver,
    DOCS.map((edges, i) => lineageDoc(i + 1, edges)),
  );
  expect(summary.failures).toEqual([]);
  server = await startServer({ driver });
  const res = await gql<{ directives: { edges: { node: { key: string; symbol: string } }[] } }>(
    server,
    '{ directives(first: 100) { edges { node { key symbol } } } }',
  );
  for (const e of res.data!.directives.edges) keys.set(e.node.symbol, e.node.key);
});

afterAll(async () => {
  await server?.close();
});

/** The API's links in the oracle's form; one direction's links come nearest first. */
function asOracle(links: Link[], direction: Direction, withInferred: boolean): string[] {
  if (direction !== 'BOTH') {
    const depths = links.map((l) => l.depth);
    expect(depths).toEqual([...depths].sort((x, y) => x - y));
  }
  return links
    .map(
      (l) => `${l.from.symbol}>${l.to.symbol} @${l.depth}${withInferred ? ` ${l.inferred}` : ''}`,
    )
    .sort();
}

const strip = (lines: string[], withInferred: boolean): string[] =>
  lines
    .map((s) => s.slice(2))
    .map((s) => (withInferred ? s : s.replace(/ (true|false)$/, '')))
    .sort();

test('the keys of every directive are known', () => {
  expect(keys.size).toBe(new Set(DOCS.flat().flatMap((e) => [e.child, e.parent])).size);
});

/**
 * Direction, depth and whether `inferred` is asked: each is a query shape of its own (planned
 * once, slowly on a busy machine), so a spread of them rather than every combination.
 */
const CASES: [Direction, number, boolean][] = [
  ['UP', 1, true],
  ['DOWN', 2, false],
  ['BOTH', 3, true],
  ['BOTH', 5, false],
  ['UP', 10, false],
  ['DOWN', 10, true],
  ['BOTH', 10, true],
];

test.each(['1-KH/TU', '13-KH/TU', '7-KH/TU', '30-NQ/TU', '33-KH/TU', '41-KH/TU', '43-KH/TU'])(
  'lineage of %s matches the breadth-first oracle (by key and by symbol)',
  async (symbol) => {
    for (const [direction, depth, withInferred] of CASES) {
      const want = oracle(symbol, depth, direction);
      const fields = `from { symbol } to { symbol } depth${withInferred ? ' inferred' : ''}`;
      const byKey = await gql<{ directive: { lineage: Link[] } }>(
        server,
        `query($key: ID!, $depth: Int!, $dir: LineageDirection!) { directive(key: $key) {
           lineage(depth: $depth, direction: $dir) { ${fields} } } }`,
        { key: keys.get(symbol), depth, dir: direction },
      );
      expect(byKey.errors).toBeUndefined();
      const bySymbol = await gql<{ directive: { lineage: Link[] } }>(
        server,
        `query($symbol: String!, $depth: Int!, $dir: LineageDirection!) {
           directive(symbol: $symbol) { lineage(depth: $depth, direction: $dir) { ${fields} } } }`,
        { symbol, depth, dir: direction },
      );
      expect(bySymbol.errors).toBeUndefined();
      const expected = strip(want, withInferred);
      expect(asOracle(byKey.data!.directive.lineage, direction, withInferred)).toEqual(expected);
      expect(asOracle(bySymbol.data!.directive.lineage, direction, withInferred)).toEqual(expected);
    }
  },
  // The first symbol pays for planning every shape.
  600_000,
);
