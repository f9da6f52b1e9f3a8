/**
 * The general session reader: how most reports of a supervision, an inspection or a working
 * session are written, with a body or a titled person as the grammatical subject of a session
 * verb and a body as its object ("Thanh tra Sở Y tế đã kiểm tra Công ty …", "Bộ trưởng A đã làm
 * việc với UBND tỉnh B", "Sở X tiến hành thanh tra việc … tại UBND huyện Y"), or a titled person's
 * own short predicate told "tại buổi kiểm tra và làm việc với ORG". It reads only sentences the
 * delegation grammar (relations.ts supervisionIn) leaves, and emits only when both sides are clear.
 * Pure; the words are data (lexicon/sessions.json).
 */
import type { Item, OrgPhrase } from './mentions';
import type { PlaceLookup, SupervisionDraft } from './relations';
import type { SupervisionKind } from './types';
import { normWord } from './tokens';
import sessionData from './lexicon/sessions.json';
import placeData from './lexicon/places.json';

/** A lexicon phrase keyed as word items' norms read it: syllables' norms, commas standing apart. */
function phraseKey(p: string): string {
  return p.replace(/,/g, ' , ').trim().split(/\s+/).map(normWord).join(' ');
}

/** Phrases of one list, keyed as consecutive word items read them, with their longest length. */
interface PhraseSet {
  keys: Map<string, string>;
  /** Most syllables in one phrase: no match is longer than this many items. */
  longest: number;
}

function phraseSet(entries: Record<string, string> | readonly string[]): PhraseSet {
  const keys = new Map<string, string>();
  const pairs: [string, string][] = Array.isArray(entries)
    ? (entries as readonly string[]).map((p) => [p, p])
    : Object.entries(entries as Record<string, string>);
  let longest = 1;
  for (const [p, v] of pairs) {
    const k = phraseKey(p);
    keys.set(k, v);
    longest = Math.max(longest, k.split(' ').length);
  }
  return { keys, longest };
}

/** The session reader's lexicon, compiled once. */
export interface SessionLexicon {
  verbs: PhraseSet;
  subjectFillers: PhraseSet;
  objectFillers: PhraseSet;
  targetLeads: PhraseSet;
  targetMarkers: PhraseSet;
  openers: PhraseSet;
  blockers: PhraseSet;
  sessionNouns: Set<string>;
  sessionNounLeads: Set<string>;
  predicateLength: number;
  rankWords: Set<string>;
  placeGenerics: { words: string[]; generic: string }[];
  placeLeadSkip: number;
  conductorKindsBlocked: Set<string>;
  workOnlyBlocked: Set<string>;
}

export const SESSION_LEXICON: SessionLexicon = {
  verbs: phraseSet(sessionData.verbs),
  subjectFillers: phraseSet(sessionData.subjectFillers),
  objectFillers: phraseSet(sessionData.objectFillers),
  targetLeads: phraseSet(sessionData.targetLeads),
  targetMarkers: phraseSet(sessionData.targetMarkers),
  openers: phraseSet(sessionData.openers),
  blockers: phraseSet(sessionData.blockers),
  sessionNouns: new Set(sessionData.sessionNouns),
  sessionNounLeads: new Set(sessionData.sessionNounLeads),
  predicateLength: sessionData.predicateLength,
  rankWords: new Set(sessionData.rankWords),
  placeGenerics: Object.entries(sessionData.placeGenerics).map(([p, generic]) => ({
    words: phraseKey(p).split(' '),
    generic,
  })),
  placeLeadSkip: sessionData.placeLeadSkip,
  conductorKindsBlocked: new Set(sessionData.conductorKindsBlocked),
  workOnlyBlocked: new Set(sessionData.workOnlyBlocked),
};

/** Word items' keys, space-joined, from..to (exclusive); null when one of them is not a word. */
function keyOf(items: Item[], from: number, to: number): string | null {
  let k = '';
  for (let i = from; i < to; i++) {
    const it = items[i];
    if (it.kind !== 'word') return null;
    k = k ? `${k} ${it.norm}` : it.norm;
  }
  return k;
}

