/**
 * Stage 4, context: where and when the article is. Jurisdiction comes from the outlet (a site
 * name or a bracketed short form) or else from the places the body names; the year from the
 * dateline, the period under review or the programme year ("năm 2021"), never from the page's
 * render date or from the dates of cited documents. Everything later resolves against it.
 */
import { joinNorm, joinText, tokenize, type Token } from './tokens';
import type { Lexicon, ProvinceDef } from './lexicon';
import { group, type Item } from './mentions';
import { entryOf, type SpanIndex } from './spans';
import { normKey } from '../common/fold';
import placeData from './lexicon/places.json';

/** Aliases that are common nouns ('Thủ đô'): the province only when no name follows. */
const NOUN_ALIASES = new Set(placeData.nounAliases.map((a) => a.toLowerCase()));
/** Seats of the central Party and state bodies ("Hà Nội"): often a national event's mere venue. */
const SEATS = new Set<string>(placeData.seatsOfGovernment);
/** Countries, foreign capitals, international bodies, as written ("Trung Quốc", "Liên hợp quốc"). */
const FOREIGN_PLACES = new Map<string, string[][]>();
for (const p of placeData.foreignPlaces) {
  const words = p.split(' ');
  FOREIGN_PLACES.set(words[0], [...(FOREIGN_PLACES.get(words[0]) ?? []), words]);
}

/** Words of football reporting ("V-League", "CĐV", "tiền đạo"), by their first word's norm. */
const SPORT_MARKERS = new Map<string, string[][]>();
for (const m of placeData.sportMarkers.words) {
  const words = tokenize(m).map((t) => t.norm);
  SPORT_MARKERS.set(words[0], [...(SPORT_MARKERS.get(words[0]) ?? []), words]);
}

/** How many different words of football reporting the tokens before `to` (a text offset) use. */
function sportMarkers(tokens: Token[], to: number): number {
  const seen = new Set<string[]>();
  for (let i = 0; i < tokens.length && tokens[i].start < to; i++) {
    for (const words of SPORT_MARKERS.get(tokens[i].norm) ?? [])
      if (words.every((w, k) => tokens[i + k]?.norm === w)) seen.add(words);
  }
  return seen.size;
}

export interface DocContext {
  outlet: string | null;
  /** Province-level place the article is about, with the name in force at its time. */
  province: ProvinceDef | null;
  jurisdiction: string | null;
  year: number | null;
  /** Named places of each level in the body ("thành phố" → {"Thanh Hóa"}): resolve bare mentions. */
  placesByLevel: Map<string, Set<string>>;
}

export interface ContextInput {
  outlet: string | null;
  tokens: Token[];
  spans: SpanIndex;
  /** Items of every body sentence, in order. */
  sentences: Item[][];
}

function provinceOfOutlet(outlet: string, lex: Lexicon): ProvinceDef | null | undefined {
  const o = outlet.toLowerCase().replace(/^www\./, '');
  if (o.includes('.')) {
    if (lex.nationalOutlets.has(o)) return null;
    const direct = lex.outletDomains.get(o);
    if (direct) return lex.provinceByName.get(direct.toLowerCase()) ?? findProvince(direct, lex);
    const labels = o.split('.');
    for (const label of labels) {
      for (const prefix of ['', 'bao', 'tinhuy', 'thanhuy', 'dangbo']) {
        if (!label.startsWith(prefix)) continue;
        const p = lex.provinceBySlug.get(label.slice(prefix.length));
        if (p && (prefix !== '' || o.endsWith('.gov.vn') || o.endsWith('.org.vn'))) return p;
      }
    }
    return undefined;
  }
  for (const [k, v] of lex.outletShortForms) {
    if (k.toLowerCase() === o) return v ? findProvince(v, lex) : null;
  }
  // "(Báo Vĩnh Long)", "Cổng TTĐT tỉnh Hà Giang": an outlet named after its province.
  const words = ` ${normKey(o)} `;
  for (const p of lex.provinces) {
    for (const n of [p.name, ...p.aliases]) {
      if (!p.needsPrefix && words.includes(` ${normKey(n)} `)) return p;
    }
  }
  return undefined;
}

