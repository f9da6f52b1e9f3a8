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
}

// Words: letters/digits with inner joiners (23-QĐ/TW, 30/7/2021, baothanhhoa.vn, LĐ-TB&XH, Đ/c).
const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[.\-/&'][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*|\S/gu;
const UPPER_RE = /^\p{Lu}/u;
const TITLE_RE = /^\p{Lu}(?:[\p{Ll}\p{M}]*|'\p{Lu}[\p{Ll}\p{M}]*)$/u;
const LETTER_RE = /^\p{L}/u;
const DIGITS_RE = /^\d+$/;

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

/** Splits text (or a lexicon phrase) into tokens. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const t = m[0];
    out.push({
      text: t,
      norm: normWord(t),
      start: m.index + offset,
      end: m.index + offset + t.length,
      word: LETTER_RE.test(t),
      cap: UPPER_RE.test(t),
      titleCase: TITLE_RE.test(t),
      digits: DIGITS_RE.test(t),
    });
  }
  return out;
}

/** The phrase key of a lexicon entry: its tokens' norms joined by one space. */
export function phraseKey(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}
