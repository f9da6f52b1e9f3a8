/**
 * Turns one extracted document into the rows the load queries (cypher/load-*.cypher) UNWIND.
 * Pure: no I/O, no database. Keys follow docs/GRAPH.md exactly.
 */
import type {
  DirectiveFact,
  Evidence,
  ExtractedDocument,
  OfficialFact,
  OrganizationFact,
  SupervisionFact,
} from '../extract/types';
import { fold as foldUncached, normKey as normKeyUncached, traditionalTones } from '../common/fold';
import lexicon from './load-lexicon.json';

/**
 * A pure string function remembered per argument: the same names recur in most documents, and
 * folding them was a third of the loader's CPU time. Bounded: emptied when it grows large.
 */
function memo(fn: (s: string) => string, max = 100_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s: string): string => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

const fold = memo(foldUncached);
const normKey = memo(normKeyUncached);

export type OrganizationLevel = 'central' | 'province' | 'district' | 'commune' | 'unknown';

export interface DocumentRow {
  id: string;
  sha256: string;
  title: string | null;
  source: string | null;
  jurisdiction: string | null;
  eventDate: string | null;
  author: string | null;
  text: string;
  /** ISO datetime of this ingest. */
  ingestedAt: string;
}

export interface PlaceRow {
  name: string;
  level: 'province' | 'district' | 'commune';
}

export interface OrganizationRow {
  key: string;
  name: string;
  nameFolded: string;
  searchText: string;
  kind: string | null;
  level: OrganizationLevel;
  jurisdiction: string | null;
}

export interface OfficialRow {
  key: string;
  name: string;
  nameFolded: string;
  searchText: string;
  jurisdiction: string | null;
}

export interface RoleRow {
  key: string;
  title: string;
}

export interface DirectiveRow {
  key: string;
  symbol: string;
  symbolNorm: string;
  type: string | null;
  date: string | null;
  subject: string | null;
  jurisdiction: string | null;
  searchText: string;
  /** `symbolNorm|jurisdiction|`: the group reconciled by cypher/load-reconcile-directives.cypher. */
  group: string;
}

export interface SupervisionRow {
  key: string;
  kind: string;
  date: string | null;
  delegation: string | null;
  topic: string | null;
}

/** A relationship the document asserts: endpoints by key, plus where the text says it. */
export interface RelRow {
  doc: string;
  from: string;
  to: string;
  start: number | null;
  end: number | null;
}

export interface HoldsRow extends RelRow {
  /** The date the role is known to be held: the event date with a full year, else the ingest date. */
  asOf: string;
  /** The asserting document's eventDate as written (may be "--MM-DD" or null). */
  docDate: string | null;
}

export interface ImplementsRow extends RelRow {
  inferred: boolean;
}

/** Everything one document writes. Row lists are deduplicated within the document. */
export interface DocumentRows {
  id: string;
  sha256: string;
  document: DocumentRow;
  places: PlaceRow[];
  organizations: OrganizationRow[];
  officials: OfficialRow[];
  roles: RoleRow[];
  directives: DirectiveRow[];
  supervisions: SupervisionRow[];
  partOf: RelRow[];
  orgIn: RelRow[];
  holds: HoldsRow[];
  roleOf: RelRow[];
  issued: RelRow[];
  implementsRels: ImplementsRow[];
  conducted: RelRow[];
  led: RelRow[];
  tookPart: RelRow[];
  hosted: RelRow[];
  targeted: RelRow[];
  under: RelRow[];
  reports: RelRow[];
  mentionsOfficial: RelRow[];
  mentionsOrganization: RelRow[];
  mentionsDirective: RelRow[];
}

/** The row lists of DocumentRows that are written by UNWIND (all but id/sha256/document). */
export type RowListName = Exclude<keyof DocumentRows, 'id' | 'sha256' | 'document'>;

/** Parameters of one batch: every row list of its documents concatenated, plus the documents. */
export type BatchParams = { [K in RowListName]: DocumentRows[K] } & {
  documents: DocumentRow[];
  /** Directive groups touched by the batch (see DirectiveRow.group). */
  directiveGroups: string[];
};