/** Longest phrase of the set starting at i: [items used, value], or null. */
function matchAt(items: Item[], i: number, set: PhraseSet): [number, string] | null {
  for (let n = Math.min(set.longest, items.length - i); n >= 1; n--) {
    const k = keyOf(items, i, i + n);
    const v = k === null ? undefined : set.keys.get(k);
    if (v !== undefined) return [n, v];
  }
  return null;
}

/** Longest phrase of the set ending at j (inclusive): the number of items it uses, or 0. */
function matchBack(items: Item[], j: number, set: PhraseSet): number {
  for (let n = Math.min(set.longest, j + 1); n >= 1; n--) {
    const k = keyOf(items, j - n + 1, j + 1);
    if (k !== null && set.keys.has(k)) return n;
  }
  return 0;
}

const isPunct = (it: Item | undefined, p: string): boolean =>
  it !== undefined && it.kind === 'word' && it.norm === p;

/** A body named well enough to stand alone: a name, a place or more than one unit. */
function specific(o: OrgPhrase): boolean {
  return !o.plural && (o.units.length > 1 || o.places.length > 0 || o.units[0]?.name != null);
}

const kindOf = (o: OrgPhrase): string => o.units[0]?.def.kind ?? '';

/**
 * The title item before the person at p, past a rank written between them ("Bộ trưởng Bộ Quốc
 * phòng - Đại tướng A"): its index, or -1.
 */
function titleBefore(items: Item[], p: number, lex: SessionLexicon): number {
  for (let k = p - 1; k >= 0 && p - k <= 4; k--) {
    const it = items[k];
    if (it.kind === 'role') return k;
    const rank = it.kind === 'word' && lex.rankWords.has(it.norm);
    if (!rank && !isPunct(it, '-') && !isPunct(it, '–') && !isPunct(it, '.')) return -1;
  }
  return -1;
}

const bodyOf = (it: Item | undefined): OrgPhrase | null => (it?.kind === 'role' ? it.m.org : null);

/** Where a chain of titles ending at index `role` starts ("Ủy viên Bộ Chính trị, Bí thư …"). */
function titlesFrom(items: Item[], role: number): number {
  let at = role;
  while (at > 1 && isPunct(items[at - 1], ',') && items[at - 2].kind === 'role') at -= 2;
  return at;
}

/** The supervising side read before the verb. */
interface Subject {
  conductor: OrgPhrase | null;
  leader: string | null;
  /** The body of the leader's title ("Giám đốc Sở Y tế tỉnh X" → Sở Y tế tỉnh X), or null. */
  body: OrgPhrase | null;
  /** Index of the subject's first item. */
  at: number;
}

/**
 * The subject ending right before index `end` (exclusive), after its fillers: an organisation, a
 * person after a title ("Bộ trưởng A"), or a person with a title written after the name ("ông
 * A, Thứ trưởng Bộ X, …").
 */
function subjectBefore(items: Item[], end: number, lex: SessionLexicon): Subject | null {
  let j = end - 1;
  for (let n = matchBack(items, j, lex.subjectFillers); n > 0;) {
    j -= n;
    n = matchBack(items, j, lex.subjectFillers);
  }
  if (j < 0) return null;
  const it = items[j];
  if (it.kind === 'org') return { conductor: it.m, leader: null, body: it.m, at: j };
  if (it.kind === 'person') {
    const role = titleBefore(items, j, lex);
    if (role < 0) return null;
    return {
      conductor: null,
      leader: it.m.name,
      body: bodyOf(items[role]),
      at: titlesFrom(items, role),
    };
  }
  // "ông A, Phó Chủ tịch UBND tỉnh X, đã …": titles after the name, between commas.
  if (isPunct(it, ',')) {
    let k = j - 1;
    while (k >= 0 && (items[k].kind === 'role' || isPunct(items[k], ','))) k--;
    if (k < j - 1 && items[k]?.kind === 'person' && items[k + 1] && isPunct(items[k + 1], ',')) {
      const p = items[k];
      if (p.kind === 'person')
        return { conductor: null, leader: p.m.name, body: bodyOf(items[k + 2]), at: k };
    }
  }
  return null;
}

