/**
 * Syllable tokens with offsets. Vietnamese writes one syllable per token; numbers and document
 * signs ("23-QĐ/TW", "30/7/2021", "baothanhhoa.vn") stay one token. Every stage that looks at
 * words works on these, so the text is scanned once.
 */
import { traditionalTones } from '../common/fold';

export interface Token {
  /** Surface text. */
  text: string;
  /** Lower case, traditional tone marks: the key lexicon phrases are compared on. */
  norm: string;
  /** UTF-16 offsets into the document text. */
  start: number;
  end: number;
  /** Starts with a letter. */
  word: boolean;
  /** First character upper case ("Thành", "UBND"). */
  cap: boolean;
  /** Title case: first upper, the rest lower ("Thành", not "UBND"). */
  titleCase: boolean;
  /** Only digits. */
  digits: boolean;
  /** Has a digit somewhere ("23-QĐ/TW", "2017"): the grammars' per-token /\d/ test, made once. */
  hasDigit: boolean;
  /**
   * The norm's interned number: tokens with equal norms have equal ids, small and dense, so a
   * table indexed by it answers a per-syllable question (the lexicon trie's first step) without
   * hashing the string. -1 once NORM_ID_MAX distinct norms have been numbered.
   */
  normId: number;
}

const UPPER_RE = /^\p{Lu}/u;
const TITLE_RE = /^\p{Lu}(?:[\p{Ll}\p{M}]*|'\p{Lu}[\p{Ll}\p{M}]*)$/u;
const LETTER_RE = /^\p{L}/u;
const DIGITS_RE = /^\d+$/;
const HAS_DIGIT_RE = /\d/;

/** Lower case with one tone-mark style; the comparison key of a syllable or phrase. */
const NORM_CACHE = new Map<string, string>();
export function normWord(s: string): string {
  let n = NORM_CACHE.get(s);
  if (n === undefined) {
    n = traditionalTones(s.normalize('NFC')).toLowerCase();
    if (NORM_CACHE.size < 200_000) NORM_CACHE.set(s, n);
  }
  return n;
}

interface Shape {
  norm: string;
  word: boolean;
  cap: boolean;
  titleCase: boolean;
  digits: boolean;
  hasDigit: boolean;
  normId: number;
}

/** Norm → its interned id (Token.normId), bounded: numbers and signs make the norms unbounded. */
const NORM_IDS = new Map<string, number>();
const NORM_ID_MAX = 1 << 20;
function normIdOf(norm: string): number {
  let id = NORM_IDS.get(norm);
  if (id === undefined) {
    if (NORM_IDS.size >= NORM_ID_MAX) return -1;
    id = NORM_IDS.size;
    NORM_IDS.set(norm, id);
  }
  return id;
}
// Syllables repeat: their shape is computed once per distinct string. The cache is keyed by a
// hash computed while scanning, so a repeated syllable costs neither a slice nor a string hash;
// it is direct-mapped (one slot per hash, a newcomer evicts), an array read instead of a Map
// lookup, and a colliding syllable is only recomputed, never mistaken: the text is compared.
//
// A cached syllable of up to KEY_CHARS characters, each below 0x8000, also carries its characters
// packed two to a small integer (k0, k1, k2): the scan compares those fields of the object it has
// just read instead of reading the cached string's characters, a third memory access per token
// (the string lives elsewhere on the heap); longer or other syllables compare the string.
interface CachedShape extends Shape {
  text: string;
  /** text.length. */
  len: number;
  /** Characters 0-1, 2-3, 4-5 as (a << 15) | b, 0 past the end; all -1 when not packable. */
  k0: number;
  k1: number;
  k2: number;
}
/**
 * Slots of the shape cache. 2,000 real articles hold about 23,000 distinct tokens: at 1 << 16
 * slots a third of them shared a slot with another and, met in turn, recomputed each other's
 * shape (19,000 recomputations per pass over those articles); at 1 << 18, 5,700.
 */
const SLOTS = 1 << 18;
const KEY_CHARS = 6;
/** The scan's running hash stays a small integer (31-bit on V8): a wider one deoptimised scan. */
const HASH_MASK = 0xfffffff;
const SHAPES: (CachedShape | undefined)[] = new Array<CachedShape | undefined>(SLOTS).fill(
  undefined,
);
function shapeOf(t: string): CachedShape {
  const norm = normWord(t);
  const len = t.length;
  let packable = len <= KEY_CHARS;
  for (let q = 0; packable && q < len; q++) if (t.charCodeAt(q) >= 0x8000) packable = false;
  return {
    text: t,
    norm,
    word: LETTER_RE.test(t),
    cap: UPPER_RE.test(t),
    titleCase: TITLE_RE.test(t),
    digits: DIGITS_RE.test(t),
    hasDigit: HAS_DIGIT_RE.test(t),
    normId: normIdOf(norm),
    len,
    k0: packable ? pairAt(t, 0) : -1,
    k1: packable ? pairAt(t, 2) : -1,
    k2: packable ? pairAt(t, 4) : -1,
  };
}
/** Characters q and q + 1 of t packed as the scan packs them (0 past the end). */
function pairAt(t: string, q: number): number {
  const a = q < t.length ? t.charCodeAt(q) : 0;
  const b = q + 1 < t.length ? t.charCodeAt(q + 1) : 0;
  return (a << 15) | b;
}
/** A cache miss: the shape of text[i, j), stored in its slot (the scan compares in place). */
function cachedShape(text: string, i: number, j: number, slot: number): CachedShape {
  const fresh = shapeOf(text.slice(i, j));
  SHAPES[slot] = fresh;
  return fresh;
}

/**
 * Character classes of the UTF-16 units below CLASS_END, one table read per character: the scan
 * below runs for every character of every document, and a table needs no call (extraction runs
 * with TurboFan inlining off, see tuneV8ForExtraction, so a helper per character is a real call).
 */
const WORD = 1;
const SPACE = 2;
const JOINER = 4;
const CLASS_END = 0x2010;
const CLASS = new Uint8Array(CLASS_END);
// Letters, digits and combining marks: ASCII alphanumerics and Latin letters from U+00C0.
for (let c = 48; c <= 57; c++) CLASS[c] = WORD;
for (let c = 65; c <= 90; c++) CLASS[c] = WORD;
for (let c = 97; c <= 122; c++) CLASS[c] = WORD;
for (let c = 0xc0; c < 0x2000; c++) if (c !== 0xd7 && c !== 0xf7) CLASS[c] = WORD;
for (const c of [32, 9, 10, 13, 0xa0]) CLASS[c] = SPACE;
for (let c = 0x2000; c <= 0x200b; c++) CLASS[c] = SPACE;
// Joiners inside a token when a word character follows: 23-QĐ/TW, 30/7/2021, a.vn, LĐ&XH, H'Yim.
for (const c of [46, 45, 47, 38, 39]) CLASS[c] = JOINER;

/** Letters, digits and combining marks. */
function isWordChar(c: number): boolean {
  return c < CLASS_END && CLASS[c] === WORD;
}

/**
 * "Trần Văn Minh-Phó Giám đốc", "Lao động-Thương binh": a hyphen between a lower-case letter and
 * a capital separates two words written without spaces; signs keep theirs, also those with a
 * lower-case letter (QĐ-UBND, 23-QĐ, 3303/CTr-UBND: the token so far has a digit or a slash).
 */
function gluedDash(text: string, start: number, j: number): boolean {
  if (text.charCodeAt(j) !== 45) return false;
  const a = text[j - 1];
  const b = text[j + 1];
  if (a === a.toUpperCase() || b === b.toLowerCase()) return false;
  for (let k = start; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c === 47 || (c >= 48 && c <= 57)) return false;
  }
  return true;
}

