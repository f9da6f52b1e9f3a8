import type { ExtractedDocument, SourceInput } from './types';
import { createHash } from 'node:crypto';

export * from './types';

/** Public entry of the extraction stage: one source in, the contract object out. Pure. */
export function extractDocument(input: SourceInput): ExtractedDocument {
  const text =
    typeof input.content === 'string' ? input.content : Buffer.from(input.content).toString('utf8');
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  return {
    text,
    sha256,
    result: {
      document: { id: input.id, title: null, source: null, jurisdiction: null, eventDate: null },
      officials: [],
      organizations: [],
      directives: [],
      supervisions: [],
    },
  };
}