/**
 * Whether everything before the subject is a time or place opening of the clause, read back from
 * the subject; words before a dated time opening ("… Ngày 4/2, tại Hà Nội, SUBJ …": a photo
 * caption the segmenter left in the sentence) do not count.
 */
function openingOnly(items: Item[], at: number, lex: SessionLexicon): boolean {
  let timed = false;
  for (let j = at - 1; j >= 0;) {
    const it = items[j];
    if (it.kind === 'date') {
      timed ||= it.m.timeWord !== null;
      j--;
      continue;
    }
    const n = matchBack(items, j, lex.openers);
    if (n) {
      j -= n;
      continue;
    }
    // A place or a name in the opening ("Tại Hà Nội, …"): capitalised words; "ông", "bà".
    if (
      it.kind === 'word' &&
      ((it.group === null && /^\p{Lu}/u.test(it.text)) ||
        it.group === 'personMarker' ||
        /^\d/.test(it.text))
    ) {
      j--;
      continue;
    }
    return timed;
  }
  return true;
}

/** Organisations chained at i: "ORG, ORG và ORG". */
function chainAt(items: Item[], i: number): OrgPhrase[] {
  const out: OrgPhrase[] = [];
  let k = i;
  while (items[k]?.kind === 'org') {
    const o = items[k];
    if (o.kind === 'org') out.push(o.m);
    if ((isPunct(items[k + 1], ',') || isPunct(items[k + 1], 'và')) && items[k + 2]?.kind === 'org')
      k += 2;
    else break;
  }
  return out;
}

/** A city written as one word with its generic ("TP.HCM", "TPHCM"), from its listed aliases. */
const CITY_WORDS = new Map<string, string>(
  placeData.provinces.flatMap((p) =>
    p.aliases
      .filter((a) => /^TP\.?\p{Lu}+$/u.test(a))
      .map((a): [string, string] => [a.toLowerCase(), `thành phố ${p.name}`]),
  ),
);

/** A place written with its generic at i ("tỉnh Cà Mau", "TP Hà Nội", "quận 9"): name and end. */
function placeAt(
  items: Item[],
  i: number,
  lookup: PlaceLookup,
  lex: SessionLexicon,
): { name: string; end: number } | null {
  const first = items[i];
  const city = first?.kind === 'word' ? CITY_WORDS.get(first.norm) : undefined;
  if (city) return { name: city, end: i + 1 };
  for (const g of lex.placeGenerics) {
    if (
      !g.words.every(
        (w, k) => items[i + k]?.kind === 'word' && (items[i + k] as { norm: string }).norm === w,
      )
    )
      continue;
    const j = i + g.words.length;
    let key = '';
    let found: { name: string; end: number } | null = null;
    for (let k = j; k < j + 4 && items[k]?.kind === 'word'; k++) {
      const w = items[k] as { norm: string; text: string; group: string | null };
      const piece = w.group === 'notPerson' ? w.text.toLowerCase() : w.norm;
      key = key ? `${key} ${piece}` : piece;
      const name = lookup(g.generic, key);
      if (name) found = { name: `${g.generic} ${name}`, end: k + 1 };
      // "Quận 9": a numbered district's name holds its generic.
      const whole = /^\d+$/u.test(key) ? lookup(g.generic, `${g.generic} ${key}`) : null;
      if (whole) found = { name: whole, end: k + 1 };
    }
    return found;
  }
  return null;
}

/**
 * The places visited, written with their generic after a target marker ("làm việc với lãnh đạo
 * tỉnh Cà Mau", "làm việc tại TP Hà Nội"), passing a few words of a list of other hosts ("lãnh
 * đạo các bộ, ngành, TP Hà Nội").
 */
