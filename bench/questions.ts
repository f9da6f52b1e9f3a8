/**
 * The five canonical questions, each as GraphQL for our API, GraphQL for the @neo4j/graphql
 * peer, and hand-written Cypher for the floor server; parameters picked from the loaded graph.
 */
import type { Driver, Session } from 'neo4j-driver';
import { luceneQuery } from '../src/api/text';

export const QUESTIONS = [
  'supervisions-under-directive',
  'official-roles-supervisions',
  'organization-neighbourhood',
  'directive-lineage-depth5',
  'accent-free-search',
] as const;
export type Question = (typeof QUESTIONS)[number];

/** Floor Cypher file (bench/cypher/floor-<name>.cypher) per question. */
export const FLOOR_CYPHER: Record<Question, string> = {
  'supervisions-under-directive': 'floor-supervisions-under-directive',
  'official-roles-supervisions': 'floor-official-roles-supervisions',
  'organization-neighbourhood': 'floor-organization-neighbourhood',
  'directive-lineage-depth5': 'floor-directive-lineage',
  'accent-free-search': 'floor-accent-free-search',
};

export interface Params {
  directiveKey: string;
  directiveSymbol: string;
  officialKey: string;
  officialName: string;
  organizationKey: string;
  organizationName: string;
  lineageKey: string;
  lineageSymbol: string;
  searchText: string;
  /** Degrees of the picked entities, to show what the questions touch. */
  notes: Record<string, number>;
}

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

const SUP_FIELDS = 'key kind date';

export function oursRequest(q: Question, p: Params): GraphqlRequest {
  switch (q) {
    case 'supervisions-under-directive':
      return {
        query: `query Q($key: ID!) { directive(key: $key) { key symbol supervisions { ${SUP_FIELDS} conductors { key name } targets { key name } leader { key name } } } }`,
        variables: { key: p.directiveKey },
      };
    case 'official-roles-supervisions':
      return {
        query: `query Q($key: ID!) { official(key: $key) { key name jurisdiction roles { title asOf organization { key name } } supervisionsLed { ${SUP_FIELDS} } supervisionsJoined { ${SUP_FIELDS} } } }`,
        variables: { key: p.officialKey },
      };
    case 'organization-neighbourhood':
      return {
        query: `query Q($key: ID!) { organization(key: $key) { key name kind level parent { key name } children { key name } people { title asOf official { key name } } supervisionsConducted { ${SUP_FIELDS} } supervisionsReceived { ${SUP_FIELDS} } directivesIssued { key symbol } } }`,
        variables: { key: p.organizationKey },
      };
    case 'directive-lineage-depth5':
      return {
        query: `query Q($key: ID!) { directive(key: $key) { key symbol lineage(depth: 5, direction: BOTH) { depth from { key symbol } to { key symbol } } } }`,
        variables: { key: p.lineageKey },
      };
    case 'accent-free-search':
      return {
        query: `query Q($text: String!) { search(text: $text, first: 20) { __typename ... on Official { key name } ... on Organization { key name } ... on Directive { key symbol } } }`,
        variables: { text: p.searchText },
      };
  }
}

/** Nested selection of IMPLEMENTS in one direction, `depth` levels deep (peer has no lineage). */
function nested(field: string, depth: number): string {
  return depth === 0 ? '' : ` ${field} { key symbol${nested(field, depth - 1)} }`;
}

export function peerRequest(q: Question, p: Params): GraphqlRequest {
  switch (q) {
    case 'supervisions-under-directive':
      return {
        query: `query Q($key: ID!) { directives(where: { key: { eq: $key } }) { key symbol supervisions { ${SUP_FIELDS} conductors { key name } targets { key name } leader { key name } } } }`,
        variables: { key: p.directiveKey },
      };
    case 'official-roles-supervisions':
      return {
        query: `query Q($key: ID!) { officials(where: { key: { eq: $key } }) { key name jurisdiction rolesConnection { edges { properties { asOf } node { title organization { key name } } } } led { ${SUP_FIELDS} } joined { ${SUP_FIELDS} } } }`,
        variables: { key: p.officialKey },
      };
    case 'organization-neighbourhood':
      return {
        query: `query Q($key: ID!) { organizations(where: { key: { eq: $key } }) { key name kind level partOf { key name } parts { key name } roles { title holdersConnection { edges { properties { asOf } node { key name } } } } conducted { ${SUP_FIELDS} } received { ${SUP_FIELDS} } issued { key symbol } } }`,
        variables: { key: p.organizationKey },
      };
    case 'directive-lineage-depth5':
      return {
        query: `query Q($key: ID!) { directives(where: { key: { eq: $key } }) { key symbol${nested('implements', 5)}${nested('implementedBy', 5)} } }`,
        variables: { key: p.lineageKey },
      };
    case 'accent-free-search':
      return {
        query: `query Q($query: String!) { search(query: $query, limit: 20) { __typename ... on Official { key name } ... on Organization { key name } ... on Directive { key symbol } } }`,
        variables: { query: luceneQuery(p.searchText) ?? '' },
      };
  }
}

