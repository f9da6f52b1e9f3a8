import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Cypher lives in cypher/*.cypher at the package root; queries are read once and cached. */
const CYPHER_DIR = path.resolve(__dirname, '..', '..', '..', 'cypher');
const cache = new Map<string, string>();

/** Resolves relative to the package root whether running from src/ (ts-jest) or dist/src/. */
function cypherDir(): string {
  const fromSrc = path.resolve(__dirname, '..', '..', 'cypher');
  try {
    readFileSync(path.join(fromSrc, 'schema.cypher'));
    return fromSrc;
  } catch {
    return CYPHER_DIR;
  }
}

/** The text of `cypher/<name>.cypher`. */
export function cypher(name: string): string {
  let q = cache.get(name);
  if (q === undefined) {
    q = readFileSync(path.join(cypherDir(), `${name}.cypher`), 'utf8');
    cache.set(name, q);
  }
  return q;
}

/** Splits a file of several statements (schema, migrations) on `;` at line ends. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) =>
      s
        .split('\n')
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}