function placesAfter(
  items: Item[],
  from: number,
  lookup: PlaceLookup,
  lex: SessionLexicon,
): string[] {
  for (let k = from; k < from + lex.placeLeadSkip && k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'word' || CLAUSE_END.has(it.norm) || (it.group !== null && k > from)) return [];
    // Only a member of the list: right after the marker, or after a comma or "và".
    if (k === from || isPunct(items[k - 1], ',') || isPunct(items[k - 1], 'và')) {
      const p = placeAt(items, k, lookup, lex);
      if (p) return [p.name];
    }
    // The other members passed are common nouns ("các bộ, ngành"), never a name.
    if (/^\p{Lu}/u.test(it.text)) return [];
  }
  return [];
}

/** Where a clause ends after the verb: the object is not searched past it. */
const CLAUSE_END = new Set(['.', ';', ':', '!', '?', '“', '"']);

/** What the verb is done to: bodies, or the places visited when no body is named. */
interface SessionObject {
  orgs: OrgPhrase[];
  places: string[];
  /** The word that introduced the object ("với", "tại"), or the verb's own when none did. */
  via: string;
}

const NONE: SessionObject = { orgs: [], places: [], via: '' };

/**
 * The target bodies after the verb at index `after`: the object right after its fillers, or the
 * body after a target marker ("tại", "đối với") later in the same clause, past the topic. When
 * no body is named: a place whose leaders the session was with ("làm việc với lãnh đạo tỉnh X"),
 * or the place a person or a central body visited ("làm việc tại TP X").
 */
function objectAfter(
  items: Item[],
  after: number,
  lex: SessionLexicon,
  visitor: boolean,
  lookup?: PlaceLookup,
): SessionObject {
  const placesAt = (k: number, marker: string): SessionObject => {
    if (!lookup || (!marker.endsWith('với') && !visitor)) return NONE;
    const places = marker.endsWith('với')
      ? placesAfter(items, k, lookup, lex)
      : [placeAt(items, k, lookup, lex)?.name ?? ''].filter(Boolean);
    return { orgs: [], places, via: marker };
  };
  let i = after;
  let marker = items[after - 1]?.kind === 'word' ? (items[after - 1] as { norm: string }).norm : '';
  for (let m = matchAt(items, i, lex.objectFillers); m; m = matchAt(items, i, lex.objectFillers)) {
    marker = keyOf(items, i + m[0] - 1, i + m[0]) ?? '';
    i += m[0];
  }
  const lead = matchAt(items, i, lex.targetLeads);
  if (lead) i += lead[0];
  if (items[i]?.kind === 'org') return { orgs: chainAt(items, i), places: [], via: marker };
  const direct = placesAt(i, marker);
  if (direct.places.length) return direct;
  // Past the topic: "… việc quản lý ngân sách tại UBND tỉnh X".
  for (let k = i; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'word' && CLAUSE_END.has(it.norm)) break;
    if (it.kind === 'role' || it.kind === 'person') break;
    if (it.kind === 'word' && (it.group === 'supervisionVerbs' || it.group === 'reportVerbs'))
      break;
    const m = it.kind === 'word' ? matchAt(items, k, lex.targetMarkers) : null;
    if (!m) continue;
    let t = k + m[0];
    const l = matchAt(items, t, lex.targetLeads);
    if (l) t += l[0];
    if (items[t]?.kind === 'org') return { orgs: chainAt(items, t), places: [], via: m[1] };
    const p = placesAt(t, m[1]);
    if (p.places.length) return p;
    k = t - 1;
  }
  return NONE;
}

function dateOf(items: Item[]): SupervisionDraft['date'] {
  for (const it of items)
    if (it.kind === 'date' && it.m.timeWord)
      return { day: it.m.day, month: it.m.month, year: it.m.year };
  return null;
}

const startOf = (it: Item): number => (it.kind === 'word' ? it.start : it.m.start);
const endOf = (it: Item): number => (it.kind === 'word' ? it.end : it.m.end);

