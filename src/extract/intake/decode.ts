/**
 * Bytes → Unicode text. UTF-8 (with or without BOM) and UTF-16/32 with BOM are read directly;
 * anything else is tried as each legacy Vietnamese encoding (Windows-1258, TCVN3, VNI, VISCII,
 * the page's declared charset) and the decoding whose accented words are most often real
 * Vietnamese syllables wins. Binary files are recognised before any of that.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { IntakeError } from './errors';
import { decodeTcvn3, decodeVni, latin1Bytes } from './legacy';
import { scoreVietnamese, type VietnameseScore } from './syllables';

export interface Decoded {
  text: string;
  /** Name of the encoding the text was read in ("utf-8", "tcvn3", "vni", "windows-1258"...). */
  encoding: string;
}

/** Accept a decoding when at least this share of its accented words are Vietnamese syllables. */
const ACCEPT = 0.7;
/** Below ACCEPT but above this, the file is recognisably that encoding, just not convertible. */
const RECOGNISE = 0.3;
/** How much of a file the encoding guess reads. */
const SAMPLE_BYTES = 8192;
/** A decoding this Vietnamese is taken without trying the rest (wrong ones score far lower). */
const CERTAIN = 0.9;

const DISPLAY_NAME: Record<string, string> = {
  'utf-8': 'UTF-8',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  viscii: 'VISCII',
  'windows-1252': 'Windows-1252',
};

const MAGIC: [number[], number, string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 0, 'PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 0, 'PNG image'],
  [[0xff, 0xd8, 0xff], 0, 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 0, 'GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 0, 'ZIP archive, e.g. .docx/.xlsx/.odt'],
  [[0x50, 0x4b, 0x05, 0x06], 0, 'empty ZIP archive'],
  [
    [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    0,
    'legacy Microsoft Office document, e.g. .doc/.xls',
  ],
  [[0x1f, 0x8b], 0, 'gzip archive'],
  [[0x42, 0x5a, 0x68], 0, 'bzip2 archive'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 0, 'xz archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 0, '7z archive'],
  [[0x52, 0x61, 0x72, 0x21], 0, 'RAR archive'],
  [[0x57, 0x45, 0x42, 0x50], 8, 'WebP image'],
  [[0x66, 0x74, 0x79, 0x70], 4, 'MP4/HEIF media file'],
  [[0x49, 0x49, 0x2a, 0x00], 0, 'TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 0, 'TIFF image'],
  [[0x49, 0x44, 0x33], 0, 'MP3 audio'],
  [[0x4f, 0x67, 0x67, 0x53], 0, 'Ogg media file'],
  [[0x7f, 0x45, 0x4c, 0x46], 0, 'ELF executable'],
  [[0x00, 0x61, 0x73, 0x6d], 0, 'WebAssembly module'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 0, 'SQLite database'],
];

function startsWith(bytes: Uint8Array, magic: number[], at: number): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let k = 0; k < magic.length; k++) if (bytes[at + k] !== magic[k]) return false;
  return true;
}

/** Which UTF-16 byte order a BOM-less file has, judged by where ASCII's zero bytes fall. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > 0.3 * half && evenZeros < 0.02 * half) return 'utf-16le';
  if (evenZeros > 0.3 * half && oddZeros < 0.02 * half) return 'utf-16be';
  return null;
}

/** Throws for known binary file signatures (and RTF, which is text but not ours to read). */
function rejectSignature(bytes: Uint8Array): void {
  for (const [magic, at, kind] of MAGIC) {
    if (startsWith(bytes, magic, at))
      throw new IntakeError('binary', `binary file (${kind}), not text`);
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66], 0)) {
    throw new IntakeError(
      'format',
      'unsupported format (RTF document); save it as plain text or HTML',
    );
  }
}

/** Throws for binary content without a known signature: NUL bytes, many control codes. */
function rejectBinary(bytes: Uint8Array): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new IntakeError('binary', `binary file (NUL byte at offset ${nul}), not text`);
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    // Tab, LF, VT, FF, CR and the DOS end-of-file mark are normal in text files.
    if (
      b < 0x20 &&
      b !== 0x09 &&
      b !== 0x0a &&
      b !== 0x0b &&
      b !== 0x0c &&
      b !== 0x0d &&
      b !== 0x1a
    )
      control++;
  }
  if (control > 0.05 * n) {
    const share = Math.round((100 * control) / n);
    throw new IntakeError('binary', `binary file (${share}% control characters), not text`);
  }
}

/** The charset a page declares (<meta charset> or http-equiv content), lower-cased, or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString(
    'latin1',
  );
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** Our name for a declared charset, or null when there is no decoder for it. */
function charsetName(declared: string): string | null {
  const c = declared.replace(/[^a-z0-9]/g, '');
  if (c === 'utf8') return 'utf-8';
  if (c === 'windows1258' || c === 'cp1258' || c === 'xcp1258') return 'windows-1258';
  if (c.startsWith('tcvn') || c === 'abc' || c === 'xviettcvn5712' || c === 'xviettcvn')
    return 'tcvn3';
  if (c.startsWith('vni') || c === 'xvietvni') return 'vni';
  if (c.includes('viscii')) return 'viscii';
  if (
    c === 'iso88591' ||
    c === 'latin1' ||
    c === 'windows1252' ||
    c === 'cp1252' ||
    c === 'usascii' ||
    c === 'ascii'
  ) {
    return 'windows-1252';
  }
  return iconv.encodingExists(declared) ? declared : null;
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (encoding) {
    case 'utf-8':
      return buf.toString('utf8');
    case 'tcvn3':
      return decodeTcvn3(bytes);
    case 'vni':
      return decodeVni(bytes);
    case 'windows-1258':
      return iconv.decode(buf, 'windows1258');
    case 'windows-1252':
      return iconv.decode(buf, 'windows1252');
    default:
      return iconv.decode(buf, encoding);
  }
}

