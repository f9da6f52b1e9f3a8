import {
  Kind,
  parse,
  print,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import { exampleQueries, type ExampleQuery } from './playground';

/**
 * The operations `warmUp` (src/api/server.ts) runs before the server listens, so Neo4j plans
 * the queries they compose before a client asks: a by-key root field's query is composed from
 * its selection (src/api/template.ts) and planned once per shape, in seconds on a large graph
 * (a depth-5 lineage: 2.6 s on the 100k graph at load 19), then served from the plan cache.
 *
 *  1. the example operations (queries/*.graphql) as they are;
 *  2. their by-key twins: each list root field (`officials(filter) { edges { node { … } } }`)
 *     or `directive(symbol)` asked by key with the same selection of the node, as clients and
 *     dashboards ask once they hold a key;
 *  3. lineage at depths 1..WARM_LINEAGE_DEPTH (the query holds one step per level, so each
 *     depth is a shape): each operation above whose `lineage(depth:)` is a variable, once per
 *     depth, and the smallest lineage selection (`depth from { key symbol } to { key symbol }`)
 *     by key, both directions.
 *
 * Each lineage shape costs Neo4j about a CPU-second to plan (0.8-3 on the 1k bench graph at load
 * 16), so deeper lineages and the one-direction ones are planned at their first request. A key
 * that matches nothing plans the query as well as a real one and reads nothing.
 */
export interface WarmUpOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The deepest lineage warmed up (MAX_LINEAGE_DEPTH is the deepest allowed). */
export const WARM_LINEAGE_DEPTH = 5;

/** A key no node has: the by-key queries are planned, and find nothing. */
export const WARM_UP_KEY = '\u0000warm-up';

/** List root fields and the by-key root field of the same type. */
const BY_KEY_TWIN: Readonly<Record<string, string>> = {
  officials: 'official',
  organizations: 'organization',
  directives: 'directive',
  supervisions: 'supervision',
  directive: 'directive',
};

const KEY_VARIABLE = 'warmUpKey';

function name(value: string): { kind: Kind.NAME; value: string } {
  return { kind: Kind.NAME, value };
}

/** The selection of the node a root field returns: `edges { node { … } }` of a connection. */
function nodeSelection(field: FieldNode): SelectionSetNode | undefined {
  if (field.name.value === 'directive') return field.selectionSet;
  const edges = field.selectionSet?.selections.find(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'edges',
  );
  const node = edges?.selectionSet?.selections.find(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'node',
  );
  return node?.selectionSet;
}

/** Names of the variables a selection uses. */
function variablesIn(selection: SelectionSetNode): Set<string> {
  const used = new Set<string>();
  visit(selection, {
    Variable(node) {
      used.add(node.name.value);
    },
  });
  return used;
}

/**
 * The by-key twin of each list (or by-symbol) root field of `operation`, with the variables
 * its node selection uses; undefined when the operation has none.
 */
export function byKeyTwin(operation: OperationDefinitionNode): OperationDefinitionNode | undefined {
  const fields: FieldNode[] = [];
  for (const s of operation.selectionSet.selections) {
    if (s.kind !== Kind.FIELD) continue;
    const twin = BY_KEY_TWIN[s.name.value];
    const selection = nodeSelection(s);
    if (!twin || !selection) continue;
    const key: ArgumentNode = {
      kind: Kind.ARGUMENT,
      name: name('key'),
      value: { kind: Kind.VARIABLE, name: name(KEY_VARIABLE) },
    };
    fields.push({
      kind: Kind.FIELD,
      ...(s.alias ? { alias: s.alias } : {}),
      name: name(twin),
      arguments: [key],
      directives: [],
      selectionSet: selection,
    });
  }
  if (fields.length === 0) return undefined;
  const selectionSet: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: fields };
  const used = variablesIn(selectionSet);
  const keyDefinition: VariableDefinitionNode = {
    kind: Kind.VARIABLE_DEFINITION,
    variable: { kind: Kind.VARIABLE, name: name(KEY_VARIABLE) },
    type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: name('ID') } },
    directives: [],
  };
  return {
    kind: Kind.OPERATION_DEFINITION,
    operation: operation.operation,
    name: name(`${operation.name?.value ?? 'Example'}ByKey`),
    variableDefinitions: [
      ...(operation.variableDefinitions ?? []).filter(
        (d) => d.variable.name.value !== KEY_VARIABLE && used.has(d.variable.name.value),
      ),
      keyDefinition,
    ],
    directives: [],
    selectionSet,
  };
}

/** Variables given as the `depth` argument of a `lineage` field anywhere in `operation`. */
function lineageDepthVariables(operation: OperationDefinitionNode): string[] {
  const out = new Set<string>();
  visit(operation, {
    Field(node) {
      if (node.name.value !== 'lineage') return;
      const depth = node.arguments?.find((a) => a.name.value === 'depth');
      if (depth?.value.kind === Kind.VARIABLE) out.add(depth.value.name.value);
    },
  });
  return [...out];
}

/** Each depth 1..WARM_LINEAGE_DEPTH when the operation takes its lineage depth as a variable. */
function perDepth(op: WarmUpOperation, operation: OperationDefinitionNode): WarmUpOperation[] {
  const vars = lineageDepthVariables(operation);
  if (vars.length === 0) return [op];
  return Array.from({ length: WARM_LINEAGE_DEPTH }, (_, i) => ({
    name: `${op.name} (lineage depth ${i + 1})`,
    query: op.query,
    variables: { ...op.variables, ...Object.fromEntries(vars.map((v) => [v, i + 1])) },
  }));
}

function operationsOf(document: DocumentNode): OperationDefinitionNode[] {
  return document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
}

/** The warm-up operations for these examples, in the order they should be planned. */
export function warmUpOperations(
  examples: readonly ExampleQuery[] = exampleQueries(),
): WarmUpOperation[] {
  const first: WarmUpOperation[] = [];
  const twins: WarmUpOperation[] = [];
  const depths: WarmUpOperation[] = [];
  for (const example of examples) {
    let document: DocumentNode;
    try {
      document = parse(example.query);
    } catch {
      continue; // a broken example is the playground test's to report
    }
    const operations = operationsOf(document);
    // Only single-operation examples: several would need an operationName each.
    if (operations.length !== 1) continue;
    const [operation] = operations;
    const asIs = { name: example.name, query: example.query, variables: {} };
    first.push(asIs);
    const twin = byKeyTwin(operation);
    const twinOp = twin && {
      name: `${example.name} by key`,
      query: print(twin),
      variables: { [KEY_VARIABLE]: WARM_UP_KEY },
    };
    if (twinOp) twins.push(twinOp);
    depths.push(...perDepth(asIs, operation).filter((o) => o !== asIs));
    if (twin && twinOp) depths.push(...perDepth(twinOp, twin).filter((o) => o !== twinOp));
  }
  // The smallest lineage selection by key, both directions, each depth.
  const smallest = print(
    parse(
      `query WarmUpLineage($${KEY_VARIABLE}: ID!, $depth: Int!) {
        directive(key: $${KEY_VARIABLE}) { key symbol lineage(depth: $depth, direction: BOTH) { depth from { key symbol } to { key symbol } } }
      }`,
    ),
  );
  for (let depth = 1; depth <= WARM_LINEAGE_DEPTH; depth++) {
    depths.push({
      name: `smallest lineage by key, depth ${depth}`,
      query: smallest,
      variables: { [KEY_VARIABLE]: WARM_UP_KEY, depth },
    });
  }
  return [...first, ...twins, ...depths];
}
