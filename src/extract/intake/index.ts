/**
 * Stage 1, intake: one file's raw bytes (or text) → the normalised document text that every later
 * stage reads and that evidence offsets index. Decodes UTF-8/UTF-16 and legacy Vietnamese
 * encodings (Windows-1258, TCVN3, VNI, VISCII), strips HTML, normalises once. Pure: no I/O.
 */
import { createHash } from 'node:crypto';
import type { SourceInput } from '../types';
import { decodeBytes, repairMisreadLegacy, type Decoded } from './decode';
import { decodeEntities } from './entities';
import { IntakeError } from './errors';
import { htmlToText, looksLikeHtml, stripStrayTags } from './html';
import { normalizeText } from './normalize';

export { IntakeError, type IntakeErrorReason } from './errors';
export { encodeLegacy, type FontEncoding } from './legacy';
export { scoreVietnamese, isVietnameseSyllable, type VietnameseScore } from './syllables';
export { normalizeText } from './normalize';
export { htmlToText } from './html';

export interface SourceText {
  id: string;
  /**
   * NFC text with LF line ends, paragraphs separated by one blank line, the traditional tone-mark
   * placement (hòa, ủy), straight quotes, no zero-width or control characters; for HTML, the
   * page title (first <h1>, else <title>) is the first line.
   */
  text: string;
  /** sha256 of the raw input bytes (of the UTF-8 encoding for string input), hex. */
  sha256: string;
  format: 'text' | 'html';
  /** Encoding the bytes were read in: "utf-8", "utf-8-bom", "utf-16le", "windows-1258", "tcvn3", "vni"...; "string" for string input */
  encoding: string;
}

/** Larger files are refused: no news article comes near, and intake holds the whole file. */
export const MAX_BYTES = 20 * 1024 * 1024;

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Decodes, strips HTML and normalises one source. Throws IntakeError for unusable input. */
export function intake(input: SourceInput): SourceText {
  const { content } = input;
  const size =
    typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
  if (size > MAX_BYTES) {
    throw new IntakeError(
      'too-large',
      `file too large: ${megabytes(size)} (limit ${megabytes(MAX_BYTES)})`,
    );
  }
  if (size === 0) throw new IntakeError('empty', 'empty file (0 bytes)');

  let decoded: Decoded;
  if (typeof content === 'string') {
    if (content.includes('\u0000'))
      throw new IntakeError('binary', 'binary file (NUL characters), not text');
    decoded = repairMisreadLegacy(content) ?? { text: content, encoding: 'string' };
  } else {
    decoded = decodeBytes(content);
    if (decoded.encoding.startsWith('utf')) decoded = repairMisreadLegacy(decoded.text) ?? decoded;
  }

  const byName = /\.(?:x?html?|php|aspx?)$/i.test(input.fileName ?? '');
  const html = byName || looksLikeHtml(decoded.text);
  const text = normalizeText(
    html ? htmlToText(decoded.text) : decodeEntities(stripStrayTags(decoded.text)),
  );
  if (text === '') {
    throw new IntakeError(
      'empty',
      html
        ? 'empty file (the HTML page has no text outside markup and boilerplate)'
        : 'empty file (only whitespace)',
    );
  }
  let sha256: string | undefined;
  return {
    id: input.id,
    text,
    // Hashed when first read: `kg extract` never reads it, and hashing every file was 2% of
    // extraction's CPU.
    get sha256(): string {
      sha256 ??= createHash('sha256').update(content).digest('hex');
      return sha256;
    },
    format: html ? 'html' : 'text',
    encoding: decoded.encoding,
  };
}
