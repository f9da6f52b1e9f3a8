/**
 * Legacy Vietnamese font encodings that iconv does not cover: TCVN3 (ABC) and VNI-Windows.
 * The mapping tables are data (src/extract/lexicon/encodings/*.json); this file only turns them
 * into decoders and encoders. Encoders exist so tests and fixtures can produce real legacy bytes.
 */
import tcvn3Table from '../lexicon/encodings/tcvn3.json';
import vniTable from '../lexicon/encodings/vni.json';

export type FontEncoding = 'tcvn3' | 'vni';

/** Windows-1252 characters of bytes 0x80-0x9F (how legacy bytes look after a cp1252 read). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Byte → character for a single-byte decoding whose unlisted bytes are Latin-1. */
function latin1Based(overrides: Record<number, string>): Uint16Array {
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) table[b] = overrides[b]?.charCodeAt(0) ?? b;
  return table;
}

const TCVN3_DECODE = latin1Based(
  Object.fromEntries(Object.entries(tcvn3Table.bytes).map(([hex, ch]) => [parseInt(hex, 16), ch])),
);
const TCVN3_ENCODE = new Map<string, number>();
for (let b = 255; b >= 0x80; b--) TCVN3_ENCODE.set(String.fromCharCode(TCVN3_DECODE[b]), b);

/** The string of the first `length` UTF-16 code units. */
function fromCodeUnits(units: Uint16Array, length: number): string {
  return Buffer.from(units.buffer, units.byteOffset, length * 2).toString('utf16le');
}

export function decodeTcvn3(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = TCVN3_DECODE[bytes[i]];
  return fromCodeUnits(units, bytes.length);
}

/** VNI: letter → byte sequence, and the reverse as one- and two-byte lookups. */
const VNI_SINGLE = new Map<number, number>();
const VNI_PAIR = new Map<number, number>();
const VNI_ENCODE = new Map<string, number[]>();
for (const [letter, seq] of Object.entries(vniTable.letters)) {
  const bytes = [...seq].map((c) => c.charCodeAt(0));
  const code = letter.charCodeAt(0);
  VNI_ENCODE.set(letter, bytes);
  if (bytes.length === 1) {
    VNI_SINGLE.set(bytes[0], code);
  } else {
    VNI_PAIR.set((bytes[0] << 8) | bytes[1], code);
  }
}
// Mixed-case sequences (a lower-case mark after a capital, or the reverse) occur in hand-edited
// files; the base letter decides the case.
for (const [key, code] of [...VNI_PAIR]) {
  const base = key >> 8;
  const mark = key & 0xff;
  const otherMark = mark >= 0xe0 ? mark - 0x20 : mark + 0x20;
  const otherKey = (base << 8) | otherMark;
  if (!VNI_PAIR.has(otherKey)) VNI_PAIR.set(otherKey, code);
}

export function decodeVni(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x41 && i + 1 < bytes.length && bytes[i + 1] >= 0xc0) {
      const pair = VNI_PAIR.get((b << 8) | bytes[i + 1]);
      if (pair !== undefined) {
        units[n++] = pair;
        i++;
        continue;
      }
    }
    units[n++] = b >= 0x80 ? (VNI_SINGLE.get(b) ?? b) : b;
  }
  return fromCodeUnits(units, n);
}

/** Encodes NFC text in TCVN3 or VNI; characters outside the encoding become "?". */
export function encodeLegacy(text: string, encoding: FontEncoding): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    if (encoding === 'tcvn3') {
      const b = TCVN3_ENCODE.get(ch);
      out.push(b ?? (code <= 0xff ? code : 0x3f));
    } else {
      const seq = VNI_ENCODE.get(ch);
      if (seq) out.push(...seq);
      else out.push(code <= 0xff ? code : 0x3f);
    }
  }
  return Uint8Array.from(out);
}

/**
 * Bytes of text that was legacy-encoded, read as Windows-1252/Latin-1 and saved as Unicode
 * ("ViÖt Nam", "Vieät Nam"), or null when the text has characters no such read produces.
 */
export function latin1Bytes(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0xff) {
      out[i] = code;
      continue;
    }
    const high = CP1252_HIGH.indexOf(text[i]);
    if (high < 0) return null;
    out[i] = 0x80 + high;
  }
  return out;
}
