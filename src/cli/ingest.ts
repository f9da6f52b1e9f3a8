import type { Command } from 'commander';

/** Placeholder: filled in by the owner of this subcommand. */
export function registerIngest(program: Command): void {
  void program;
}
