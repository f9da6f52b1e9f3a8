/**
 * Officials: the people of one sentence and their roles.
 *   apposition     PERSON , ROLE (, ROLE | kiêm ROLE)*      "đồng chí A, Ủy viên BTV, Trưởng Ban Dân vận"
 *   pre-nominal    ROLE (, ROLE)* PERSON                    "Bí thư Thành ủy TP Thanh Hóa Lê Anh Xuân"
 *   ellipsis       a role whose body is incomplete takes it from the next role of the same chain
 *   distributive   "các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng A; Bộ trưởng B"
 *   predicate      PERSON (aside) lead* COPULA ROLE (, ROLE)*  "ông A đang là Chủ tịch UBND xã X"
 */
import { LEXICON, type Lexicon, type ProvinceDef, type TitleDef } from './lexicon';
import type { Item, OrgPhrase, PersonMention, PlaceRef, RoleMention } from './mentions';
import { firstIndex, isWord } from './mentions';
import { phraseKey } from './tokens';
import titlesData from './lexicon/titles.json';

export interface RoleDraft {
  title: string;
  org: OrgPhrase | null;
  /** Offset of the role mention, when it comes from one. */
  at?: number;
  /** The title is followed by a body the grammar could not read: not a bare title. */
  unread?: boolean;
  /** The body is named by its unit alone ("công ty"): the nearest one of that unit. */
  unitRef?: string;
  /** Held without a body: a standalone title, or the only title a person is given. */
  bare?: boolean;
}

export interface PersonDraft {
  name: string;
  roles: RoleDraft[];
  mentions: PersonMention[];
  /** Named with a title of another country ("Thủ tướng Trung Quốc A"): not an official here. */
  foreign?: boolean;
  /** A figure commemorated ("kỷ niệm Ngày sinh đồng chí A"): not an official here either. */
  historical?: boolean;
  /**
   * Titles written bare before another post of the person ("Bộ trưởng, Chủ nhiệm Văn phòng
   * Chính phủ A"): a rank that goes with that post, not a post of its own.
   */
  ranks?: Set<string>;
}

/** Items without person markers ("đồng chí", "ông"), remembering that one preceded a person. */
export function stripMarkers(items: Item[]): { items: Item[]; marked: Set<Item> } {
  const out: Item[] = [];
  const marked = new Set<Item>();
  let pending = false;
  for (const it of items) {
    if (it.kind === 'word' && it.group === 'personMarker') {
      pending = true;
      continue;
    }
    if (pending && it.kind === 'person') marked.add(it);
    pending = false;
    out.push(it);
  }
  return { items: out, marked };
}

function placeLevelOk(unitLevel: string | undefined, place: PlaceRef): boolean {
  if (!place.name) return false;
  if (unitLevel === 'district') return place.level === 'district';
  if (unitLevel === 'province') return place.level === 'province';
  if (unitLevel === 'city') return place.level === 'city' || place.level === 'province';
  return false;
}

/** Longest aside in brackets skipped between a name and its predicate ("(SN 1964)", "(cháu ông A)"). */
const ASIDE_MAX = 14;
/** Most words between a name and the role its predicate states. */
const PREDICATE_MAX = 10;

/** Most items of an aside on the person after a comma ("sinh ngày 2/3/1968", "SN 1964"). */
const PERSON_ASIDE_MAX = 6;
const DATE_PART_WORDS = new Set(['ngày', 'tháng', 'năm']);

/**
 * "ông A, sinh ngày 2/3/1968, Phó Giám đốc …", "ông B, sinh năm 1967 giữ chức …": the index where
 * an aside on the person that starts at the comma at i ends (its closing comma or the predicate
 * after it), or i (lexicon: predicate.asideOpeners).
 */
function afterPersonAside(items: Item[], i: number, lex: Lexicon): number {
  const opener = items[i + 1];
  if (!isWord(items[i], ',') || opener?.kind !== 'word') return i;
  if (!lex.rolePredicate.aside.has(opener.norm.split(' ')[0])) return i;
  let k = i + 2;
  for (; k < items.length && k < i + 2 + PERSON_ASIDE_MAX; k++) {
    const it = items[k];
    const datePart =
      it.kind === 'date' ||
      (it.kind === 'word' && (DATE_PART_WORDS.has(it.norm) || /^\d/.test(it.text)));
    if (!datePart) break;
  }
  return k > i + 2 ? k : i;
}

/** Index after an aside in brackets that starts at i, or i when there is none. */
function afterAside(items: Item[], i: number): number {
  if (!isWord(items[i], '(') || items[i + 1]?.kind === 'role') return i;
  const close = firstIndex(
    items,
    i + 1,
    (x) => isWord(x, ')'),
    Math.min(items.length, i + ASIDE_MAX),
  );
  return close < 0 ? i : close + 1;
}

