/**
 * The linguistic knowledge of the extractor, loaded from the JSON files beside this module, and
 * the one phrase trie compiled from them. Adding a title, an organisation, an outlet or a place
 * is a line of data in those files; nothing here names a document.
 */
import titlesData from './titles.json';
import orgData from './organizations.json';
import surnameData from './surnames.json';
import placeData from './places.json';
import outletData from './outlets.json';
import doctypeData from './doctypes.json';
import triggerData from './triggers.json';
import boilerplateData from './boilerplate.json';
import { phraseKey } from '../tokens';

const KEYS = new Map<string, readonly string[]>();
/**
 * phraseKey, once per phrase while the lexicon is built: most phrases are keyed two or three
 * times (trie, lookup maps), and the build runs before any of its code is compiled.
 */
function keysOf(phrase: string): readonly string[] {
  let k = KEYS.get(phrase);
  if (k === undefined) {
    k = phraseKey(phrase);
    KEYS.set(phrase, k);
  }
  return k;
}

export interface TitleDef {
  phrase: string;
  title: string;
  orgPrefix?: string;
  /** Written in lower case in running text ("chuyên viên"): no capital required. */
  lowercase?: boolean;
  /** The title its deputies and variants complete from ("Phó Bí thư Thường trực" → "Bí thư"). */
  family?: string;
  /** The unit a bare title belongs to ("Cục trưởng" → "Cục"). */
  unit?: string; /** Names a position without a body ("Thủ tướng", "Tổng Bí thư"). */
  standalone?: boolean;
  /** The one body a standalone title is held in when the text names none ("Thủ tướng" → "Chính phủ"). */
  body?: string;
  /** The body the title heads when a place follows it, by the place's kind ("huyện" → "Huyện ủy"). */
  bodyByPlace?: Record<string, string>;
  /** The unit a field name right after the title belongs to ("Bộ trưởng Y tế" → "Bộ" Y tế). */
  fieldUnit?: string;
}

export interface UnitDef {
  phrase: string;
  canonical?: string;
  kind: string;
  level?: string;
  needs?: string;
  takes?: string;
  sub?: boolean;
  requiresTake?: boolean;
  requiresParent?: boolean;
  /** A company's legal form ("Công ty Cổ phần"): the name after it may open in lower case. */
  legalForm?: boolean;
  /**
   * A body also named inside another's name ("Cảnh sát PCCC TP.HCM" and "Cục Cảnh sát PCCC",
   * "Phòng Cảnh sát PCCC Công an tỉnh X"): it does not end the name of the unit before it.
   */
  inName?: boolean;
  /**
   * Its name is capitalised word by word ('Tạp chí Cộng sản', 'Tạp chí Mặt trận'): a lower-case
   * syllable runs on only as the second of a capitalised word, so 'Mặt trận bằng hình thức' ends.
   */
  capitalised?: boolean;
  /** Kinds of body that may follow after a comma as its owner ("Cục X, Bộ Y"). */
  owners?: string[];
  /**
   * Kinds of body a mention of the unit without owner or place may be given from the sentence
   * ("Sở X … ông A, Trưởng phòng Y"); courts, procuracies and companies speak of others' staff.
   */
  contextOwners?: string[];
  /** Kinds of body this unit is part of when named before a title of one ("Đảng đoàn" + HĐND). */
  ownedBy?: string[];
}

export interface PlaceGenericDef {
  phrase: string;
  level: string;
  canonical: string;
}

export interface ProvinceDef {
  name: string;
  aliases: string[];
  centralCity: boolean;
  slug: string;
  slugs?: string[];
  orgName?: string;
  needsPrefix?: boolean;
  mergedInto?: string;
  mergedFrom?: string;
  since?: string;
  districts: string[];
}

export interface DistrictDef {
  name: string;
  /** Provinces having a district of this name (ambiguous when more than one). */
  provinces: string[];
}

export interface SignIssuerDef {
  sign: string;
  issuer: string;
  prefix?: boolean;
  provincial?: boolean;
  /** The issuer is an organisation phrase, resolved against the document like any mention. */
  parse?: boolean;
}

