/** Views of `extractText` on invented sentences, shared by the extraction unit tests. */
import { extractText } from '../../src/extract/index';
import type { SupervisionFact } from '../../src/extract/types';

/** Each official's name and roles, a role written as "title organisation". */
export function officialsOf(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const o of extractText('t', text).officials)
    out.set(
      o.name,
      o.roles.map((r) => [r.title, r.organization].filter(Boolean).join(' ')),
    );
  return out;
}

export function supervisionsOf(text: string): SupervisionFact[] {
  return extractText('t', text).supervisions;
}

/** The one supervision the text holds (the test fails when there are more or none). */
export function oneSupervision(text: string): SupervisionFact {
  const s = supervisionsOf(text);
  expect(s).toHaveLength(1);
  return s[0];
}