const ROW_LISTS: RowListName[] = [
  'places',
  'organizations',
  'officials',
  'roles',
  'directives',
  'supervisions',
  'partOf',
  'orgIn',
  'holds',
  'roleOf',
  'issued',
  'implementsRels',
  'conducted',
  'led',
  'tookPart',
  'hosted',
  'targeted',
  'under',
  'reports',
  'mentionsOfficial',
  'mentionsOrganization',
  'mentionsDirective',
];

// ---------------------------------------------------------------------------------------------
// Keys (docs/GRAPH.md)

/** Official key: fold(name) | fold(jurisdiction). */
export function officialKey(name: string, jurisdiction: string | null): string {
  return `${fold(name)}|${fold(jurisdiction ?? '')}`;
}

/** Organization key: normKey(name). */
export function organizationKey(name: string): string {
  return normKey(name);
}

/** Role key: normKey(title) | orgKey ("" when no organisation). */
export function roleKey(title: string, orgKey: string | null): string {
  return `${normKey(title)}|${orgKey ?? ''}`;
}

/**
 * Normalised directive symbol: no spaces, lower case, "TƯ" read as "TW", leading zeros dropped
 * ("05-CT/TƯ" → "5-ct/tw"), the forms the spec treats as equal.
 */
export function normSymbol(symbol: string): string {
  return traditionalTones(symbol.normalize('NFC'))
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^(?:số|so)\.?/, '')
    .replace(/tư/g, 'tw')
    .replace(/[.,;:]+$/, '')
    .replace(/^0+(?=\d)/, '');
}

/** Directive key: normSymbol | issuer jurisdiction ("" if central/unknown) | year ("" if unknown). */
export function directiveKey(symbolNorm: string, issuerJurisdiction: string, year: string): string {
  return `${directiveGroup(symbolNorm, issuerJurisdiction)}${year}`;
}

function directiveGroup(symbolNorm: string, issuerJurisdiction: string): string {
  return `${symbolNorm}|${issuerJurisdiction}|`;
}

/** Supervision key: kind | date | sorted conductor keys ; | sorted target keys ;. */
export function supervisionKey(
  kind: string,
  date: string | null,
  conductorKeys: string[],
  targetKeys: string[],
): string {
  const sorted = (xs: string[]): string => [...new Set(xs)].sort().join(';');
  return `${normKey(kind)}|${date ?? ''}|${sorted(conductorKeys)}|${sorted(targetKeys)}`;
}

/** Place names are stored NFC with traditional tone marks (Hòa, not Hoà). */
export function placeName(name: string): string {
  return traditionalTones(name.normalize('NFC').trim().replace(/\s+/g, ' '));
}

// ---------------------------------------------------------------------------------------------
// Organisation level and jurisdiction

/** True when `key` (a normKey form) contains `part` as whole words. */
function hasWords(key: string, part: string): boolean {
  if (!part) return false;
  return ` ${key} `.includes(` ${part} `);
}

/**
 * Finds `marker` (lower case) in `name` as a whole word followed by a capitalised word (a place
 * name: "huyện Như Xuân", not "xã hội"); returns the text after the marker, or null.
 */
function markerBeforeName(name: string, marker: string): string | null {
  const lower = name.toLowerCase();
  let from = 0;
  for (;;) {
    const i = lower.indexOf(marker, from);
    if (i < 0) return null;
    from = i + 1;
    const before = i === 0 ? ' ' : lower[i - 1];
    if (/[\p{L}\p{N}]/u.test(before)) continue;
    if (marker === 'xã' && lower.slice(Math.max(0, i - 4), i) === 'thị ') continue;
    const after = name.slice(i + marker.length);
    if (/^\s+\p{Lu}/u.test(after)) return after.trim();
  }
}

const CENTRAL_CITIES = lexicon.centrallyRunCities.map((c) => normKey(c));
const CENTRAL_ORGANIZATION_MARKERS = lexicon.centralOrganizationMarkers.map((m) => normKey(m));

