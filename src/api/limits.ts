import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  visit,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './pagination';

export const MAX_DEPTH = 12;
export const MAX_COMPLEXITY = 2000;

/**
 * Validation rule: rejects operations nested deeper than `max` fields (fragments followed,
 * introspection fields not counted, so GraphiQL's schema query passes).
 */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const sel of set.selections) {
        let d = 0;
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          d = 1 + depthOf(sel.selectionSet, seen);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          d = depthOf(sel.selectionSet, seen);
        } else {
          const name = sel.name.value;
          const frag = fragments.get(name);
          if (!frag || seen.has(name)) continue; // cycles are reported by NoFragmentCycles
          d = depthOf(frag.selectionSet, new Set([...seen, name]));
        }
        deepest = Math.max(deepest, d);
        if (deepest > max) return deepest;
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(
              `Query is nested ${depth} levels deep; at most ${max} are allowed. Split it into ` +
                'several queries.',
              { nodes: [node] },
            ),
          );
        }
      },
    };
  };
}

/** Fields taking `first` cost their selection times the page size (default 20). */
const pagedEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + childComplexity * Math.max(first, 1);
};

/** The complexity of an operation with its variables (fields × page sizes, see pagedEstimator). */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Variables the complexity depends on: those given to `first` and to directives (@include). */
function complexityVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  let inDirective = 0;
  visit(document, {
    Directive: {
      enter: () => {
        inDirective += 1;
      },
      leave: () => {
        inDirective -= 1;
      },
    },
    Argument(node) {
      if (node.value.kind !== Kind.VARIABLE) return;
      if (inDirective > 0 || node.name.value === 'first') names.add(node.value.name.value);
    },
  });
  return [...names];
}

export type ComplexityOf = (
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
) => number;

const MAX_CACHED_COMPLEXITIES = 100;

/**
 * operationComplexity, cached per parsed document (Apollo and the fast path keep one per query
 * text) and per values of the variables it depends on: the estimate walks the whole operation,
 * and the same few queries come again and again.
 */
export function cachedComplexity(schema: GraphQLSchema): ComplexityOf {
  const cache = new WeakMap<DocumentNode, { variables: string[]; values: Map<string, number> }>();
  return (document, variables, operationName) => {
    let entry = cache.get(document);
    if (!entry) {
      entry = { variables: complexityVariables(document), values: new Map() };
      cache.set(document, entry);
    }
    const key = JSON.stringify([
      operationName ?? null,
      ...entry.variables.map((v) => variables[v]),
    ]);
    let value = entry.values.get(key);
    if (value === undefined) {
      // Throws on bad variable values: not cached, the request fails on its own.
      value = operationComplexity(schema, document, variables, operationName);
      if (entry.values.size >= MAX_CACHED_COMPLEXITIES) entry.values.clear();
      entry.values.set(key, value);
    }
    return value;
  };
}

/**
 * Apollo plugin: computes the operation's complexity once the operation is known (variables
 * included) and refuses it above `max`, before any resolver runs.
 */
export function complexityLimitPlugin(complexityOf: ComplexityOf, max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = complexityOf(
            document,
            request.variables ?? {},
            request.operationName ?? undefined,
          );
          if (complexity > max) {
            throw new GraphQLError(
              `Query complexity is ${complexity}; at most ${max} is allowed. Ask for fewer items ` +
                '(`first`) or fewer nested fields.',
              { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