function findProvince(name: string, lex: Lexicon): ProvinceDef | null {
  return lex.provinces.find((p) => p.name === name) ?? null;
}

/** The name in force at the article's time (provinces merged from 1 July 2025). */
function inForce(
  p: ProvinceDef,
  year: number | null,
  month: number | null,
  lex: Lexicon,
): ProvinceDef {
  if (!p.mergedInto || !p.mergedFrom || year === null) return p;
  const from = +p.mergedFrom.slice(0, 4);
  const fromMonth = +p.mergedFrom.slice(5, 7);
  const after = year > from || (year === from && month !== null && month >= fromMonth);
  return after ? (findProvince(p.mergedInto, lex) ?? p) : p;
}

/** How much more a place named in the headline or the lede counts than one named later. */
const LEAD_WEIGHT = 3;

/** "kể từ …": a year after it, a few words on, is the start of a span looked back on. */
const SINCE = 'kể từ';

/** Words before "năm YYYY" that name the programme ahead: the article's own year. */
const YEAR_AHEAD = ['trọng tâm', 'phương hướng', 'phấn đấu'];

/** Named laws carry the year they were passed: "Luật Đất đai năm 2013", "Hiến pháp năm 2013". */
const LAW_WORDS = new Set(['luật', 'hiến pháp', 'bộ luật', 'pháp lệnh']);

/** Heavenly stems and earthly branches: "Tết Nguyên đán Đinh Dậu" is the year 2017. */
const STEMS = ['canh', 'tân', 'nhâm', 'quý', 'giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ'];
const BRANCHES = [
  'thân',
  'dậu',
  'tuất',
  'hợi',
  'tý',
  'sửu',
  'dần',
  'mão',
  'thìn',
  'tỵ',
  'ngọ',
  'mùi',
];
/** Words that announce a lunar year name ("Tết Đinh Dậu", "Xuân Mậu Tuất", "năm Canh Tý"). */
const LUNAR_HEADS = new Set(['tết', 'xuân', 'năm', 'đán']);

/** The Gregorian year of a lunar year name in 1984–2043 (one sexagenary cycle), or null. */
export function lunarYear(stem: string, branch: string): number | null {
  const s = STEMS.indexOf(stem);
  const b = BRANCHES.indexOf(branch === 'mẹo' ? 'mão' : branch === 'tị' ? 'tỵ' : branch);
  if (s < 0 || b < 0 || s % 2 !== b % 2) return null;
  for (let y = 1984; y < 2044; y++) if (y % 10 === s && y % 12 === b) return y;
  return null;
}

/** "Luật Đất đai năm 2013": a named law within the four words before "năm". */
function lawBefore(items: Item[], k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 5; q--) {
    const x = items[q];
    if (x.kind !== 'word') return false;
    if (x.text.charAt(0) !== x.norm.charAt(0) && LAW_WORDS.has(x.norm)) return true;
    const two = items[q - 1];
    if (two?.kind === 'word' && LAW_WORDS.has(`${two.norm} ${x.norm}`)) return true;
  }
  return false;
}

/**
 * The norms of items[from, to) (to at most items.length), '' for one that is not a word, joined
 * by a space: one string, no slice+map+join arrays (see tokens.ts joinText).
 */
function wordNorms(items: Item[], from: number, to: number): string {
  let s = '';
  for (let q = from; q < to; q++) {
    const x = items[q];
    if (q > from) s += ' ';
    if (x.kind === 'word') s += x.norm;
  }
  return s;
}

function spanText(tokens: Token[], from: number, to: number): string {
  return joinNorm(tokens, from, to);
}

/** Sentence ends after which a short run of capitalised words is the writer's signature. */
const SIGNATURE_AFTER = new Set(['.', '!', '?', '…', '"', '”', ')']);