/**
 * Index of the role a predicate states of the person before i ("đang là", "giữ chức", "được điều
 * động, bổ nhiệm chức danh"), or -1: only the lexicon's predicate words may stand between.
 */
export function predicateRole(items: Item[], i: number, lex: Lexicon): number {
  const { lead, copula } = lex.rolePredicate;
  for (let k = i; k < items.length && k < i + PREDICATE_MAX; k++) {
    const it = items[k];
    if (it.kind === 'role') {
      const prev = items[k - 1];
      return k > i && prev.kind === 'word' && copula.has(prev.norm.split(' ').pop() ?? '') ? k : -1;
    }
    if (it.kind !== 'word' || !it.norm.split(' ').every((w) => lead.has(w))) return -1;
  }
  return -1;
}

/** The words before i make the person there a commemorated figure (lexicon: commemorated). */
function commemoratedAt(items: Item[], i: number, lex: Lexicon): boolean {
  const w1 = items[i - 1];
  if (w1?.kind !== 'word') return false;
  if (lex.commemoratedBefore.has(w1.norm)) return true;
  const w2 = items[i - 2];
  return w2?.kind === 'word' && lex.commemoratedBefore.has(`${w2.norm} ${w1.norm}`);
}

/** A name starts here: a person, or a capitalised word the grammar did not read as one. */
const namedAt = (it: Item | undefined): boolean =>
  it?.kind === 'person' || (it?.kind === 'word' && /^\p{Lu}/u.test(it.text));

/** Index after a country named at i ("Trung Quốc", "Lào"), or -1 (lexicon: foreignAfterTitle). */
function countryEnd(items: Item[], i: number, lex: Lexicon): number {
  let key = '';
  for (let k = i; k < items.length && k < i + 3; k++) {
    const it = items[k];
    if (it.kind !== 'word') return -1;
    key = key ? `${key} ${it.norm}` : it.norm;
    if (lex.foreignAfterTitle.has(key)) return k + 1;
  }
  return -1;
}

/**
 * "Thủ tướng Hà Lan Mark Rutte": the grammar read a country whose name opens with a family name
 * ("Hà") as the start of the person. True when the name opens with a country of
 * foreignAfterTitle and goes on after it.
 */
function countryOpensName(name: string, lex: Lexicon): boolean {
  const keys = phraseKey(name);
  let key = '';
  for (let n = 0; n < 3 && n < keys.length - 1; n++) {
    key = key ? `${key} ${keys[n]}` : keys[n];
    if (lex.foreignAfterTitle.has(key)) return true;
  }
  return false;
}

/**
 * "Chánh Văn phòng (Công an tỉnh X)", "Trưởng phòng Khảo thí (Sở GD&ĐT X)": the body in brackets
 * right after a title is the one its holder serves, or the one its unit belongs to. Returns the
 * role with that body and the index after the bracket, or null.
 */
function bracketBody(
  role: RoleMention,
  items: Item[],
  j: number,
): { role: RoleMention; end: number } | null {
  const o = items[j + 1];
  if (!isWord(items[j], '(') || o?.kind !== 'org' || !isWord(items[j + 2], ')')) return null;
  const body = o.m;
  if (body.plural) return null;
  if (!role.org) return { role: { ...role, org: body, unread: false }, end: j + 3 };
  const last = role.org.units[role.org.units.length - 1];
  if (role.org.places.length > 0 || last.def.takes !== 'name') return null;
  const org: OrgPhrase = {
    ...role.org,
    units: [...role.org.units, ...body.units],
    places: body.places,
    end: body.end,
  };
  return { role: { ...role, org }, end: j + 3 };
}

/** "Phó Chánh Văn phòng - Tổng cục X": a bare title's body after a dash; null when there is none. */
function dashBody(
  role: RoleMention,
  items: Item[],
  j: number,
): { role: RoleMention; end: number } | null {
  const o = items[j + 1];
  if (role.org || role.unitRef || !isWord(items[j], '-', '–') || o?.kind !== 'org') return null;
  if (o.m.plural || items[j + 2]?.kind === 'person') return null;
  return { role: { ...role, org: o.m, unread: false }, end: j + 2 };
}

/**
 * "Phó Bí thư, Chủ tịch UBND huyện X": a bare Party title before a title of the place's own
 * government, council or front is held in the Party committee of that place (lexicon titles:
 * bodyByPlace by the place's kind), or null.
 */