/**
 * Splits text (or a lexicon phrase) into tokens: runs of word characters with inner joiners,
 * and single other non-space characters. A hand scanner: this is the hottest loop of the stage.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  scanPhrase(text, 0, text.length, offset, out);
  return out;
}

/**
 * The tokens of text[from, to), appended to `out`, with offsets into `text`: a line of the
 * document tokenized in place, without slicing it out or building a list per line.
 */
export function tokenizeRange(text: string, from: number, to: number, out: Token[]): void {
  scan(text, from, to, 0, out);
}

function scan(text: string, from: number, n: number, offset: number, out: Token[]): void {
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < CLASS_END ? CLASS[c] : c === 0x3000 ? SPACE : 0;
    if (cls === SPACE) {
      i++;
      continue;
    }
    let j = i + 1;
    let h = c;
    if (cls === WORD) {
      for (;;) {
        let d = 0;
        while (j < n && (d = text.charCodeAt(j)) < CLASS_END && CLASS[d] === WORD) {
          h = (Math.imul(h, 31) + d) & HASH_MASK;
          j++;
        }
        if (
          j + 1 < n &&
          d < CLASS_END &&
          CLASS[d] === JOINER &&
          isWordChar(text.charCodeAt(j + 1)) &&
          !gluedDash(text, i, j)
        ) {
          h = (Math.imul(h, 31) + d) & HASH_MASK;
          h = (Math.imul(h, 31) + text.charCodeAt(j + 1)) & HASH_MASK;
          j += 2;
          continue;
        }
        break;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && j < n) {
      h = (Math.imul(h, 31) + text.charCodeAt(j)) & HASH_MASK;
      j++;
    }
    // The shape cache, read in place (see cachedShape). One call site for a miss: a second one,
    // for a collision, was first reached in document text, after TurboFan had compiled the
    // function on the lexicon's phrases, and sent it back to be compiled again.
    const slot = h & (SLOTS - 1);
    let sh = SHAPES[slot];
    const len = j - i;
    let same = false;
    if (sh !== undefined && sh.len === len) {
      if (sh.k0 >= 0) {
        // Packed as in shapeOf (0 past len). Exact: a packable syllable's pairs are below 2^30;
        // a token's first character >= 0x8000 makes k0 larger, and only a lone character or a
        // surrogate pair (first unit >= 0xd800) may hold one: word characters are below 0x2010.
        let k0 = c << 15;
        let k1 = 0;
        let k2 = 0;
        if (len > 1) k0 |= text.charCodeAt(i + 1);
        if (len > 2) k1 = text.charCodeAt(i + 2) << 15;
        if (len > 3) k1 |= text.charCodeAt(i + 3);
        if (len > 4) k2 = text.charCodeAt(i + 4) << 15;
        if (len > 5) k2 |= text.charCodeAt(i + 5);
        same = k0 === sh.k0 && k1 === sh.k1 && k2 === sh.k2;
      } else {
        const st = sh.text;
        let k = 0;
        while (k < len && st.charCodeAt(k) === text.charCodeAt(i + k)) k++;
        same = k === len;
      }
    }
    if (sh === undefined || !same) sh = cachedShape(text, i, j, slot);
    out.push({
      text: sh.text,
      norm: sh.norm,
      start: i + offset,
      end: j + offset,
      word: sh.word,
      cap: sh.cap,
      titleCase: sh.titleCase,
      digits: sh.digits,
      hasDigit: sh.hasDigit,
      normId: sh.normId,
    });
    i = j;
  }
}