/**
 * The first token of a signature run on at the end of the text ("… bán chạy nhất. Phúc Vinh"):
 * one to three capitalised words after a sentence end. A place name there ("Vinh") is a person's.
 */
function signatureStart(tokens: Token[]): number {
  let k = tokens.length;
  while (k > 0 && k > tokens.length - 3 && tokens[k - 1].titleCase) k--;
  if (k === tokens.length || k === 0 || !SIGNATURE_AFTER.has(tokens[k - 1].text))
    return tokens.length;
  return k;
}

/** Below this score (one bare name, or one district) a place the lead does not name is passing. */
const PASSING_SCORE = 3;

const RELATION_WORDS = new Set(['sang', 'từ', 'với']);
/** A province score (about four plain mentions) that outweighs a foreign headline. */
const FOREIGN_OVERRIDE = 8;

/** Whether the tokens before `to` name a foreign place (not inside a Vietnamese name: "Thị Mỹ"). */
function namesForeignPlace(tokens: Token[], to: number): boolean {
  for (let i = 0; i < tokens.length && tokens[i].start < to; i++) {
    if (!tokens[i].cap || (i > 0 && tokens[i - 1].titleCase)) continue;
    // "vượt biên sang Trung Quốc", "nhập khẩu từ Úc": a destination or origin of a Vietnamese story.
    if (i > 0 && RELATION_WORDS.has(tokens[i - 1].norm)) continue;
    for (const words of FOREIGN_PLACES.get(tokens[i].text) ?? []) {
      if (words.every((w, q) => tokens[i + q]?.text === w)) return true;
    }
  }
  return false;
}

/** Sentences (headline, lede and the next two) whose central bodies make a national story. */
const CENTRAL_OPENING = 4;
/** Central bodies that hold national events; a company or a bank is central-level but no sign. */
const CENTRAL_KINDS = new Set([
  'party-central',
  'state-central',
  'ministry',
  'front',
  'mass',
  'court',
  'military',
]);

/** Whether an item names a central body with no place ("Ban Tổ chức Trung ương", "Bộ Nội vụ"). */
function namesCentralBody(it: Item): boolean {
  const org = it.kind === 'org' ? it.m : it.kind === 'role' ? it.m.org : null;
  return (
    !!org &&
    org.places.length === 0 &&
    org.units.some((u) => u.def.level === 'central' && CENTRAL_KINDS.has(u.def.kind))
  );
}

/** Whether the opening sentences name a central body: a national story. */
function centralOpening(sentences: Item[][]): boolean {
  return sentences.slice(0, CENTRAL_OPENING).some((items) => items.some(namesCentralBody));
}

/** Words before a place that make it the event's venue: "tại", "ở". */
const LOCATIVES = new Set(['tại', 'ở']);

/**
 * Whether the place at i follows a locative, past its kind ("tại tỉnh Quảng Ninh", "ở TP. Hồ Chí
 * Minh", "tại huyện Thọ Xuân").
 */
function afterLocative(tokens: Token[], spans: SpanIndex, i: number, needKind: boolean): boolean {
  let k = i - 1;
  for (let q = i - 1; q >= 0 && q >= i - 3; q--) {
    const g = spans.at[q];
    if (g && g.end === i && entryOf(g, 'placeGeneric')) k = q - 1;
  }
  if (tokens[k]?.text === '.' && tokens[k - 1]?.norm === 'tp') k -= 2;
  // A bare district name may be the start of another name ("ở Tân Sơn Nhất"): only with its kind.
  if (needKind && k === i - 1) return false;
  return LOCATIVES.has(tokens[k]?.norm ?? '');
}

/** How many times more often another province must be named to outvote an undated lede's venue. */
const BACKGROUND_LEDE_RATIO = 3;

/** Whether some other province is named at least BACKGROUND_LEDE_RATIO times as often as `p`. */
function outnumbered(p: ProvinceDef, mentions: Map<ProvinceDef, number>): boolean {
  const own = mentions.get(p) ?? 0;
  for (const [q, n] of mentions)
    if (q !== p && n >= BACKGROUND_LEDE_RATIO * Math.max(own, 1)) return true;
  return false;
}

