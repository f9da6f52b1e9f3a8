import type { ApiDb } from './db';
import type { Loaders } from './loaders';

/** Per-request context: the counting database wrapper and the request's DataLoaders. */
export interface ApiContext {
  db: ApiDb;
  loaders: Loaders;
}
