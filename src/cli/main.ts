import 'reflect-metadata';
import { Command } from 'commander';
import { registerExtract } from './extract';

/**
 * The `kg` command. Each subcommand lives in its own module and registers itself here. `kg
 * extract` loads only itself: the database driver and the API server cost about a second of
 * CPU to load, which a run over a thousand files would otherwise pay first.
 */
async function main(): Promise<void> {
  const program = new Command();
  program.name('kg').description('Knowledge graph of Vietnamese supervision reports');
  if (process.argv[2] === 'extract') {
    registerExtract(program);
  } else {
    const [{ registerDb }, { registerIngest }, { registerServe }] = await Promise.all([
      import('./db'),
      import('./ingest'),
      import('./serve'),
    ]);
    registerDb(program);
    registerExtract(program);
    registerIngest(program);
    registerServe(program);
  }
  await program.parseAsync(process.argv);
}

main().catch((err: unknown) => {
  process.stderr.write(`kg: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
