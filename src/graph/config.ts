import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the product's Neo4j is and how to log in. */
export interface DbConfig {
  /** bolt://, bolt+s://, neo4j://, neo4j+s:// (…+ssc) URI. */
  uri: string;
  user: string;
  /** Empty for an embedded instance that has not been started yet (credentials.json absent). */
  password: string;
  /** true: the launcher in db/launcher runs Neo4j locally; false: NEO4J_URI points elsewhere. */
  embedded: boolean;
  /** Bolt port (embedded: where it listens; external: the URI's port, 7687 if none). */
  port: number;
  /** Embedded data directory (absolute); "" for an external database. */
  dataDir: string;
}

/** Command-line options that win over the environment (`kg db start --port --data-dir`). */
export interface DbOverrides {
  port?: number;
  dataDir?: string;
}

/** Stored by the launcher on first start, mode 0600; never printed. */
export interface Credentials {
  user: string;
  password: string;
}

export const DEFAULT_BOLT_PORT = 7687;
export const CREDENTIALS_FILE = 'credentials.json';
const URI_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

/** The package root (holds package.json), whether running from src/ (ts-jest) or dist/src/. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        const parsed: unknown = JSON.parse(readFileSync(pkg, 'utf8'));
        if (typeof parsed === 'object' && parsed !== null && 'bin' in parsed && 'name' in parsed) {
          return dir;
        }
      } catch {
        // not ours; keep walking up
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(__dirname, '..', '..');
    dir = parent;
  }
}

/** A TCP port from text, or a clear error naming where the text came from. */
export function parsePort(text: string, source: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${source} must be a TCP port between 1 and 65535, got "${text}"`);
  }
  return port;
}

/** Reads `<dataDir>/credentials.json`; undefined when the instance has not been started yet. */
export function readCredentials(dataDir: string): Credentials | undefined {
  const file = path.join(dataDir, CREDENTIALS_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const parsed: unknown = JSON.parse(text);
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    'user' in parsed &&
    'password' in parsed &&
    typeof parsed.user === 'string' &&
    typeof parsed.password === 'string'
  ) {
    return { user: parsed.user, password: parsed.password };
  }
  throw new Error(`${file} is not a valid credentials file (expected {"user", "password"})`);
}

/** The bolt URI of an embedded instance on `port`. */
export function embeddedUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

/**
 * The database configuration. With `NEO4J_URI` (+ `NEO4J_USER`, default neo4j, and
 * `NEO4J_PASSWORD`) the product uses that database and starts nothing. Otherwise an embedded
 * instance: port `KG_BOLT_PORT` (default 7687), data `KG_DATA_DIR` (default `<repo>/.kg/neo4j`).
 */
export function loadDbConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: DbOverrides = {},
): DbConfig {
  const external = env.NEO4J_URI?.trim();
  if (external) {
    let url: URL;
    try {
      url = new URL(external);
    } catch {
      throw new Error(`NEO4J_URI is not a valid URI: "${external}"`);
    }
    if (!URI_SCHEMES.includes(url.protocol)) {
      throw new Error(
        `NEO4J_URI must use one of ${URI_SCHEMES.map((s) => `${s}//`).join(', ')}; got "${url.protocol}//"`,
      );
    }
    return {
      uri: external,
      user: env.NEO4J_USER?.trim() || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      embedded: false,
      port: url.port ? parsePort(url.port, 'NEO4J_URI port') : DEFAULT_BOLT_PORT,
      dataDir: '',
    };
  }
  const port =
    overrides.port ??
    (env.KG_BOLT_PORT?.trim() ? parsePort(env.KG_BOLT_PORT, 'KG_BOLT_PORT') : DEFAULT_BOLT_PORT);
  const dataDir = path.resolve(
    overrides.dataDir ?? (env.KG_DATA_DIR?.trim() || path.join(repoRoot(), '.kg', 'neo4j')),
  );
  return embeddedConfig(port, dataDir);
}

/** The connection settings of the embedded Neo4j on `port` with its data in `dataDir`. */
export function embeddedConfig(port: number, dataDir: string): DbConfig {
  const credentials = readCredentials(dataDir);
  return {
    uri: embeddedUri(port),
    user: credentials?.user ?? 'neo4j',
    password: credentials?.password ?? '',
    embedded: true,
    port,
    dataDir,
  };
}
