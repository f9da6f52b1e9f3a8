import type { Driver } from 'neo4j-driver';
import { cypher, statements } from './cypher';

/** The graph's size, as `kg stats --json` prints it. */
export interface GraphStats {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v && typeof (v as { toNumber?: unknown }).toNumber === 'function') {
    return (v as { toNumber(): number }).toNumber();
  }
  return Number(v);
}

/** Counts nodes and relationships, overall and per label/type (zero counts left out). */
export async function graphStats(driver: Driver): Promise<GraphStats> {
  const [nodesQ, relsQ, labelsQ, typesQ] = statements(cypher('stats'));
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const one = async (q: string): Promise<number> =>
        toNumber((await tx.run(q)).records[0]?.get('count'));
      const byName = async (q: string): Promise<Record<string, number>> => {
        const out: Record<string, number> = {};
        const res = await tx.run(q);
        const rows = res.records
          .map((r) => [r.get('name') as string, toNumber(r.get('count'))] as const)
          .filter(([, c]) => c > 0)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        for (const [name, c] of rows) out[name] = c;
        return out;
      };
      return {
        nodes: await one(nodesQ),
        relationships: await one(relsQ),
        labels: await byName(labelsQ),
        relationshipTypes: await byName(typesQ),
      };
    });
  } finally {
    await session.close();
  }
}