/** What a lexicon phrase is. One phrase may be several things ("Công an": unit and department). */
export type LexEntry =
  | { cat: 'title'; def: TitleDef }
  | { cat: 'unit'; def: UnitDef }
  | { cat: 'dept'; name: string }
  | { cat: 'khoi'; name: string }
  | { cat: 'board'; name: string }
  | { cat: 'placeGeneric'; def: PlaceGenericDef }
  | { cat: 'province'; def: ProvinceDef; alias: boolean }
  | { cat: 'district'; def: DistrictDef }
  | { cat: 'surname' }
  | { cat: 'notPerson' }
  /** A name that starts with a place's name but is not a place ('Thái Bình Dương'). */
  | { cat: 'notPlace' }
  | { cat: 'personMarker' }
  | { cat: 'docType'; type: string }
  | { cat: 'trigger'; group: string; value: string };

/** Entries whose first token must be capitalised in the text ("Sở", not the "sở" of "cơ sở"). */
const CASED = new Set([
  'title',
  'unit',
  'dept',
  'board',
  'province',
  'district',
  'surname',
  'notPerson',
  'notPlace',
]);

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: LexEntry[];
  /** The entries that also match in lower case (precomputed: matched once per token). */
  uncased: LexEntry[];
}

export interface PhraseTrie {
  root: TrieNode;
}

/**
 * The same keys in the same order on every object of a list (absent ones undefined). JSON rows
 * with different optional fields get different hidden classes; one shape keeps the code that
 * reads them (u.def.takes, p.centralCity) monomorphic, so V8 compiles it once instead of
 * deoptimising on each new shape. JSON.stringify and ?? read undefined as absent.
 */
function uniform<T extends object>(list: readonly T[]): T[] {
  const keys: string[] = [];
  for (const o of list) for (const k of Object.keys(o)) if (!keys.includes(k)) keys.push(k);
  return list.map((o) => {
    const row: Record<string, unknown> = {};
    for (const k of keys) row[k] = (o as Record<string, unknown>)[k];
    return row as T;
  });
}

/** A lexicon entry with every field of every category, so `e.cat`, `e.def` read one shape. */
function entry(e: LexEntry): LexEntry {
  const f = e as Partial<Record<string, unknown>>;
  return {
    cat: e.cat,
    def: f.def,
    alias: f.alias,
    name: f.name,
    type: f.type,
    group: f.group,
    value: f.value,
  } as LexEntry;
}

function newNode(): TrieNode {
  return { next: new Map(), entries: [], uncased: [] };
}

function addPhrase(trie: PhraseTrie, phrase: string, lexEntry: LexEntry): void {
  const keys = keysOf(phrase);
  const e = entry(lexEntry);
  if (keys.length === 0) return;
  let node = trie.root;
  for (const k of keys) {
    let n = node.next.get(k);
    if (!n) {
      n = newNode();
      node.next.set(k, n);
    }
    node = n;
  }
  node.entries.push(e);
  if (!isCased(e)) node.uncased.push(e);
}

export function isCased(entry: LexEntry): boolean {
  if (entry.cat === 'title' && entry.def.lowercase) return false;
  return CASED.has(entry.cat);
}

