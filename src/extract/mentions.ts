/**
 * Stage 6, mentions: small grammars over tokens and lexicon spans.
 *   person    = SURNAME + 1–3 title-case syllables, not after a place word, not a listed figure
 *   org       = UNIT (+ department/Khối name/number) UNIT* PLACE{0,2}
 *   role      = TITLE ORG?            ("Trưởng Dân vận Thành ủy" repairs to "Ban Dân vận")
 *   directive = DOC_TYPE "số"? SYMBOL ("ngày" DATE)? ("của" ISSUER)? ("về" SUBJECT)?
 *   date      = d/m[/yyyy] | d-m-yyyy | d "tháng" m "năm" yyyy, with its time word ("Sáng")
 * A sentence becomes a sequence of items that the relation grammars read.
 */
import type { Token } from './tokens';
import { joinNorm, joinText, tokenize } from './tokens';
import type {
  DistrictDef,
  Lexicon,
  PlaceGenericDef,
  ProvinceDef,
  TitleDef,
  UnitDef,
} from './lexicon';
import { entryOf, matchAt, spanAt, type LexSpan, type SpanIndex } from './spans';
import type { LexEntry } from './lexicon';
// Closed word lists of this grammar, kept as data a linguist can extend.
import wordLists from './lexicon/wordlists.json';
import docTypeData from './lexicon/doctypes.json';

/**
 * A unit that ends the name of the body before it. A site or operator known by its own name
 * (units of kind facility: "Khu kinh tế", "Cảng", "Bến xe") may stand inside another body's
 * name: "Ban Quản lý Khu kinh tế tỉnh X", "Tổng công ty Cảng hàng không Việt Nam".
 */
function endsName(e: LexEntry): boolean {
  return e.cat === 'unit' && e.def.kind !== 'facility' && !e.def.inName;
}

export interface OrgUnit {
  def: UnitDef;
  /** Department, Khối or number that completes the unit ("Nội vụ", "các cơ quan", "3"). */
  name: string | null;
}

export interface PlaceRef {
  level: string;
  /** "tỉnh", "thành phố", "huyện"... or null for a bare name. */
  generic: string | null;
  name: string | null;
  province: ProvinceDef | null;
  district: DistrictDef | null;
}

export interface OrgPhrase {
  units: OrgUnit[];
  places: PlaceRef[];
  /** "UBND các quận": a class of bodies, not one. */
  plural: boolean;
  start: number;
  end: number;
}

export interface PersonMention {
  name: string;
  start: number;
  end: number;
}

export interface RoleMention {
  title: string;
  org: OrgPhrase | null;
  /** "Phó Tổng Giám đốc công ty": the body is named by its unit alone, as the one named before. */
  unitRef?: string;
  /** No body was read, yet words other than a name follow the title ("Chủ tịch Nghiệp đoàn …", "Trưởng khoa Nội"). */
  unread?: boolean;
  start: number;
  end: number;
}

export interface DateMention {
  day: number;
  month: number;
  year: number | null;
  /** "sáng", "chiều", "ngày"...: the word before the date, lower case, or null. */
  timeWord: string | null;
  start: number;
  end: number;
}

export interface DirectiveMention {
  symbol: string;
  /** Bare number ("Kế hoạch số 29"), not a full sign. */
  bare: boolean;
  type: string | null;
  date: DateMention | null;
  issuer: OrgPhrase | null;
  /** A title heading the issuer ("Thủ tướng" + "Chính phủ"). */
  issuerTitle: string | null;
  subject: string | null;
  start: number;
  end: number;
}

export type Item =
  | { kind: 'person'; m: PersonMention }
  | { kind: 'role'; m: RoleMention }
  | { kind: 'org'; m: OrgPhrase }
  | { kind: 'directive'; m: DirectiveMention }
  | { kind: 'date'; m: DateMention }
  | {
      kind: 'word';
      norm: string;
      text: string;
      start: number;
      end: number;
      group: string | null;
      value: string | null;
    };

/**
 * Whether an item is one of these words. Parameters, not a rest list: the grammars ask this of
 * most items, and a rest list is an array allocated per call (extraction runs without inlining,
 * see tuneV8ForExtraction).
 */
export function isWord(
  it: Item | undefined,
  a: string,
  b?: string,
  c?: string,
  d?: string,
  e?: string,
  f?: string,
  g?: string,
  h?: string,
): boolean {
  if (!it || it.kind !== 'word') return false;
  const n = it.norm;
  return n === a || n === b || n === c || n === d || n === e || n === f || n === g || n === h;
}
/** A supervision verb ("giám sát", "kiểm tra", "khảo sát") or "làm việc (với)". */
export const isVerb = (it: Item): boolean =>
  it.kind === 'word' &&
  (it.group === 'supervisionVerbs' ||
    (it.group === 'targetMarkers' && it.norm.startsWith('làm việc')));

/** The lexicon group of a word item. */
export const group = (it: Item | undefined): string | null =>
  it && it.kind === 'word' ? it.group : null;

/** The first index in [from, to) whose item satisfies pred, or -1. */
export function firstIndex(
  items: Item[],
  from: number,
  pred: (it: Item) => boolean,
  to = items.length,
): number {
  for (let i = from; i < to; i++) if (pred(items[i])) return i;
  return -1;
}

/** Tokens that end a document's subject ("về …") outside quotes. */
const SUBJECT_ENDS = new Set(['.', ';', '"', ')', '…', '!', '?']);
/** Words that may follow a number of a directive list ('… 935, 936 của …', '9, 10 và 11'). */
const LIST_FRAMES = new Set(wordLists.directiveListFrames.words);
/** Words that may stand between a document type and "số" ("Quyết định mang số 2356"). */
const NUMBER_LEADS = new Set(docTypeData.numberLeads);
/** Counts and measures after a bare number: "kế hoạch 100 ngày", "Kế hoạch 6 tháng" name no document. */
const QUANTITY_WORDS = new Set(docTypeData.quantityWords.map((w: string) => w.toLowerCase()));
/** A bare number that can be a document's, not a year ("ban hành Kế hoạch 2017"). */
const issuedNumber = (n: string): boolean => +n < 1990 || +n > 2040;
const SYMBOL_RE = /^\d+[a-zA-Z]?(?:\/\d{4})?(?:[-/][\p{L}\d&.]+)+$/u;
const HAS_UPPER_RE = /\p{Lu}/u;
/** "2/11", "5-9-2022", "19.10.2011" (dots as several outlets write dates). */
const DM_RE = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?$/;
/**
 * Most tokens of a unit's name, dashes included ("Giáo dục nghề nghiệp - Giáo dục thường xuyên",
 * "Kỹ thuật an toàn và Môi trường công nghiệp"): official names of centres and Cục run that long.
 */
const UNIT_NAME_MAX = 11;
/** Lower-case verbs of speech or report that end a unit's name ("… Yên Tử nhận định"). */
const NAME_END_VERBS = new Set(wordLists.unitNameEndVerbs.words);
/** "… Kẻ Bàng ông Nguyễn …": a lower-case person marker before a name ends a unit's name. */
const NAME_END_PERSON = new Set(wordLists.unitNameEndPersonMarkers.words);
/** Byline abbreviations ("Cục Hàng hải Việt Nam PV: …", "(Sở Văn hóa - PV)"): not a word of it. */
const NAME_END_BYLINES = new Set(wordLists.unitNameEndBylines.words);
/** Words that begin with a place kind yet name no place ("xã hội" = society). */
const WORDS_NOT_PLACES = new Set(wordLists.wordsNotPlaces.words);
const NAME_STOP = new Set([
  'đã',
  'và',
  'của',
  'tại',
  'với',
  'về',
  'làm',
  'phát',
  'có',
  'cho',
  'được',
  'đến',
  'trong',
  'là',
  'do',
  'đề',
  'cùng',
  'tiến',
  'khóa',
  'khoá',
  'thuộc',
  'theo',
  'nhằm',
  'để',
  'ghi',
  'báo',
  'tham',
  'chủ',
  'dự',
  'cũng',
  'vừa',
  'sẽ',
  'đang',
  'các',
  'này',
  'đó',
  'kiểm',
  'giám',
  'khảo',
  'trao',
  'tặng',
  'nêu',
  'nhấn',
  'yêu',
  'chỉ',
  'đánh',
  'lưu',
  'tiếp',
  'đi',
  'thăm',
  // "Cục trưởng Cục Kiểm lâm hôm 6/2 cho rằng": a time word ends a body's name.
  'hôm',
]);
/** Words that never open a place's name after its kind ("TP. Các cán bộ …" spans two sentences). */
const PLACE_STOP = new Set([
  'các',
  'những',
  'theo',
  'trong',
  'tại',
  'sau',
  'khi',
  'với',
  'về',
  'để',
]);
const HAS_DIGIT_RE = /\d/;
/** Words after a time word that make it one ("Sáng nay", "chiều qua", "sáng cùng ngày"). */
const TIME_WORD_FOLLOWERS = new Set(['nay', 'qua', 'mai', 'hôm', 'cùng', 'ngày', '(']);
/** Syllables of NAME_STOP that end a name only as the first syllable of these verbs. */
const VERB_TAILS = new Map<string, string[]>([
  ['tiến', ['hành']],
  ['phát', ['biểu', 'hiện', 'động']],
  ['tham', ['gia', 'dự', 'mưu', 'quan']],
]);
/** Function words that end a lower-case body name ("Ban bồi thường giải phóng mặt bằng quận …"). */
const LOWER_NAME_STOP = new Set([
  'và',
  'của',
  'là',
  'được',
  'đã',
  'cho',
  'tại',
  'với',
  'về',
  'để',
  'có',
]);
const SIGN_PART_RE = /^\p{Lu}[\p{Lu}Đ&]{1,9}$/u;
/** A document's number and year without its sign: "155/2016". */
const NUMBER_YEAR_RE = /^\d{1,5}\/(?:19|20)\d\d$/;
/** What may follow an issuer written without "của" right after a directive's number or date. */
const ISSUER_FOLLOWERS = new Set(['về', ',', '.', ';', ')', 'khóa', 'khoá', 'ngày']);
/** A sign without its number ("CT/TW", "QĐ-UBND"). */
const SPLIT_SIGN_RE = /^\p{Lu}[\p{L}Đ&]{0,9}(?:[/-]\p{Lu}[\p{L}\dĐ&]{0,12})+$/u;
const ABBREV_RE = /^\p{Lu}[\p{Lu}\d&\-.]+$/u;
const GLUED_PLACE_RE = /^(\p{Lu}{1,2})\.(\p{Lu}[\p{Ll}\p{M}]*|\d+)$/u;
const GENERIC_ABBREVS = new Map<string, PlaceGenericDef | null>();
const TITLE_FIRST = new WeakMap<Lexicon, Set<string>>();
/** First syllables of the titles: where a lower-case title may start. */
function titleFirstWords(lex: Lexicon): Set<string> {
  let s = TITLE_FIRST.get(lex);
  if (!s) {
    s = new Set(lex.titles.map((t) => tokenize(t.phrase)[0]?.norm ?? ''));
    TITLE_FIRST.set(lex, s);
  }
  return s;
}
/** The canonical title's own words for its first syllables ("Phó Chánh" of "Phó Chánh Thanh tra"). */
function titleDisplay(written: string, canonical: string): string {
  const n = written.split(' ').length;
  return canonical.split(' ').slice(0, n).join(' ');
}
const normWordsKey = (s: string): string =>
  tokenize(s)
    .map((t) => t.norm)
    .join(' ');
