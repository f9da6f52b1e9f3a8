/**
 * The one normalisation of document text; evidence offsets index its output, so no later stage
 * changes the text. LF line ends; odd spaces → " "; zero-width characters and control codes
 * removed; curly quotes straightened (" and '); Icelandic Ð/ð (a common stand-in) → Đ/đ;
 * spaces collapsed, lines trimmed, at most one blank line between paragraphs; NFC; the
 * traditional tone-mark placement (hoà → hòa, uỷ → ủy).
 */
import { traditionalTones } from '../../common/fold';

const SPACE = 0x20;
const LF = 0x0a;
const DROP = -1;

/** What one UTF-16 code unit becomes: itself, another unit, LF, SPACE or DROP. */
const MAP = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) MAP[c] = c;
for (let c = 0x00; c < 0x20; c++) MAP[c] = DROP;
for (let c = 0x7f; c < 0xa0; c++) MAP[c] = DROP;
for (const c of [0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]) MAP[c] = LF;
for (const c of [0x09, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) MAP[c] = SPACE;
for (let c = 0x2000; c <= 0x200a; c++) MAP[c] = SPACE;
for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff, 0xad]) MAP[c] = DROP;
for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x2033]) MAP[c] = 0x22;
for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032]) MAP[c] = 0x27;
MAP[0xd0] = 0x110; // Ð → Đ
MAP[0xf0] = 0x111; // ð → đ

/** Any character MAP changes (everything but LF, printable ASCII and ordinary Unicode). */
const CHANGED_CHAR =
  /[^\n\x20-\x7e\u00a1-\u00ac\u00ae-\u00cf\u00d1-\u00ef\u00f1-\u167f\u1681-\u1fff\u2010-\u2017\u2020-\u2027\u2030\u2031\u2034-\u205e\u2061-\u2fff\u3001-\ufefe\uff00-\uffff]/;
const CHANGED_SPACING = / {2}| \n|\n |\n{3}/;
/** Characters MAP turns into another printable one: curly quotes and primes, Ð/ð. */
const SWAPPED = /[\u2018-\u201f\u2032\u2033\u00d0\u00f0]/g;
/** CHANGED_CHAR less SWAPPED: the characters that need the full pass. */
const CHANGED_OTHER =
  /[^\n\x20-\x7e\u00a1-\u00ac\u00ae-\u167f\u1681-\u1fff\u2010-\u2027\u2030-\u205e\u2061-\u2fff\u3001-\ufefe\uff00-\uffff]/;

function swap(c: string): string {
  return String.fromCharCode(MAP[c.charCodeAt(0)]);
}

function isWhite(c: number): boolean {
  return c === SPACE || c === LF;
}

/** Character mapping and whitespace layout in one pass over the text. */
function layout(s: string): string {
  const n = s.length;
  // Clean text (most plain-text files) is returned as is, less the spaces and line ends around
  // it (a file ends with one): two native scans, no copy.
  let from = 0;
  while (from < n && isWhite(s.charCodeAt(from))) from++;
  let to = n;
  while (to > from && isWhite(s.charCodeAt(to - 1))) to--;
  if (to > from) {
    const core = from === 0 && to === n ? s : s.slice(from, to);
    if (!CHANGED_SPACING.test(core)) {
      if (!CHANGED_CHAR.test(core)) return core;
      // Curly quotes are the one change in two of five real articles: replaced natively.
      if (!CHANGED_OTHER.test(core)) return core.replace(SWAPPED, swap);
    }
  }
  const out = new Uint16Array(n);
  let k = 0;
  let newlines = 0;
  let space = false;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c === 0x0d && s.charCodeAt(i + 1) === LF) continue;
    c = MAP[c];
    if (c === SPACE) {
      space = true;
    } else if (c === LF) {
      newlines++;
    } else if (c !== DROP) {
      if (k > 0) {
        if (newlines > 0) {
          out[k++] = LF;
          if (newlines > 1) out[k++] = LF;
        } else if (space) {
          out[k++] = SPACE;
        }
      }
      newlines = 0;
      space = false;
      out[k++] = c;
    }
  }
  return Buffer.from(out.buffer, 0, k * 2).toString('utf16le');
}

/** Normalises decoded (and HTML-stripped) text; see the file comment. */
export function normalizeText(input: string): string {
  // Composition only joins letters and marks, so the layout survives it; removing zero-width
  // characters first lets a mark they separated compose.
  return traditionalTones(layout(input).normalize('NFC'));
}
