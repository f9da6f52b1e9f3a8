/**
 * How Vietnamese a decoding looks: the share of accented words that are well-formed Vietnamese
 * syllables (onset + nucleus + coda, one tone). A wrong decoding of a legacy file ("ViÖt",
 * "Vieọt") fails this check almost always, so it picks the right decoder without dictionaries.
 */
import shape from '../lexicon/encodings/vietnamese-syllables.json';

/** Tone index: 0 ngang, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. */
const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const SAC = 2;
const NANG = 5;

/** Lower-case Vietnamese letter → [letter without tone, tone index]. */
const LETTERS = new Map<string, [string, number]>();
for (const base of 'aăâeêioôơuưy') {
  TONE_MARKS.forEach((mark, tone) => {
    const ch = (base + mark).normalize('NFC');
    LETTERS.set(ch, [base, tone]);
  });
}
for (const consonant of 'bcdđghklmnpqrstvx') LETTERS.set(consonant, [consonant, 0]);

const ONSETS = [...shape.onsets].sort((a, b) => b.length - a.length);
const OPEN = new Set(shape.open);
const NEED_CODA = new Set(shape.needCoda);
const CLOSED = new Set(shape.closed);
const CODAS = [...shape.codas].sort((a, b) => b.length - a.length);
const CHECKED = new Set(shape.checkedCodas);

function validRhyme(rhyme: string, tone: number): boolean {
  if (rhyme === '') return false;
  if (CLOSED.has(rhyme)) return true;
  if (OPEN.has(rhyme) && !NEED_CODA.has(rhyme)) return true;
  for (const coda of CODAS) {
    if (rhyme.length > coda.length && rhyme.endsWith(coda)) {
      const nucleus = rhyme.slice(0, rhyme.length - coda.length);
      if (!OPEN.has(nucleus)) continue;
      if (CHECKED.has(coda) && tone !== SAC && tone !== NANG) continue;
      return true;
    }
  }
  return false;
}

/** True when `word` (NFC, any case) is one well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  let known = memo.get(word);
  if (known === undefined) {
    known = checkSyllable(word);
    if (memo.size >= 100000) memo.clear();
    memo.set(word, known);
  }
  return known;
}

/** Vietnamese has about 7,000 syllables in use, so a memo makes scoring a map lookup per word. */
const memo = new Map<string, boolean>();

function checkSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  let bare = '';
  let tone = 0;
  for (const ch of word.toLowerCase()) {
    const letter = LETTERS.get(ch);
    if (letter === undefined) return false;
    if (letter[1] !== 0) {
      if (tone !== 0) return false;
      tone = letter[1];
    }
    bare += letter[0];
  }
  for (const onset of ONSETS) {
    if (bare.startsWith(onset) && validRhyme(bare.slice(onset.length), tone)) return true;
  }
  return false;
}

export interface VietnameseScore {
  /** Words containing a non-ASCII character (the ones a decoding can get wrong). */
  accented: number;
  /** How many of those are well-formed Vietnamese syllables. */
  valid: number;
  /** valid / accented, 0 when there is no accented word. */
  ratio: number;
}

/**
 * Words are runs of anything but whitespace, ASCII punctuation/digits and common Unicode
 * punctuation, so stray symbols of a wrong decoding ("§éc", "hoµ") stay inside the word and
 * make it invalid.
 */
const WORD = /[^\s!-@[-`{-~\u00a0\u00ab\u00bb\u2010-\u205e\u3000]+/g;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

const MAX_WORDS = 200;

/** Scores `text` (any normal form) on at most its first `limit` characters and 200 accented words. */
export function scoreVietnamese(text: string, limit = 8192): VietnameseScore {
  const sample = (text.length > limit ? text.slice(0, limit) : text).normalize('NFC');
  let accented = 0;
  let valid = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m !== null; m = WORD.exec(sample)) {
    const word = m[0];
    if (!NON_ASCII.test(word)) continue;
    accented++;
    if (isVietnameseSyllable(word)) valid++;
    // A couple of hundred words decide it; reading on only costs time.
    if (accented >= MAX_WORDS) break;
  }
  return { accented, valid, ratio: accented === 0 ? 0 : valid / accented };
}