const APOSTROPHE_NAME_RE = /^\p{Lu}'\p{Lu}[\p{Ll}\p{M}]*$/u;
const TIME_WORDS = new Set(['sáng', 'chiều', 'tối', 'trưa', 'ngày', 'đêm', 'hôm', 'từ', 'đến']);
/** Time words that name a day, not a range's ends ("từ", "đến"). */
const DAY_TIME_WORDS = new Set(['sáng', 'chiều', 'tối', 'trưa', 'ngày', 'đêm']);
const SPACED_DATE_SEPS = new Set(['-', '–', '/']);
const SPACED_DATE_ENDS = new Set([',', '.', ';', ':', ')']);

/** The sign parts of a symbol: "802/QĐ-UBND" → ["QĐ", "UBND"]. */
export function signParts(symbol: string): string[] {
  return symbol
    .replace(/^\d+[a-zA-Z]?(?:\/\d{4})?/, '')
    .split(/[-/]/)
    .filter(Boolean);
}

export function isSymbolToken(t: Token | undefined): boolean {
  // Every sign has a digit (SYMBOL_RE): the token's flag spares three regex tests per word.
  return (
    !!t && t.hasDigit && SYMBOL_RE.test(t.text) && HAS_UPPER_RE.test(t.text) && !DM_RE.test(t.text)
  );
}

function validDate(d: number, m: number, y: number | null): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12 && (y === null || (y >= 1945 && y <= 2100));
}

/** The grammars over one document's tokens. */
export class MentionParser {
  constructor(
    readonly tokens: Token[],
    readonly spans: SpanIndex | null,
    readonly lex: Lexicon,
  ) {}

  span(i: number): LexSpan | null {
    if (this.spans) return spanAt(this.tokens, this.spans, i, this.lex);
    if (i >= this.tokens.length) return null;
    return this.tokens[i].word ? matchAt(this.tokens, i, this.lex) : null;
  }

  /** A span starting at i even if the one-pass segmentation put i inside another phrase. */
  fresh(i: number): LexSpan | null {
    if (this.spans) return spanAt(this.tokens, this.spans, i, this.lex);
    if (i >= this.tokens.length || !this.tokens[i].word) return null;
    let m = this.memo.get(i);
    if (m === undefined) {
      m = matchAt(this.tokens, i, this.lex);
      this.memo.set(i, m);
    }
    return m;
  }

  private readonly memo = new Map<number, LexSpan | null>();

  /**
   * Longest phrase of one category at i whatever the case ("Sở tài nguyên – môi trường", "phó
   * bí thư"): for words whose place in the phrase already tells what they are. En dashes read as
   * hyphens.
   */
  anyCase<C extends LexEntry['cat']>(
    i: number,
    cat: C,
  ): { e: Extract<LexEntry, { cat: C }>; end: number } | null {
    let node = this.lex.trie.root;
    let best: { e: Extract<LexEntry, { cat: C }>; end: number } | null = null;
    for (let j = i; j < this.tokens.length; j++) {
      const t = this.tokens[j];
      const n = node.next.get(t.text === '–' ? '-' : t.norm);
      if (!n) break;
      node = n;
      for (const e of n.entries)
        if (e.cat === cat) {
          best = { e: e as Extract<LexEntry, { cat: C }>, end: j + 1 };
          break;
        }
    }
    return best;
  }

  /**
   * "Q.Tân Phú", "TP.Tuy Hòa", "Q.1": a place kind abbreviated and glued to the first syllable of
   * the name (the abbreviation with its dot is a place generic of the lexicon).
   */
  private gluedPlace(i: number): { p: PlaceRef; end: number } | null {
    const t = this.tokens[i];
    const m = t && t.cap ? GLUED_PLACE_RE.exec(t.text) : null;
    if (!m) return null;
    const g = this.genericOf(`${m[1]}.`);
    if (!g) return null;
    const parts = [m[2]];
    let j = i + 1;
    // "TP.Hải Phòng": a known province or district name first, even if a syllable is also a unit.
    for (let n = 2; n >= 1 && !HAS_DIGIT_RE.test(m[2]); n--) {
      const more = this.tokens.slice(i + 1, i + 1 + n);
      if (more.length < n || !more.every((t) => t.titleCase)) continue;
      const key = normWordsKey([m[2], ...more.map((t) => t.text)].join(' '));
      if (this.lex.provinceByName.has(key) || this.lex.districts.has(key)) {
        parts.push(...more.map((t) => t.text));
        j = i + 1 + n;
        break;
      }
    }
    if (j === i + 1 && !HAS_DIGIT_RE.test(m[2])) {
      while (j < this.tokens.length && j < i + 3 && this.tokens[j].titleCase) {
        if (this.looksLikeFullName(j)) break;
        const s = this.fresh(j);
        if (s && s.entries.some((e) => e.cat === 'title' || e.cat === 'unit')) break;
        if (entryOf(s, 'surname') && this.tokens[j + 1]?.titleCase) break;
        parts.push(this.tokens[j].text);
        j++;
      }
    }
    const name = parts.join(' ');
    const key = normWordsKey(name);
    const province = this.lex.provinceByName.get(key) ?? null;
    const district = province ? null : (this.lex.districts.get(key) ?? null);
    const p: PlaceRef = {
      level: province && g.level === 'province' ? 'province' : g.level,
      generic: g.canonical,
      name: province ? province.name : name,
      province,
      district,
    };
    return { p, end: j };
  }

  private genericOf(abbrev: string): PlaceGenericDef | null {
    let g = GENERIC_ABBREVS.get(abbrev);
    if (g === undefined) {
      const toks = tokenize(abbrev);
      const sp = matchAt(toks, 0, this.lex);
      const e = sp && sp.end === toks.length ? entryOf(sp, 'placeGeneric') : undefined;
      g = e ? e.def : null;
      GENERIC_ABBREVS.set(abbrev, g);
    }
    return g;
  }

  text(i: number, j: number): string {
    return joinText(this.tokens, i, j);
  }

