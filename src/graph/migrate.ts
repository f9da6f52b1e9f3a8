import { Driver, Neo4jError } from 'neo4j-driver';
import { cypher, statements } from './cypher';

/** Seconds to wait for indexes to come online after the schema is applied. */
const AWAIT_INDEXES_SECONDS = 300;

/** A concurrent run created the same rule first: the state we want, not an error. */
function alreadyExists(e: unknown): boolean {
  return e instanceof Neo4jError && /AlreadyExists/.test(e.code);
}

/** The name a `CREATE CONSTRAINT|INDEX <name> IF NOT EXISTS` statement gives its rule. */
export function ruleName(statement: string): string | undefined {
  const m =
    /^CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+|VECTOR\s+|LOOKUP\s+)?INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS\b/i.exec(
      statement,
    );
  return m?.[1];
}

/** The name a `DROP CONSTRAINT|INDEX <name> IF EXISTS` statement removes. */
export function droppedRuleName(statement: string): string | undefined {
  const m = /^DROP\s+(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF\s+EXISTS\b/i.exec(statement);
  return m?.[1];
}

/**
 * Applies every statement of cypher/schema.cypher (all IF NOT EXISTS, so idempotent; safe to
 * run concurrently), then the drops of cypher/migrations.cypher (all IF EXISTS), and waits
 * until the indexes are online.
 */
export async function applyMigrations(driver: Driver, database?: string): Promise<void> {
  // Statements whose named rule already exists are no-ops (IF NOT EXISTS): skip them, a start
  // then costs two SHOW queries instead of one schema transaction per statement.
  const existing = new Set((await listSchema(driver, database)).map((i) => i.name));
  for (const statement of statements(cypher('schema'))) {
    const name = ruleName(statement);
    if (name !== undefined && existing.has(name)) continue;
    try {
      await driver.executeQuery(statement, {}, { database });
    } catch (e) {
      if (!alreadyExists(e)) {
        const why = e instanceof Error ? e.message : String(e);
        throw new Error(
          `cypher/schema.cypher: statement failed: ${statement.split('\n')[0]}: ${why}`,
        );
      }
    }
  }
  // Rules no query reads any more: each would cost a write per node or relationship it covers.
  for (const statement of statements(cypher('migrations'))) {
    const name = droppedRuleName(statement);
    if (name === undefined) {
      throw new Error(`cypher/migrations.cypher: not a DROP … IF EXISTS: ${statement}`);
    }
    if (!existing.has(name)) continue;
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery(`CALL db.awaitIndexes(${AWAIT_INDEXES_SECONDS})`, {}, { database });
}

export interface SchemaItem {
  name: string;
  /** CONSTRAINT, or the index type (RANGE, FULLTEXT, LOOKUP, …). */
  kind: string;
  /** Index state (ONLINE, POPULATING, FAILED); "" for a constraint (see its backing index). */
  state: string;
}

/** Constraints and indexes in the database, sorted by name (for checks and `kg db status`). */
export async function listSchema(driver: Driver, database?: string): Promise<SchemaItem[]> {
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name RETURN name',
    {},
    { database },
  );
  const indexes = await driver.executeQuery(
    'SHOW INDEXES YIELD name, type, state RETURN name, type, state',
    {},
    {
      database,
    },
  );
  const items: SchemaItem[] = [
    ...constraints.records.map((r) => ({
      name: String(r.get('name')),
      kind: 'CONSTRAINT',
      state: '',
    })),
    ...indexes.records.map((r) => ({
      name: String(r.get('name')),
      kind: String(r.get('type')),
      state: String(r.get('state')),
    })),
  ];
  return items.sort((a, b) => (a.name + a.kind).localeCompare(b.name + b.kind));
}
