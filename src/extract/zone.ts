/**
 * Stage 3, zone: which lines are the article (title, body), which are its byline and source
 * line, and which are page furniture (render-date line, related-article lists, comment forms,
 * cookie notices) that later stages never see.
 */
import type { Line } from './segment';
import type { Lexicon } from './lexicon';

export interface Zones {
  lines: Line[];
  /** Indexes into `lines` of the article's own lines (title and body), in order. */
  body: number[];
  title: Line | null;
  /** The byline's text: the author, never an official. */
  author: string | null;
  authorLine: Line | null;
  /** Outlet named by the text: "(Baothanhhoa.vn)", "(HBĐT)", "Nguồn tin: haiphong.gov.vn". */
  outlet: string | null;
  /** The page's own date line ("Chủ Nhật, ngày 19 tháng 1 năm 2020"): not the event's date. */
  renderDate: Line | null;
}

const OUTLET_HEAD_RE = /^(?:[\p{Lu}\s.,]{2,30})?\(([^()\n]{2,40})\)\s*[-–—:]/u;
const DOMAIN_RE = /^(?:https?:\/\/)?(?:www\.)?([\p{L}\d-]+(?:\.[\p{L}\d-]+)+)\/?$/iu;
const NAME_LINE_RE =
  /^(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}+)(?:[ \t]+(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}+)){0,4}$/u;

/** Lower-cased prefix lists, made once per list (the lexicon's lists live as long as it). */
const LOWER_PREFIXES = new WeakMap<string[], string[]>();

function startsWithAny(s: string, prefixes: string[]): string | null {
  let lower = LOWER_PREFIXES.get(prefixes);
  if (!lower) LOWER_PREFIXES.set(prefixes, (lower = prefixes.map((p) => p.toLowerCase())));
  const ls = s.toLowerCase();
  for (let k = 0; k < lower.length; k++) if (ls.startsWith(lower[k])) return prefixes[k];
  return null;
}

const TRAILING_MARKS = /[:.!…]+$/u;

/** A UTF-16 unit trim() could remove: controls, spaces, Unicode space separators, BOM. */
function maybeTrimmed(c: number): boolean {
  return (
    c <= 0x20 ||
    (c >= 0x7f && c <= 0xa0) ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x3000) ||
    c === 0xfeff
  );
}

function isEndMarker(line: Line, lex: Lexicon): boolean {
  // Lower case changes no punctuation or space and never shortens a string, so a line that is
  // long without its trailing marks is not a marker, and is never lower-cased.
  const text = line.text;
  // Most lines are long paragraphs: their length less the trailing marks, when trim() has
  // nothing to take at either end, rejects them without the replace and trim copies.
  let e = text.length;
  for (let c = text.charCodeAt(e - 1); c === 0x3a || c === 0x2e || c === 0x21 || c === 0x2026;)
    c = text.charCodeAt(--e - 1);
  if (e > 80 && !maybeTrimmed(text.charCodeAt(0)) && !maybeTrimmed(text.charCodeAt(e - 1)))
    return false;
  const bare = text.replace(TRAILING_MARKS, '').trim();
  if (bare.length > 80) return false;
  const t = bare.toLowerCase();
  if (t.length > 80) return false;
  return lex.endMarkers.some((m) => t === m || (t.startsWith(m) && t.length <= m.length + 60));
}

export function zone(lines: Line[], lex: Lexicon): Zones {
  // The article ends at the first page-furniture marker that follows some real text.
  let end = lines.length;
  let seenText = false;
  for (let i = 0; i < lines.length; i++) {
    if (seenText && isEndMarker(lines[i], lex)) {
      end = i;
      break;
    }
    if (lines[i].text.length >= 120) seenText = true;
  }
  let renderDate: Line | null = null;
  const kept: number[] = [];
  for (let i = 0; i < end; i++) {
    const l = lines[i];
    if (lex.dropLinePatterns.some((re) => re.test(l.text))) continue;
    if (!renderDate && kept.length < 3 && lex.renderDate.test(l.text)) {
      renderDate = l;
      continue;
    }
    kept.push(i);
  }
  // Tail: byline and source lines at the end of the article.
  let author: string | null = null;
  let authorLine: Line | null = null;
  let outlet: string | null = null;
  while (kept.length > 1) {
    const l = lines[kept[kept.length - 1]];
    if (l.text.length > 80) break;
    const src = startsWithAny(l.text, lex.sourcePrefixes);
    if (src) {
      const rest = l.text.slice(src.length).trim();
      const dm = DOMAIN_RE.exec(rest);
      if (!outlet) outlet = dm ? dm[1].toLowerCase() : rest;
      kept.pop();
      continue;
    }
    const by = startsWithAny(l.text, lex.bylinePrefixes);
    if (by || (NAME_LINE_RE.test(l.text) && !/\d/.test(l.text))) {
      const name = (by ? l.text.slice(by.length) : l.text).trim();
      if (!author || author === name) {
        author = name;
        authorLine = l;
      }
      kept.pop();
      continue;
    }
    const dm = DOMAIN_RE.exec(l.text);
    if (dm) {
      if (!outlet) outlet = dm[1].toLowerCase();
      kept.pop();
      continue;
    }
    break;
  }
  // Outlet at the head of the lede: "(Baothanhhoa.vn) - Sáng 26/4, ..." or "HÀ NỘI (TTXVN) -".
  let title: Line | null = null;
  for (let k = 0; k < Math.min(kept.length, 4); k++) {
    const l = lines[kept[k]];
    const m = OUTLET_HEAD_RE.exec(l.text);
    if (m) {
      const inner = m[1].trim();
      const dm = DOMAIN_RE.exec(inner);
      const o = dm ? dm[1].toLowerCase() : inner;
      if (!outlet || lex.nationalOutlets.has(outlet)) outlet = o;
    }
  }
  for (let k = 0; k < Math.min(kept.length, 3); k++) {
    const l = lines[kept[k]];
    if (OUTLET_HEAD_RE.test(l.text)) continue;
    if (l.text.length <= 250 && !/[.:;]$/u.test(l.text)) {
      title = l;
      break;
    }
  }
  return { lines, body: kept, title, author, authorLine, outlet, renderDate };
}