  // ---------- dates ----------
  parseDate(i: number): { m: DateMention; end: number } | null {
    const t = this.tokens[i];
    if (!t) return null;
    const prev = this.tokens[i - 1];
    let timeWord = prev && TIME_WORDS.has(prev.norm) ? prev.norm : null;
    // "Sáng nay (2/7)": the day in brackets after "<time word> nay".
    const tw = this.tokens[i - 3];
    if (!timeWord && prev?.text === '(' && this.tokens[i - 2]?.norm === 'nay' && tw)
      timeWord = TIME_WORDS.has(tw.norm) ? tw.norm : null;
    const dm = DM_RE.exec(t.text);
    if (dm) {
      const d = +dm[1];
      const mo = +dm[3];
      const y = dm[4] ? +dm[4] : null;
      if (!validDate(d, mo, y)) return null;
      // "2/11" alone is a date only after a time word; "30/7/2021" always.
      if (y === null && !timeWord) return null;
      // "từ 1.5 đến 2.5 triệu": a dotted pair after "từ"/"đến" is a decimal.
      if (y === null && dm[2] === '.' && (timeWord === 'từ' || timeWord === 'đến')) return null;
      return {
        m: { day: d, month: mo, year: y, timeWord, start: t.start, end: t.end },
        end: i + 1,
      };
    }
    // "Ngày 15 – 5,", "Ngày 9 / 7,": day and month written apart, after a time word of the day
    // ("từ 3 - 5" is a range), ending its phrase ("ngày 6 - 7/7" is a span of days).
    const sep = this.tokens[i + 1];
    const mo2 = this.tokens[i + 2];
    const after = this.tokens[i + 3];
    if (
      t.digits &&
      sep &&
      SPACED_DATE_SEPS.has(sep.text) &&
      mo2?.digits &&
      timeWord &&
      DAY_TIME_WORDS.has(timeWord) &&
      (!after || SPACED_DATE_ENDS.has(after.text)) &&
      validDate(+t.text, +mo2.text, null) &&
      t.text.length <= 2 &&
      mo2.text.length <= 2
    ) {
      const m = {
        day: +t.text,
        month: +mo2.text,
        year: null,
        timeWord,
        start: t.start,
        end: mo2.end,
      };
      return { m, end: i + 3 };
    }
    if (t.digits && this.tokens[i + 1]?.norm === 'tháng' && this.tokens[i + 2]?.digits) {
      const d = +t.text;
      const mo = +this.tokens[i + 2].text;
      let y: number | null = null;
      let end = i + 3;
      if (this.tokens[end]?.norm === 'năm' && this.tokens[end + 1]?.digits) {
        y = +this.tokens[end + 1].text;
        end += 2;
      }
      if (!validDate(d, mo, y)) return null;
      return {
        m: { day: d, month: mo, year: y, timeWord, start: t.start, end: this.tokens[end - 1].end },
        end,
      };
    }
    return null;
  }

  // ---------- organisations ----------
  private placeAt(i: number): { p: PlaceRef; end: number } | null {
    const sp = this.fresh(i);
    const g = entryOf(sp, 'placeGeneric');
    if (sp && g) {
      return this.placeAfterGeneric(g.def, sp.end);
    }
    const pr = entryOf(sp, 'province');
    if (sp && pr && (!pr.def.needsPrefix || pr.alias)) {
      const p: PlaceRef = {
        level: 'province',
        generic: null,
        name: pr.def.name,
        province: pr.def,
        district: null,
      };
      return { p, end: sp.end };
    }
    const di = entryOf(sp, 'district');
    if (sp && di) {
      const p: PlaceRef = {
        level: 'district',
        generic: null,
        name: this.text(i, sp.end),
        province: null,
        district: di.def,
      };
      return { p, end: sp.end };
    }
    return sp ? null : this.gluedPlace(i);
  }

  private placeAfterGeneric(g: PlaceGenericDef, k: number): { p: PlaceRef; end: number } {
    const p: PlaceRef = {
      level: g.level,
      generic: g.canonical,
      name: null,
      province: null,
      district: null,
    };
    const sp = this.fresh(k);
    const pr = entryOf(sp, 'province');
    const di = entryOf(sp, 'district');
    if (sp && pr) {
      p.name = pr.def.name;
      p.province = pr.def;
      if (g.level === 'province') p.level = 'province';
      return { p, end: sp.end };
    }
    if (sp && di) {
      p.name = this.text(k, sp.end);
      p.district = di.def;
      return { p, end: sp.end };
    }
    const t = this.tokens[k];
    if (t && t.digits) {
      p.name = t.text;
      return { p, end: k + 1 };
    }
    // "tỉnh" names only a province; "UBND tỉnh Phạm Văn A" is a title before a person.
    if (g.level === 'province') return { p, end: k };
    if (this.looksLikeFullName(k)) return { p, end: k };
    let j = k;
    // "… Công nghệ cao TP. Các cán bộ …": a function word opening the next sentence is no name.
    if (PLACE_STOP.has(this.tokens[k]?.norm ?? '')) return { p, end: k };
    while (j < this.tokens.length && j < k + 3 && this.tokens[j].titleCase) {
      const s = this.fresh(j);
      if (
        s &&
        s.entries.some((e) => e.cat === 'title' || e.cat === 'unit' || e.cat === 'placeGeneric')
      )
        break;
      // "xã Phước Đồng Lê Văn Tám": a surname-like syllable before a full name ends the place.
      if (
        j > k &&
        s &&
        entryOf(s, 'surname') &&
        this.tokens[j + 1]?.titleCase &&
        !this.looksLikeFullName(j + 1)
      )
        break;
      j++;
    }
    if (j > k) p.name = this.text(k, j);
    return { p, end: j };
  }

  /**
   * End of a department or company name after "Sở", "Vụ", "Ban", "Công ty": a capitalised word,
   * then lower-case or capitalised words ("Cải cách hành chính", "Chính sách - Pháp luật",
   * "TNHH Giày da Phú Thịnh", "Địa phương V") up to punctuation, a function word or a new unit.
   */
  private unitNameEnd(
    k: number,
    capitalisedOnly = false,
    personNamed = false,
    wordTails = false,
  ): number {
    const first = this.tokens[k];
    if (!first || !first.cap || !first.word) return k;
    const s0 = this.fresh(k);
    if (s0 && s0.entries.some((e) => endsName(e) || e.cat === 'title' || e.cat === 'placeGeneric'))
      return k;
    // "Trường THPT Chu Văn An": a school named after a person begins with that full name.
    let j = personNamed && this.looksLikeFullName(k) ? k + 3 : k + 1;
    // "Cảng Hải Phòng": a place opening the name is read whole ("Phòng" is also a unit).
    if (s0 && s0.end > j && (entryOf(s0, 'province') || entryOf(s0, 'district'))) j = s0.end;
    while (j < this.tokens.length && j < k + UNIT_NAME_MAX) {
      const t = this.tokens[j];
      // "Viện Hàn lâm KHXH Việt Nam cam kết …": a national name ends at "Việt Nam" (its branch
      // goes on: "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh X").
      if (
        !t.cap &&
        t.norm !== 'chi' &&
        this.tokens[j - 1].norm === 'nam' &&
        this.tokens[j - 2]?.norm === 'việt'
      )
        break;
      // "Sở Tài nguyên - Vừa qua, …": a dash before a word that ends names opens a new clause.
      if ((t.text === '-' || t.text === '–') && this.tokens[j + 1]?.cap && !this.stopsName(j + 1)) {
        j += 2;
        continue;
      }
      // "Cục Khảo thí và Kiểm định chất lượng": "và" before a capitalised word that opens no other
      // body, title or place joins two fields of one name.
      // So in a company's name after its legal form, after a word's lower-case syllable ("Công ty
      // Cổ phần Đầu tư và Phát triển X", not "Công ty Cổ phần Dệt Quế Võ và Chi nhánh …").
      const fields = !capitalisedOnly || (wordTails && !this.tokens[j - 1].cap);
      if (t.norm === 'và' && fields && this.joinsFields(j + 1)) {
        j += 2;
        continue;
      }
      // "Trường THPT Thuận Thành số 1": a number closes the name.
      if (t.norm === 'số' && this.tokens[j + 1]?.digits) {
        j += 2;
        break;
      }
      if (!t.word || this.stopsName(j) || this.endsUnitName(j)) break;
      // In a company name a lower-case word only runs between capitalised ones ("Giày da Phú Thịnh").
      // With word tails, one lower-case syllable finishes the capitalised word before it ("Cộng sản").
      // A two-word capitalised run is whole ("Toàn Cầu đưa …", "Hưng Thịnh khi …").
      const tail = wordTails && this.tokens[j - 1]?.cap && !(j - 2 >= k && this.tokens[j - 2].cap);
      if (
        capitalisedOnly &&
        !t.cap &&
        !tail &&
        !this.tokens[j + 1]?.titleCase &&
        !this.lowerRunToPlace(j)
      )
        break;
      // "Trung tâm Bảo trợ xã hội tỉnh X": "xã hội" (society) is a word of the name, not a commune.
      if (!t.cap && WORDS_NOT_PLACES.has(`${t.norm} ${this.tokens[j + 1]?.norm ?? ''}`)) {
        j += 2;
        continue;
      }
      const s = this.fresh(j);
      if (
        s &&
        s.entries.some(
          (e) =>
            endsName(e) ||
            e.cat === 'title' ||
            e.cat === 'placeGeneric' ||
            e.cat === 'province' ||
            e.cat === 'trigger' ||
            e.cat === 'docType',
        )
      )
        break;
      // "Công ty TNHH Nguyễn Hưng": a two-syllable person's name right after a legal form's
      // abbreviation is the company's name ("Tập đoàn TKV Lê Minh Chuẩn" names its head).
      const legal =
        capitalisedOnly && j === k + 1 && ABBREV_RE.test(first.text) && !this.looksLikeFullName(j);
      if (t.cap && entryOf(s, 'surname') && this.tokens[j + 1]?.titleCase && !legal) break;
      j++;
    }
    return j;
  }

  /**
   * "Công ty TNHH MTV Cấp thoát nước Quảng Ngãi", "Công ty Môi trường đô thị Đà Nẵng": lower-case
   * words of a company's name run on (three at most, none a function word) when the province or
   * district the name ends with follows them.
   */
  private lowerRunToPlace(j: number): boolean {
    for (let q = j; q < this.tokens.length && q < j + 4; q++) {
      const t = this.tokens[q];
      if (t.cap) {
        const s = this.fresh(q);
        return !!entryOf(s, 'province') || !!entryOf(s, 'district');
      }
      if (!t.word || this.stopsName(q) || LOWER_NAME_STOP.has(t.norm) || this.endsUnitName(q))
        return false;
    }
    return false;
  }

