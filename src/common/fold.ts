/**
 * Text keys shared by every stage. `fold` is the accent-free form used for search and for
 * official identity ("Phạm Thị Thanh Thủy" → "pham thi thanh thuy"); `normKey` keeps the
 * diacritics (so distinct Vietnamese names stay distinct) but unifies case, spacing, Unicode
 * form and the two tone-mark styles (hoà/hòa, uỷ/ủy).
 */

const TONES: Record<string, string> = {
  a: 'aàáảãạ',
  e: 'eèéẻẽẹ',
  y: 'yỳýỷỹỵ',
  o: 'oòóỏõọ',
  u: 'uùúủũụ',
};

/** A candidate for either replacement below (without the context each one checks). */
const NEW_STYLE_PAIR = /[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]/;

/** New-style tone placement at a syllable end (hoà, uỷ, khoẻ) → traditional (hòa, ủy, khỏe). */
export function traditionalTones(s: string): string {
  // Most strings have neither pair: one plain scan instead of two replaces with look-arounds.
  if (!NEW_STYLE_PAIR.test(s)) return s;
  return s
    .replace(/([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?!\p{L})/gu, (_m, o: string, v: string) => {
      const lower = v.toLowerCase();
      const base = 'aàáảãạ'.includes(lower) ? 'a' : 'e';
      const tone = TONES[base].indexOf(lower);
      const toned = TONES.o[tone];
      const baseOut = v === lower ? base : base.toUpperCase();
      return (o === 'O' ? toned.toUpperCase() : toned) + baseOut;
    })
    .replace(/(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/gu, (_m, u: string, v: string) => {
      const lower = v.toLowerCase();
      const tone = TONES.y.indexOf(lower);
      const toned = TONES.u[tone];
      const y = v === lower ? 'y' : 'Y';
      return (u === 'U' ? toned.toUpperCase() : toned) + y;
    });
}

/** Accent-free, lower-case, single-spaced: "Đỗ Lệnh Vượng" → "do lenh vuong". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const NORM_KEYS = new Map<string, string>();
/** Bounded: names and organisation phrases repeat across documents, the rest is let go. */
const NORM_KEYS_MAX = 100_000;

/**
 * Identity key that keeps diacritics: NFC, traditional tones, lower case, single spaces.
 * Memoised: stages compare the same names again and again (a key per pair of names in a list).
 */
export function normKey(s: string): string {
  let k = NORM_KEYS.get(s);
  if (k === undefined) {
    k = traditionalTones(s.normalize('NFC'))
      .toLowerCase()
      .replace(/[^\p{L}\p{N}/\-.]+/gu, ' ')
      .trim();
    if (NORM_KEYS.size >= NORM_KEYS_MAX) NORM_KEYS.clear();
    NORM_KEYS.set(s, k);
  }
  return k;
}
