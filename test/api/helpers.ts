import type { Driver } from 'neo4j-driver';
import { startServer, type AppOptions, type RunningServer } from '../../src/api/server';
import { ingestDocuments } from '../../src/graph/load';
import { resetDatabase } from '../support/db';
import { allFixtures } from './fixtures';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string }; path?: unknown[] }[];
  extensions?: { dbRoundTrips?: number };
}

/** POSTs one GraphQL operation, as a dashboard would. */
export async function gql<T = Record<string, unknown>>(
  server: RunningServer,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GqlResponse<T>> {
  const res = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** Empties the test database and loads the API fixtures through the real loader. */
export async function loadFixtures(driver: Driver): Promise<void> {
  await resetDatabase(driver);
  const summary = await ingestDocuments(driver, allFixtures());
  if (summary.failures.length > 0) {
    throw new Error(`fixtures failed to load: ${JSON.stringify(summary.failures)}`);
  }
}

/** Loads the fixtures and starts the API in-process on an ephemeral port. */
export async function startFixtureServer(
  driver: Driver,
  options: Partial<AppOptions> = {},
): Promise<RunningServer> {
  await loadFixtures(driver);
  return startServer({ driver, exposeRoundTrips: true, ...options });
}