function placeCommittee(r: RoleMention, nx: OrgPhrase, lex: Lexicon): OrgPhrase | null {
  if (!['government', 'council', 'front'].includes(nx.units[0]?.def.kind ?? '')) return null;
  const place = nx.places[0];
  if (!place?.generic) return null;
  const def = titleDef(r.title, lex);
  const head = def?.family ? titleDef(def.family, lex) : def;
  const phrase = (def?.bodyByPlace ?? head?.bodyByPlace)?.[place.generic];
  const u = phrase ? lex.unitByPhrase.get(phraseKey(phrase).join(' ')) : undefined;
  if (!u) return null;
  // "Huyện ủy" already names the kind of place: "Huyện ủy Tân Lạc", but "Đảng ủy xã X".
  const p = u.level && !/\d/.test(place.name ?? '') ? { ...place, generic: null } : place;
  return {
    units: [{ def: u, name: null }],
    places: [p],
    plural: false,
    start: r.start,
    end: r.end,
  };
}

/**
 * Completes elliptic bodies from the next role of the same apposition chain; a bare title dropped
 * before a full one is recorded as the holder's rank.
 */
export function completeChain(
  roles: RoleMention[],
  lex: Lexicon = LEXICON,
  holder?: PersonDraft,
): RoleDraft[] {
  // "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc": a bare title before a full one is part of one title,
  // unless it is a Party title of the place the full one names ("Phó Bí thư, Chủ tịch UBND huyện").
  const out: RoleDraft[] = [];
  roles.forEach((r, k) => {
    const nx = roles[k + 1]?.org;
    let org = r.org ?? (nx ? placeCommittee(r, nx, lex) : null);
    // "Phó Giám đốc, Thủ trưởng Cơ quan CSĐT Công an tỉnh X": a unit that needs its owner is part
    // of that body; a deputy's post before it is in the owner. Without its owner ("Phó Giám đốc,
    // Thủ trưởng cơ quan CSĐT") the deputy's post stays bare, to take its body from the article.
    const sub = !!nx && nx.units[0].def.needs === 'owner';
    const ownerless = sub && nx?.units.length === 1;
    // "Phó Chủ tịch, Tổng Thư ký Ủy ban X": a deputy's post of the same body is a post of its own
    // (not a post that names no body, "Phó Thủ tướng, Bộ trưởng Bộ Y").
    if (!org && nx && /^Phó /u.test(r.title) && roles[k + 1].title !== r.title.slice(4)) {
      const def = lex.titleByKey.get(phraseKey(r.title).join(' '));
      if (def && !def.standalone && !ownerless)
        org = sub ? { ...nx, units: nx.units.slice(1) } : nx;
    }
    if (!org && nx && !(ownerless && /^Phó /u.test(r.title))) {
      if (holder) (holder.ranks ??= new Set()).add(r.title);
      return;
    }
    out.push({ title: r.title, org, at: r.start, unread: r.unread, unitRef: r.unitRef });
  });
  for (let k = out.length - 2; k >= 0; k--) {
    const r = out[k];
    const nx = out[k + 1].org;
    if (!r.org || !nx || nx.units.length === 0) continue;
    const units = r.org.units;
    const last = units[units.length - 1];
    // "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo … tỉnh Yên Bái": the place named at the end of
    // the chain is the one the earlier bare "tỉnh" stands for (not the article's province).
    const bare = r.org.places.length === 1 && !r.org.places[0].name ? r.org.places[0] : null;
    if (bare) {
      const named = nx.places.find(
        (p) => p.name && p.level === bare.level && p.generic === bare.generic,
      );
      if (named) r.org = { ...r.org, places: [named] };
      continue;
    }
    if (r.org.places.length > 0) continue;
    let completed: OrgPhrase | null = null;
    if (last.def.needs === 'committee') {
      // Party committees, and mass organisations and fronts (they have standing committees too).
      const idx = nx.units.findIndex(
        (u) =>
          (u.def.kind === 'party-committee' && !u.def.needs) ||
          u.def.kind === 'mass' ||
          u.def.kind === 'front',
      );
      if (idx >= 0)
        completed = { ...r.org, units: [...units, ...nx.units.slice(idx)], places: nx.places };
    } else if (last.def.needs === 'owner') {
      const first = nx.units[0].def;
      // A commune's police or military command has no Party committee of its own: "Đảng ủy
      // viên, Trưởng Công an xã X" sits on the Đảng ủy of the commune.
      const commune = nx.places.some((p) => p.level === 'commune');
      if (last.def.ownedBy?.includes(first.kind)) {
        completed = { ...r.org, units: [...units, ...nx.units], places: nx.places };
      } else if (['government', 'council', 'front'].includes(first.kind) || commune) {
        if (commune || nx.places.some((p) => p.name)) completed = { ...r.org, places: nx.places };
      } else if (!first.needs && !first.sub) {
        // "Đảng ủy viên, Trưởng phòng X Viện Kiểm sát …": the committee is the agency's, not its
        // department's.
        const from = first.kind === 'department' && nx.units.length > 1 ? 1 : 0;
        completed = { ...r.org, units: [...units, ...nx.units.slice(from)], places: nx.places };
      }
    } else if (last.name === null || last.def.takes !== 'name') {
      const place = nx.places.find((p) => placeLevelOk(last.def.level, p));
      if (place) {
        const copy: PlaceRef =
          place.level === 'district' && place.name && !/\d/.test(place.name)
            ? { ...place, generic: null }
            : place;
        completed = { ...r.org, places: [copy] };
      }
    }
    if (completed) r.org = completed;
  }
  return out;
}

