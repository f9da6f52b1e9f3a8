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

/**
 * Sentences: a line break always ends one; ".", "!", "?" end one when followed by an upper-case
 * word or a quote. ";" and ":" do not: lists of people run across them.
 */
export function segmentSentences(tokens: Token[], lineOfToken: ArrayLike<number>): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    let boundary = false;
    if (!next) boundary = true;
    else if (lineOfToken[i + 1] !== lineOfToken[i]) boundary = true;
    else if (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…') {
      const prev = tokens[i - 1];
      const abbrev = t.text === '.' && prev && ABBREVIATIONS.has(prev.norm);
      // A bulleted item ("… . * Ngày 10/2, …") opens a sentence of its own.
      const bullet = next.text === '*' || next.text === '•';
      if (!abbrev && (next.cap || next.digits || next.text === '"' || bullet)) boundary = true;
    }
    // A photo credit run into the text ("… . (Ảnh: Thống Nhất/TTXVN) Ngay sau …") is a sentence
    // of its own: its names and the caption's verbs do not join the next sentence.
    if (!boundary && next.text === '(' && tokens[i + 2]?.norm === 'ảnh') boundary = true;
    if (!boundary && t.text === ')' && next.cap && inCredit(tokens, i)) boundary = true;
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
