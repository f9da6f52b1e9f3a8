import DataLoader from 'dataloader';
import { cypher } from '../graph/cypher';
import type { ApiDb, Row } from './db';
import type {
  Directive,
  DirectiveLink,
  Evidence,
  Official,
  Organization,
  OrganizationMember,
  RoleHeld,
  SourceDocument,
  Supervision,
} from './types';
import { composed, type Flags } from './template';
import { LineageDirection } from './types';

export const MAX_LINEAGE_DEPTH = 10;

/**
 * The level flags of the lineage templates (cypher/api-part-lineage-*-levels.cypher) for a
 * lineage `depth` hops deep: lineageLevel<n> = depth >= n, so the query holds `depth` steps.
 */
export function lineageLevels(depth: number): Flags {
  const flags: Record<string, boolean> = {};
  for (let n = 2; n <= MAX_LINEAGE_DEPTH; n++) flags[`lineageLevel${n}`] = depth >= n;
  return flags;
}

/**
 * Per-request DataLoaders: every nested field that is not projected by its root query is
 * loaded here, one Cypher query per loader and batch (never one per item), so a request costs
 * a number of round trips bounded by the shape of the query, not by the number of results.
 */

export interface OfficialLinks {
  roles: RoleHeld[];
  led: string[];
  joined: string[];
  hosted: string[];
}

export interface OrganizationLinks {
  parent: Organization | null;
  children: Organization[];
  people: OrganizationMember[];
  conducted: string[];
  received: string[];
  issued: Directive[];
}

export interface DirectiveLinks {
  issuer: Organization | null;
  implements: Directive[];
  implementedBy: Directive[];
  supervisions: string[];
  citedBy: SourceDocument[];
}

export interface DocumentFacts {
  officials: Official[];
  organizations: Organization[];
  directives: Directive[];
  supervisions: string[];
}

export interface LineageRequest {
  key: string;
  depth: number;
  direction: LineageDirection;
}

/** The Cypher projections return exactly the GraphQL shapes (see cypher/api-*.cypher). */
function as<T>(v: unknown): T {
  return v as T;
}

/** One batch: run `query` with `param` = the keys, map rows back by `keyField`. */
function batch<T>(
  db: ApiDb,
  query: string,
  param: string,
  keyField: string,
  pick: (row: Row) => T,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await db.read(cypher(query), { [param]: [...keys] });
    const byKey = new Map<string, T>();
    for (const row of rows) byKey.set(String(row[keyField]), pick(row));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

export function createLoaders(db: ApiDb) {
  return {
    supervision: batch<Supervision>(db, 'api-supervisions-by-key', 'keys', 'key', (r) =>
      as<Supervision>(r.node),
    ),
    supervisionEvidence: batch<Evidence[]>(db, 'api-supervision-evidence', 'keys', 'key', (r) =>
      as<Evidence[]>(r.evidence),
    ),
    officialLinks: batch<OfficialLinks>(db, 'api-official-links', 'keys', 'key', (r) =>
      as<OfficialLinks>(r),
    ),
    organizationLinks: batch<OrganizationLinks>(db, 'api-organization-links', 'keys', 'key', (r) =>
      as<OrganizationLinks>(r),
    ),
    directiveLinks: batch<DirectiveLinks>(db, 'api-directive-links', 'keys', 'key', (r) =>
      as<DirectiveLinks>(r),
    ),
    documentFacts: batch<DocumentFacts>(db, 'api-document-facts', 'ids', 'id', (r) =>
      as<DocumentFacts>(r),
    ),
    lineage: new DataLoader<LineageRequest, DirectiveLink[], string>(
      async (reqs) => {
        const items = reqs.map((r) => ({
          key: r.key,
          depth: r.depth,
          up: r.direction !== LineageDirection.DOWN,
          down: r.direction !== LineageDirection.UP,
        }));
        // Whole nodes and `inferred` (a loader serves every selection), the deepest item's levels.
        const deepest = Math.max(...items.map((i) => i.depth));
        const flags = { lineageFull: true, lineageInferred: true, ...lineageLevels(deepest) };
        const rows = await db.read(composed('api-directive-lineage', flags), { items });
        const byReq = new Map<string, DirectiveLink[]>();
        for (const row of rows) {
          const links = [
            ...as<DirectiveLink[]>(row.upLinks),
            ...as<DirectiveLink[]>(row.downLinks),
          ];
          byReq.set(
            `${String(row.key)}|${String(row.depth)}|${String(row.up)}|${String(row.down)}`,
            links,
          );
        }
        return items.map(
          (i) => byReq.get(`${i.key}|${i.depth}|${String(i.up)}|${String(i.down)}`) ?? [],
        );
      },
      { cacheKeyFn: (r) => `${r.key}|${r.depth}|${r.direction}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads supervisions by key (one batch), keeping order and dropping vanished ones. */
export async function loadSupervisions(loaders: Loaders, keys: string[]): Promise<Supervision[]> {
  const found = await loaders.supervision.loadMany(keys);
  const out: Supervision[] = [];
  for (const s of found) {
    if (s instanceof Error) throw s;
    if (s !== null) out.push(s);
  }
  return out;
}
