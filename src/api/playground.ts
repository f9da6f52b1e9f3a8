import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/**
 * The GraphiQL playground, served from installed packages (the product runs offline: no CDN).
 * The example operations of `queries/*.graphql` (the same files the typed client is generated
 * from) open as tabs.
 */

export interface ExampleQuery {
  /** File name without extension. */
  name: string;
  query: string;
}

/** `queries/` at the package root, from src/api (ts-jest) or dist/src/api (built). */
export function queriesDir(): string {
  for (const up of ['../..', '../../..']) {
    const dir = path.resolve(__dirname, up, 'queries');
    if (existsSync(dir)) return dir;
  }
  return path.resolve(__dirname, '../..', 'queries');
}

/** The example operations, in file-name order. */
export function exampleQueries(dir = queriesDir()): ExampleQuery[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({
      name: path.basename(f, '.graphql'),
      query: readFileSync(path.join(dir, f), 'utf8'),
    }));
}

/** Directory of an installed package (works with packages whose `exports` hide subpaths). */
function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
  'react.production.min.js': {
    pkg: 'react',
    file: 'umd/react.production.min.js',
    type: 'text/javascript',
  },
  'react-dom.production.min.js': {
    pkg: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    type: 'text/javascript',
  },
};

/** JSON safe to embed in a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function playgroundHtml(graphqlPath: string, examples: ExampleQuery[]): string {
  const tabs = examples.map((e) => ({ query: e.query }));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dân vận knowledge graph: GraphQL playground</title>
<link rel="stylesheet" href="/playground/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script src="/playground/react.production.min.js"></script>
<script src="/playground/react-dom.production.min.js"></script>
<script src="/playground/graphiql.min.js"></script>
<script>
  const tabs = ${scriptJson(tabs)};
  const fetcher = GraphiQL.createFetcher({ url: ${scriptJson(graphqlPath)} });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: tabs,
      defaultQuery: tabs.length ? tabs[0].query : '{ __typename }',
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false,
    }),
  );
</script>
</body>
</html>
`;
}

/** Routes: GET / (the page) and /playground/<asset>. */
export function playgroundRouter(graphqlPath: string): Router {
  const router = express.Router();
  const html = playgroundHtml(graphqlPath, exampleQueries());
  router.get('/', (_req, res) => {
    res.type('html').set('Cache-Control', 'no-store').send(html);
  });
  for (const [name, asset] of Object.entries(ASSETS)) {
    const file = path.join(packageDir(asset.pkg), asset.file);
    router.get(`/playground/${name}`, (_req, res) => {
      res.type(asset.type).set('Cache-Control', 'public, max-age=86400').sendFile(file);
    });
  }
  return router;
}