/** Level of an organisation read from its canonical name and the document's jurisdiction. */
export function organizationLevel(name: string, jurisdiction: string | null): OrganizationLevel {
  const nfc = name.normalize('NFC');
  const key = normKey(nfc);
  if (lexicon.communeMarkers.some((m) => markerBeforeName(nfc, m) !== null)) return 'commune';
  if (lexicon.districtMarkers.some((m) => markerBeforeName(nfc, m) !== null)) return 'district';
  for (const m of lexicon.cityMarkers) {
    const rest = markerBeforeName(nfc, m);
    if (rest === null) continue;
    const city = normKey(rest).replace(/^thành phố /, '');
    // The Thành ủy of a centrally-run city is province-level; any other city's is district-level.
    return CENTRAL_CITIES.some((c) => city.startsWith(c)) ? 'province' : 'district';
  }
  if (jurisdiction && hasWords(key, normKey(jurisdiction))) return 'province';
  if (lexicon.provinceMarkers.some((m) => markerBeforeName(nfc, m) !== null)) return 'province';
  if (CENTRAL_ORGANIZATION_MARKERS.some((m) => hasWords(key, m))) return 'central';
  return 'unknown';
}

/** The document's jurisdiction when the organisation's name carries it, else null. */
export function organizationJurisdiction(name: string, jurisdiction: string | null): string | null {
  if (!jurisdiction) return null;
  return hasWords(normKey(name), normKey(jurisdiction)) ? placeName(jurisdiction) : null;
}

// ---------------------------------------------------------------------------------------------
// Evidence

/** The first evidence span, else the first occurrence of `surface` in the text, else nulls. */
function span(
  text: string,
  evidence: Evidence[] | undefined,
  surface?: string | null,
  context?: Evidence[],
): { start: number | null; end: number | null } {
  const valid = (xs: Evidence[] | undefined): Evidence | undefined =>
    xs?.find((x) => Number.isInteger(x.start) && Number.isInteger(x.end));
  const e = valid(evidence);
  if (e) return { start: e.start, end: e.end };
  if (surface) {
    let i = text.indexOf(surface);
    if (i < 0) i = text.toLowerCase().indexOf(surface.toLowerCase());
    if (i >= 0) return { start: i, end: i + surface.length };
  }
  // The statement that named it (the official's sentence, the supervision's paragraph...).
  const c = valid(context);
  if (c) return { start: c.start, end: c.end };
  return { start: null, end: null };
}

const ISO_WITH_YEAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function yearOf(date: string | null | undefined, symbol: string): string {
  const fromDate = date ? /^(\d{4})/.exec(date) : null;
  if (fromDate) return fromDate[1];
  const fromSymbol = /(?:^|\/)((?:19|20)\d{2})\//.exec(symbol);
  return fromSymbol ? fromSymbol[1] : '';
}

function isCentralSymbol(symbolNorm: string): boolean {
  const segments = symbolNorm.split(/[-/]/);
  const last = segments[segments.length - 1] ?? '';
  return lexicon.centralSymbolSegments.some((s) => last === s || last.startsWith(s + '1'));
}

// ---------------------------------------------------------------------------------------------
// One document → rows