/** The National Assembly member's markers and title (lexicon titles: deputy). */
const DEPUTY = {
  markers: new Set(titlesData.deputy.markers),
  delegation: titlesData.deputy.delegation,
  key: phraseKey(titlesData.deputy.title).join(' '),
};
/** Most items in the bracket after a deputy's name ("(đoàn Bà Rịa - Vũng Tàu)"). */
const DEPUTY_BRACKET_MAX = 7;

/**
 * "đại biểu Trần Văn A (TP.HCM)", "ĐB Lê Thị B (đoàn Hà Nam)": a member of the National Assembly,
 * named after a marker with the province of the delegation in brackets; the role, or null.
 */
function deputyRole(items: Item[], i: number, lex: Lexicon): RoleDraft | null {
  const w1 = items[i - 1];
  const w2 = items[i - 2];
  if (w1?.kind !== 'word' || !isWord(items[i + 1], '(')) return null;
  const marked =
    DEPUTY.markers.has(w1.norm) ||
    (w2?.kind === 'word' && DEPUTY.markers.has(`${w2.norm} ${w1.norm}`));
  if (!marked) return null;
  const close = firstIndex(
    items,
    i + 2,
    (x) => isWord(x, ')'),
    Math.min(items.length, i + 2 + DEPUTY_BRACKET_MAX),
  );
  if (close < 0) return null;
  const texts: string[] = [];
  for (let k = i + 2; k < close; k++) {
    const it = items[k];
    // "(Đoàn Đồng Nai)": "Đoàn" is also a family name, so the bracket may read as a person.
    if (it.kind === 'word') texts.push(it.text);
    else if (it.kind === 'person') texts.push(it.m.name);
    else return null;
  }
  const keys = phraseKey(texts.join(' '));
  if (keys[0] === DEPUTY.delegation) keys.shift();
  if (!headNames(lex).has(keys.join(' '))) return null;
  const def = lex.titleByKey.get(DEPUTY.key);
  const at = itemStart(items[i]);
  const org = def?.orgPrefix ? impliedBody(def.orgPrefix, at, lex) : null;
  return def && org ? { title: def.title, org, at } : null;
}

