import type { Command } from 'commander';
import { extractDocument, type ExtractionResult } from '../extract';
import { listInputFiles, readSource, documentId } from './files';

function emptyResult(id: string, error: string): ExtractionResult {
  return {
    document: { id, title: null, source: null, jurisdiction: null, eventDate: null },
    officials: [],
    organizations: [],
    directives: [],
    supervisions: [],
    error,
  };
}

/** Extracts one file; a file that cannot be read or decoded becomes a result with `error`. */
async function extractFile(file: string): Promise<ExtractionResult> {
  let source;
  try {
    source = await readSource(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : err instanceof Error
            ? err.message
            : String(err);
    return emptyResult(documentId(file), `${file}: cannot read: ${why}`);
  }
  const { result } = extractDocument(source);
  if (result.error) result.error = `${file}: ${result.error}`;
  return result;
}

/** `kg extract [--jsonl] FILE...`: one JSON object per input file, in input order, to stdout. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract officials, organisations, directives and supervisions from documents')
    .option('--jsonl', 'one JSON object per line (the contract of shared/spec/EXTRACTION.md)')
    .argument('<files...>', 'text or HTML files, or folders of them')
    .action(async (paths: string[], opts: { jsonl?: boolean }) => {
      const files = await listInputFiles(paths);
      let failed = 0;
      const out: string[] = [];
      const flush = (): void => {
        if (out.length) process.stdout.write(out.join(''));
        out.length = 0;
      };
      for (const file of files) {
        const result = await extractFile(file);
        if (result.error) {
          failed++;
          process.stderr.write(`kg extract: ${result.error}\n`);
        }
        out.push(
          opts.jsonl ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`,
        );
        if (out.length >= 256) flush();
      }
      flush();
      if (failed) {
        process.stderr.write(
          `kg extract: ${failed} of ${files.length} file(s) could not be extracted\n`,
        );
        process.exitCode = 1;
      }
    });
}