/** Builds the rows one document writes. `ingestedAt` dates roles when the event date lacks a year. */
export function documentRows(doc: ExtractedDocument, ingestedAt: Date): DocumentRows {
  const { result, text } = doc;
  const info = result.document;
  const id = info.id;
  const jurisdiction = info.jurisdiction ? placeName(info.jurisdiction) : null;
  const ingestedIso = ingestedAt.toISOString();
  const asOf =
    info.eventDate && ISO_WITH_YEAR.test(info.eventDate)
      ? info.eventDate
      : ingestedIso.slice(0, 10);

  const places = new Map<string, PlaceRow>();
  if (jurisdiction) places.set(jurisdiction, { name: jurisdiction, level: 'province' });

  const orgs = new Map<string, OrganizationRow>();
  const officials = new Map<string, OfficialRow>();
  const roles = new Map<string, RoleRow>();
  const directives = new Map<string, DirectiveRow>();
  const supervisions = new Map<string, SupervisionRow>();
  const rels = {
    partOf: new Map<string, RelRow>(),
    orgIn: new Map<string, RelRow>(),
    holds: new Map<string, HoldsRow>(),
    roleOf: new Map<string, RelRow>(),
    issued: new Map<string, RelRow>(),
    implementsRels: new Map<string, ImplementsRow>(),
    conducted: new Map<string, RelRow>(),
    led: new Map<string, RelRow>(),
    tookPart: new Map<string, RelRow>(),
    hosted: new Map<string, RelRow>(),
    targeted: new Map<string, RelRow>(),
    under: new Map<string, RelRow>(),
    reports: new Map<string, RelRow>(),
    mentionsOfficial: new Map<string, RelRow>(),
    mentionsOrganization: new Map<string, RelRow>(),
    mentionsDirective: new Map<string, RelRow>(),
  };
  type RelName = keyof typeof rels;
  const addRel = <K extends RelName>(
    kind: K,
    row: K extends 'holds' ? HoldsRow : K extends 'implementsRels' ? ImplementsRow : RelRow,
  ): void => {
    const m = rels[kind] as Map<string, typeof row>;
    const k = `${row.from}\u0000${row.to}`;
    const prev = m.get(k);
    // Keep the first statement of a fact, but prefer any span to none.
    if (!prev || (prev.start === null && row.start !== null)) m.set(k, row);
  };
  const rel = (from: string, to: string, at: { start: number | null; end: number | null }) => ({
    doc: id,
    from,
    to,
    start: at.start,
    end: at.end,
  });

  const officialFacts = new Map<string, OfficialFact>();
  for (const o of result.officials) officialFacts.set(officialKey(o.name, jurisdiction), o);
  const orgFacts = new Map<string, OrganizationFact>();
  for (const o of result.organizations) orgFacts.set(organizationKey(o.name), o);

  /**
   * MERGEs an organisation row (once) and the document's MENTIONS of it; returns its key.
   * `context`: evidence of the statement that names it, when the organisation has none.
   */
  const organization = (name: string, context?: Evidence[]): string => {
    const key = organizationKey(name);
    const fact = orgFacts.get(key);
    if (!orgs.has(key)) {
      const orgJurisdiction = organizationJurisdiction(name, jurisdiction);
      const nameFolded = fold(name);
      orgs.set(key, {
        key,
        name: name.normalize('NFC').trim(),
        nameFolded,
        searchText: nameFolded,
        kind: fact?.kind ?? null,
        level: organizationLevel(name, jurisdiction),
        jurisdiction: orgJurisdiction,
      });
    }
    const at = span(text, fact?.evidence, name, context);
    const orgJurisdiction = orgs.get(key)?.jurisdiction;
    if (orgJurisdiction) addRel('orgIn', rel(key, orgJurisdiction, at));
    addRel('mentionsOrganization', rel(id, key, at));
    return key;
  };

  /** MERGEs an official row (once) and the document's MENTIONS of them; returns the key. */
  const official = (name: string, evidence?: Evidence[], context?: Evidence[]): string => {
    const key = officialKey(name, jurisdiction);
    const own = evidence ?? officialFacts.get(key)?.evidence;
    if (!officials.has(key)) {
      const nameFolded = fold(name);
      officials.set(key, {
        key,
        name: name.normalize('NFC').trim(),
        nameFolded,
        searchText: nameFolded,
        jurisdiction,
      });
    }
    addRel('mentionsOfficial', rel(id, key, span(text, own, name, context)));
    return key;
  };

  // Officials and the roles they hold.
  for (const o of result.officials) {
    const key = official(o.name, o.evidence);
    const at = span(text, o.evidence, o.name);
    for (const r of o.roles) {
      const orgKey = r.organization ? organization(r.organization, o.evidence) : null;
      const rk = roleKey(r.title, orgKey);
      if (!roles.has(rk)) roles.set(rk, { key: rk, title: r.title.normalize('NFC').trim() });
      addRel('holds', { ...rel(key, rk, at), asOf, docDate: info.eventDate });
      if (orgKey !== null) addRel('roleOf', rel(rk, orgKey, at));
    }
  }

  // Directives: a symbol cited anywhere resolves through the document's own directive list.
  const directiveFacts = new Map<string, DirectiveFact>();
  for (const d of result.directives) {
    const sn = normSymbol(d.symbol);
    const prev = directiveFacts.get(sn);
    if (!prev || (!prev.date && d.date)) directiveFacts.set(sn, d);
  }
  const directive = (symbol: string, context?: Evidence[]): string => {
    const symbolNorm = normSymbol(symbol);
    const fact = directiveFacts.get(symbolNorm);
    let issuerJurisdiction = '';
    let issuerKey: string | null = null;
    if (fact?.issuer) {
      issuerKey = organization(fact.issuer, fact.evidence);
      const issuer = orgs.get(issuerKey);
      issuerJurisdiction = issuer?.level === 'central' ? '' : (issuer?.jurisdiction ?? '');
    } else if (!isCentralSymbol(symbolNorm)) {
      issuerJurisdiction = jurisdiction ?? '';
    }
    const jurKey = normKey(issuerJurisdiction);
    const year = yearOf(fact?.date, symbolNorm);
    const key = directiveKey(symbolNorm, jurKey, year);
    if (!directives.has(key)) {
      const shown = (fact?.symbol ?? symbol).normalize('NFC').trim();
      const subject = fact?.subject ?? null;
      directives.set(key, {
        key,
        symbol: shown,
        symbolNorm,
        type: fact?.type ?? null,
        date: fact?.date ?? null,
        subject,
        jurisdiction: issuerJurisdiction || null,
        searchText: `${fold(shown)} ${fold(subject ?? '')}`.trim(),
        group: directiveGroup(symbolNorm, jurKey),
      });
    }
    const at = span(text, fact?.evidence, symbol, context);
    addRel('mentionsDirective', rel(id, key, at));
    if (issuerKey !== null) addRel('issued', rel(issuerKey, key, at));
    return key;
  };

  for (const d of result.directives) {
    const key = directive(d.symbol);
    const at = span(text, d.evidence, d.symbol);
    const inferred = new Set((d.implementsInferred ?? []).map(normSymbol));
    for (const parent of d.implements) {
      const parentKey = directive(parent, d.evidence);
      if (parentKey === key) continue;
      addRel('implementsRels', {
        ...rel(key, parentKey, at),
        inferred: inferred.has(normSymbol(parent)),
      });
    }
  }

  // Supervisions.
  for (const s of result.supervisions) supervision(s);
  function supervision(s: SupervisionFact): void {
    const conductors = s.conductedBy.map((n) => organization(n, s.evidence));
    const targets = s.targets.map((n) => organization(n, s.evidence));
    const key = supervisionKey(s.kind, s.date, conductors, targets);
    if (!supervisions.has(key)) {
      supervisions.set(key, {
        key,
        kind: s.kind,
        date: s.date,
        delegation: s.delegation,
        topic: s.topic,
      });
    }
    const at = span(text, s.evidence);
    addRel('reports', rel(id, key, at));
    for (const c of conductors) addRel('conducted', rel(c, key, at));
    for (const t of targets) addRel('targeted', rel(key, t, at));
    if (s.leader) addRel('led', rel(official(s.leader, undefined, s.evidence), key, at));
    for (const p of s.participants)
      addRel('tookPart', rel(official(p, undefined, s.evidence), key, at));
    for (const h of s.hosts) addRel('hosted', rel(official(h, undefined, s.evidence), key, at));
    for (const d of s.directives) addRel('under', rel(key, directive(d, s.evidence), at));
  }

  // Organisations and their parents (last: by now their mentions are placed in the text).
  for (const o of result.organizations) {
    const key = organization(o.name, o.evidence);
    if (o.parent) {
      const parentKey = organization(o.parent, o.evidence);
      // Where the text names the organisation (its mention, placed by the statements above).
      const mention = rels.mentionsOrganization.get(`${id}\u0000${key}`);
      const at = mention && mention.start !== null ? mention : span(text, o.evidence, o.name);
      if (parentKey !== key) addRel('partOf', rel(key, parentKey, at));
    }
  }

  const list = <T>(m: Map<string, T>): T[] => [...m.values()];
  return {
    id,
    sha256: doc.sha256,
    document: {
      id,
      sha256: doc.sha256,
      title: info.title,
      source: info.source,
      jurisdiction,
      eventDate: info.eventDate,
      author: info.author ?? null,
      text,
      ingestedAt: ingestedIso,
    },
    places: list(places),
    organizations: list(orgs),
    officials: list(officials),
    roles: list(roles),
    directives: list(directives),
    supervisions: list(supervisions),
    partOf: list(rels.partOf),
    orgIn: list(rels.orgIn),
    holds: list(rels.holds),
    roleOf: list(rels.roleOf),
    issued: list(rels.issued),
    implementsRels: list(rels.implementsRels),
    conducted: list(rels.conducted),
    led: list(rels.led),
    tookPart: list(rels.tookPart),
    hosted: list(rels.hosted),
    targeted: list(rels.targeted),
    under: list(rels.under),
    reports: list(rels.reports),
    mentionsOfficial: list(rels.mentionsOfficial),
    mentionsOrganization: list(rels.mentionsOrganization),
    mentionsDirective: list(rels.mentionsDirective),
  };
}