/**
 * Token indexes of provinces in a list of three or more different ones ("Cao Bằng, Tiền Giang,
 * Cần Thơ và Khánh Hòa"), each separated from the next by one comma or "và"; an address ("xã
 * Hương Sơn, Mỹ Đức, Hà Nội") names one province and is no such list.
 */
function listedPlaces(tokens: Token[], spans: SpanIndex): { at: number[]; listed: Set<number> } {
  const out = new Set<number>();
  const at: number[] = [];
  let run: number[] = [];
  const names = new Set<ProvinceDef>();
  let lastEnd = -1;
  const close = (): void => {
    if (names.size >= 3) for (const r of run) out.add(r);
    run = [];
    names.clear();
  };
  for (let i = 0; i < tokens.length; i++) {
    const sp = spans.at[i];
    if (!sp) continue;
    const pr = entryOf(sp, 'province');
    if (!pr && !entryOf(sp, 'district')) continue;
    at.push(i);
    const joined =
      run.length > 0 && i === lastEnd + 1 && [',', 'và'].includes(tokens[lastEnd].norm);
    if (!joined) close();
    run.push(i);
    if (pr) names.add(pr.def);
    lastEnd = sp.end;
    i = sp.end - 1;
  }
  close();
  return { at, listed: out };
}

/** Whether the place from i to end stands alone in brackets: "huyện Chợ Gạo (Tiền Giang)". */
function inBrackets(tokens: Token[], i: number, end: number): boolean {
  return tokens[i - 1]?.text === '(' && tokens[end]?.text === ')';
}

/** A place inside a postal address: "(số 64, Bà Triệu, …)", "tại số 12, đường …", within a clause. */
function inAddress(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 12; k--) {
    const t = tokens[k];
    if (t.text === '.' && tokens[k - 1]?.norm !== 'q' && tokens[k - 1]?.norm !== 'tp') return false;
    if (t.text === ';' || t.text === ')') return false;
    if (
      t.norm === 'số' &&
      tokens[k + 1]?.digits &&
      tokens[k + 2]?.text === ',' &&
      ['(', ':', 'tại', 'ở', 'nhà'].includes(tokens[k - 1].norm)
    )
      return true;
  }
  return false;
}

/** The vote of "năm YYYY" at items[k] ("năm"), unless a term, a span or a law's year. */
function yearAfterNam(items: Item[], k: number, vote: (y: number, w: number) => void): void {
  const nx = items[k + 1];
  if (!nx || nx.kind !== 'word' || !/^\d{4}$/.test(nx.text)) return;
  // A term or a span's bound is not the article's year (triggers.json yearBlockers): "nhiệm
  // kỳ năm 2015"; "đến năm 2020", "sinh năm 1960", "những năm 1990" are one word, no "năm".
  if (group(items[k - 1]) === 'yearBlockers') return;
  const wider = wordNorms(items, Math.max(0, k - 6), k);
  if (wider.includes(SINCE)) return;
  if (lawBefore(items, k)) return;
  // "nhiệm vụ năm 2016, các nhiệm vụ trọng tâm năm 2017": the year ahead is the article's.
  const ahead = items
    .slice(Math.max(0, k - 4), k)
    .some((x) => x.kind === 'word' && YEAR_AHEAD.some((a) => a.startsWith(x.norm)));
  vote(+nx.text, ahead ? 5 : 1);
}

