import type { Command } from 'commander';
import { DbOverrides, loadDbConfig, parsePort } from '../graph/config';
import { connect } from '../graph/connection';
import { startEmbedded, statusEmbedded, stopEmbedded } from '../graph/embedded';
import { applyMigrations } from '../graph/migrate';

interface DbOptions {
  port?: string;
  dataDir?: string;
}

/** Exit code of `kg db status` when the database is not running / not reachable. */
export const EXIT_NOT_RUNNING = 3;

function overrides(opts: DbOptions): DbOverrides {
  return {
    port: opts.port === undefined ? undefined : parsePort(opts.port, '--port'),
    dataDir: opts.dataDir,
  };
}

function out(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** `kg db start|stop|status`: the embedded Neo4j (or, with NEO4J_URI, the external one). */
export function registerDb(program: Command): void {
  const db = program
    .command('db')
    .description('the Neo4j database: embedded (db/launcher, Java 17) unless NEO4J_URI is set');

  const withOptions = (cmd: Command): Command =>
    cmd
      .option('--port <port>', 'Bolt port of the embedded Neo4j (default KG_BOLT_PORT or 7687)')
      .option(
        '--data-dir <dir>',
        'data directory of the embedded Neo4j (default KG_DATA_DIR or .kg/neo4j)',
      );

  withOptions(db.command('start'))
    .description('start the embedded Neo4j (or reuse it if running) and apply the schema')
    .action(async (opts: DbOptions) => {
      const config = loadDbConfig(process.env, overrides(opts));
      if (!config.embedded) {
        out(`NEO4J_URI is set: using the external database at ${config.uri}; nothing started.`);
        return;
      }
      const t0 = Date.now();
      const start = await startEmbedded({ port: config.port, dataDir: config.dataDir });
      const driver = await connect(start.config);
      try {
        await applyMigrations(driver);
      } finally {
        await driver.close();
      }
      const how = start.started
        ? `started in ${((Date.now() - t0) / 1000).toFixed(1)} s`
        : 'already running';
      out(`Neo4j (embedded) ${how}: ${start.config.uri} (pid ${start.pid})`);
      out(`user: ${start.config.user}; password stored in ${start.credentialsFile} (mode 0600)`);
      out(`data: ${start.config.dataDir}; log: ${start.logFile}`);
    });

  withOptions(db.command('stop'))
    .description('stop the embedded Neo4j')
    .action(async (opts: DbOptions) => {
      const config = loadDbConfig(process.env, overrides(opts));
      if (!config.embedded) {
        out(
          `NEO4J_URI is set: the external database at ${config.uri} is not managed here; nothing stopped.`,
        );
        return;
      }
      const stopped = await stopEmbedded(config.dataDir);
      out(
        stopped
          ? `Neo4j (embedded) stopped (${config.dataDir})`
          : `Neo4j (embedded) was not running (${config.dataDir})`,
      );
    });

  withOptions(db.command('status'))
    .description(`exit 0 when the database answers, ${EXIT_NOT_RUNNING} when not`)
    .action(async (opts: DbOptions) => {
      const config = loadDbConfig(process.env, overrides(opts));
      if (!config.embedded) {
        try {
          const driver = await connect(config);
          await driver.close();
          out(`external Neo4j at ${config.uri}: reachable`);
        } catch (e) {
          out(
            `external Neo4j at ${config.uri}: not reachable (${e instanceof Error ? e.message : String(e)})`,
          );
          process.exitCode = EXIT_NOT_RUNNING;
        }
        return;
      }
      const status = await statusEmbedded(config.dataDir);
      if (status.running) {
        out(
          `Neo4j (embedded) running: ${status.uri ?? ''} (pid ${status.pid ?? '?'}), data ${status.dataDir}`,
        );
      } else {
        out(`Neo4j (embedded) not running: ${status.reason ?? 'unknown'} (data ${status.dataDir})`);
        process.exitCode = EXIT_NOT_RUNNING;
      }
    });
}