/** A draft with nothing but what the general reader knows; the merge fills the rest. */
function sessionDraft(
  items: Item[],
  sentence: number,
  kind: SupervisionKind,
  subject: Subject,
  object: SessionObject,
): SupervisionDraft {
  const last = items[items.length - 1];
  return {
    kind,
    weakKind: kind === 'làm việc',
    anaphoric: false,
    headline: sentence === 0 && !(last.kind === 'word' && /^[.!?:…]$/.test(last.norm)),
    sessionNoun: false,
    hosted: false,
    sentence,
    date: dateOf(items),
    delegation: null,
    conductors: subject.conductor ? [subject.conductor] : [],
    placeConductors: [],
    leader: subject.leader,
    leaderRole: null,
    leaderGiven: null,
    sameDay: false,
    topic: null,
    participants: [],
    hosts: [],
    hostRoles: [],
    targets: object.orgs,
    placeTargets: object.places,
    homeTarget: null,
    areaOnly: false,
    directives: [],
    start: startOf(items[0]),
    end: endOf(last),
  };
}

/** Whether a blocker, a ceremony or a foreign party stands in the sentence before index `to`. */
function blocked(items: Item[], to: number, lex: SessionLexicon): boolean {
  for (let i = 0; i < to; i++) {
    const it = items[i];
    if (it.kind !== 'word') continue;
    if (it.group === 'nonSupervisionEvents' || it.group === 'foreignMarkers') return true;
    if (it.group === 'cooperationMarkers' || it.group === 'irrealisMarkers') return true;
    if (matchAt(items, i, lex.blockers)) return true;
  }
  return false;
}

function foreign(items: Item[]): boolean {
  return items.some((it) => it.kind === 'word' && it.group === 'foreignMarkers');
}

/** The verb's kind and the number of items it uses at i, or null when no session verb is there. */
function verbAt(items: Item[], i: number, lex: SessionLexicon): [number, SupervisionKind] | null {
  const it = items[i];
  if (it?.kind !== 'word') return null;
  const m = matchAt(items, i, lex.verbs);
  if (!m) return null;
  // "kiểm tra và làm việc với …": the stronger kind, the later verb's object.
  let n = m[0];
  let kind = m[1] as SupervisionKind;
  if (isPunct(items[i + n], 'và')) {
    const m2 = matchAt(items, i + n + 1, lex.verbs);
    if (m2) {
      if (kind === 'làm việc') kind = m2[1] as SupervisionKind;
      n += 1 + m2[0];
    }
  }
  return [n, kind];
}

function provinceOf(o: OrgPhrase): string | null {
  const names = new Set(o.places.map((p) => p.province?.name).filter((n): n is string => !!n));
  return names.size === 1 ? [...names][0] : null;
}

const central = (o: OrgPhrase): boolean => o.units[0]?.def.level === 'central';

/**
 * A person's or a central body's working visit: the place it goes to ("làm việc tại tỉnh X") is
 * its target. Not an inspection's: "kiểm tra phòng khám tại TP X" names where, not whom.
 */
function visitor(subject: Subject, kind: SupervisionKind): boolean {
  if (kind !== 'làm việc') return false;
  return subject.leader !== null || (subject.conductor !== null && central(subject.conductor));
}

function acceptable(
  subject: Subject,
  object: SessionObject,
  kind: SupervisionKind,
  lex: SessionLexicon,
): boolean {
  const targets = object.orgs;
  if (targets.length === 0 && object.places.length === 0) return false;
  if (!targets.every(specific)) return false;
  // "A làm việc tại Công ty B": where A works, not a session.
  if (kind === 'làm việc' && targets.length && object.via === 'tại') return false;
  const body = subject.conductor ?? subject.body;
  if (body && targets.length) {
    // Peers of two provinces agreeing on joint work; a local body reporting to a central one.
    const p = provinceOf(body);
    if (p && targets.every((t) => provinceOf(t) !== null && provinceOf(t) !== p)) return false;
    if (!central(body) && targets.every(central)) return false;
  }
  const c = subject.conductor;
  if (c) {
    if (!specific(c) || lex.conductorKindsBlocked.has(kindOf(c))) return false;
    if (kind === 'làm việc' && lex.workOnlyBlocked.has(kindOf(c))) return false;
    if (targets.some((t) => t.start === c.start)) return false;
  }
  return true;
}