/** People and their roles in one sentence; title-only mentions are returned apart. */
export function appositions(
  sentence: Item[],
  lex: Lexicon = LEXICON,
): { people: PersonDraft[]; titleOnly: RoleMention[] } {
  const { items, marked } = stripMarkers(sentence);
  const people: PersonDraft[] = [];
  const titleOnly: RoleMention[] = [];
  const drafts = new Map<Item, PersonDraft>();
  const draftOf = (it: Item, p: PersonMention): PersonDraft => {
    let d = drafts.get(it);
    if (!d) {
      d = { name: p.name, roles: [], mentions: [p] };
      drafts.set(it, d);
      people.push(d);
    }
    return d;
  };
  const distributed: { item: Item; roles: RoleDraft[] }[] = [];
  /** Titles joined to the next one by "kiêm". */
  const joined = new Set<RoleMention>();
  const isRole = (i: number): boolean => items[i]?.kind === 'role';
  const roleAt = (i: number): RoleMention => (items[i] as { kind: 'role'; m: RoleMention }).m;
  let i = 0;
  while (i < items.length) {
    const it = items[i];
    if (it.kind === 'person') {
      const d = draftOf(it, it.m);
      if (commemoratedAt(items, i, lex)) d.historical = true;
      const chain: RoleMention[] = [];
      // "ông A (SN 1964) - Trưởng phòng …": an aside in brackets before the apposition.
      let j = afterPersonAside(items, afterAside(items, i + 1), lex);
      const apposed = isWord(items[j], ',', '(', '-', '–') && isRole(j + 1);
      let pred = apposed ? -1 : predicateRole(items, j, lex);
      // "ông A, nguyên Giám đốc X, giữ chức Giám đốc Y": a past role before the predicate is skipped.
      if (!apposed && pred < 0 && isRole(j + 2) && isWord(items[j], ',')) {
        const w = items[j + 1];
        if (w.kind === 'word' && lex.rolePredicate.former.has(w.norm)) {
          const after = predicateRole(items, j + 3, lex);
          if (after >= 0) pred = after;
        }
      }
      if (apposed || pred >= 0) {
        j = pred >= 0 ? pred : j + 1;
        while (isRole(j)) {
          // A role glued to the next name is that name's title ("…, Bí thư X Nguyễn Văn A"), also
          // the first one after a comma: "Bộ trưởng Bộ Y tế A, Bộ trưởng Bộ Công Thương B".
          if (items[j + 1]?.kind === 'person' && (chain.length > 0 || isWord(items[j - 1], ','))) {
            // "Ủy viên Bộ Chính trị, Chủ tịch X A, Ủy viên Trung ương Đảng, Chủ tịch Y B": after a
            // name with its titles before it, titles that run up to the next name are that name's.
            if (items[i - 1]?.kind === 'role') chain.length = 0;
            break;
          }
          const at = j;
          const inBrackets =
            bracketBody(roleAt(j), items, j + 1) ?? dashBody(roleAt(j), items, j + 1);
          chain.push(inBrackets?.role ?? roleAt(j));
          j = inBrackets?.end ?? j + 1;
          // "A, Thủ tướng Trung Quốc": a title of another country. Before a name it is that
          // name's title ("A, Thủ tướng Lào B nhấn mạnh"), not A's.
          const ce = countryEnd(items, j, lex);
          if (ce >= 0) {
            if (namedAt(items[ce])) {
              chain.pop();
              j = at;
              break;
            }
            d.foreign = true;
          }
          const sep =
            isWord(items[j], ',', 'kiêm') ||
            (isWord(items[j], 'và') && items[j + 2]?.kind !== 'person');
          if (sep && isRole(j + 1)) {
            // "Phó Chủ tịch kiêm Tổng Thư ký Ủy ban X": both titles of the body named last.
            if (isWord(items[j], 'kiêm')) joined.add(chain[chain.length - 1]);
            j++;
            continue;
          }
          // "bà A, Phó Chánh Văn phòng, giữ chức Phó Vụ trưởng Vụ X": a predicate after the apposition.
          const then = isWord(items[j], ',') ? predicateRole(items, j, lex) : -1;
          if (then > j) {
            j = then;
            continue;
          }
          break;
        }
      }
      for (let k = chain.length - 2; k >= 0; k--) {
        const nx = chain[k + 1].org;
        if (!chain[k].org && nx && joined.has(chain[k]))
          chain[k] = { ...chain[k], org: nx, unread: false };
      }
      // "ông A (Chủ tịch) và ông B (Phó Chủ tịch) UBND TP X": bare titles in brackets, one per
      // name of a list, are of the body named right after the list.
      if (
        chain.length === 1 &&
        !chain[0].org &&
        isWord(items[j], ')') &&
        isWord(items[j - 2], '(')
      ) {
        let q = j + 1;
        while (
          isWord(items[q], 'và', ',') &&
          items[q + 1]?.kind === 'person' &&
          isWord(items[q + 2], '(') &&
          isRole(q + 3) &&
          isWord(items[q + 4], ')')
        )
          q += 5;
        const o = items[q];
        if (o?.kind === 'org' && !o.m.plural) chain[0] = { ...chain[0], org: o.m, unread: false };
      }
      d.roles.push(...completeChain(chain, lex, d));
      const deputy = chain.length ? null : deputyRole(items, i, lex);
      if (deputy) d.roles.push(deputy);
      i = chain.length ? j : i + 1;
      continue;
    }
    if (it.kind === 'role') {
      const chain: RoleMention[] = [it.m];
      let k = i;
      while (isWord(items[k + 1], ',') && isRole(k + 2)) {
        chain.push(roleAt(k + 2));
        k += 2;
      }
      // "Thủ tướng Trung Quốc Lý Khắc Cường": the holder of a title of another country.
      const foreignEnd = countryEnd(items, k + 1, lex);
      const holder = foreignEnd >= 0 ? items[foreignEnd] : undefined;
      if (holder?.kind === 'person') {
        draftOf(holder, holder.m).foreign = true;
        i = foreignEnd + 1;
        continue;
      }
      const nx = items[k + 1];
      // Only right after a bare title: "Bí thư Tỉnh ủy Hà Lan Anh" names a body, then a person.
      if (
        nx?.kind === 'person' &&
        !chain[chain.length - 1].org &&
        countryOpensName(nx.m.name, lex)
      ) {
        draftOf(nx, nx.m).foreign = true;
        i = k + 2;
        continue;
      }
      if (nx?.kind === 'person') {
        const holder = draftOf(nx, nx.m);
        const roles = completeChain(chain, lex, holder);
        holder.roles.push(...roles);
        // "cố Thủ tướng A", "lễ tang Bí thư B": a figure mourned, not an official of the article.
        if (commemoratedAt(items, i, lex)) holder.historical = true;
        i = k + 1;
        // "Các Phó Trưởng ban A, B và C": a plural title is held by every name of the list.
        if (isWord(items[i - chain.length * 2], 'các')) {
          while (isWord(items[i + 1], ',', 'và') && items[i + 2]?.kind === 'person') {
            const p = items[i + 2] as { kind: 'person'; m: PersonMention };
            if (isWord(items[i + 3], ',', '-', '–', '(') && items[i + 4]?.kind === 'role') break;
            draftOf(p, p.m).roles.push(...roles.map((r) => ({ ...r })));
            i += 2;
          }
        }
        continue;
      }
      // "Chủ tịch UBND phường X (quận Y) Nguyễn Văn A": a short aside between title and name.
      if (isWord(nx, '(')) {
        const close = firstIndex(
          items,
          k + 2,
          (x) => isWord(x, ')'),
          Math.min(items.length, k + 8),
        );
        const after = close >= 0 ? items[close + 1] : undefined;
        if (after?.kind === 'person') {
          draftOf(after, after.m).roles.push(...completeChain(chain));
          i = close + 1;
          continue;
        }
      }
      const nx2 = items[k + 2];
      // "Giám đốc Sở X, ông A", "Chủ tịch thị xã X - ông A -": the holder after a comma or a dash.
      const after = isWord(nx, ',') ? marked.has(nx2) : isWord(nx, '-', '–');
      if (after && nx2?.kind === 'person') {
        const holder = draftOf(nx2, nx2.m);
        holder.roles.push(...completeChain(chain));
        if (commemoratedAt(items, i, lex)) holder.historical = true;
        i = k + 2;
        continue;
      }
      // "các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng A; Bộ trưởng B": the title before the
      // colon is held by every person of the list.
      if (isWord(nx, ':')) {
        const shared = completeChain(chain);
        for (let q = k + 2; q < items.length;) {
          let end = q;
          while (end < items.length && !isWord(items[end], ';', '.')) end++;
          let p = firstIndex(items, q, (x) => x.kind === 'person', end);
          if (p < 0) break;
          distributed.push({ item: items[p], roles: shared });
          // "…; Lê Văn B, Trần Văn C cùng …": bare names listed in one member hold it too.
          while (
            isWord(items[p + 1], ',', 'và') &&
            items[p + 2]?.kind === 'person' &&
            p + 2 < end
          ) {
            p += 2;
            distributed.push({ item: items[p], roles: shared });
          }
          q = end + 1;
        }
      }
      titleOnly.push(...chain);
      i = k + 1;
      continue;
    }
    i++;
  }
  for (const { item, roles } of distributed)
    if (item.kind === 'person') draftOf(item, item.m).roles.push(...roles.map((r) => ({ ...r })));
  return { people, titleOnly };
}