  /** A verb of speech, a person marker before a name or a byline: the unit's name ended before j. */
  private endsUnitName(j: number): boolean {
    const t = this.tokens[j];
    const nx = this.tokens[j + 1];
    if (NAME_END_BYLINES.has(t.text)) return !nx?.titleCase;
    if (t.cap) return false;
    if (NAME_END_PERSON.has(t.norm)) return !!nx?.titleCase;
    return NAME_END_VERBS.has(`${t.norm} ${nx?.norm ?? ''}`);
  }

  /** The end of a company name opening with up to five lower-case words after its legal form, or k. */
  private lowerLegalName(k: number): number {
    for (let j = k; j < this.tokens.length && j < k + 6; j++) {
      const t = this.tokens[j];
      if (j > k && t.cap) {
        const e = this.unitNameEnd(j, true);
        return e > j ? e : k;
      }
      if (!t.word || t.cap || this.stopsName(j) || LOWER_NAME_STOP.has(t.norm)) return k;
      const s = this.fresh(j);
      if (s && s.entries.some((e) => e.cat !== 'dept')) return k;
    }
    return k;
  }

  /** A capitalised word after "và" that goes on with a name: not a body, title, place or person. */
  private joinsFields(j: number): boolean {
    const t = this.tokens[j];
    if (!t?.word || !t.titleCase) return false;
    const s = this.fresh(j);
    if (s && s.entries.some((e) => e.cat !== 'dept')) return false;
    return !this.looksLikeFullName(j);
  }

  /**
   * A word that ends a body's name. A verb's first syllable ends it only with the rest of the verb
   * ("tiến hành", "phát biểu"): "Trung tâm Xúc tiến Đầu tư", "Sở Phát triển …" run on.
   */
  private stopsName(j: number): boolean {
    const n = this.tokens[j].norm;
    if (!NAME_STOP.has(n)) return false;
    const tails = VERB_TAILS.get(n);
    return !tails || tails.includes(this.tokens[j + 1]?.norm ?? '');
  }

  /** The place after a board's name that went on past k (words and "năm 2017"), or k. */
  private boardNameToPlace(k: number): number {
    for (let j = k; j < this.tokens.length && j < k + 6; j++) {
      const t = this.tokens[j];
      if (j > k && entryOf(this.fresh(j), 'placeGeneric')) return this.placeAt(j) ? j : k;
      const year = t.digits && this.tokens[j - 1]?.norm === 'năm';
      if (!year && (!t.word || this.stopsName(j) || LOWER_NAME_STOP.has(t.norm))) return k;
    }
    return k;
  }

  private lowerNameToPlace(k: number, toName = false, owners?: string[]): number {
    for (let j = k; j < this.tokens.length && j < k + 8; j++) {
      const t = this.tokens[j];
      // "Cục trưởng Cục phòng chống tham nhũng Phạm Trọng Đạt": a central body (no place of its
      // own) runs up to the holder's full name.
      if (toName && j > k && t.cap && this.looksLikeFullName(j)) return j;
      // "Trưởng phòng cảnh sát hình sự Công an tỉnh X": or up to the body it belongs to.
      const owner = j > k && t.cap && owners ? entryOf(this.fresh(j), 'unit') : undefined;
      if (owner && owners?.includes(owner.def.kind)) return j;
      if (j > k && (t.cap || entryOf(this.fresh(j), 'placeGeneric')))
        return this.placeAt(j) ? j : k;
      if (!t.word || t.cap || LOWER_NAME_STOP.has(t.norm)) return k;
    }
    return k;
  }

  /**
   * The end of "(UBTW MTTQ)" at i: one to three abbreviations in brackets, none a place; or i.
   */
  private bracketedAbbrev(i: number): number {
    if (this.tokens[i]?.text !== '(') return i;
    let k = i + 1;
    while (k < i + 4 && ABBREV_RE.test(this.tokens[k]?.text ?? '') && !this.placeAt(k)) k++;
    return k > i + 1 && this.tokens[k]?.text === ')' ? k + 1 : i;
  }

  /** The longest unit at i whose name is split by an abbreviation in brackets, or null. */
  private unitAcrossBracket(i: number): { def: UnitDef; end: number } | null {
    const t0 = this.tokens[i];
    if (!t0?.cap || !t0.word) return null;
    let node = this.lex.trie.root;
    let crossed = false;
    let best: { def: UnitDef; end: number } | null = null;
    for (let j = i; j < this.tokens.length; j++) {
      if (j > i && this.tokens[j].text === '(' && !crossed) {
        const after = this.bracketedAbbrev(j);
        if (after > j) {
          crossed = true;
          j = after;
          if (j >= this.tokens.length) break;
        }
      }
      const n = node.next.get(this.tokens[j].norm);
      if (!n) break;
      node = n;
      if (!crossed) continue;
      for (const e of n.entries)
        if (e.cat === 'unit') {
          best = { def: e.def, end: j + 1 };
          break;
        }
    }
    return best;
  }

  /**
   * The owner of a unit that needs one, named at j in brackets ("(HĐND TP Hà Nội)") or after
   * "thuộc"/"của": its units and places, and where it ends; or null.
   */
  private ownerOf(last: UnitDef, j: number): { m: OrgPhrase; end: number } | null {
    const t = this.tokens[j];
    if (!last.needs || !t) return null;
    const bracket = t.text === '(';
    if (!bracket && t.norm !== 'thuộc' && t.norm !== 'của') return null;
    const o = this.parseOrg(j + 1);
    if (!o || o.m.plural || o.m.units[0].def.needs) return null;
    if (!bracket) return o;
    return this.tokens[o.end]?.text === ')' ? { m: o.m, end: o.end + 1 } : null;
  }

