import { Kind, parse, print, validate, type OperationDefinitionNode } from 'graphql';
import { buildApiSchema, warmUp, type RunningServer } from '../../src/api/server';
import { byKeyTwin, WARM_LINEAGE_DEPTH, WARM_UP_KEY, warmUpOperations } from '../../src/api/warmup';
import { testDriver } from '../support/db';
import { startFixtureServer } from './helpers';

/** The server's warm-up: the examples, their by-key twins and lineage at each warmed depth. */

function operation(text: string): OperationDefinitionNode {
  const op = parse(text).definitions[0];
  if (op.kind !== Kind.OPERATION_DEFINITION) throw new Error('not an operation');
  return op;
}

test('a list root field becomes its by-key twin with the same node selection', () => {
  const twin = byKeyTwin(
    operation(`query People($name: String!, $first: Int, $d: Int!) {
      officials(filter: { name: $name }, first: $first) {
        totalCount
        edges { cursor node { key roles { title organization { name } } } }
      }
    }`),
  );
  expect(twin && print(twin)).toBe(
    print(
      parse(`query PeopleByKey($warmUpKey: ID!) {
        official(key: $warmUpKey) { key roles { title organization { name } } }
      }`),
    ),
  );
});

test('a by-symbol directive keeps the variables its selection uses', () => {
  const twin = byKeyTwin(
    operation(`query L($symbol: String!, $depth: Int!, $unused: Int) {
      directive(symbol: $symbol) { symbol lineage(depth: $depth, direction: UP) { depth } }
    }`),
  );
  expect(twin && print(twin)).toBe(
    print(
      parse(`query LByKey($depth: Int!, $warmUpKey: ID!) {
        directive(key: $warmUpKey) { symbol lineage(depth: $depth, direction: UP) { depth } }
      }`),
    ),
  );
  // Search has no by-key twin.
  expect(byKeyTwin(operation('query S { search(text: "x") { __typename } }'))).toBeUndefined();
});

test('the warm-up operations validate, and cover lineage at every warmed depth by key', () => {
  const ops = warmUpOperations();
  const schema = buildApiSchema();
  for (const op of ops) {
    expect([op.name, validate(schema, parse(op.query))]).toEqual([op.name, []]);
  }
  const byKeyLineageDepths = new Set(
    ops
      .filter((op) => op.variables.warmUpKey === WARM_UP_KEY && /lineage\(/.test(op.query))
      .map((op) => op.variables.depth),
  );
  expect([...byKeyLineageDepths].sort()).toEqual(
    Array.from({ length: WARM_LINEAGE_DEPTH }, (_, i) => i + 1),
  );
  // Every example with a list (or by-symbol) root has its twin.
  expect(ops.filter((op) => op.name.endsWith(' by key')).length).toBeGreaterThanOrEqual(4);
});

describe('against Neo4j', () => {
  const driver = testDriver();
  let server: RunningServer;

  beforeAll(async () => {
    server = await startFixtureServer(driver);
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  test('warmUp runs every warm-up operation once, each without an error', async () => {
    const ran: [string, readonly unknown[]][] = [];
    await warmUp(server, { driver }, (name, _ms, errors) => ran.push([name, errors]));
    expect(ran).toEqual(warmUpOperations().map((op) => [op.name, []]));
  }, 600_000);
});