/**
 * Folds the rows several documents give for one node key into one row with the effect the
 * load query (cypher/load-*.cypher) would have had applying them one after the other, so a
 * node named by many documents of a batch is MERGEd once. `merge(acc, row)`: acc is earlier.
 */
function foldByKey<T extends { key: string }>(rows: T[], merge: (acc: T, row: T) => T): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) {
    const prev = byKey.get(row.key);
    byKey.set(row.key, prev === undefined ? row : merge(prev, row));
  }
  return [...byKey.values()];
}

/** Concatenates the rows of several documents into one batch's query parameters. */
export function batchParams(docs: DocumentRows[]): BatchParams {
  const out = { documents: docs.map((d) => d.document) } as BatchParams;
  for (const name of ROW_LISTS) {
    (out[name] as unknown[]) = docs.flatMap((d) => d[name] as unknown[]);
  }
  // Node rows: one per key, with the semantics of the sequential SETs (first ON CREATE values;
  // coalesce(existing, row) = first non-null; coalesce(row, existing) = last non-null).
  const places = new Map<string, PlaceRow>();
  for (const p of out.places) if (!places.has(p.name)) places.set(p.name, p);
  out.places = [...places.values()];
  out.officials = foldByKey(out.officials, (acc) => acc);
  out.roles = foldByKey(out.roles, (acc) => acc);
  out.organizations = foldByKey(out.organizations, (acc, row) => ({
    ...acc,
    kind: row.kind ?? acc.kind,
    level: acc.level !== 'unknown' ? acc.level : row.level,
    jurisdiction: row.jurisdiction ?? acc.jurisdiction,
  }));
  out.directives = foldByKey(out.directives, (acc, row) => ({
    ...acc,
    type: acc.type ?? row.type,
    date: acc.date ?? row.date,
    subject: acc.subject ?? row.subject,
    jurisdiction: row.jurisdiction,
    searchText: row.searchText.length > acc.searchText.length ? row.searchText : acc.searchText,
  }));
  out.supervisions = foldByKey(out.supervisions, (acc, row) => ({
    ...acc,
    delegation: row.delegation ?? acc.delegation,
    topic: row.topic ?? acc.topic,
  }));
  out.directiveGroups = [...new Set(out.directives.map((d) => d.group))];
  return out;
}