/**
 * One session read from a sentence, or null. Subject-verb-object: "SUBJ [fillers] VERB [fillers]
 * ORG" or "SUBJ … VERB topic tại|đối với ORG"; and a titled person's short predicate followed by
 * "tại|trong buổi VERB (và VERB) với ORG".
 */
export function sessionIn(
  items: Item[],
  sentence: number,
  places?: PlaceLookup,
  lex: SessionLexicon = SESSION_LEXICON,
): SupervisionDraft | null {
  if (items.length < 4 || foreign(items)) return null;
  for (let v = 1; v < items.length; v++) {
    const it = items[v];
    // Every session verb is a trigger word (triggers.json): other words are passed at once.
    if (
      it.kind !== 'word' ||
      (it.group !== 'supervisionVerbs' &&
        it.group !== 'targetMarkers' &&
        !lex.sessionNouns.has(it.norm))
    )
      continue;
    // "A khẳng định … tại buổi kiểm tra và làm việc với ORG".
    if (
      lex.sessionNouns.has(it.norm) &&
      lex.sessionNounLeads.has(
        items[v - 1].kind === 'word' ? (items[v - 1] as { norm: string }).norm : '',
      )
    ) {
      const verb = verbAt(items, v + 1, lex);
      if (!verb) continue;
      const person = sessionNounSubject(items, v - 1, lex);
      if (!person || blocked(items, v - 1, lex)) return null;
      const object = objectAfter(items, v + 1 + verb[0], lex, visitor(person, verb[1]), places);
      if (!acceptable(person, object, verb[1], lex)) return null;
      return sessionDraft(items, sentence, verb[1], person, object);
    }
    const verb = verbAt(items, v, lex);
    if (!verb) continue;
    const subject = subjectBefore(items, v, lex);
    if (!subject || !openingOnly(items, subject.at, lex) || blocked(items, v, lex)) return null;
    const object = objectAfter(items, v + verb[0], lex, visitor(subject, verb[1]), places);
    if (!acceptable(subject, object, verb[1], lex)) return null;
    return sessionDraft(items, sentence, verb[1], subject, object);
  }
  return null;
}

/**
 * The titled person whose own predicate of a few words stands before "tại buổi": "Bộ trưởng A
 * khẳng định như thế tại buổi …". The person opens the clause.
 */
function sessionNounSubject(items: Item[], lead: number, lex: SessionLexicon): Subject | null {
  let p = -1;
  for (let k = lead - 1; k >= 0 && lead - k <= lex.predicateLength + 1; k--) {
    const it = items[k];
    if (it.kind === 'person') {
      p = k;
      break;
    }
    if (it.kind !== 'word' || it.group !== null) return null;
  }
  const role = titleBefore(items, p, lex);
  const who = items[p];
  if (role < 0 || who.kind !== 'person') return null;
  const at = titlesFrom(items, role);
  if (!openingOnly(items, at, lex)) return null;
  return { conductor: null, leader: who.m.name, body: bodyOf(items[role]), at };
}

/**
 * The delegation grammar's draft when it names a target or a team (a frame for later sentences),
 * else the general reader's: a person-only draft without a target gives no supervision, so the
 * general reader may read the same sentence ("Phó Thủ tướng A đã kiểm tra hiện trường và làm
 * việc với lãnh đạo các bộ, ngành, TP X").
 */
export function orSession(
  found: SupervisionDraft | null,
  items: Item[],
  sentence: number,
  places?: PlaceLookup,
): SupervisionDraft | null {
  if (
    found &&
    (found.targets.length ||
      found.placeTargets.length ||
      found.homeTarget ||
      found.delegation ||
      found.conductors.length ||
      found.placeConductors.length ||
      found.hosted)
  )
    return found;
  return sessionIn(items, sentence, places) ?? found;
}