export function buildContext(input: ContextInput, lex: Lexicon): DocContext {
  const { tokens, spans, sentences } = input;
  // Year: "năm YYYY" (not "đến năm", "nhiệm kỳ"), and dated events outside document references.
  const votes = new Map<number, number>();
  let datelineMonth: number | null = null;
  const vote = (y: number, w: number): void => {
    if (y >= 1990 && y <= 2100) votes.set(y, (votes.get(y) ?? 0) + w);
  };
  // Documents are cited after they were issued: the article is not older than the latest of them.
  let latestCited = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || !LUNAR_HEADS.has(tokens[i - 1].norm)) continue;
    const y = lunarYear(t.norm, tokens[i + 1]?.norm ?? '');
    if (y !== null && tokens[i + 1].cap) vote(y, 2);
  }
  // Index loops, not forEach: every item of every sentence passes here, and without TurboFan
  // inlining (tuneV8ForExtraction) a callback per item is a real call.
  for (let si = 0; si < sentences.length; si++) {
    const items = sentences[si];
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      if (it.kind === 'word') {
        if (it.norm === 'năm') yearAfterNam(items, k, vote);
      } else if (it.kind === 'directive') {
        if (it.m.date?.year) latestCited = Math.max(latestCited, it.m.date.year);
      } else if (it.kind === 'date' && it.m.year !== null) {
        const dateline = si < 2 && !!it.m.timeWord;
        if (dateline && datelineMonth === null) datelineMonth = it.m.month;
        vote(it.m.year, dateline ? 3 : 1);
      }
    }
  }
  let year: number | null = null;
  let best = 0;
  for (const [y, n] of votes) {
    if (n > best || (n === best && year !== null && y > year)) {
      year = y;
      best = n;
    }
  }
  // A year older than a document the article cites is a past year it looks back on, not its own.
  if (year !== null && year < latestCited) year = null;

  // Places named in the body.
  const score = new Map<ProvinceDef, number>();
  const placesByLevel = new Map<string, Set<string>>();
  const addPlace = (level: string, name: string): void => {
    let s = placesByLevel.get(level);
    if (!s) placesByLevel.set(level, (s = new Set()));
    s.add(name);
  };
  // A place name inside a person's name ("Lê Thanh Sơn") says nothing about where the article is.
  const inName: [number, number][] = [];
  /** Spans of people's posts ("Chủ tịch UBND tỉnh Quảng Trị"): a province there is someone's. */
  const inRole: [number, number][] = [];
  for (const items of sentences)
    for (const it of items) {
      if (it.kind === 'person') inName.push([it.m.start, it.m.end]);
      else if (it.kind === 'role') inRole.push([it.m.start, it.m.end]);
    }
  let roleAt = 0;
  /** Provinces named at least once outside a person's post. */
  const beyondRoles = new Set<ProvinceDef>();
  let nameAt = 0;
  // The headline and the lede say where the story is; a wire story's later items go elsewhere.
  // The lead's last item, without building the lead (slice + flat per document).
  const leadLast = sentences[1]?.length ? sentences[1] : sentences[0];
  const itemEnd = (it: Item | undefined): number =>
    !it ? 0 : it.kind === 'word' ? it.end : it.m.end;
  const leadEnd = itemEnd(leadLast?.[leadLast.length - 1]);
  const headlineEnd = itemEnd(sentences[0]?.[sentences[0].length - 1]);
  // A venue in the headline, or in a first sentence that reports the event with its time
  // ("Chiều 21/6, … tại tỉnh X"), places the story; an undated first sentence may be background
  // ("Việc lộ đề thi … tại tỉnh Y khiến dư luận lo lắng"), so it yields to a province the body
  // names far more often.
  const ledeReports = (sentences[1] ?? []).some((it) => it.kind === 'date');
  let venueReported = false;
  /** Plain mentions of each province (its own name or one of its districts), outside names. */
  const mentions = new Map<ProvinceDef, number>();
  const { at: placeAt, listed } = listedPlaces(tokens, spans);
  const signature = signatureStart(tokens);
  /** Provinces the headline or the lede places the event in ("… tại tỉnh Quảng Ninh"). */
  const ledeVenues = new Set<ProvinceDef>();
  const ledePlaces = new Set<ProvinceDef>();
  /**
   * Provinces named anywhere as a venue ("… tổ chức tại Hà Nội") or as the place of what precedes
   * them ("Trường ĐH Tân Tạo (Long An)"): said to be where things are.
   */
  const venues = new Set<ProvinceDef>();
  let headlineList = false;
  /** Provinces named at least once other than as a venue (a body of it, a district, a subject). */
  const beyondVenue = new Set<ProvinceDef>();
  /** One naming of province p, from its own name or one of its districts. */
  const named = (
    p: ProvinceDef,
    weight: number,
    venue: boolean,
    placesSomething: boolean,
    lede: boolean,
    inHeadline: boolean,
  ): void => {
    score.set(p, (score.get(p) ?? 0) + weight);
    mentions.set(p, (mentions.get(p) ?? 0) + 1);
    if (placesSomething) venues.add(p);
    if (lede && venue) {
      ledeVenues.add(p);
      if (ledeReports || inHeadline) venueReported = true;
    }
    if (lede) ledePlaces.add(p);
    if (!venue) beyondVenue.add(p);
  };
  for (const i of placeAt) {
    const sp = spans.at[i]!;
    const at = tokens[i].start;
    while (nameAt < inName.length && inName[nameAt][1] <= at) nameAt++;
    if (nameAt < inName.length && inName[nameAt][0] <= at) continue;
    while (roleAt < inRole.length && inRole[roleAt][1] <= at) roleAt++;
    const inPost = roleAt < inRole.length && inRole[roleAt][0] <= at;
    // "các tỉnh Cao Bằng, Tiền Giang, Cần Thơ, …" (examples of a nationwide story) and a postal
    // address ("(số 64, Bà Triệu, Q. Hai Bà Trưng, Hà Nội)") say nothing about where the story is.
    if (listed.has(i) && tokens[i].start < headlineEnd) headlineList = true;
    if (listed.has(i) || inAddress(tokens, i) || i >= signature) continue;
    const lede = at < leadEnd;
    const prev = tokens[i - 1]?.norm ?? '';
    const prev2 = i >= 2 ? `${tokens[i - 2].norm} ${prev}` : '';
    const generic =
      ['tỉnh', 'tp', 'phố'].includes(prev) || prev2 === 'thành phố' || prev2 === 'tp .';
    let pr = entryOf(sp, 'province');
    // "Thủ đô Moscow": a common-noun alias followed by a name is another country's capital.
    if (pr?.alias && tokens[sp.end]?.cap && NOUN_ALIASES.has(spanText(tokens, sp.start, sp.end)))
      pr = undefined;
    if (pr && (!pr.def.needsPrefix || pr.alias || generic)) {
      const venue = afterLocative(tokens, spans, i, false);
      const w = (generic ? 3 : 2) * (lede ? LEAD_WEIGHT : 1);
      named(pr.def, w, venue, venue || inBrackets(tokens, i, sp.end), lede, at < headlineEnd);
      if (!inPost) beyondRoles.add(pr.def);
      if (generic && (prev === 'tp' || prev === 'phố' || prev2 === 'tp .') && !pr.def.centralCity) {
        addPlace('city', pr.def.name);
      }
    }
    const di = entryOf(sp, 'district');
    if (di && di.def.provinces.length === 1) {
      const p = findProvince(di.def.provinces[0], lex);
      if (p) {
        const venue = afterLocative(tokens, spans, i, true);
        named(p, lede ? LEAD_WEIGHT : 1, venue, venue, lede, at < headlineEnd);
        if (!inPost) beyondRoles.add(p);
        // A district ("tại huyện Gia Lâm") places the story inside the province, not only at it.
        beyondVenue.add(p);
      }
    }
  }
  // Places named with their kind anywhere in the body: "huyện Thọ Xuân", "thị xã Buôn Hồ".
  for (let i = 0; i < tokens.length; i++) {
    const gs = spans.at[i];
    if (!gs) continue;
    const g = entryOf(gs, 'placeGeneric');
    if (!g || g.def.level === 'province') continue;
    const k = gs.end;
    const nx = spans.at[k];
    const di = entryOf(nx, 'district');
    if (nx && di) {
      addPlace(g.def.level, joinText(tokens, k, nx.end));
      continue;
    }
    let j = k;
    while (
      j < tokens.length &&
      j < k + 3 &&
      tokens[j].titleCase &&
      !spans.at[j]?.entries.some((e) => e.cat !== 'district' && e.cat !== 'surname')
    )
      j++;
    if (j > k && !(j - k >= 3 && entryOf(spans.at[k], 'surname'))) {
      addPlace(g.def.level, joinText(tokens, k, j));
    }
  }
  for (const items of sentences) {
    for (const it of items) {
      // No empty array per word item: most items are words.
      const places = it.kind === 'org' ? it.m.places : it.kind === 'role' ? it.m.org?.places : null;
      if (!places) continue;
      for (const pl of places)
        if (pl.name && (pl.generic || pl.district)) addPlace(pl.level, pl.name);
    }
  }

  let province: ProvinceDef | null = null;
  const outlet = input.outlet;
  const fromOutlet = outlet ? provinceOfOutlet(outlet, lex) : undefined;
  if (fromOutlet) province = fromOutlet;
  // A lede that names one province only, as the event's venue, wins over places the body names
  // more often (the other stops of a wire story, a visitor's home province).
  else if (
    ledeVenues.size === 1 &&
    ledePlaces.size === 1 &&
    (venueReported || !outnumbered([...ledeVenues][0], mentions))
  )
    province = [...ledeVenues][0];
  else {
    let top: ProvinceDef | null = null;
    let topScore = 0;
    let second = 0;
    for (const [p, s] of score) {
      if (s > topScore) {
        second = topScore;
        top = p;
        topScore = s;
      } else if (s > second) second = s;
    }
    // A headline and lede about another country and no Vietnamese place is foreign news, unless
    // the body keeps naming one province ("ống gang Trung Quốc" in a story about a city's works).
    const foreign =
      ledePlaces.size === 0 && topScore < FOREIGN_OVERRIDE && namesForeignPlace(tokens, leadEnd);
    // A story whose headline and lede name no place, with one plain mention later (a company's
    // name, a speaker's former post, an example) and no venue there, does not say where it is.
    // A lone venue in a story that names another country ("khi còn ở Sài Gòn" in a piece on a
    // foreign company) is a memory or an aside, not where the story is.
    const passing =
      ledePlaces.size === 0 &&
      topScore < PASSING_SCORE &&
      (!venues.has(top!) || namesForeignPlace(tokens, Number.MAX_SAFE_INTEGER));
    // A national story (no place in the lead, a central body in the opening) that names a province
    // only in people's posts ("…, Bí thư Thành ủy TP.HCM") is not about that province.
    const postsOnly =
      ledePlaces.size === 0 && !!top && !beyondRoles.has(top) && centralOpening(sentences);
    if (top && topScore > second && !foreign && !passing && !postsOnly) province = top;
  }
  if (province) province = inForce(province, year, datelineMonth, lex);
  // A headline and lede naming three or more provinces, or a headline listing them ("Nhân sự mới
  // Hà Nội, TP.HCM, Bắc Ninh, …"), introduce a roundup: no one of them is where the article is,
  // though bare mentions ("Sở Y tế tỉnh") still resolve against the most named one.
  const roundup = !fromOutlet && (ledePlaces.size >= 3 || headlineList);
  // The seat of the central bodies named only as a venue ("Chiều 17/5, tại Hà Nội, …"): the
  // meeting place of a national event, not what the article is about; its bare bodies ("Ban Chỉ
  // đạo") are the central ones, so they stay unqualified.
  const seatVenue =
    !fromOutlet &&
    !!province &&
    SEATS.has(province.name) &&
    !beyondVenue.has(province) &&
    centralOpening(sentences);
  if (seatVenue) province = null;
  // A football story ("CĐV Hải Phòng", "trận Hà Nội FC – FLC Thanh Hóa") names clubs and venues.
  if (!fromOutlet && sportMarkers(tokens, leadEnd) >= placeData.sportMarkers.minimum)
    province = null;
  const jurisdiction = roundup || seatVenue ? null : (province?.name ?? null);
  return { outlet, province, jurisdiction, year, placesByLevel };
}