/** The relationship lists of DocumentRows (written by cypher/load-relationships.cypher). */
export type RelListName = Exclude<
  RowListName,
  'places' | 'organizations' | 'officials' | 'roles' | 'directives' | 'supervisions'
>;

/** The labels of each relationship list's endpoints (from, to): how its keys find element ids. */
export const REL_ENDPOINTS: Record<RelListName, readonly [NodeLabel, NodeLabel]> = {
  partOf: ['Organization', 'Organization'],
  orgIn: ['Organization', 'Place'],
  holds: ['Official', 'Role'],
  roleOf: ['Role', 'Organization'],
  issued: ['Organization', 'Directive'],
  implementsRels: ['Directive', 'Directive'],
  conducted: ['Organization', 'Supervision'],
  led: ['Official', 'Supervision'],
  tookPart: ['Official', 'Supervision'],
  hosted: ['Official', 'Supervision'],
  targeted: ['Supervision', 'Organization'],
  under: ['Supervision', 'Directive'],
  reports: ['Document', 'Supervision'],
  mentionsOfficial: ['Document', 'Official'],
  mentionsOrganization: ['Document', 'Organization'],
  mentionsDirective: ['Document', 'Directive'],
};

export type NodeLabel =
  'Document' | 'Place' | 'Organization' | 'Official' | 'Role' | 'Directive' | 'Supervision';

