import { GraphQLError } from 'graphql';
import type { Connection } from './types';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Validates `first`: 1..MAX_PAGE_SIZE, default DEFAULT_PAGE_SIZE. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) {
    throw badInput('`first` must be a non-negative integer.');
  }
  if (first > MAX_PAGE_SIZE) {
    throw badInput(`\`first\` is ${first}; at most ${MAX_PAGE_SIZE} items fit on one page.`);
  }
  return first;
}

/**
 * Keyset cursors: opaque base64url of `{ t: list name, k: sort key values }`. A cursor names a
 * position in the sort order, not an offset, so it stays valid when data is added.
 */
export function encodeCursor(list: string, sortKey: string[]): string {
  return Buffer.from(JSON.stringify({ t: list, k: sortKey }), 'utf8').toString('base64url');
}

/** Decodes `after` for the list `list` whose sort key has `arity` values; null when absent. */
export function decodeCursor(
  after: string | null | undefined,
  list: string,
  arity: number,
): string[] | null {
  if (after === null || after === undefined) return null;
  const invalid = badInput('`after` is not a cursor of this list; pass an endCursor it returned.');
  if (after.length > 2000 || !/^[A-Za-z0-9_-]*={0,2}$/.test(after)) throw invalid;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid;
  const { t, k } = parsed as { t?: unknown; k?: unknown };
  if (t !== list || !Array.isArray(k) || k.length !== arity) throw invalid;
  if (!k.every((v): v is string => typeof v === 'string')) throw invalid;
  return k;
}

/** One page as returned by the list queries: the items (limit first+1) and the total. */
export interface PageRows<T> {
  totalCount: number;
  items: { node: T; sortKey: string[] }[];
}

/** Builds the connection from a page fetched with `limit = first + 1`. */
export function toConnection<T>(list: string, first: number, page: PageRows<T>): Connection<T> {
  const visible = page.items.slice(0, first);
  const edges = visible.map((it) => ({ cursor: encodeCursor(list, it.sortKey), node: it.node }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.items.length > first,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
  };
}
