import 'reflect-metadata';
import { Command } from 'commander';
import { registerDb } from './db';
import { registerExtract } from './extract';
import { registerIngest } from './ingest';
import { registerServe } from './serve';

/** The `kg` command. Each subcommand lives in its own module and registers itself here. */
const program = new Command();
program.name('kg').description('Knowledge graph of Vietnamese supervision reports');
registerDb(program);
registerExtract(program);
registerIngest(program);
registerServe(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`kg: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
