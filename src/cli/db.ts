import type { Command } from 'commander';

/** Placeholder: filled in by the owner of this subcommand. */
export function registerDb(program: Command): void {
  void program;
}