// ---------- bare titles ----------

/** Offset where an item starts. */
const itemStart = (it: Item): number => (it.kind === 'word' ? it.start : it.m.start);

/**
 * "… Đảng ủy Sở Tài nguyên và Môi trường tỉnh X đã kỷ luật ông A, Phó Trưởng phòng Khoáng sản":
 * a unit that always belongs to an agency (lexicon units: contextOwners, no level of its own)
 * named with neither owner nor place is the unit of the nearest agency of one of those kinds named
 * before it in the same sentence (an earlier sentence is often another body's story), and not the
 * body of another person's title ("ông A, Giám đốc Trung tâm X …, ông B, Trưởng phòng Y" is
 * not said to be X's). A government gives only its place, even one another person heads ("ông
 * A, Phó Chủ tịch UBND huyện X, ông B, Phó Trưởng phòng TN&MT" → Phòng TN&MT huyện X).
 */
export function completeOwners(people: PersonDraft[], sentences: Item[][]): void {
  let starts: number[] | null = null;
  let held: Map<OrgPhrase, PersonDraft> | null = null;
  for (const p of people)
    for (const r of p.roles) {
      const o = r.org;
      const unit = o?.units[0];
      if (!o || !unit || r.at === undefined || o.units.length !== 1 || o.places.length > 0)
        continue;
      const owners = unit.def.contextOwners;
      if (!owners || unit.def.level || !unit.name || o.plural) continue;
      starts ??= sentences.map((items) => (items.length ? itemStart(items[0]) : -1));
      if (!held) {
        held = new Map();
        for (const q of people) for (const x of q.roles) if (x.org) held.set(x.org, q);
      }
      const holders = held;
      let si = starts.length - 1;
      while (si > 0 && (starts[si] < 0 || starts[si] > r.at)) si--;
      let found: OrgPhrase | null = null;
      const items = sentences[si] ?? [];
      for (let q = items.length - 1; q >= 0 && !found; q--) {
        const it = items[q];
        const a = it.kind === 'org' ? it.m : it.kind === 'role' ? it.m.org : null;
        if (!a || a.plural || a === o || a.start >= r.at) continue;
        const idx = a.units.findIndex((u) => u.def !== unit.def && owners.includes(u.def.kind));
        if (idx < 0) continue;
        const holder = holders.get(a);
        const government = a.units[idx].def.kind === 'government';
        if (holder && holder.name !== p.name && !government) continue;
        const named = a.units[idx].name !== null || a.places.length > 0;
        if (!named) continue;
        found = government
          ? { ...o, places: a.places }
          : { ...o, units: [unit, ...a.units.slice(idx)], places: a.places };
      }
      if (found && (found.units.length > 1 || found.places.length > 0)) r.org = found;
    }
}

