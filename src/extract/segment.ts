/**
 * Stage 2, segment: lines (paragraphs) with offsets, then sentences over the body tokens.
 */
import type { Token } from './tokens';

export interface Line {
  /** Offsets into the document text, trimmed. */
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  /** Token indexes [start, end). */
  start: number;
  end: number;
  /** Index of the line (paragraph) the sentence is in. */
  line: number;
}

/** Non-empty lines, trimmed, with offsets. */
export function segmentLines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const raw = text.slice(pos, nl);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: pos + lead, end: pos + lead + trimmed.length, text: trimmed });
    pos = nl + 1;
  }
  return out;
}

/** Tokens that end in "." without ending a sentence ("TP. Hồ Chí Minh", "Đ/c. A"). */
const ABBREVIATIONS = new Set([
  'tp',
  'tx',
  'q',
  'p',
  'ths',
  'ts',
  'pgs',
  'gs',
  'bs',
  'ks',
  'đ/c',
  'st',
  'tt',
]);

const DOT = 0x2e;
const BANG = 0x21;
const QUESTION = 0x3f;
const ELLIPSIS = 0x2026;
const CLOSE = 0x29;

/**
 * Sentences: a line break always ends one; ".", "!", "?" end one when followed by an upper-case
 * word or a quote. ";" and ":" do not: lists of people run across them.
 */
export function segmentSentences(tokens: Token[], lineOfToken: ArrayLike<number>): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    let boundary = i + 1 === n || lineOfToken[i + 1] !== lineOfToken[i];
    // Punctuation is one character: its code is compared, after a length test that sends the
    // words (most tokens) on at once.
    if (!boundary && t.text.length === 1) {
      const c = t.text.charCodeAt(0);
      const next = tokens[i + 1];
      if (c === DOT || c === BANG || c === QUESTION || c === ELLIPSIS) {
        const prev = i > 0 ? tokens[i - 1] : undefined;
        const abbrev = c === DOT && prev && ABBREVIATIONS.has(prev.norm);
        // A bulleted item ("… . * Ngày 10/2, …") opens a sentence of its own.
        const bullet = next.text === '*' || next.text === '•';
        if (!abbrev && (next.cap || next.digits || next.text === '"' || bullet)) boundary = true;
      }
      if (!boundary && c === CLOSE && next.cap && inCredit(tokens, i)) boundary = true;
    }
    // A photo credit run into the text ("… . (Ảnh: Thống Nhất/TTXVN) Ngay sau …") is a sentence
    // of its own: its names and the caption's verbs do not join the next sentence.
    if (!boundary && i + 2 < n && tokens[i + 1].text === '(' && tokens[i + 2].norm === 'ảnh')
      boundary = true;
    if (boundary) {
      out.push({ start, end: i + 1, line: lineOfToken[i] });
      start = i + 1;
    }
  }
  return out;
}

/** The ")" at i closes a "(Ảnh: …" credit opened at most 12 tokens before. */
function inCredit(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    if (tokens[k].text === '(') return tokens[k + 1]?.norm === 'ảnh';
    if (tokens[k].text === ')') return false;
  }
  return false;
}
