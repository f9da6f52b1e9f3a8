/**
 * Stage 5, lexicon spans: one left-to-right pass of the phrase trie over the tokens; at each
 * position the longest phrase wins. Entries that must be capitalised (titles, organisations,
 * places, surnames) only match where the text capitalises them.
 */
import type { Token } from './tokens';
import type { LexEntry, Lexicon } from './lexicon';

export interface LexSpan {
  /** Token indexes [start, end). */
  start: number;
  end: number;
  entries: LexEntry[];
}

/** Longest lexicon phrase starting at token i (or null), without consulting earlier matches. */
export function matchAt(tokens: Token[], i: number, lex: Lexicon): LexSpan | null {
  let node = lex.trie.root;
  let bestEnd = -1;
  let bestEntries: LexEntry[] | null = null;
  const cap = tokens[i]?.cap ?? false;
  for (let j = i; j < tokens.length; j++) {
    const n = node.next.get(tokens[j].norm);
    if (!n) break;
    node = n;
    const ok = cap ? n.entries : n.uncased;
    if (ok.length) {
      bestEnd = j + 1;
      bestEntries = ok;
    }
  }
  return bestEntries ? { start: i, end: bestEnd, entries: bestEntries } : null;
}

export interface SpanIndex {
  /** The span starting at each token index, or null. */
  at: (LexSpan | null)[];
}

/** One pass: spans never overlap; after a match the scan resumes at its end. */
export function matchSpans(tokens: Token[], lex: Lexicon): SpanIndex {
  const at: (LexSpan | null)[] = new Array<LexSpan | null>(tokens.length).fill(null);
  let i = 0;
  while (i < tokens.length) {
    const s = tokens[i].word ? matchAt(tokens, i, lex) : null;
    if (s) {
      at[i] = s;
      i = s.end;
    } else {
      i++;
    }
  }
  return { at };
}

export function entryOf<C extends LexEntry['cat']>(
  span: LexSpan | null | undefined,
  cat: C,
): Extract<LexEntry, { cat: C }> | undefined {
  if (!span) return undefined;
  for (const e of span.entries) if (e.cat === cat) return e as Extract<LexEntry, { cat: C }>;
  return undefined;
}
