/**
 * Stage 8, resolve: canonical organisation names with their place ("Ban Dân vận Thành ủy" in a
 * Hải Phòng article → "Ban Dân vận Thành ủy Hải Phòng"), the body an organisation belongs to,
 * and identity keys for merging inside a document.
 */
import type { DocContext } from './context';
import type { Lexicon, ProvinceDef } from './lexicon';
import type { OrgPhrase, OrgUnit, PlaceRef } from './mentions';
import { normKey } from '../common/fold';
import { phraseKey } from './tokens';
import orgData from './lexicon/organizations.json';

export interface CanonicalOrg {
  name: string;
  key: string;
  kind: string;
  parent: string | null;
  /** Key of the body it belongs to, Party sub-organs removed (Ban Dân vận Tỉnh ủy X → Tỉnh ủy X). */
  core: string;
  central: boolean;
}

/** What the whole document says that completes short names ("Đảng ủy Khối" → its full name). */
export interface DocOrgIndex {
  /** Unit phrase → completing names seen for it ("đảng ủy khối" → {"cơ quan và doanh nghiệp"}). */
  unitNames: Map<string, Set<string>>;
  /** Committee phrase → the places it is named with ("thị ủy" → {"Buôn Hồ"}): a bare "Thị ủy" is that one. */
  unitPlaces: Map<string, Map<string, PlaceRef[]>>;
  /** Place level → the places of that level named in organisation names ("commune" → {"Quế Long"}). */
  namedPlaces: Map<string, Set<string>>;
  /** Provinces (not centrally run cities) named in organisation names. */
  provinces: Set<ProvinceDef>;
}

export function buildOrgIndex(orgs: OrgPhrase[]): DocOrgIndex {
  const unitNames = new Map<string, Set<string>>();
  const unitPlaces = new Map<string, Map<string, PlaceRef[]>>();
  const namedPlaces = new Map<string, Set<string>>();
  const provinces = new Set<ProvinceDef>();
  for (const o of orgs) {
    for (const p of o.places) {
      if (p.province && !p.province.centralCity) provinces.add(p.province);
      if (!p.name || !p.generic) continue;
      let s = namedPlaces.get(p.level);
      if (!s) namedPlaces.set(p.level, (s = new Set()));
      s.add(p.name);
    }
    const lastUnit = o.units[o.units.length - 1];
    if (
      lastUnit &&
      lastUnit.def.level &&
      lastUnit.def.level !== 'central' &&
      o.places.some((p) => p.name)
    ) {
      const k = lastUnit.def.phrase.toLowerCase();
      let m = unitPlaces.get(k);
      if (!m) unitPlaces.set(k, (m = new Map()));
      m.set(o.places.map(placeText).join(' ').toLowerCase(), o.places);
    }
    for (const u of o.units) {
      if (!u.name || u.def.takes !== 'khoi') continue;
      const k = u.def.phrase.toLowerCase();
      let s = unitNames.get(k);
      if (!s) unitNames.set(k, (s = new Set()));
      s.add(u.name);
    }
  }
  return { unitNames, unitPlaces, namedPlaces, provinces };
}

function single(set: Set<string> | undefined): string | null {
  return set && set.size === 1 ? [...set][0] : null;
}

function provinceDisplay(p: ProvinceDef): string {
  return p.orgName ?? p.name;
}

/** The province itself as the place of a body ("Tỉnh ủy" → Tỉnh ủy <province>). */
function provincePlace(prov: ProvinceDef): PlaceRef {
  return {
    level: 'province',
    generic: null,
    name: provinceDisplay(prov),
    province: prov,
    district: null,
  };
}

let provinceKeyRe: RegExp | null = null;
/** Identity key, as the scorer compares: case, tones, punctuation, "tỉnh"/"thành phố" before a province. */
const ORG_KEYS = new Map<string, string>();
export function orgKey(name: string, lex: Lexicon): string {
  const known = ORG_KEYS.get(name);
  if (known !== undefined) return known;
  const k = computeOrgKey(name, lex);
  if (ORG_KEYS.size < 100_000) ORG_KEYS.set(name, k);
  return k;
}

