import { fold, traditionalTones } from '../common/fold';

/**
 * Turns user text into query parameters. Everything reaches Cypher as a parameter; the only
 * text spliced into a query language is the Lucene query of `search`, whose terms are escaped.
 */

/** Folded substring criterion, or null when the text folds to nothing. */
export function foldedOrNull(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const f = fold(s);
  return f.length > 0 ? f : null;
}

/** Lower-cased, trimmed NFC text, or null. */
export function lowerOrNull(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = s.normalize('NFC').trim().toLowerCase();
  return t.length > 0 ? t : null;
}

/**
 * Directive symbol as normalised for matching: upper case, no spaces, "TƯ" → "TW", a leading
 * "số" dropped, leading zeros of the number dropped ("số 023 - QĐ/TƯ" → "23-QĐ/TW").
 */
export function normSymbol(s: string): string {
  return traditionalTones(s.normalize('NFC'))
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/^(?:SỐ|SO)\.?(?=\d)/, '')
    .replace(/TƯ/g, 'TW')
    .replace(/[.,;:]+$/, '')
    .replace(/^0+(?=\d)/, '');
}

/**
 * Lower-case forms a stored symbol may take for the given input, compared with the stored
 * `symbolNorm` / `symbol` lower-cased: the normalised symbol, its Đ → D fold, and for input
 * typed without diacritics ("23-QD/TW") the usual signs with Đ restored.
 */
export function symbolForms(s: string | null | undefined): string[] | null {
  if (s === null || s === undefined || s.trim() === '') return null;
  const norm = normSymbol(s);
  const forms = new Set([norm, norm.replace(/Đ/g, 'D')]);
  forms.add(norm.replace(/(^|[-/])(Q|N)D(?=[-/]|$)/g, '$1$2Đ'));
  return [...forms].map((f) => f.toLowerCase());
}

const SUPERVISION_KINDS = ['giám sát', 'kiểm tra', 'khảo sát', 'làm việc'];

/** "giam sat" → "giám sát"; unknown kinds are passed through (and match nothing). */
export function supervisionKind(s: string | null | undefined): string | null {
  const f = foldedOrNull(s);
  if (f === null) return null;
  return SUPERVISION_KINDS.find((k) => fold(k) === f) ?? s!.normalize('NFC').trim();
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every Lucene query-syntax character in one term. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * The full-text query for `search`: the folded text's terms, each escaped, all required (AND).
 * The index holds folded text, so "Phạm Thị Thanh Thủy", "pham thi thanh thuy" and "PHAM THI
 * THANH THUY" are the same query. Null when nothing searchable remains.
 */
export function luceneQuery(text: string): string | null {
  const terms = fold(text)
    .split(' ')
    .filter((t) => t.length > 0)
    .slice(0, 32);
  if (terms.length === 0) return null;
  // Quoted so Lucene keywords (AND, OR, NOT, TO) are plain words whatever their case.
  return terms.map((t) => `"${escapeLucene(t)}"`).join(' AND ');
}
