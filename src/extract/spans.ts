/**
 * Stage 5, lexicon spans: one left-to-right pass of the phrase trie over the tokens; at each
 * position the longest phrase wins. Entries that must be capitalised (titles, organisations,
 * places, surnames) only match where the text capitalises them.
 */
import type { Token } from './tokens';
import type { LexEntry, Lexicon, PhraseTrie } from './lexicon';

export interface LexSpan {
  /** Token indexes [start, end). */
  start: number;
  end: number;
  entries: LexEntry[];
}

type TrieNode = PhraseTrie['root'];

/**
 * The trie's first step for each syllable, by Token.normId (null: no phrase starts with it),
 * filled as syllables are met: an array read instead of a Map lookup on the string, for the one
 * step taken at nearly every word of every document. Kept for the last trie asked (the lexicon's).
 */
let firstTrie: PhraseTrie | null = null;
let firstStep: (TrieNode | null | undefined)[] = [];

/** Longest lexicon phrase starting at token i (or null), without consulting earlier matches. */
export function matchAt(tokens: Token[], i: number, lex: Lexicon): LexSpan | null {
  if (i >= tokens.length) return null;
  const t = tokens[i];
  // Inline rather than a helper: extraction runs without TurboFan inlining (tuneV8ForExtraction).
  if (lex.trie !== firstTrie) {
    firstTrie = lex.trie;
    firstStep = [];
  }
  const id = t.normId;
  let n = id >= 0 && id < firstStep.length ? firstStep[id] : undefined;
  if (n === undefined) {
    n = lex.trie.root.next.get(t.norm) ?? null;
    if (id >= 0) {
      while (firstStep.length <= id) firstStep.push(undefined);
      firstStep[id] = n;
    }
  }
  let bestEnd = -1;
  let bestEntries: LexEntry[] | null = null;
  const cap = t.cap;
  let j = i;
  while (n) {
    const ok = cap ? n.entries : n.uncased;
    j++;
    if (ok.length) {
      bestEnd = j;
      bestEntries = ok;
    }
    n = j < tokens.length ? (n.next.get(tokens[j].norm) ?? null) : null;
  }
  return bestEntries ? { start: i, end: bestEnd, entries: bestEntries } : null;
}

export interface SpanIndex {
  /** The span starting at each token index, or null. */
  at: (LexSpan | null)[];
  /**
   * matchAt at each index, also inside the one pass's spans (undefined: not looked up yet). The
   * grammars ask for the phrase at most indexes several times; each is looked up once.
   */
  own: (LexSpan | null | undefined)[];
}

/** One pass: spans never overlap; after a match the scan resumes at its end. */
export function matchSpans(tokens: Token[], lex: Lexicon): SpanIndex {
  const n = tokens.length;
  const at: (LexSpan | null)[] = new Array<LexSpan | null>(n).fill(null);
  const own: (LexSpan | null | undefined)[] = new Array<LexSpan | null | undefined>(n).fill(
    undefined,
  );
  // The first step's table, read here before calling matchAt: most syllables start no phrase,
  // and without TurboFan inlining (tuneV8ForExtraction) each call is a real one.
  if (lex.trie !== firstTrie) {
    firstTrie = lex.trie;
    firstStep = [];
  }
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    const id = t.normId;
    const s =
      !t.word || (id >= 0 && id < firstStep.length && firstStep[id] === null)
        ? null
        : matchAt(tokens, i, lex);
    own[i] = s;
    if (s) {
      at[i] = s;
      i = s.end;
    } else {
      i++;
    }
  }
  return { at, own };
}

/** The longest phrase starting at token i whatever the one pass found (matchAt, looked up once). */
export function spanAt(tokens: Token[], idx: SpanIndex, i: number, lex: Lexicon): LexSpan | null {
  if (i >= tokens.length) return null;
  let s = idx.own[i];
  if (s === undefined) {
    s = tokens[i].word ? matchAt(tokens, i, lex) : null;
    idx.own[i] = s;
  }
  return s;
}

export function entryOf<C extends LexEntry['cat']>(
  span: LexSpan | null | undefined,
  cat: C,
): Extract<LexEntry, { cat: C }> | undefined {
  if (!span) return undefined;
  // An index loop, not for-of: asked several times per token, often before TurboFan has
  // compiled it, and baseline code runs the iterator protocol call by call.
  const entries = span.entries;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    if (e.cat === cat) return e as Extract<LexEntry, { cat: C }>;
  }
  return undefined;
}