  parseOrg(i: number, afterTitle = false): { m: OrgPhrase; end: number } | null {
    const units: OrgUnit[] = [];
    const places: PlaceRef[] = [];
    let j = i;
    let plural = false;
    while (j < this.tokens.length) {
      const sp = this.fresh(j);
      let u = entryOf(sp, 'unit')?.def;
      let next = sp ? sp.end : j;
      if (!u && afterTitle && units.length === 0) {
        // "Trưởng Dân vận Thành ủy": the "Ban" is missing.
        const b = entryOf(sp, 'board');
        if (b) u = this.lex.unitByPhrase.get(`ban ${b.name.toLowerCase()}`);
        // "Trưởng ban Tuyên giáo Trung ương": the central board named after a lower-case "ban".
        const central =
          b && this.tokens[next]?.norm === 'trung' && this.tokens[next + 1]?.norm === 'ương';
        const cu = central
          ? this.lex.unitByPhrase.get(`ban ${b.name.toLowerCase()} trung ương`)
          : null;
        if (cu) {
          u = cu;
          next += 2;
        }
        // "Giám đốc sở Tư pháp": after a title a body may be written in lower case.
        if (!u && this.tokens[j]?.word && !this.tokens[j].cap) {
          const lu = this.anyCase(j, 'unit');
          if (lu) {
            u = lu.e.def;
            next = lu.end;
          }
        }
      }
      // "Ủy ban Trung ương Mặt trận Tổ quốc (UBTW MTTQ) Việt Nam": the abbreviation in brackets
      // inside the name is skipped.
      const across = this.unitAcrossBracket(j);
      if (across && across.end > next) {
        u = across.def;
        next = across.end;
      }
      if (!u || (!sp && next === j && !across)) break;
      const unit: OrgUnit = { def: u, name: null };
      if (u.takes === 'name') {
        const ds = this.fresh(next);
        // "Công ty Cổ phần Xây dựng Coteccons": after a legal form a department's name opens a longer
        // name.
        const d = u.legalForm ? undefined : entryOf(ds, 'dept');
        // "Bộ xây dựng", "Sở tài nguyên – môi trường": a department named in lower case.
        const lower = this.tokens[next]?.word && !(u.legalForm && this.tokens[next].cap);
        const dl = !d && lower ? this.anyCase(next, 'dept') : null;
        if (ds && d) {
          unit.name = this.lex.departmentExpand.get(d.name) ?? d.name;
          next = ds.end;
        } else if (dl) {
          unit.name = this.lex.departmentExpand.get(dl.e.name) ?? dl.e.name;
          next = dl.end;
        } else {
          // Company and school names are capitalised throughout; department names run on in lower
          // case.
          const school = u.kind === 'school';
          let k = this.unitNameEnd(
            next,
            // A site's name is capitalised throughout ("Bến xe Mỹ Đình", "KCN Quang Minh").
            u.kind === 'enterprise' || u.kind === 'facility' || school || !!u.capitalised,
            school,
            // "Công ty Cổ phần Bất động sản X": after a legal form a word's lower-case syllable runs on.
            u.capitalised || u.legalForm,
          );
          // "Công ty Cổ phần Tập đoàn Hòa Phát": after a legal form the name may open with a group's
          // unit ("Tập đoàn", "Tổng công ty").
          const gs = k === next && u.legalForm ? this.fresh(next) : null;
          if (gs && entryOf(gs, 'unit')?.def.kind === 'enterprise') {
            const ge = this.unitNameEnd(gs.end, true, false, true);
            if (ge > gs.end) k = ge;
          }
          // "Công ty Cổ phần đầu tư khai thác ga Quốc tế Đà Nẵng": after a legal form the name may
          // open with lower-case words before its capitalised part.
          if (k === next && u.legalForm) k = this.lowerLegalName(next);
          // "Phó Trưởng Ban bồi thường giải phóng mặt bằng Q.Tân Phú": a board named in lower case
          // after a title, up to the place it belongs to.
          if (k === next && afterTitle && units.length === 0)
            k = this.lowerNameToPlace(next, u.level === 'central', u.owners);
          // "(Trưởng) Ban Chỉ đạo Kỳ thi THPT quốc gia năm 2017 tỉnh Yên Bái": a long board name
          // runs on to the place it belongs to.
          else if (k > next && u.kind === 'board' && !this.placeAt(k)) k = this.boardNameToPlace(k);
          if (k === next) {
            if (units.length === 0) return null;
            break;
          }
          unit.name = this.text(next, k).replace(/ - /g, ' - ');
          next = k;
        }
      } else if (u.takes === 'khoi') {
        const ks = this.fresh(next);
        const kh = entryOf(ks, 'khoi');
        if (ks && kh) {
          unit.name = this.lex.khoiExpand.get(kh.name) ?? this.text(next, ks.end);
          next = ks.end;
        } else if (u.requiresTake) break;
      } else if (u.takes === 'number') {
        let k = next;
        if (this.tokens[k]?.norm === 'số') k++;
        if (this.tokens[k]?.digits) {
          unit.name = this.tokens[k].text;
          next = k + 1;
        }
      }
      // "Ban Tổ chức - Kiểm tra": a board named by two fields.
      if (
        !unit.name &&
        /board/.test(u.kind) &&
        (this.tokens[next]?.text === '-' || this.tokens[next]?.text === '–') &&
        this.tokens[next + 1]?.titleCase
      ) {
        const f = this.fresh(next + 1);
        if (!f || !f.entries.some((e) => e.cat === 'unit')) {
          const from = next + 1;
          next += 2;
          while (
            next < this.tokens.length &&
            !this.tokens[next].cap &&
            this.tokens[next].word &&
            !NAME_STOP.has(this.tokens[next].norm) &&
            !this.fresh(next)
          )
            next++;
          unit.name = `- ${this.text(from, next)}`;
        }
      }
      units.push(unit);
      j = next;
      // "Ban Dân vận (BDV) Tỉnh ủy": an abbreviation in brackets between two units.
      const ab = this.bracketedAbbrev(j);
      if (ab > j && entryOf(this.fresh(ab), 'unit')) j = ab;
      if (this.tokens[j]?.norm === 'các') {
        plural = true;
        break;
      }
      // "Đảng ủy Khối" is complete; a place or nothing follows.
    }
    if (units.length === 0) return null;
    // "Ban Kinh tế - Ngân sách (HĐND TP Hà Nội)", "Ban Pháp chế thuộc HĐND tỉnh": a board that
    // needs its owner names it in brackets or after "thuộc"/"của".
    const owned = plural ? null : this.ownerOf(units[units.length - 1].def, j);
    if (owned) {
      units.push(...owned.m.units);
      places.push(...owned.m.places);
      j = owned.end;
    }
    // "Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội": the abbreviation in brackets is the same body.
    const ab = owned ? j : this.bracketedAbbrev(j);
    if (ab > j) j = ab;
    if (!plural && !owned) {
      for (let n = 0; n < 2 && j < this.tokens.length; n++) {
        const pl = this.placeAt(j);
        if (!pl) break;
        // "Tổng Công ty Tân cảng Sài Gòn", "Công ty Vàng bạc đá quý Sài Gòn": a company's name keeps
        // the place as written when that is another name of it, not an abbreviation.
        const own =
          units[units.length - 1]?.def.kind === 'enterprise' &&
          !pl.p.generic &&
          this.tokens.slice(j, pl.end).every((t) => t.titleCase);
        places.push(own ? { ...pl.p, name: this.text(j, pl.end) } : pl.p);
        j = pl.end;
        if (pl.p.generic && !pl.p.name) break;
      }
      // "Đảng ủy phường 5 thuộc Đảng bộ thành phố Cà Mau", "UBND xã A thuộc huyện B": the larger
      // place a commune's or district's body belongs to.
      const low = places.length === 1 && !places[0].province ? places[0].level : null;
      if ((low === 'commune' || low === 'district') && this.tokens[j]?.norm === 'thuộc') {
        const pl = this.placeAt(j + 1);
        const o = pl ? null : this.parseOrg(j + 1);
        const up = pl
          ? { ps: [pl.p], end: pl.end }
          : o && o.m.units.every((u) => u.def.kind === 'party-committee')
            ? { ps: o.m.places, end: o.end }
            : null;
        if (up && up.ps.length > 0 && up.ps[0].level !== low) {
          places.push(...up.ps);
          j = up.end;
        }
      }
    }
    // "Cục trưởng Cục Quản lý thị trường, Bộ Công Thương", "Chủ nhiệm Ủy ban Kinh tế của Quốc
    // hội": the body it belongs to after a comma or "của".
    const owners = units[units.length - 1].def.owners;
    const ownerSep = this.tokens[j]?.text === ',' || this.tokens[j]?.norm === 'của';
    if (afterTitle && owners && !plural && places.length === 0 && ownerSep) {
      const o = this.parseOrg(j + 1);
      if (o && !o.m.plural && owners.includes(o.m.units[0].def.kind)) {
        units.push(...o.m.units);
        places.push(...o.m.places);
        j = o.end;
      }
    }
    // "UBND Q.1 (TP.HCM)": the province in brackets after a lower place adds nothing.
    if (places.length > 0 && places[0].level !== 'province' && this.tokens[j]?.text === '(') {
      const pl = this.placeAt(j + 1);
      if (pl && pl.p.province && this.tokens[pl.end]?.text === ')') j = pl.end + 1;
    }
    if (this.tokens[j]?.norm === 'các' && this.tokens[j + 1]?.norm === 'cấp') plural = true;
    if (
      this.tokens[j]?.norm === 'việt' &&
      this.tokens[j + 1]?.norm === 'nam' &&
      this.tokens[j + 2]?.norm === 'các'
    )
      plural = true;
    const last = units[units.length - 1].def;
    if (last.requiresParent && units.length === 1 && places.length === 0) return null;
    const m: OrgPhrase = {
      units,
      places,
      plural,
      start: this.tokens[i].start,
      end: this.tokens[j - 1].end,
    };
    return { m, end: j };
  }

  // ---------- people ----------
  /** Surname + at least two capitalised syllables: a person, even right after a place word. */
  private looksLikeFullName(k: number): boolean {
    const sp = this.span(k);
    if (!sp || !entryOf(sp, 'surname') || !this.tokens[k].titleCase) return false;
    return (
      !!this.tokens[k + 1]?.titleCase &&
      !!this.tokens[k + 2]?.titleCase &&
      !entryOf(this.fresh(k + 1), 'district')
    );
  }

  /**
   * "Phan Văn Cần,", "Nguyễn Văn Huyện quyết định": a capitalised one-word place kind or trigger
   * right after surname + middle name, with no capitalised word after it, is the given name.
   */
  private givenNameAt(i: number, j: number, s: LexSpan): boolean {
    if (j !== i + 2 || s.end !== j + 1 || this.tokens[j + 1]?.cap) return false;
    // "Vũ Xuân Sáng đưa …": a time word is the given name unless a day or "nay"/"qua" follows it.
    const nx = this.tokens[j + 1];
    const timeOfDay = !!nx && (/^\d/u.test(nx.text) || TIME_WORD_FOLLOWERS.has(nx.norm));
    // "ông Nguyễn Hữu Trưởng, chuyên viên …": a one-syllable title before a comma is the given name.
    const beforeComma = nx?.text === ',';
    return s.entries.every(
      (e) =>
        e.cat === 'placeGeneric' ||
        (e.cat === 'title' && beforeComma) ||
        // "Vũ Văn Viện,", "Nguyễn Văn Sở": a one-syllable unit with no name after it.
        e.cat === 'unit' ||
        (e.cat === 'trigger' &&
          (e.group === 'irrealisMarkers' || (e.group === 'eventTimeWords' && !timeOfDay))),
    );
  }