/**
 * The same scanner, a second copy for tokenize() (lexicon phrases at load, short phrases in the
 * grammars): V8 optimises a function for the calls it has seen, and scan, first run on the
 * lexicon's thousands of phrases while the module loads, stayed about half as fast on document
 * text afterwards (2,000 real articles after the lexicon: 250-270 against 490-590 ns/token).
 * Keep the two bodies identical.
 */
function scanPhrase(text: string, from: number, n: number, offset: number, out: Token[]): void {
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < CLASS_END ? CLASS[c] : c === 0x3000 ? SPACE : 0;
    if (cls === SPACE) {
      i++;
      continue;
    }
    let j = i + 1;
    let h = c;
    if (cls === WORD) {
      for (;;) {
        let d = 0;
        while (j < n && (d = text.charCodeAt(j)) < CLASS_END && CLASS[d] === WORD) {
          h = (Math.imul(h, 31) + d) & HASH_MASK;
          j++;
        }
        if (
          j + 1 < n &&
          d < CLASS_END &&
          CLASS[d] === JOINER &&
          isWordChar(text.charCodeAt(j + 1)) &&
          !gluedDash(text, i, j)
        ) {
          h = (Math.imul(h, 31) + d) & HASH_MASK;
          h = (Math.imul(h, 31) + text.charCodeAt(j + 1)) & HASH_MASK;
          j += 2;
          continue;
        }
        break;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && j < n) {
      h = (Math.imul(h, 31) + text.charCodeAt(j)) & HASH_MASK;
      j++;
    }
    // The shape cache, read in place (see cachedShape). One call site for a miss: a second one,
    // for a collision, was first reached in document text, after TurboFan had compiled the
    // function on the lexicon's phrases, and sent it back to be compiled again.
    const slot = h & (SLOTS - 1);
    let sh = SHAPES[slot];
    const len = j - i;
    let same = false;
    if (sh !== undefined && sh.len === len) {
      if (sh.k0 >= 0) {
        // Packed as in shapeOf (0 past len). Exact: a packable syllable's pairs are below 2^30;
        // a token's first character >= 0x8000 makes k0 larger, and only a lone character or a
        // surrogate pair (first unit >= 0xd800) may hold one: word characters are below 0x2010.
        let k0 = c << 15;
        let k1 = 0;
        let k2 = 0;
        if (len > 1) k0 |= text.charCodeAt(i + 1);
        if (len > 2) k1 = text.charCodeAt(i + 2) << 15;
        if (len > 3) k1 |= text.charCodeAt(i + 3);
        if (len > 4) k2 = text.charCodeAt(i + 4) << 15;
        if (len > 5) k2 |= text.charCodeAt(i + 5);
        same = k0 === sh.k0 && k1 === sh.k1 && k2 === sh.k2;
      } else {
        const st = sh.text;
        let k = 0;
        while (k < len && st.charCodeAt(k) === text.charCodeAt(i + k)) k++;
        same = k === len;
      }
    }
    if (sh === undefined || !same) sh = cachedShape(text, i, j, slot);
    out.push({
      text: sh.text,
      norm: sh.norm,
      start: i + offset,
      end: j + offset,
      word: sh.word,
      cap: sh.cap,
      titleCase: sh.titleCase,
      digits: sh.digits,
      hasDigit: sh.hasDigit,
      normId: sh.normId,
    });
    i = j;
  }
}

/**
 * tokens.slice(from, to).map((t) => t.text).join(' '), without the two arrays. Also steadier for
 * the JIT: the array map() returns has one hidden class when empty and another when not, and
 * each join on both deoptimised the grammar function around it once per run.
 */
export function joinText(tokens: readonly Token[], from: number, to: number): string {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < 0) {
    return tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(' ');
  }
  const end = Math.min(to, tokens.length);
  if (from >= end) return '';
  let s = tokens[from].text;
  for (let k = from + 1; k < end; k++) s += ` ${tokens[k].text}`;
  return s;
}

/** joinText of the tokens' norms. */
export function joinNorm(tokens: readonly Token[], from: number, to: number): string {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < 0) {
    return tokens
      .slice(from, to)
      .map((t) => t.norm)
      .join(' ');
  }
  const end = Math.min(to, tokens.length);
  if (from >= end) return '';
  let s = tokens[from].norm;
  for (let k = from + 1; k < end; k++) s += ` ${tokens[k].norm}`;
  return s;
}

/** The phrase key of a lexicon entry: its tokens' norms joined by one space. */
export function phraseKey(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}