export interface Lexicon {
  trie: PhraseTrie;
  titles: TitleDef[];
  titleByKey: Map<string, TitleDef>;
  units: UnitDef[];
  unitByPhrase: Map<string, UnitDef>;
  provinces: ProvinceDef[];
  provinceByName: Map<string, ProvinceDef>;
  districts: Map<string, DistrictDef>;
  outletDomains: Map<string, string>;
  outletShortForms: Map<string, string | null>;
  nationalOutlets: Set<string>;
  provinceBySlug: Map<string, ProvinceDef>;
  docTypes: string[];
  /** Types whose number follows the document's name: "Luật Tiếp công dân số 42/2013/QH13". */
  namedTypes: Set<string>;
  signTypes: Map<string, string>;
  signIssuers: SignIssuerDef[];
  centralSigns: Set<string>;
  /** Sign parts that make a bare number-and-sign a directive (doctypes.json standaloneSigns). */
  standaloneSigns: Set<string>;
  /** Words before an article number of a law ("Điều 112-BLHS"): never a directive. */
  articleWords: Set<string>;
  standaloneSignPatterns: RegExp[];
  khoiExpand: Map<string, string>;
  departmentExpand: Map<string, string>;
  nonPersonPrefixes: Set<string>;
  /** Words ending in a nonPersonPrefixes syllable that are not that place word ("nông thôn"). */
  prefixLookalikes: Set<string>;
  /** Sentence openers that never end a four-syllable name ("… Nguyễn Văn An Trong thời gian …"). */
  nameRunOns: Set<string>;
  /** Place words: before a two-syllable capitalised run they make it a place, not a person. */
  placeGenericPrefixes: Set<string>;
  notPersons: Set<string>;
  /** Words that state a role after its holder ("ông A đang là Chủ tịch …"; titles.json predicate). */
  rolePredicate: {
    lead: Set<string>;
    copula: Set<string>;
    /** First words of an aside on the person ("sinh ngày …") and of a past role ("nguyên"). */
    aside: Set<string>;
    former: Set<string>;
  };
  /** Countries after a title that make its holder foreign ("Thủ tướng Trung Quốc A"), by word key. */
  foreignAfterTitle: Set<string>;
  /** Words before a name that make it a commemorated figure ("Ngày sinh đồng chí A"), by word key. */
  commemoratedBefore: Set<string>;
  triggers: typeof triggerData;
  endMarkers: string[];
  dropLinePatterns: RegExp[];
  renderDate: RegExp;
  bylinePrefixes: string[];
  sourcePrefixes: string[];
}