function computeOrgKey(name: string, lex: Lexicon): string {
  if (!provinceKeyRe) {
    const names = lex.provinces.map((p) => normKey(p.name)).join('|');
    provinceKeyRe = new RegExp(`(?:^| )(?:tỉnh|thành phố) (${names})(?= |$)`, 'gu');
  }
  const key = normKey(name)
    .replace(/[.,;:()"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Only a key with "tỉnh " or "thành phố " can match the long alternation; most have neither.
  return key.includes('tỉnh ') || key.includes('thành phố ')
    ? key.replace(provinceKeyRe, ' $1').trim()
    : key;
}

function unitText(u: OrgUnit): string {
  const base = u.def.canonical ?? u.def.phrase;
  return u.name ? `${base} ${u.name}` : base;
}

function placeText(p: PlaceRef): string {
  return [p.generic, p.name].filter(Boolean).join(' ');
}

/** Fills a place named only by its kind ("UBND tỉnh", "UBND thành phố") from the context. */
function fillPlace(p: PlaceRef, ctx: DocContext, idx: DocOrgIndex): PlaceRef {
  if (p.name) return p;
  const prov = ctx.province;
  if (p.level === 'province' && prov) {
    if (prov.centralCity && p.generic === 'tỉnh') {
      // "UBND tỉnh" in a Hồ Chí Minh City article is not the city's: the one province the
      // article's bodies name, else left unnamed.
      const other = idx.provinces.size === 1 ? [...idx.provinces][0] : null;
      return other ? { ...p, name: other.name, province: other } : p;
    }
    if (prov.centralCity)
      return { ...p, generic: 'thành phố', level: 'city', name: prov.name, province: prov };
    return { ...p, name: prov.name, province: prov };
  }
  if (p.level === 'city') {
    if (prov?.centralCity) return { ...p, name: prov.name, province: prov };
    const city = single(ctx.placesByLevel.get('city'));
    if (city) return { ...p, name: city };
  }
  if (p.level === 'district' || p.level === 'commune') {
    // The one place of that level the text names, else the one its bodies are named with
    // ("Phó Bí thư Đảng ủy xã" after "Bí thư Đảng ủy xã Quế Long").
    const named = single(ctx.placesByLevel.get(p.level)) ?? single(idx.namedPlaces.get(p.level));
    if (named) return { ...p, name: named };
  }
  return p;
}

/**
 * Kinds of body known by a proper name of their own, unique without a place. Enterprises and
 * schools are among them: a company or school is registered under its own name, and every
 * annotated set names them bare ("Công ty TNHH Đỗ Tờ", "Trường THPT Nguyễn Hữu Huân"); so are
 * associations ("Hiệp hội Dệt May" is national, whatever province the article is about).
 */
const OWN_NAME_KINDS = new Set([
  'facility',
  'institute',
  'press',
  'enterprise',
  'school',
  'association',
]);

/** Last words of a national or central body's name (lexicon organizations.json nationalEndings). */
const NATIONAL_ENDINGS: readonly string[] = orgData.nationalEndings.words;
const NATIONAL_NAMES = new Set(orgData.nationalEndings.wholeNames);

/** Owner phrases by the canonical name of a body always part of it (lexicon impliedOwners). */
const IMPLIED_OWNERS = new Map<string, string>(
  orgData.impliedOwners.groups.flatMap((g) => g.units.map((u): [string, string] => [u, g.owner])),
);

/**
 * "Chủ nhiệm Ủy ban Tư pháp": a body always part of one owner, named without it, with the owner
 * appended; the units unchanged when the owner follows or the lexicon lacks it.
 */
function withImpliedOwner(units: OrgUnit[], lex: Lexicon): OrgUnit[] {
  const last = units[units.length - 1].def;
  const owner = IMPLIED_OWNERS.get(last.canonical ?? last.phrase);
  const def = owner ? lex.unitByPhrase.get(phraseKey(owner).join(' ')) : undefined;
  return def ? [...units, { def, name: null }] : units;
}

/** Whitespace that `.replace(/\s+/g, ' ')` would change: a run of two, or other than a space. */
const SPACING_RE = /\s\s|[^\S ]/;

export function canonicalOrg(
  org: OrgPhrase,
  ctx: DocContext,
  idx: DocOrgIndex,
  lex: Lexicon,
): CanonicalOrg | null {
  if (org.plural || org.units.length === 0) return null;
  const read = org.units.map((u) => {
    if (u.def.takes === 'khoi' && !u.name) {
      const full = single(idx.unitNames.get(u.def.phrase.toLowerCase()));
      if (full) return { ...u, name: full };
    }
    return u;
  });
  const units = withImpliedOwner(read, lex);
  const last = units[units.length - 1].def;
  let places = org.places.map((p) => fillPlace(p, ctx, idx));
  if (places.length === 0 && (last.needs === 'owner' || last.needs === 'committee')) return null;
  // "Cục Hàng hải Việt Nam", "Đảng ủy Khối Doanh nghiệp Trung ương": national and central bodies
  // carry no province (lexicon nationalEndings; string tests, no regex run per body).
  const lastName = units[units.length - 1].name ?? last.phrase;
  const national =
    NATIONAL_NAMES.has(lastName) || NATIONAL_ENDINGS.some((w) => lastName.endsWith(` ${w}`));
  const central = national || units.some((u) => u.def.level === 'central');
  // "Bến xe Mỹ Đình", "Khu công nghiệp Quang Minh", "Viện Khảo cổ học": a site or an institute
  // known by its own name takes no place.
  const ownName = OWN_NAME_KINDS.has(last.kind) && units[units.length - 1].name !== null;
  const prov = ctx.province;
  if (places.length === 0 && !central && !ownName) {
    const seen = idx.unitPlaces.get(last.phrase.toLowerCase());
    if (seen && seen.size === 1) places = [...seen.values()][0];
  }
  if (places.length === 0 && !central && !ownName && prov) {
    if (last.level === 'district' || last.level === 'commune') {
      const named = single(ctx.placesByLevel.get(last.level));
      if (named)
        places = [
          { level: last.level, generic: null, name: named, province: null, district: null },
        ];
    } else if (last.level === 'city') {
      if (prov.centralCity) places = [provincePlace(prov)];
      else {
        const city = single(ctx.placesByLevel.get('city'));
        if (city)
          places = [
            { level: 'city', generic: 'thành phố', name: city, province: null, district: null },
          ];
      }
    } else {
      places = [provincePlace(prov)];
    }
  }
  const joined = [...units.map(unitText), ...places.map(placeText)].join(' ');
  // Most names are single-spaced already: a test is cheaper than a global replace per body.
  const name = (SPACING_RE.test(joined) ? joined.replace(/\s+/g, ' ') : joined).trim();
  const rest = units.slice(1);
  let parent: string | null = null;
  if (rest.length) parent = [...rest.map(unitText), ...places.map(placeText)].join(' ');
  else if (units[0].def.kind === 'department' && prov && !central) {
    const generic = prov.centralCity ? 'thành phố' : 'tỉnh';
    parent = `Ủy ban nhân dân ${generic} ${prov.name}`;
  }
  let coreFrom = 0;
  while (
    coreFrom < units.length - 1 &&
    (units[coreFrom].def.sub || units[coreFrom].def.needs === 'owner')
  )
    coreFrom++;
  const core = orgKey(
    [...units.slice(coreFrom).map(unitText), ...places.map(placeText)].join(' '),
    lex,
  );
  return { name, key: orgKey(name, lex), kind: units[0].def.kind, parent, core, central };
}

/** The one province the named province-level places of these bodies give, or null (none, or two). */
export function soleProvince(orgs: OrgPhrase[]): PlaceRef | null {
  let found: PlaceRef | null = null;
  for (const o of orgs)
    for (const p of o.places) {
      if (p.level !== 'province' || !p.name || !p.province) continue;
      if (found && found.province !== p.province) return null;
      found ??= p;
    }
  return found;
}

/**
 * "đồng chí A, Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh X … thời gian giữ cương vị Tỉnh ủy viên,
 * Giám đốc Sở Công thương, Phó Chủ tịch UBND tỉnh": a province-level body of a person named
 * without its province is in the one province the person's other bodies name (an article may
 * name several provinces; the person's own is the one that holds).
 */
export function inOwnProvince(org: OrgPhrase, own: PlaceRef): OrgPhrase {
  const last = org.units[org.units.length - 1]?.def;
  const prov = own.province;
  if (!last || !prov || last.level === 'central') return org;
  // A province's committee, or an agency the article's province would otherwise be given.
  const provincial = last.level === 'province' || (!last.level && last.kind === 'department');
  if (org.places.length === 0) return provincial ? { ...org, places: [provincePlace(prov)] } : org;
  const p = org.places[0];
  if (org.places.length !== 1 || p.level !== 'province' || p.name) return org;
  // "UBND tỉnh" is never a centrally run city's.
  if (prov.centralCity && p.generic === 'tỉnh') return org;
  return { ...org, places: [{ ...p, name: prov.name, province: prov }] };
}