/** A role or body named somewhere in the document, in text order. */
interface Anchor {
  at: number;
  title: string | null;
  org: OrgPhrase;
}

const TITLE_DEFS = new WeakMap<Lexicon, Map<string, TitleDef>>();
function titleDef(title: string, lex: Lexicon): TitleDef | undefined {
  let m = TITLE_DEFS.get(lex);
  if (!m) {
    m = new Map();
    for (const t of lex.titles) if (!m.has(t.title) || t.family || t.unit) m.set(t.title, t);
    TITLE_DEFS.set(lex, m);
  }
  return m.get(title);
}

const familyOf = (title: string, lex: Lexicon): string => titleDef(title, lex)?.family ?? title;

/** The part of an organisation phrase from its first unit of this phrase on ("Cục X" of "Cục X Bộ Y"). */
function fromUnit(org: OrgPhrase, unit: string): OrgPhrase | null {
  // "Công ty TNHH X … Phó Tổng Giám đốc công ty": a legal form is a kind of its unit.
  const k = org.units.findIndex((u) => {
    const p = u.def.canonical ?? u.def.phrase;
    return p === unit || (!!u.def.legalForm && p.startsWith(`${unit} `));
  });
  if (k < 0 || (k === 0 && org.units.length === 1 && !org.units[0].name)) return null;
  return k === 0 ? org : { ...org, units: org.units.slice(k) };
}

/** The body a standalone title implies ("Thủ tướng" → "Chính phủ"), as a phrase at the title. */
function impliedBody(phrase: string, at: number, lex: Lexicon): OrgPhrase | null {
  const def = lex.unitByPhrase.get(phraseKey(phrase).join(' '));
  return def
    ? { units: [{ def, name: null }], places: [], plural: false, start: at, end: at }
    : null;
}

/**
 * Titles written without their body ("Phó Chủ tịch Lương Công Tuấn" after "Chủ tịch UBND thị xã
 * Sông Cầu", "Cục trưởng Phạm Trọng Đạt" in an article about the Cục, "Phó Bí thư Thường trực"
 * after "Bí thư Tỉnh ủy") take the body of the nearest role of the same family, or the nearest body
 * the title implies (lexicon: family, unit). A bare title of a person who also holds a full role
 * of that family is the same role and is dropped.
 */