/** The relationship type each list writes (cypher/load-relationships.cypher). */
export const REL_TYPES: Record<RelListName, string> = {
  partOf: 'PART_OF',
  orgIn: 'IN',
  holds: 'HOLDS',
  roleOf: 'OF',
  issued: 'ISSUED',
  implementsRels: 'IMPLEMENTS',
  conducted: 'CONDUCTED',
  led: 'LED',
  tookPart: 'TOOK_PART',
  hosted: 'HOSTED',
  targeted: 'TARGETED',
  under: 'UNDER',
  reports: 'REPORTS',
  mentionsOfficial: 'MENTIONS',
  mentionsOrganization: 'MENTIONS',
  mentionsDirective: 'MENTIONS',
};

/** One relationship to write from a known start node: its type, end node (element id), properties. */
export interface OutRel {
  type: string;
  b: string;
  doc: string;
  start: number | null;
  end: number | null;
  /** HOLDS only. */
  asOf?: string;
  docDate?: string | null;
  /** IMPLEMENTS only. */
  inferred?: boolean;
}

/** The relationships of a batch that start at one node (element id `a`). */
export interface RelGroup {
  a: string;
  rels: OutRel[];
}

/**
 * The parameters of cypher/load-relationships.cypher: every relationship of the batch, grouped
 * by start node (a document's MENTIONS and REPORTS, an official's HOLDS… find their start once).
 */
export interface RelationshipParams {
  groups: RelGroup[];
}

/** Where `nodeIds` finds a node: its label and key. */
export function nodeIdKey(label: string, key: string): string {
  return `${label}\u0000${key}`;
}

/**
 * The batch's relationship rows with their endpoints' element ids (`nodeIds`, keyed by
 * nodeIdKey, from the node statements of the same transaction). A row whose endpoint has no id
 * is left out, as the MATCH by key it replaces would have matched nothing.
 */
export function relationshipParams(
  params: BatchParams,
  nodeIds: ReadonlyMap<string, string>,
): RelationshipParams {
  const groups = new Map<string, OutRel[]>();
  for (const name of Object.keys(REL_ENDPOINTS) as RelListName[]) {
    const [fromLabel, toLabel] = REL_ENDPOINTS[name];
    const type = REL_TYPES[name];
    for (const row of params[name] as RelRow[]) {
      const a = nodeIds.get(nodeIdKey(fromLabel, row.from));
      const b = nodeIds.get(nodeIdKey(toLabel, row.to));
      if (a === undefined || b === undefined) continue;
      const { from: _from, to: _to, ...props } = row;
      let rels = groups.get(a);
      if (rels === undefined) groups.set(a, (rels = []));
      rels.push({ type, b, ...props });
    }
  }
  return { groups: [...groups].map(([a, rels]) => ({ a, rels })) };
}