  /**
   * "ông Châu Thành Hưng": after a person marker, a surname that opens a two-word place name
   * ("Châu Thành") with a third capitalised word after it is a person's full name.
   */
  private placeNamedPerson(i: number, sp: LexSpan): boolean {
    if (sp.end !== i + 2 || !this.tokens[i + 2]?.titleCase || !this.tokens[i + 1].titleCase)
      return false;
    if (!sp.entries.every((e) => e.cat === 'district' || e.cat === 'province')) return false;
    const first = this.lex.trie.root.next.get(this.tokens[i].norm);
    if (!first?.entries.some((e) => e.cat === 'surname')) return false;
    for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
      const m = this.span(k);
      if (m && m.end === i && entryOf(m, 'personMarker')) return true;
    }
    return false;
  }

  parsePerson(i: number): { m: PersonMention; end: number } | null {
    // "… khởi tố nguyên Phó chủ tịch Hà Nội" at the very end of a text: no name can follow.
    if (i >= this.tokens.length) return null;
    const sp = this.span(i);
    const glottal = APOSTROPHE_NAME_RE.test(this.tokens[i].text);
    if (
      !glottal &&
      (!sp ||
        !this.tokens[i].titleCase ||
        ((!entryOf(sp, 'surname') || sp.end !== i + 1) && !this.placeNamedPerson(i, sp)))
    )
      return null;
    let j = i + 1;
    while (j < this.tokens.length && j < i + 4 && this.tokens[j].titleCase) {
      // "Thứ trưởng Nguyễn Văn An Trong thời gian tới …": a caption's name runs into the next
      // sentence; a sentence opener before a lower-case word is not a fourth syllable.
      const nx = this.tokens[j + 1];
      if (j === i + 3 && nx?.word && !nx.cap && this.lex.nameRunOns.has(this.tokens[j].norm)) break;
      const s = this.fresh(j);
      if (
        s &&
        s.entries.some(
          (e) =>
            e.cat === 'title' ||
            e.cat === 'unit' ||
            e.cat === 'placeGeneric' ||
            e.cat === 'docType' ||
            (e.cat === 'trigger' && e.group !== 'supervisionVerbs'),
        ) &&
        !s.entries.some((e) => e.cat === 'surname') &&
        !this.givenNameAt(i, j, s)
      )
        break;
      j++;
    }
    // "K'Brơi" is a whole name; otherwise a surname needs a given name.
    if (j === i + 1 && !glottal) return null;
    const key = joinNorm(this.tokens, i, j);
    if (this.lex.notPersons.has(key)) return null;
    const p1 = this.tokens[i - 1]?.norm;
    const p2 = i >= 2 ? `${this.tokens[i - 2].norm} ${p1}` : '';
    const blocked = (p: string): boolean =>
      this.lex.nonPersonPrefixes.has(p) && (j - i <= 2 || !this.lex.placeGenericPrefixes.has(p));
    // "Bộ … Phát triển Nông thôn Nguyễn Xuân Cường": a place word closing a capitalised name is
    // part of that name, not the kind of place the person's name would belong to.
    const nameTail = !!this.tokens[i - 2]?.cap && !this.tokens[i - 1]?.cap;
    // "… Phát triển nông thôn Nguyễn Xuân Cường": "thôn" ends the word "nông thôn", not a hamlet.
    const lookalike = !!p2 && this.lex.prefixLookalikes.has(p2);
    if (
      p2 && this.lex.nonPersonPrefixes.has(p2)
        ? blocked(p2)
        : p1 && !nameTail && !lookalike && blocked(p1)
    )
      return null;
    return {
      m: { name: this.text(i, j), start: this.tokens[i].start, end: this.tokens[j - 1].end },
      end: j,
    };
  }

  // ---------- roles ----------
  private titleByKey(key: string): TitleDef | undefined {
    return this.lex.titleByKey.get(key);
  }

  parseRole(i: number): { m: RoleMention; end: number } | null {
    const sp = this.span(i);
    const te = entryOf(sp, 'title');
    if (!sp || !te) return null;
    return this.roleFrom(i, te.def, sp.end);
  }

  /**
   * "phó chủ tịch UBND quận", "trưởng ban Tổ chức Quận ủy": a title in lower case is a role only
   * when a capitalised organisation or a name follows it.
   */
  parseLowerRole(i: number): { m: RoleMention; end: number } | null {
    if (!titleFirstWords(this.lex).has(this.tokens[i].norm)) return null;
    const m = this.anyCase(i, 'title');
    if (!m || !this.tokens[m.end]?.cap) return null;
    const r = this.roleFrom(i, m.e.def, m.end);
    // "phó chủ tịch Lương Công Tuấn": a bare title right before a name is a title too.
    if (!r) return null;
    if (r.m.org) return r;
    // Without a body only a long title ("phó chủ tịch", "phó trưởng ban") or a plural one: a
    // short lower-case title is usually part of another word ("thuyền trưởng", "cô giáo chủ nhiệm").
    const long = m.end - i >= 3 || this.tokens[i - 1]?.norm === 'các';
    return long && r.end === m.end && this.parsePerson(r.end) ? r : null;
  }

  private roleFrom(
    i: number,
    def0: TitleDef,
    end0: number,
  ): { m: RoleMention; end: number } | null {
    let def = def0;
    let end = end0;
    const lastTok = this.tokens[end - 1];
    if (end - i > 1 && lastTok.text === 'Ban') {
      // "Trưởng Ban Dân vận": the capitalised "Ban" opens the organisation.
      const shorter = this.titleByKey(joinNorm(this.tokens, i, end - 1));
      if (shorter) {
        def = shorter;
        end -= 1;
      }
    }
    let org: OrgPhrase | null = null;
    const o = this.parseOrg(end, true);
    let stop = end;
    if (o) {
      org = o.m;
      stop = o.end;
    }
    let titleText = def.title;
    // "Phó Chánh Thanh tra TP.HCM", "Trưởng phòng Tài chính - Kế hoạch quận": the title ends with
    // the unit of its body, whose name or place follows.
    const unitLen = def.unit ? tokenize(def.unit).length : 0;
    // "Trưởng phòng Tổ chức cán bộ Viện Kiểm sát …": the unit's own name is read before a body the
    // field alone might name ("Tổ chức" = Ban Tổ chức); the longer reading wins.
    if (unitLen && normWordsKey(titleText).endsWith(` ${normWordsKey(def.unit ?? '')}`)) {
      const o2 = this.parseOrg(end - unitLen, true);
      const past = org ? stop : end;
      // "Trưởng phòng Cảnh sát PCCC Công an tỉnh X": a body also named inside others' names is
      // the unit's name when both readings end together.
      const inside = !!org?.units[0]?.def.inName && o2?.end === past;
      if (o2 && (o2.end > past || inside) && (o2.m.places.length > 0 || o2.m.units[0].name)) {
        titleText = this.text(i, end - unitLen);
        titleText = titleDisplay(titleText, def.title);
        org = o2.m;
        stop = o2.end;
      }
    }
    // "ĐBQH khóa XV", "Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII": the term is not the body.
    if (
      (this.tokens[stop]?.norm === 'khóa' || this.tokens[stop]?.norm === 'khoá') &&
      /^[IVXL]+$|^\d+$/.test(this.tokens[stop + 1]?.text ?? '')
    ) {
      stop += 2;
    }
    if (def.orgPrefix) {
      const pre = new MentionParser(tokenize(def.orgPrefix), null, this.lex).parseOrg(0);
      if (pre) {
        const units = [...pre.m.units, ...(org?.units ?? [])];
        // "Trưởng Công an quận 2": the place follows the title that carries the body.
        const after = org ? null : this.placeAt(stop);
        if (after) stop = after.end;
        const places = org ? org.places : after ? [after.p] : pre.m.places;
        org = {
          units,
          places,
          plural: org?.plural ?? false,
          start: this.tokens[i].start,
          end: this.tokens[stop - 1].end,
        };
      }
    }
    // "Chủ tịch quận 1", "Bí thư huyện Tân Lạc": a place right after the title; the title's family
    // says which body of that place it heads (lexicon: bodyByPlace).
    if (!org) {
      const head = def.family ? this.titleByKey(normWordsKey(def.family)) : def;
      const bodies = def.bodyByPlace ?? head?.bodyByPlace;
      const pl = bodies && this.tokens[stop]?.word ? this.placeAt(stop) : null;
      // "Bí thư Hà Nội Hoàng Trung Hải", "Chủ tịch TP.HCM A": a province named bare, right before
      // its holder's name, is the province's (or centrally run city's) own body.
      const kind =
        pl?.p.generic ??
        (pl?.p.province && pl.p.level === 'province' && this.parsePerson(pl.end)
          ? pl.p.province.centralCity
            ? 'thành phố'
            : 'tỉnh'
          : null);
      const phrase = kind ? bodies?.[kind] : undefined;
      const u = phrase ? this.lex.unitByPhrase.get(normWordsKey(phrase)) : undefined;
      if (pl && u) {
        // "Huyện ủy" already names the kind of place: "Huyện ủy Tân Lạc", but "Quận ủy quận 1".
        const place =
          u.level && pl.p.name && !HAS_DIGIT_RE.test(pl.p.name)
            ? { ...pl.p, generic: null }
            : { ...pl.p, generic: kind };
        org = {
          units: [{ def: u, name: null }],
          places: [place],
          plural: false,
          start: this.tokens[stop].start,
          end: this.tokens[pl.end - 1].end,
        };
        stop = pl.end;
      }
    }
    // "Bộ trưởng Y tế A": the ministry named by its field alone (lexicon titles: fieldUnit).
    if (!org && def.fieldUnit) {
      const ds = this.fresh(stop);
      const d = entryOf(ds, 'dept');
      const u = this.lex.unitByPhrase.get(normWordsKey(def.fieldUnit));
      if (ds && d && u) {
        const name = this.lex.departmentExpand.get(d.name) ?? d.name;
        org = {
          units: [{ def: u, name }],
          places: [],
          plural: false,
          start: this.tokens[stop].start,
          end: this.tokens[ds.end - 1].end,
        };
        stop = ds.end;
      }
    }
    // "Phó Tổng Giám đốc công ty": a lower-case unit without a name points back at that body.
    let unitRef: string | undefined;
    const nx = this.tokens[stop];
    if (!org && nx?.word && !nx.cap) {
      const lu = this.anyCase(stop, 'unit');
      const after = lu ? this.tokens[lu.end] : undefined;
      if (lu && lu.e.def.takes === 'name' && !(after?.word && after.cap)) {
        unitRef = lu.e.def.canonical ?? lu.e.def.phrase;
        stop = lu.end;
      }
    }
    let title = titleText;
    if (
      / ban$/iu.test(title) &&
      org &&
      /^ban(?: |$)/iu.test(org.units[0].def.canonical ?? org.units[0].def.phrase)
    ) {
      title = title.replace(/ ban$/iu, '');
    }
    return {
      m: {
        title,
        org,
        unitRef,
        unread:
          !org &&
          !unitRef &&
          !!this.tokens[stop] &&
          (this.tokens[stop].word || this.tokens[stop].digits) &&
          !this.parsePerson(stop),
        start: this.tokens[i].start,
        end: this.tokens[stop - 1].end,
      },
      end: stop,
    };
  }

  /**
   * "Thủ tướng Chính phủ": a body whose name begins with a title. It issues decisions as a body
   * ("của Thủ tướng Chính phủ"), but before a name or in apposition to one ("A, Thủ tướng Chính
   * phủ, …") it is that title of the body after it.
   */
  private titledBody(i: number, before: Item[]): { m: RoleMention; end: number } | null {
    const sp = this.span(i);
    if (!sp || !this.tokens[i].cap || !entryOf(sp, 'unit') || entryOf(sp, 'title')) return null;
    const t = this.anyCase(i, 'title');
    if (!t || t.end >= sp.end) return null;
    const r = this.roleFrom(i, t.e.def, t.end);
    if (!r || !r.m.org) return null;
    const prev = before[before.length - 1];
    const prev2 = before[before.length - 2];
    const apposed =
      isWord(prev, ',', '(', '-', '–', 'kiêm') &&
      (prev2?.kind === 'person' || prev2?.kind === 'role');
    return apposed || this.parsePerson(r.end) ? r : null;
  }

  // ---------- directives ----------
  hasKnownSign(symbol: string): boolean {
    return signParts(symbol).some(
      (p) =>
        this.lex.standaloneSigns.has(p) || this.lex.standaloneSignPatterns.some((re) => re.test(p)),
    );
  }

  parseDirective(i: number): { m: DirectiveMention; end: number } | null {
    const sp = this.span(i);
    const dt = entryOf(sp, 'docType');
    let type: string | null = null;
    let j = i;
    if (sp && dt) {
      type = dt.type;
      j = sp.end;
      if (this.lex.namedTypes.has(dt.type) && this.tokens[j]?.cap) {
        // "Luật Tiếp công dân số 42/2013/QH13": skip the law's name up to "số".
        let k = j;
        // Not past another document's type ("Luật HTX và Thông tư số 15/2016").
        while (
          k < j + 8 &&
          this.tokens[k] &&
          this.tokens[k].word &&
          this.tokens[k].norm !== 'số' &&
          !entryOf(this.span(k), 'docType')
        )
          k++;
        if (this.tokens[k]?.norm === 'số') j = k;
      }
      // "6 Quyết định mang số 2356, 2357 …": a verb of bearing before "số".
      if (NUMBER_LEADS.has(this.tokens[j]?.norm ?? '') && this.tokens[j + 1]?.norm === 'số') j++;
      if (this.tokens[j]?.norm === 'số') j++;
      if (this.tokens[j]?.text === ':') j++;
    } else if (this.tokens[i]?.digits || isSymbolToken(this.tokens[i])) {
      // "Quyết định 935, 936 của …", "Quyết định số 2356 và 2358/QĐ-UBND": a number or sign listed
      // after another of a document type.
      type = this.listedType(i);
    }
    const t = this.tokens[j];
    if (!t) return null;
    let symbol: string;
    let bare = false;
    if (isSymbolToken(t)) {
      // Without a document type before it, only a known sign makes it a directive (not a plate),
      // and not the year of a standard ("QCVN 01:2009/BYT").
      if (!type && !this.hasKnownSign(t.text)) return null;
      if (!type && this.tokens[j - 1]?.text === ':' && this.tokens[j - 2]?.digits) return null;
      if (!type && this.lex.articleWords.has(this.tokens[j - 1]?.norm ?? '')) return null;
      symbol = t.text;
      // "108/2009/QĐ - UBND", "8959/UBND – THKH": the sign's last part written apart.
      const dash = this.tokens[j + 1];
      const part = this.tokens[j + 2];
      // "1333/UBND- TNMT": a space on either side of the dash.
      if (
        (dash?.text === '-' || dash?.text === '–') &&
        part &&
        SIGN_PART_RE.test(part.text) &&
        (dash.start > t.end || part.start > dash.end)
      ) {
        symbol = `${symbol}-${part.text}`;
        j += 2;
      }
    } else if (type && NUMBER_YEAR_RE.test(t.text)) {
      // "Nghị định 155/2016 của Chính phủ": the number and year, the sign left out, or written
      // apart after a slash ("Nghị định số 155/2016/ NĐ-CP").
      symbol = t.text;
      const slash = this.tokens[j + 1];
      const sign = this.tokens[j + 2];
      if (
        slash?.text === '/' &&
        sign &&
        SPLIT_SIGN_RE.test(sign.text) &&
        (slash.start === t.end || slash.end === sign.start)
      ) {
        symbol = `${symbol}/${sign.text}`;
        j += 2;
      }
    } else if (type && t.digits && this.signAfterDash(j)) {
      // "Chỉ thị 05- CT/TW", "Chỉ thị 40 – CT/TW": the number and its sign written apart.
      symbol = `${t.text}-${this.tokens[j + 2].text}`;
      j += 2;
    } else if (type && t.digits) {
      const after = this.tokens[j + 1];
      const after2 = this.tokens[j + 2];
      const saidNumber = this.tokens[j - 1]?.norm === 'số';
      if (!saidNumber && this.quantityAt(j)) return null;
      const framed =
        !after ||
        after.norm === 'của' ||
        after.norm === 'ngày' ||
        after.text === ')' ||
        after.text === '.' ||
        after.text === ';' ||
        (after.text === ',' && (after2?.norm === 'ngày' || saidNumber)) ||
        after.norm === 'về';
      if (!framed || (!saidNumber && after?.norm !== 'của' && after?.norm !== 'ngày')) {
        if (
          !(saidNumber && framed) &&
          !this.listedNumber(i, j) &&
          !this.afterVerb(i, 'lineageVerbs') &&
          !(saidNumber && this.afterVerb(i, 'issueVerbs')) &&
          // "vừa ban hành Thông tư 329, hướng dẫn …": the number of the document just issued.
          !(
            issuedNumber(t.text) &&
            (framed || after?.text === ',') &&
            this.afterVerb(i, 'issueVerbs')
          )
        )
          return null;
      }
      symbol = t.text;
      bare = true;
    } else return null;
    j++;
    let date: DateMention | null = null;
    let issuer: OrgPhrase | null = null;
    let issuerTitle: string | null = null;
    let subject: string | null = null;
    let end = j;
    // Trailing ", ngày DATE", "của ISSUER", "về SUBJECT" in any order, each once.
    for (let guard = 0; guard < 4; guard++) {
      let k = end;
      if (this.tokens[k]?.text === ',') k++;
      const tk = this.tokens[k];
      if (!tk) break;
      if (!date && tk.norm === 'ngày') {
        const d = this.parseDate(k + 1);
        if (d && d.m.year !== null) {
          date = d.m;
          end = d.end;
          continue;
        }
      }
      if (!date && DM_RE.test(tk.text)) {
        const d = this.parseDate(k);
        if (d && d.m.year !== null) {
          date = d.m;
          end = d.end;
          continue;
        }
      }
      // "… của UBND tỉnh ký ngày 2/12/2004": the signing date.
      if (!date && tk.norm === 'ký' && this.tokens[k + 1]?.norm === 'ngày') {
        const d = this.parseDate(k + 2);
        if (d && d.m.year !== null) {
          date = d.m;
          end = d.end;
          continue;
        }
      }
      // "Kế hoạch số 15-KH/TU ngày 3/4/2017 Ban Thường vụ Tỉnh ủy về …": the issuer without "của",
      // when nothing follows it that would make it the subject of a clause.
      if (!issuer && k === end && tk.cap && !this.startsDirective(k)) {
        const o = this.parseOrg(k);
        const nx = o ? this.tokens[o.end] : undefined;
        if (o && (!nx || ISSUER_FOLLOWERS.has(nx.norm))) {
          issuer = o.m;
          end = o.end;
          continue;
        }
      }
      if (!issuer && tk.norm === 'của') {
        let q = k + 1;
        const ts = this.span(q);
        const te = entryOf(ts, 'title');
        let title: string | null = null;
        if (ts && te) {
          title = te.def.title;
          q = ts.end;
        }
        const o = this.parseOrg(q);
        if (o) {
          issuer = o.m;
          issuerTitle = title;
          end = o.end;
          continue;
        }
      }
      if (!subject && (tk.norm === 'về' || tk.text === '"')) {
        const s = this.subjectFrom(k);
        if (s) {
          subject = s.text;
          end = s.end;
        }
      }
      break;
    }
    const m: DirectiveMention = {
      symbol,
      bare,
      type,
      date,
      issuer,
      issuerTitle,
      subject,
      start: this.tokens[i].start,
      end: this.tokens[end - 1].end,
    };
    return { m, end };
  }

  /** ", UBND tỉnh đã ban hành …" at k: the main clause after a fronted "Thực hiện X về …". */
  private issuingClause(k: number): boolean {
    const o = this.parseOrg(k);
    if (!o) return false;
    const issue = (j: number): boolean =>
      !!this.spans?.at[j]?.entries.some((e) => e.cat === 'trigger' && e.group === 'issueVerbs');
    const j = o.end;
    return issue(j) || (['đã', 'vừa'].includes(this.tokens[j]?.norm ?? '') && issue(j + 1));
  }

  /**
   * The bare number at j counts or measures something: a quantity word follows ("100 ngày đêm",
   * "6 tháng"; "ngày" and "năm" unless a date or year follows), or it is half a decimal ("6,7%").
   */
  private quantityAt(j: number): boolean {
    const t = this.tokens[j];
    const next = this.tokens[j + 1];
    if (!next) return false;
    if (next.norm === 'ngày' || next.norm === 'năm') {
      // "Kế hoạch 29 ngày 5/3/2017", "Nghị định 105 năm 2014": a date or year of the document.
      const d = this.tokens[j + 2];
      return !d || !(d.digits || DM_RE.test(d.text));
    }
    if (QUANTITY_WORDS.has(next.norm)) return true;
    const prev = this.tokens[j - 1];
    const prev2 = this.tokens[j - 2];
    if (prev?.text === ',' && prev2?.digits && prev2.end === prev.start && prev.end === t.start)
      return true;
    const after = this.tokens[j + 2];
    return next.text === ',' && !!after?.digits && t.end === next.start && next.end === after.start;
  }

  /** "05 - CT/TW" at j: a number, a dash, then a sign without its number. */
  private signAfterDash(j: number): boolean {
    const dash = this.tokens[j + 1];
    const sign = this.tokens[j + 2];
    return (
      (dash?.text === '-' || dash?.text === '–') &&
      !!sign &&
      SPLIT_SIGN_RE.test(sign.text) &&
      (dash.start > this.tokens[j].end || sign.start > dash.end)
    );
  }

  /**
   * "Quyết định 935 và Quyết định 936": a bare number in a list of documents of one type (the
   * next item is another document, or the one before was).
   */
  private listedNumber(i: number, j: number): boolean {
    const sep = (t: Token | undefined): boolean => t?.text === ',' || t?.norm === 'và';
    if (sep(this.tokens[j + 1]) && entryOf(this.span(j + 2), 'docType')) {
      const k = this.span(j + 2)!.end;
      return !!this.tokens[k]?.digits || this.tokens[k]?.norm === 'số';
    }
    if (sep(this.tokens[j + 1]) && this.tokens[j + 2]?.digits) return true;
    return this.listedType(i) !== null;
  }

  /**
   * The type of "Quyết định 935" when the number at i follows it after "," or "và", also deeper
   * in a longer list ("Chỉ thị số 12, 23, 29, 32"). A count closing the list ("Quyết định 217, 218
   * và 2 năm …": a shorter number before a lower-case word) is not one of them.
   */
  private listedType(i: number): string | null {
    const sep = (t: Token | undefined): boolean => t?.text === ',' || t?.norm === 'và';
    const t = this.tokens[i];
    const prev = this.tokens[i - 2];
    const nx = this.tokens[i + 1];
    if (
      t?.digits &&
      prev?.digits &&
      t.text.length !== prev.text.length &&
      nx?.word &&
      !nx.cap &&
      !LIST_FRAMES.has(nx.norm)
    )
      return null;
    let k = i;
    for (let n = 0; n < 8 && sep(this.tokens[k - 1]) && this.tokens[k - 2]?.digits; n++) k -= 2;
    if (k === i) return null;
    // "Chỉ thị số 12, 23": the type stands before "số" (or "số:") and the first number.
    let e = k;
    if (this.tokens[e - 1]?.text === ':') e--;
    if (this.tokens[e - 1]?.norm === 'số') e--;
    if (NUMBER_LEADS.has(this.tokens[e - 1]?.norm ?? '') && this.tokens[e]?.norm === 'số') e--;
    for (let q = e - 1; q >= 0 && q >= e - 4; q--) {
      const s = this.span(q);
      if (s && s.end === e) return entryOf(s, 'docType')?.type ?? null;
    }
    return null;
  }

  /**
   * "Thực hiện Kế hoạch 15, …", "ban hành Kế hoạch số 15 để …": a document type right after a
   * lineage or issuing verb.
   */
  private afterVerb(i: number, group: string): boolean {
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      const s = this.spans?.at[k];
      if (s && s.end === i) return s.entries.some((e) => e.cat === 'trigger' && e.group === group);
    }
    return false;
  }

  private subjectFrom(k: number): { text: string; end: number } | null {
    const quoted = this.tokens[k].text === '"';
    let j = k + 1;
    while (j < this.tokens.length && j < k + 60) {
      const t = this.tokens[j];
      if (quoted && t.text === '"') break;
      // '"Về thực hiện Nghị quyết số 26-NQ/TW …"': a document cited inside a quoted subject is a
      // directive of its own (and the subject's parent), not words of the subject.
      if (quoted && j > k + 1 && this.startsDirective(j) && this.afterVerb(j, 'lineageVerbs'))
        break;
      if (!quoted) {
        // "… như Công an, Thuế, Thanh tra… Đây là": an ellipsis or a "!" / "?" ends it too.
        if (SUBJECT_ENDS.has(t.text)) break;
        const nx = this.tokens[j + 1];
        if (t.norm === 'đối' && nx?.norm === 'với') break;
        if ((t.norm === 'tại' || t.norm === 'với') && nx?.cap) break;
        if (t.norm === 'và' && nx && entryOf(this.span(j + 1), 'docType')) break;
        if (j > k + 1 && this.startsDirective(j)) break;
        if (t.text === ',' && nx && (entryOf(this.span(j + 1), 'docType') || nx.norm === 'đồng'))
          break;
        if (t.text === ',' && nx?.cap && this.issuingClause(j + 1)) break;
      }
      j++;
    }
    if (j <= k + 1) return null;
    const from = quoted
      ? k + 1
      : this.tokens[k].norm === 'về' && this.tokens[k + 1]?.norm === 'việc'
        ? k + 2
        : k + 1;
    if (from >= j) return null;
    const text = this.text(from, j).replace(/\s+([,.;:])/g, '$1');
    // The closing quote belongs to the subject only when there is one (the text may end first).
    const closed = quoted && this.tokens[j]?.text === '"';
    return { text, end: closed ? j + 1 : j };
  }

  /** A document type followed by its number, or a bare sign: a new directive starts here. */
  private startsDirective(j: number): boolean {
    if (isSymbolToken(this.tokens[j])) return true;
    const s = this.span(j);
    if (!s || !entryOf(s, 'docType')) return false;
    const k = s.end;
    if (this.tokens[k]?.norm === 'số') return true;
    return isSymbolToken(this.tokens[k]) || !!this.tokens[k]?.digits;
  }

  // ---------- items ----------
  /** The sentence [s, e) as items; the relation grammars read these. */
  items(s: number, e: number): Item[] {
    const out: Item[] = [];
    let i = s;
    while (i < e) {
      const sp = this.span(i);
      const t0 = this.tokens[i];
      if (!sp && !t0.cap && !t0.hasDigit) {
        const lr = this.parseLowerRole(i);
        if (lr && lr.end <= e) {
          out.push({ kind: 'role', m: lr.m });
          i = lr.end;
          continue;
        }
        // Nothing starts at a lower-case word outside the lexicon.
        out.push({
          kind: 'word',
          norm: t0.norm,
          text: t0.text,
          start: t0.start,
          end: t0.end,
          group: null,
          value: null,
        });
        i++;
        continue;
      }
      if (sp && entryOf(sp, 'notPerson')) {
        const t = this.tokens[i];
        out.push({
          kind: 'word',
          norm: t.norm,
          text: this.text(i, sp.end),
          start: t.start,
          end: this.tokens[sp.end - 1].end,
          group: 'notPerson',
          value: null,
        });
        i = sp.end;
        continue;
      }
      const p = this.parsePerson(i);
      if (p && p.end <= e) {
        out.push({ kind: 'person', m: p.m });
        i = p.end;
        continue;
      }
      const r = this.parseRole(i) ?? this.titledBody(i, out);
      if (r && r.end <= e) {
        out.push({ kind: 'role', m: r.m });
        i = r.end;
        continue;
      }
      const d = this.parseDirective(i);
      if (d && d.end <= e) {
        out.push({ kind: 'directive', m: d.m });
        i = d.end;
        continue;
      }
      const o = this.parseOrg(i);
      if (o && o.end <= e) {
        out.push({ kind: 'org', m: o.m });
        i = o.end;
        continue;
      }
      const dt = this.parseDate(i);
      if (dt && dt.end <= e) {
        out.push({ kind: 'date', m: dt.m });
        i = dt.end;
        continue;
      }
      const t = this.tokens[i];
      const tr = sp ? entryOf(sp, 'trigger') : undefined;
      const pm = sp ? entryOf(sp, 'personMarker') : undefined;
      if (sp && (tr || pm) && sp.end <= e) {
        out.push({
          kind: 'word',
          norm: joinNorm(this.tokens, i, sp.end),
          text: this.text(i, sp.end),
          start: t.start,
          end: this.tokens[sp.end - 1].end,
          group: tr ? tr.group : 'personMarker',
          value: tr ? tr.value : null,
        });
        i = sp.end;
        continue;
      }
      out.push({
        kind: 'word',
        norm: t.norm,
        text: t.text,
        start: t.start,
        end: t.end,
        group: null,
        value: null,
      });
      i++;
    }
    return out;
  }
}