interface Candidate {
  encoding: string;
  score: VietnameseScore;
}

/**
 * Scores candidate decodings of the sample, best first; the first of equal scores wins. Stops at
 * the first that is clearly right.
 */
function rank(sample: Uint8Array, encodings: string[]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const encoding of encodings) {
    if (seen.has(encoding)) continue;
    seen.add(encoding);
    const score = scoreVietnamese(decodeAs(sample, encoding), SAMPLE_BYTES);
    out.push({ encoding, score });
    if (score.ratio >= CERTAIN && score.accented >= 20) break;
  }
  // Stable sort: ties keep the preference order given.
  return out.sort((a, b) => b.score.ratio - a.score.ratio);
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Bytes that are not valid UTF-8: pick the legacy decoding that reads as Vietnamese. */
function decodeLegacy(bytes: Uint8Array): Decoded {
  const declared = declaredCharset(bytes);
  const declaredName = declared === null ? null : charsetName(declared);
  const order = [
    ...(declaredName !== null && declaredName !== 'windows-1252' ? [declaredName] : []),
    'windows-1258',
    'tcvn3',
    'vni',
    // UTF-8 with a few damaged bytes; its lossy decoding is the slowest, so it comes after the
    // common legacy encodings (the order only decides ties, and a clear winner stops the search).
    'utf-8',
    'viscii',
    'windows-1252',
  ];
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  const ranked = rank(sample, order);
  const best = ranked[0];
  const evidence = best.score.accented;
  // Enough accented words, mostly well-formed: that is the encoding.
  if ((evidence >= 3 && best.score.ratio >= ACCEPT) || (evidence > 0 && best.score.ratio === 1)) {
    return { text: decodeAs(bytes, best.encoding), encoding: best.encoding };
  }
  // Recognisably Vietnamese in a legacy encoding, but too much of it fails to convert.
  if (evidence >= 5 && best.score.ratio >= RECOGNISE && best.encoding !== 'windows-1252') {
    const name = DISPLAY_NAME[best.encoding] ?? best.encoding;
    throw new IntakeError(
      'encoding',
      `looks like ${name}-encoded text, which could not be converted reliably ` +
        `(only ${percent(best.score.ratio)} of ${best.score.accented} accented words ` +
        `${sample.length < bytes.length ? `in the first ${sample.length} bytes ` : ''}` +
        `became Vietnamese syllables)`,
    );
  }
  // Little or no Vietnamese to judge by: trust the page's charset, else Windows-1252.
  const fallback = declaredName ?? 'windows-1252';
  return { text: decodeAs(bytes, fallback), encoding: fallback };
}

/** Decodes a file's bytes to text (not yet normalised). Throws IntakeError for binary data. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf], 0)) {
    return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00], 0)) {
    return { text: iconv.decode(buf.subarray(4), 'utf32le'), encoding: 'utf-32le' };
  }
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff], 0)) {
    return { text: iconv.decode(buf.subarray(4), 'utf32be'), encoding: 'utf-32be' };
  }
  if (startsWith(bytes, [0xff, 0xfe], 0)) {
    return { text: iconv.decode(buf.subarray(2), 'utf16le'), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff], 0)) {
    return { text: iconv.decode(buf.subarray(2), 'utf16be'), encoding: 'utf-16be' };
  }
  rejectSignature(bytes);
  const utf16 = bytes.indexOf(0) >= 0 ? bomlessUtf16(bytes) : null;
  if (utf16 !== null) {
    const text = iconv.decode(buf, utf16 === 'utf-16le' ? 'utf16le' : 'utf16be');
    // Binary data can have zero bytes in every other place too; real text has few controls.
    // eslint-disable-next-line no-control-regex
    const controls = text.slice(0, 4096).match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g);
    if (controls === null || controls.length < 0.05 * Math.min(text.length, 4096)) {
      return { text, encoding: utf16 };
    }
  }
  rejectBinary(bytes);
  if (isUtf8(bytes)) return { text: buf.toString('utf8'), encoding: 'utf-8' };
  return decodeLegacy(bytes);
}

/** Letters only Unicode Vietnamese text has (ă đ ơ ư, the tone-marked block, combining tones). */
const VIETNAMESE_UNICODE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\u0300|\u0301|\u0303|\u0309|\u0323/;
const LATIN1_LETTER = /[\u00c0-\u00ff]/;

/**
 * Text that is legacy-encoded Vietnamese read as Windows-1252 and saved as Unicode ("ViÖt Nam"
 * from TCVN3, "Vieät Nam" from VNI): converted back, or null when the text is not like that.
 */
export function repairMisreadLegacy(text: string): Decoded | null {
  const sample = text.length > SAMPLE_BYTES ? text.slice(0, SAMPLE_BYTES) : text;
  if (!LATIN1_LETTER.test(sample) || VIETNAMESE_UNICODE.test(sample)) return null;
  const asIs = scoreVietnamese(sample, SAMPLE_BYTES);
  if (asIs.accented < 3 || asIs.ratio >= ACCEPT) return null;
  const sampleBytes = latin1Bytes(sample);
  if (sampleBytes === null) return null;
  const best = rank(sampleBytes, ['tcvn3', 'vni', 'windows-1258'])[0];
  if (best.score.ratio < ACCEPT || best.score.ratio < asIs.ratio + 0.2) return null;
  const bytes = latin1Bytes(text);
  if (bytes === null) return null;
  return {
    text: decodeAs(bytes, best.encoding),
    encoding: `${best.encoding} (misread as windows-1252)`,
  };
}