export function floorParams(q: Question, p: Params): Record<string, unknown> {
  switch (q) {
    case 'supervisions-under-directive':
      return { key: p.directiveKey };
    case 'official-roles-supervisions':
      return { key: p.officialKey };
    case 'organization-neighbourhood':
      return { key: p.organizationKey };
    case 'directive-lineage-depth5':
      return { key: p.lineageKey };
    case 'accent-free-search':
      return { query: luceneQuery(p.searchText) ?? '', limit: 20 };
  }
}

/** The type definitions the @neo4j/graphql peer serves (same graph, GRAPH.md). */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Holds @relationshipProperties {
    asOf: String
  }
  type Official @node {
    key: ID!
    name: String!
    jurisdiction: String
    roles: [Role!]! @relationship(type: "HOLDS", direction: OUT, properties: "Holds")
    led: [Supervision!]! @relationship(type: "LED", direction: OUT)
    joined: [Supervision!]! @relationship(type: "TOOK_PART", direction: OUT)
    hosted: [Supervision!]! @relationship(type: "HOSTED", direction: OUT)
  }
  type Role @node {
    key: ID!
    title: String!
    organization: [Organization!]! @relationship(type: "OF", direction: OUT)
    holders: [Official!]! @relationship(type: "HOLDS", direction: IN, properties: "Holds")
  }
  type Organization @node {
    key: ID!
    name: String!
    kind: String
    level: String
    jurisdiction: String
    partOf: [Organization!]! @relationship(type: "PART_OF", direction: OUT)
    parts: [Organization!]! @relationship(type: "PART_OF", direction: IN)
    roles: [Role!]! @relationship(type: "OF", direction: IN)
    conducted: [Supervision!]! @relationship(type: "CONDUCTED", direction: OUT)
    received: [Supervision!]! @relationship(type: "TARGETED", direction: IN)
    issued: [Directive!]! @relationship(type: "ISSUED", direction: OUT)
  }
  type Supervision @node {
    key: ID!
    kind: String!
    date: String
    delegation: String
    topic: String
    conductors: [Organization!]! @relationship(type: "CONDUCTED", direction: IN)
    leader: [Official!]! @relationship(type: "LED", direction: IN)
    participants: [Official!]! @relationship(type: "TOOK_PART", direction: IN)
    hosts: [Official!]! @relationship(type: "HOSTED", direction: IN)
    targets: [Organization!]! @relationship(type: "TARGETED", direction: OUT)
    directives: [Directive!]! @relationship(type: "UNDER", direction: OUT)
  }
  type Directive @node {
    key: ID!
    symbol: String!
    type: String
    date: String
    subject: String
    jurisdiction: String
    supervisions: [Supervision!]! @relationship(type: "UNDER", direction: IN)
    implements: [Directive!]! @relationship(type: "IMPLEMENTS", direction: OUT)
    implementedBy: [Directive!]! @relationship(type: "IMPLEMENTS", direction: IN)
  }
  union SearchHit = Official | Organization | Directive
  type Query {
    search(query: String!, limit: Int!): [SearchHit!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('searchIndex', $query, {limit: $limit}) YIELD node, score
        RETURN node ORDER BY score DESC
        """
        columnName: "node"
      )
  }
`;

function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v && typeof (v as { toNumber?: unknown }).toNumber === 'function') {
    return (v as { toNumber(): number }).toNumber();
  }
  return Number(v);
}

/**
 * Picks representative parameters: for each question the entity whose degree is the smallest
 * at or above `target` (the busiest one when none reaches it), so the questions touch a
 * realistic, not a pathological, amount of data and the choice is deterministic.
 */
export async function pickParams(driver: Driver, target = 20): Promise<Params> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  const pick = async (
    query: string,
  ): Promise<{ key: string; label: string; degree: number } | undefined> => {
    const res = await session.run(query, { target });
    const rec = res.records[0];
    if (!rec) return undefined;
    return {
      key: String(rec.get('key')),
      label: String(rec.get('label')),
      degree: num(rec.get('degree')),
    };
  };
  const chooser = `
    WITH key, label, degree ORDER BY CASE WHEN degree >= $target THEN 0 ELSE 1 END,
      CASE WHEN degree >= $target THEN degree ELSE -degree END, key
    RETURN key, label, degree LIMIT 1`;
  try {
    const directive = await pick(`
      MATCH (d:Directive)<-[:UNDER]-(s:Supervision)
      WITH d.key AS key, d.symbol AS label, count(DISTINCT s) AS degree ${chooser}`);
    const official = await pick(`
      MATCH (p:Official)-[:LED|TOOK_PART]->(s:Supervision)
      WITH p, count(DISTINCT s) AS n WHERE EXISTS { (p)-[:HOLDS]->() }
      WITH p.key AS key, p.name AS label, n AS degree ${chooser}`);
    const organization = await pick(`
      MATCH (o:Organization)-[r]-()
      WITH o.key AS key, o.name AS label, count(r) AS degree ${chooser}`);
    const lineage = await pickLineage(session);
    const search = official?.label ?? 'nguyen van';
    return {
      directiveKey: directive?.key ?? 'none',
      directiveSymbol: directive?.label ?? 'none',
      officialKey: official?.key ?? 'none',
      officialName: official?.label ?? 'none',
      organizationKey: organization?.key ?? 'none',
      organizationName: organization?.label ?? 'none',
      lineageKey: lineage?.key ?? directive?.key ?? 'none',
      lineageSymbol: lineage?.label ?? directive?.label ?? 'none',
      searchText: foldLike(search),
      notes: {
        directiveSupervisions: directive?.degree ?? 0,
        officialSupervisions: official?.degree ?? 0,
        organizationRelationships: organization?.degree ?? 0,
        lineageDepth: lineage?.degree ?? 0,
      },
    };
  } finally {
    await session.close();
  }
}

/**
 * The directive with the deepest IMPLEMENTS chain (longest trail of up to 5 relationships),
 * then the most IMPLEMENTS relationships, then the smallest key. The trails are walked here over
 * the distinct directive pairs, each usable as many times as it has parallel relationships (one
 * per asserting document): the same answer as a `[:IMPLEMENTS*1..5]` pattern, which on the
 * 100k graph enumerates the product of those parallel relationships and did not finish in 5 min.
 */
async function pickLineage(
  session: Session,
): Promise<{ key: string; label: string; degree: number } | undefined> {
  const res = await session.run(`
    MATCH (a:Directive)-[r:IMPLEMENTS]->(b:Directive)
    RETURN a.key AS a, a.symbol AS aSymbol, b.key AS b, b.symbol AS bSymbol, count(r) AS n`);
  const out = new Map<string, { to: string; n: number }[]>();
  const label = new Map<string, string>();
  const degree = new Map<string, number>();
  for (const rec of res.records) {
    const a = String(rec.get('a'));
    const b = String(rec.get('b'));
    const n = num(rec.get('n'));
    label.set(a, String(rec.get('aSymbol')));
    label.set(b, String(rec.get('bSymbol')));
    degree.set(a, (degree.get(a) ?? 0) + n);
    if (b !== a) degree.set(b, (degree.get(b) ?? 0) + n);
    const list = out.get(a) ?? [];
    list.push({ to: b, n });
    out.set(a, list);
  }
  const MAX = 5;
  const used = new Map<string, number>();
  /** Longest trail (at most MAX - depth more relationships) from `from`. */
  const longest = (from: string, depth: number): number => {
    let best = 0;
    for (const e of out.get(from) ?? []) {
      const id = `${from}\u0000${e.to}`;
      const k = used.get(id) ?? 0;
      if (k >= e.n) continue;
      used.set(id, k + 1);
      const len = depth + 1 >= MAX ? 1 : 1 + longest(e.to, depth + 1);
      used.set(id, k);
      if (len > best) best = len;
      if (depth + best >= MAX) break;
    }
    return best;
  };
  let chosen: { key: string; label: string; degree: number; n: number } | undefined;
  for (const key of out.keys()) {
    const depth = longest(key, 0);
    const n = degree.get(key) ?? 0;
    if (
      !chosen ||
      depth > chosen.degree ||
      (depth === chosen.degree && (n > chosen.n || (n === chosen.n && key < chosen.key)))
    ) {
      chosen = { key, label: label.get(key) ?? key, degree: depth, n };
    }
  }
  return chosen && { key: chosen.key, label: chosen.label, degree: chosen.degree };
}

/** Accent-free, lower-case form a user would type ("Lê Quang Hưng" → "le quang hung"). */
export function foldLike(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