function build(): Lexicon {
  const trie: PhraseTrie = { root: newNode() };
  const titles = uniform(titlesData.titles as TitleDef[]);
  for (const def of titles) addPhrase(trie, def.phrase, { cat: 'title', def });
  const units = uniform(orgData.units as UnitDef[]);
  const unitByPhrase = new Map<string, UnitDef>();
  // Abbreviated spellings of a unit ("Ban Dân vận T.Ư") name the same unit.
  const abbreviations = Object.entries(
    (orgData as { abbreviations?: Record<string, string[]> }).abbreviations ?? {},
  );
  for (const def of units) {
    addPhrase(trie, def.phrase, { cat: 'unit', def });
    unitByPhrase.set(keysOf(def.phrase).join(' '), def);
    for (const [full, shorts] of abbreviations) {
      if (!def.phrase.includes(full) || def.phrase === full) continue;
      for (const short of shorts) {
        const phrase = def.phrase.replace(full, short);
        if (unitByPhrase.has(keysOf(phrase).join(' '))) continue;
        const variant: UnitDef = { ...def, phrase, canonical: def.canonical ?? def.phrase };
        addPhrase(trie, phrase, { cat: 'unit', def: variant });
        unitByPhrase.set(keysOf(phrase).join(' '), variant);
      }
    }
  }
  for (const name of orgData.departments) addPhrase(trie, name, { cat: 'dept', name });
  for (const name of orgData.khoiNames) addPhrase(trie, name, { cat: 'khoi', name });
  for (const name of orgData.boardNames) addPhrase(trie, name, { cat: 'board', name });
  for (const def of uniform(orgData.placeGenerics as PlaceGenericDef[])) {
    addPhrase(trie, def.phrase, { cat: 'placeGeneric', def });
  }
  const provinces = uniform(placeData.provinces as ProvinceDef[]);
  const provinceByName = new Map<string, ProvinceDef>();
  const provinceBySlug = new Map<string, ProvinceDef>();
  const districts = new Map<string, DistrictDef>();
  for (const def of provinces) {
    provinceByName.set(keysOf(def.name).join(' '), def);
    addPhrase(trie, def.name, { cat: 'province', def, alias: false });
    for (const a of def.aliases) addPhrase(trie, a, { cat: 'province', def, alias: true });
    provinceBySlug.set(def.slug, def);
    for (const s of def.slugs ?? []) provinceBySlug.set(s, def);
    for (const d of def.districts) {
      const key = keysOf(d).join(' ');
      const known = districts.get(key);
      if (known) {
        if (!known.provinces.includes(def.name)) known.provinces.push(def.name);
      } else {
        const dd: DistrictDef = { name: d, provinces: [def.name] };
        districts.set(key, dd);
        addPhrase(trie, d, { cat: 'district', def: dd });
      }
    }
  }
  for (const s of placeData.notPlaces) addPhrase(trie, s, { cat: 'notPlace' });
  for (const s of surnameData.surnames) addPhrase(trie, s, { cat: 'surname' });
  for (const s of surnameData.notPersons) addPhrase(trie, s, { cat: 'notPerson' });
  for (const s of surnameData.personMarkers) addPhrase(trie, s, { cat: 'personMarker' });
  for (const t of doctypeData.types) addPhrase(trie, t, { cat: 'docType', type: t });
  const tr = triggerData as unknown as Record<string, unknown>;
  for (const [group, value] of Object.entries(tr)) {
    if (group.startsWith('_')) continue;
    if (Array.isArray(value)) {
      for (const p of value as string[]) addPhrase(trie, p, { cat: 'trigger', group, value: p });
    } else if (value && typeof value === 'object') {
      for (const [p, v] of Object.entries(value as Record<string, string>)) {
        addPhrase(trie, p, { cat: 'trigger', group, value: v });
      }
    }
  }
  const words = (ps: string[]): Set<string> => new Set(ps.flatMap((p) => keysOf(p)));
  const pred = titlesData.predicate;
  return {
    trie,
    titles,
    rolePredicate: {
      lead: words([...pred.lead, ...pred.copula]),
      copula: new Set(pred.copula.map((p) => keysOf(p).at(-1) ?? p)),
      aside: words(pred.asideOpeners),
      former: words(pred.former),
    },
    foreignAfterTitle: new Set(titlesData.foreignAfterTitle.names.map((n) => keysOf(n).join(' '))),
    commemoratedBefore: new Set(titlesData.commemorated.before.map((n) => keysOf(n).join(' '))),
    titleByKey: new Map(titles.map((t) => [keysOf(t.phrase).join(' '), t])),
    units,
    unitByPhrase,
    provinces,
    provinceByName,
    districts,
    outletDomains: new Map(Object.entries(outletData.domains)),
    outletShortForms: new Map(Object.entries(outletData.shortForms)),
    nationalOutlets: new Set(outletData.national),
    provinceBySlug,
    docTypes: doctypeData.types,
    namedTypes: new Set(doctypeData.namedTypes),
    signTypes: new Map(Object.entries(doctypeData.signTypes)),
    signIssuers: uniform(doctypeData.signIssuers as SignIssuerDef[]),
    centralSigns: new Set(doctypeData.centralSigns),
    standaloneSigns: new Set([
      ...Object.keys(doctypeData.signTypes),
      ...doctypeData.signIssuers.map((x) => x.sign),
      ...doctypeData.centralSigns,
      ...doctypeData.standaloneSigns.extra,
    ]),
    articleWords: new Set(doctypeData.articleWords),
    standaloneSignPatterns: doctypeData.standaloneSigns.patterns.map((p) => new RegExp(p, 'u')),
    khoiExpand: new Map(Object.entries(orgData.khoiExpand)),
    departmentExpand: new Map(Object.entries(orgData.departmentExpand)),
    nonPersonPrefixes: new Set(surnameData.nonPersonPrefixes.map((p) => keysOf(p).join(' '))),
    prefixLookalikes: new Set(surnameData.prefixLookalikes.map((p) => keysOf(p).join(' '))),
    nameRunOns: new Set(surnameData.nameRunOns.map((p) => keysOf(p).join(' '))),
    placeGenericPrefixes: new Set(surnameData.placeGenericPrefixes.map((p) => keysOf(p).join(' '))),
    notPersons: new Set(surnameData.notPersons.map((p) => keysOf(p).join(' '))),
    triggers: triggerData,
    endMarkers: boilerplateData.endMarkers.map((m) => m.toLowerCase()),
    dropLinePatterns: boilerplateData.dropLinePatterns.map((p) => new RegExp(p, 'u')),
    renderDate: new RegExp(boilerplateData.renderDatePattern, 'u'),
    bylinePrefixes: boilerplateData.bylinePrefixes,
    sourcePrefixes: boilerplateData.sourcePrefixes,
  };
}

/** The lexicon, compiled once per process. */
export const LEXICON: Lexicon = build();
KEYS.clear();
