import type { Command } from 'commander';

/** Placeholder: filled in by the owner of this subcommand. */
export function registerServe(program: Command): void {
  void program;
}