export function completeBareTitles(people: PersonDraft[], sentences: Item[][], lex: Lexicon): void {
  completeOwners(people, sentences);
  if (!people.some((p) => p.roles.some((r) => !r.org))) return;
  const anchors: Anchor[] = [];
  for (const items of sentences)
    for (const it of items) {
      if (it.kind === 'role' && it.m.org)
        anchors.push({ at: it.m.start, title: it.m.title, org: it.m.org });
      else if (it.kind === 'org') anchors.push({ at: it.m.start, title: null, org: it.m });
    }
  const holder = new Map<number, string>();
  for (const p of people)
    for (const r of p.roles) if (r.org && r.at !== undefined) holder.set(r.at, p.name);
  const byName = new Map<string, RoleDraft[]>();
  for (const p of people) byName.set(p.name, [...(byName.get(p.name) ?? []), ...p.roles]);
  // "Bộ trưởng, Chủ nhiệm VPCP A" once: "Bộ trưởng A" elsewhere is that rank, no other ministry's.
  const ranks = new Map<string, Set<string>>();
  for (const p of people)
    if (p.ranks?.size) ranks.set(p.name, new Set([...(ranks.get(p.name) ?? []), ...p.ranks]));
  for (const p of people) {
    const all = byName.get(p.name) ?? [];
    const rank = ranks.get(p.name);
    p.roles = p.roles.filter((r) => {
      if (r.org) return true;
      if (rank?.has(r.title) && all.some((x) => x.org)) return false;
      const fam = familyOf(r.title, lex);
      return !all.some((x) => x.org && familyOf(x.title, lex) === fam);
    });
    for (const r of p.roles) {
      if (r.org || r.at === undefined || r.unread) continue;
      const at = r.at;
      const def = titleDef(r.title, lex);
      const fam = familyOf(r.title, lex);
      const fits = (a: Anchor): OrgPhrase | null => {
        const unit = r.unitRef ?? def?.unit;
        if (unit) return fromUnit(a.org, unit);
        if (a.title === null || familyOf(a.title, lex) !== fam) return null;
        // The sole holder of that very title is someone else: not this body.
        const other = holder.get(a.at);
        if (a.title === r.title && other !== undefined && other !== p.name) return null;
        return a.org;
      };
      let found: OrgPhrase | null = null;
      for (let k = anchors.length - 1; k >= 0 && !found; k--)
        if (anchors[k].at < at) found = fits(anchors[k]);
      for (let k = 0; k < anchors.length && !found; k++)
        if (anchors[k].at > at) found = fits(anchors[k]);
      // "Thủ tướng Nguyễn Xuân Phúc" with no body in the text: the one body the title exists in.
      if (!found && def?.body) found = impliedBody(def.body, at, lex);
      if (!found && def?.standalone) r.bare = true;
      if (found) {
        r.org = found;
        // "phó trưởng ban" + "Ban Bồi thường …" is the Phó Trưởng of that Ban.
        if (
          / ban$/iu.test(r.title) &&
          /^ban(?: |$)/iu.test(found.units[0].def.canonical ?? found.units[0].def.phrase)
        )
          r.title = r.title.replace(/ ban$/iu, '');
      }
    }
  }
  // A person named with a title and nothing else ("Bí thư Đinh La Thăng" in a piece that never
  // names the body) is still an official: the first such title is kept as it is.
  const titled = new Set<string>();
  for (const p of people) if (p.roles.some((r) => r.org || r.bare)) titled.add(p.name);
  for (const p of people) {
    if (titled.has(p.name)) continue;
    const r = p.roles.find((x) => !x.unread && x.at !== undefined);
    if (r) {
      r.bare = true;
      titled.add(p.name);
    }
  }
}

const HEAD_NAMES = new WeakMap<Lexicon, Map<string, ProvinceDef>>();
/** Provinces by name and by alias ("TP.HCM", "TPHCM"), as a heading may write them. */
function headNames(lex: Lexicon): Map<string, ProvinceDef> {
  let m = HEAD_NAMES.get(lex);
  if (!m) {
    m = new Map(lex.provinceByName);
    for (const p of lex.provinces)
      for (const a of p.aliases)
        if (!m.has(phraseKey(a).join(' '))) m.set(phraseKey(a).join(' '), p);
    HEAD_NAMES.set(lex, m);
  }
  return m;
}

/** The province named by the words before a colon at i ("Quảng Trị:", "TP.HCM:"), or null. */
function sectionHead(items: Item[], i: number, lex: Lexicon): ProvinceDef | null {
  const words: string[] = [];
  for (let k = i; k < i + 3 && items[k]?.kind === 'word' && !isWord(items[k], ':'); k++) {
    const it = items[k];
    if (it.kind === 'word') words.push(it.norm);
    if (isWord(items[k + 1], ':')) return headNames(lex).get(words.join(' ')) ?? null;
  }
  return null;
}

/**
 * Roundups with one province per section ("Quảng Trị: Ngày 10/7, … Giám đốc Sở Y tế tỉnh …"):
 * after a province name and a colon, a body of a bare "tỉnh" (or "thành phố" under a centrally
 * run city) is in that province, up to the next such heading. Only in a text with two different headings or more; else the article's context.
 */
export function sectionProvinces(sentences: Item[][], lex: Lexicon): void {
  const heads = new Map<Item, ProvinceDef>();
  for (const items of sentences) {
    // A heading ends at a colon: one scan skips the per-word look in sentences without one.
    if (!items.some((it) => it.kind === 'word' && it.norm === ':')) continue;
    items.forEach((it, i) => {
      if (it.kind !== 'word') return;
      const p = sectionHead(items, i, lex);
      if (p) heads.set(it, p);
    });
  }
  if (new Set(heads.values()).size < 2) return;
  let prov: ProvinceDef | null = null;
  for (const items of sentences)
    for (const it of items) {
      prov = heads.get(it) ?? prov;
      const o = it.kind === 'org' ? it.m : it.kind === 'role' ? it.m.org : null;
      const p = prov;
      if (!o || !p) continue;
      // "TP.HCM: … Phó Giám đốc Sở Tài chính thành phố A": a bare "thành phố" under a centrally
      // run city's heading is that city.
      o.places = o.places.map((pl) =>
        !pl.name &&
        ((pl.level === 'province' && pl.generic === 'tỉnh') ||
          (p.centralCity && pl.generic === 'thành phố'))
          ? { ...pl, name: p.name, province: p }
          : pl,
      );
    }
}
