/**
 * The extraction pipeline, top to bottom:
 *   1 intake     bytes → NFC text                                   (./intake)
 *   2 segment    lines, tokens, sentences                           (./segment, ./tokens)
 *   3 zone       title, body, byline, source, boilerplate cut       (./zone)
 *   5 spans      one pass of the lexicon phrase trie                (./spans, ./lexicon)
 *   6 mentions   people, roles, organisations, directives, dates    (./mentions)
 *   4 context    jurisdiction, outlet, year                         (./context; reads the mentions)
 *   7 relations  apposition, delegation frames, lineage             (./relations)
 *   8 resolve    canonical names with place, coreference, merging   (./resolve)
 *   then emit the contract of shared/spec/EXTRACTION.md.
 */
import type {
  DirectiveFact,
  Evidence,
  ExtractedDocument,
  ExtractionResult,
  OfficialFact,
  OrganizationFact,
  SourceInput,
} from './types';
import { intake, IntakeError, type SourceText } from './intake';
import { LEXICON, type Lexicon } from './lexicon';
import { segmentLines, segmentSentences } from './segment';
import { tokenize, tokenizeRange, type Token } from './tokens';
import { zone, type Zones } from './zone';
import { matchSpans } from './spans';
import {
  group,
  isWord,
  MentionParser,
  type DateMention,
  type DirectiveMention,
  type Item,
  type OrgPhrase,
  type RoleMention,
} from './mentions';
import docTypeData from './lexicon/doctypes.json';
import { buildContext, type DocContext } from './context';
import {
  appositions,
  completeBareTitles,
  sectionProvinces,
  type PersonDraft,
  type RoleDraft,
} from './officials';
import { communiqueDrafts, supervisionIn, type SupervisionDraft } from './relations';
import { orSession } from './sessions';
import { carriedLineage, lineageIn, typeReferenceLineage, type LineageDraft } from './lineage';
import { iso, supervisionsOf } from './supervisions';
import {
  buildOrgIndex,
  canonicalOrg,
  inOwnProvince,
  orgKey,
  soleProvince,
  type CanonicalOrg,
  type DocOrgIndex,
} from './resolve';
// Memoised there: a second memo here only doubled the Map lookups.
import { normKey } from '../common/fold';
import { createHash } from 'node:crypto';

export * from './types';

/** Body tokens, sentences and their items: everything the relation stage reads. */
export interface AnalysedText {
  zones: Zones;
  tokens: Token[];
  sentences: Item[][];
  ctx: DocContext;
}

/** Stages 2–6 and the context: pure, on the intake text. */
export function analyse(text: string, lex: Lexicon = LEXICON): AnalysedText {
  const lines = segmentLines(text);
  const zones = zone(lines, lex);
  const tokens: Token[] = [];
  // Line (paragraph) of each token, by token index: sentences never cross a line.
  const lineOfToken: number[] = [];
  zones.body.forEach((li, n) => {
    const l = lines[li];
    const from = tokens.length;
    tokenizeRange(text, l.start, l.end, tokens);
    for (let k = from; k < tokens.length; k++) lineOfToken.push(n);
  });
  const spans = matchSpans(tokens, lex);
  const sents = segmentSentences(tokens, lineOfToken);
  const parser = new MentionParser(tokens, spans, lex);
  const sentences = sents.map((s) => parser.items(s.start, s.end));
  const ctx = buildContext({ outlet: zones.outlet, tokens, spans, sentences }, lex);
  return { zones, tokens, sentences, ctx };
}

export function normSymbol(sym: string): string {
  return sym
    .normalize('NFC')
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/^SỐ/, '')
    .replace(/T\.?Ư/g, 'TW')
    .replace(/^0+(?=\d)/, '');
}

class Resolver {
  readonly orgs = new Map<string, OrganizationFact>();
  private readonly canon = new WeakMap<OrgPhrase, CanonicalOrg | null>();
  constructor(
    readonly ctx: DocContext,
    readonly idx: DocOrgIndex,
    readonly lex: Lexicon,
  ) {}

  org(o: OrgPhrase | null, mentioned = true): CanonicalOrg | null {
    if (!o) return null;
    let c = this.canon.get(o);
    if (c === undefined) {
      c = canonicalOrg(o, this.ctx, this.idx, this.lex);
      this.canon.set(o, c);
    }
    if (!c) return null;
    const known = this.orgs.get(c.key);
    const ev: Evidence[] = mentioned ? [{ start: o.start, end: o.end }] : [];
    if (known) known.evidence?.push(...ev);
    else this.orgs.set(c.key, { name: c.name, kind: c.kind, parent: c.parent, evidence: ev });
    return c;
  }
}

function signIssuer(symbol: string, res: Resolver, lex: Lexicon): string | null {
  const parts = symbol
    .replace(/^\d+[a-zA-Z]?(?:\/\d{4})?/, '')
    .split(/[-/]/)
    .filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i];
    const def = lex.signIssuers.find((s) => s.sign === p || (s.prefix && p.startsWith(s.sign)));
    if (!def) continue;
    if (!def.parse) return def.issuer;
    // "/TU" in a centrally-run city is its Thành ủy, "-UBND" its Ủy ban nhân dân thành phố.
    const phrase = res.ctx.province?.centralCity
      ? def.issuer.replace('Tỉnh ủy', 'Thành ủy').replace(/ tỉnh$/u, ' thành phố')
      : def.issuer;
    const o = new MentionParser(tokenize(phrase), null, lex).parseOrg(0);
    const c = o ? res.org({ ...o.m, start: 0, end: 0 }, false) : null;
    return c ? c.name : phrase;
  }
  return null;
}

function signType(symbol: string, lex: Lexicon): string | null {
  const parts = symbol
    .replace(/^\d+[a-zA-Z]?(?:\/\d{4})?/, '')
    .split(/[-/]/)
    .filter(Boolean);
  for (const p of parts) {
    const t = lex.signTypes.get(p);
    if (t) return t;
  }
  return null;
}

function directivesOf(
  mentions: DirectiveMention[],
  lineage: LineageDraft[],
  res: Resolver,
  lex: Lexicon,
): DirectiveFact[] {
  const bySym = new Map<string, DirectiveFact>();
  for (const m of mentions) {
    const key = normSymbol(m.symbol);
    let d = bySym.get(key);
    if (!d) {
      d = {
        symbol: m.symbol,
        type: null,
        date: null,
        issuer: null,
        subject: null,
        implements: [],
        evidence: [],
      };
      bySym.set(key, d);
    }
    d.evidence.push({ start: m.start, end: m.end });
    // "Nghị định số 39-NQ/TW …, Nghị quyết 39-NQ/TW": a slip of the writer's, told by the sign.
    if (m.type && (!d.type || (d.type !== m.type && m.type === signType(d.symbol, lex))))
      d.type = m.type;
    // A clause date without its year ("Ngày 6-2, UBND … ban hành") takes the article's, or none.
    if (!d.date && m.date) d.date = iso(m.date.year ?? res.ctx.year, m.date.month, m.date.day);
    if (!d.issuer && m.issuer) {
      const c = res.org(m.issuer);
      if (c) d.issuer = m.issuerTitle ? `${m.issuerTitle} ${c.name}` : c.name;
    }
    if (!d.subject && m.subject) d.subject = m.subject;
  }
  for (const d of bySym.values()) {
    if (!d.type) d.type = signType(d.symbol, lex);
    if (!d.issuer && !/^\d+$/.test(d.symbol)) d.issuer = signIssuer(d.symbol, res, lex);
  }
  // "Chỉ thị 40" beside "Chỉ thị số 40-CT/TW": a bare number is the one full sign of that type
  // with that number cited in the article.
  const byNumber = new Map<string, DirectiveFact[]>();
  for (const [k, d] of bySym) {
    const n = /^(\d+)\D/.exec(k)?.[1];
    if (n) byNumber.set(n, [...(byNumber.get(n) ?? []), d]);
  }
  for (const [k, d] of [...bySym]) {
    if (!/^\d+$/.test(k)) continue;
    const full = (byNumber.get(k) ?? []).filter((f) => !d.type || !f.type || f.type === d.type);
    if (full.length !== 1) continue;
    const f = full[0];
    f.evidence.push(...d.evidence);
    f.date ??= d.date;
    f.issuer ??= d.issuer;
    f.subject ??= d.subject;
    bySym.set(k, f);
  }
  for (const l of lineage) {
    const c = bySym.get(normSymbol(l.child));
    const p = bySym.get(normSymbol(l.parent));
    if (!c || !p || c === p || c.implements.includes(p.symbol)) continue;
    c.implements.push(p.symbol);
    if (l.inferred) (c.implementsInferred ??= []).push(p.symbol);
  }
  return [...new Set(bySym.values())];
}

interface OfficialState {
  fact: OfficialFact;
  roleKeys: Set<string>;
  cores: Set<string>;
}

function officialsOf(
  drafts: PersonDraft[],
  res: Resolver,
  author: string | null,
): Map<string, OfficialState> {
  const out = new Map<string, OfficialState>();
  const authorKey = author ? normKey(author) : null;
  const bodies = new Map<string, OrgPhrase[]>();
  for (const d of drafts) {
    const key = normKey(d.name);
    let list = bodies.get(key);
    if (!list) bodies.set(key, (list = []));
    for (const r of d.roles) if (r.org) list.push(r.org);
  }
  for (const d of drafts) {
    const key = normKey(d.name);
    if (key === authorKey) continue;
    const own = soleProvince(bodies.get(key) ?? []);
    let st = out.get(key);
    if (!st) {
      st = {
        fact: { name: d.name, roles: [], evidence: [] },
        roleKeys: new Set(),
        cores: new Set(),
      };
      out.set(key, st);
    }
    for (const m of d.mentions) {
      if (!st.fact.evidence.some((e) => e.start === m.start))
        st.fact.evidence.push({ start: m.start, end: m.end });
    }
    for (const r of d.roles)
      addRole(st, own && r.org ? { ...r, org: inOwnProvince(r.org, own) } : r, res);
  }
  // A person once named with a title of another country is a foreign official in every mention;
  // one commemorated ("Ngày sinh đồng chí A") is a historical figure in every mention.
  for (const d of drafts) if (d.foreign || d.historical) out.delete(normKey(d.name));
  for (const st of out.values()) dropElided(st, res.lex);
  return out;
}

/**
 * "Cục trưởng Cục Thi hành án dân sự" beside "Cục trưởng Cục Thi hành án dân sự TP Hà Nội" in one
 * article: the shorter is the same post with its place or body left unsaid, not a second post.
 */
function dropElided(st: OfficialState, lex: Lexicon): void {
  const roles = st.fact.roles;
  if (roles.length < 2) return;
  const keys = roles.map((r) => orgKey(`${r.title} ${r.organization ?? ''}`, lex));
  st.fact.roles = roles.filter(
    (_, i) => !keys.some((k, j) => j !== i && k.startsWith(`${keys[i]} `)),
  );
}

function addRole(st: OfficialState, r: RoleDraft, res: Resolver): void {
  const c = res.org(r.org);
  // A title held without a body ("Thủ tướng") is kept only when officials.ts says so.
  if (!c && !(r.org === null && r.bare)) return;
  const organization = c ? c.name : null;
  const k = orgKey(`${r.title} ${organization ?? ''}`, res.lex);
  if (st.roleKeys.has(k)) return;
  st.roleKeys.add(k);
  st.fact.roles.push({ title: r.title, organization });
  if (c) st.cores.add(c.core);
}

/**
 * Attributes stated once for a list ("Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày
 * 12/12/2013 của Bộ Chính trị"), and the issuer as the subject of "ban hành" ("Ban Thường vụ
 * Huyện ủy X đã ban hành Kế hoạch số 45-KH/HU").
 */
function shareAttributes(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind !== 'directive') continue;
    const d = it.m;
    // List: D (và|,) D' ... with the date/issuer on the last one.
    let k = i;
    while (
      items[k + 1]?.kind === 'word' &&
      [',', 'và'].includes((items[k + 1] as { norm: string }).norm) &&
      items[k + 2]?.kind === 'directive'
    )
      k += 2;
    // The documents of the list, every other item from i to k.
    const list: DirectiveMention[] = [];
    for (let m = i; m <= k; m += 2)
      list.push((items[m] as { kind: 'directive'; m: DirectiveMention }).m);
    if (k > i) {
      const last = list[list.length - 1];
      const sign = (s: string): string => s.replace(/^\d+[a-zA-Z]?(?:\/\d{4})?/, '');
      // The issuing body after the sign's last part ("/TW", "-UBND"), the same for every one.
      const body = (s: string): string => /[-/]([^-/]+)$/.exec(sign(s))?.[1] ?? '';
      for (const x of list.slice(0, -1)) {
        const sameSign = sign(x.symbol) === sign(last.symbol);
        // "Quyết định số 2356, 2357 và 2358/QĐ-UBND ngày …": bare numbers of the last one's type
        // share its sign's date and issuer.
        const bareOfType = x.bare && !!x.type && x.type === last.type;
        if (!sameSign && !bareOfType && (!body(x.symbol) || body(x.symbol) !== body(last.symbol)))
          continue;
        if ((sameSign || bareOfType) && !x.date && last.date) x.date = last.date;
        if (!x.issuer && last.issuer) {
          x.issuer = last.issuer;
          x.issuerTitle = last.issuerTitle;
        }
      }
    }
    // "Quyết định số 71/QĐ-TTr do Chánh Thanh tra tỉnh Trần Văn A ký ngày 9/6": the signer's body.
    const signer = signedBy(items, k + 1);
    if (signer) {
      for (const y of list) {
        if (!y.issuer && signer.issuer) {
          y.issuer = signer.issuer;
          y.issuerTitle = signer.title;
        }
        y.date ??= signer.date;
      }
    }
    // "Tại Quyết định số 31-QĐ/ĐU ngày 21/2, Đảng ủy Cơ quan … thi hành kỷ luật …": the body
    // acting under the document opening the clause issued it.
    const opener = items[i - 1];
    const actor = items[k + 2];
    if (
      !d.issuer &&
      opener?.kind === 'word' &&
      ISSUER_CLAUSE_OPENERS.has(opener.norm) &&
      (i === 1 || isWord(items[i - 2], ',', ';')) &&
      isWord(items[k + 1], ',') &&
      actor?.kind === 'org' &&
      !isWord(items[k + 3], 'của')
    ) {
      for (const y of list) y.issuer ??= actor.m;
    }
    if (d.issuer) continue;
    const v =
      [i - 1, i - 2].find(
        (q) =>
          q >= 0 &&
          items[q].kind === 'word' &&
          (items[q] as { group: string | null }).group === 'issueVerbs',
      ) ?? signVerbBefore(items, i);
    if (v === undefined) continue;
    for (let q = v - 1; q >= 0; q--) {
      const x = items[q];
      if (x.kind === 'word' && [',', ';', '.'].includes(x.norm)) break;
      // "Ngày 6/6, Bộ trưởng Bộ X đã ký Quyết định …": a post's body issued it.
      const body = x.kind === 'org' ? x.m : x.kind === 'role' ? signingBody(x.m) : null;
      if (body) {
        const prev = items[q - 1];
        if (prev && prev.kind === 'word' && (prev.norm === 'của' || prev.group === 'targetMarkers'))
          break;
        const title = x.kind === 'role' && ISSUING_TITLES.has(x.m.title) ? x.m.title : null;
        d.issuer = body;
        d.issuerTitle = title;
        // "UBND tỉnh ban hành Quyết định số 2356, 2357 và 2358/QĐ-UBND": issued, all of the list.
        for (const y of list.slice(1)) {
          if (!y.issuer) {
            y.issuer = body;
            y.issuerTitle = title;
          }
        }
        // "Ngày 18/11/2016, Chính phủ ban hành Nghị quyết …", "Ngay sau đó, vào ngày 10/5, UBND
        // huyện đã ra Quyết định …", "ngày 20/7, ông A - Phó Chủ tịch UBND thành phố đã ký …": the
        // date opening the clause is the issue date.
        let c = q;
        while (
          c > 0 &&
          x.kind === 'role' &&
          (items[c - 1].kind === 'person' ||
            group(items[c - 1]) === 'personMarker' ||
            isWord(items[c - 1], '-', '–'))
        )
          c--;
        const opens = c <= 3 || isWord(items[c - 3], ',', 'vào', 'ngày');
        const dt = c >= 2 && opens && isWord(items[c - 1], ',') ? items[c - 2] : null;
        if (dt?.kind === 'date') for (const y of list) y.date ??= dt.m;
        break;
      }
    }
  }
}

/** Verbs of signing a document ("ký"), and words that may follow them before it ("liên tiếp"). */
const SIGN_VERBS = new Set(docTypeData.signing.verbs);
const SIGN_FILLERS = new Set(docTypeData.signing.fillers.flatMap((w) => w.split(' ')));
/** Posts that issue documents in their own name ("Thủ tướng" + "Chính phủ"). */
const ISSUING_TITLES = new Set(docTypeData.signing.issuingTitles);
/** "Tại Quyết định số X, ORG …": words opening a clause whose subject acts under X it issued. */
const ISSUER_CLAUSE_OPENERS = new Set(docTypeData.signing.clauseOpeners);

/** "đã ký (liên tiếp 6) Quyết định …": the signing verb before the directive at i. */
function signVerbBefore(items: Item[], i: number): number | undefined {
  for (let q = i - 1; q >= 0 && q >= i - 4; q--) {
    const x = items[q];
    if (x.kind !== 'word') return undefined;
    if (SIGN_VERBS.has(x.norm)) return q;
    if (!SIGN_FILLERS.has(x.norm) && !/^\d+$/.test(x.text)) return undefined;
  }
  return undefined;
}

/** The body a post belongs to, when it names one ("Phó Chủ tịch UBND thành phố", not "TP"). */
function signingBody(r: RoleMention): OrgPhrase | null {
  return r.org && r.org.units.length > 0 ? r.org : null;
}

/** "… do ROLE (PERSON) ký (ngày DATE)" at j, after a directive: the signer's body and date. */
function signedBy(
  items: Item[],
  j: number,
): { issuer: OrgPhrase | null; title: string | null; date: DateMention | null } | null {
  if (!isWord(items[j], 'do')) return null;
  const x = items[j + 1];
  const body = x?.kind === 'org' ? x.m : x?.kind === 'role' ? signingBody(x.m) : null;
  if (!body) return null;
  let q = j + 2;
  if (items[q]?.kind === 'person') q++;
  const verb = items[q];
  if (verb?.kind !== 'word' || !SIGN_VERBS.has(verb.norm)) return null;
  q++;
  if (isWord(items[q], 'ngày')) q++;
  const dt = items[q];
  return {
    issuer: body,
    title: x.kind === 'role' && ISSUING_TITLES.has(x.m.title) ? x.m.title : null,
    date: dt?.kind === 'date' ? dt.m : null,
  };
}

/** Everything after intake: text in, contract out. Pure. */
export function extractText(id: string, text: string, lex: Lexicon = LEXICON): ExtractionResult {
  const { zones, sentences, ctx } = analyse(text, lex);
  sectionProvinces(sentences, lex);
  const allOrgs: OrgPhrase[] = [];
  const directiveMentions: DirectiveMention[] = [];
  for (const items of sentences) {
    for (const it of items) {
      if (it.kind === 'org') allOrgs.push(it.m);
      else if (it.kind === 'role' && it.m.org) allOrgs.push(it.m.org);
      else if (it.kind === 'directive') directiveMentions.push(it.m);
    }
  }
  const res = new Resolver(ctx, buildOrgIndex(allOrgs), lex);
  for (const items of sentences) shareAttributes(items);
  const personDrafts: PersonDraft[] = [];
  const supDrafts: SupervisionDraft[] = [];
  const lineage: LineageDraft[] = [];
  const places = (generic: string, key: string): string | null => {
    if (generic === 'tỉnh' || generic === 'thành phố') {
      const p = lex.provinceByName.get(key);
      if (p) return p.name;
    }
    if (generic === 'tỉnh') return null;
    const d = lex.districts.get(key);
    return d && (!ctx.province || d.provinces.includes(ctx.province.name)) ? d.name : null;
  };
  // A committee's communiqué: its clauses replace what the sentence grammar reads.
  const communique = communiqueDrafts(sentences, places);
  sentences.forEach((items, si) => {
    personDrafts.push(...appositions(items, lex).people);
    const listed = communique.get(si);
    // The general session reader reads only what the delegation grammar leaves.
    const s = listed ? null : orSession(supervisionIn(items, si, places), items, si, places);
    if (listed) supDrafts.push(...listed);
    if (s) supDrafts.push(s);
    lineage.push(...lineageIn(items, lex.centralSigns));
  });
  completeBareTitles(personDrafts, sentences, lex);
  lineage.push(...typeReferenceLineage(sentences, lex.docTypes), ...carriedLineage(sentences));
  const officialsByKey = officialsOf(personDrafts, res, zones.author);
  const directives = directivesOf(directiveMentions, lineage, res, lex);
  const supervisions = supervisionsOf(supDrafts, sentences, officialsByKey, res, text);
  for (const o of allOrgs) res.org(o);
  const officials = [...officialsByKey.values()]
    .filter((s) => s.fact.roles.length > 0)
    .map((s) => s.fact);
  let eventDate: string | null = supervisions.find((s) => s.date)?.date ?? null;
  if (!eventDate) {
    for (const items of sentences.slice(0, 2)) {
      const d = items.find((it) => it.kind === 'date' && it.m.timeWord);
      if (d && d.kind === 'date') {
        eventDate = iso(d.m.year ?? ctx.year, d.m.month, d.m.day);
        break;
      }
    }
  }
  return {
    document: {
      id,
      title: zones.title?.text ?? null,
      source: zones.outlet,
      jurisdiction: ctx.jurisdiction,
      eventDate,
      author: zones.author,
    },
    officials,
    organizations: [...res.orgs.values()],
    directives,
    supervisions,
  };
}

/** Public entry of the extraction stage: one source in, the contract object out. Pure. */
export function extractDocument(input: SourceInput): ExtractedDocument {
  let src: SourceText;
  try {
    src = intake(input);
  } catch (err) {
    if (!(err instanceof IntakeError)) throw err;
    return {
      text: '',
      sha256: createHash('sha256').update(input.content).digest('hex'),
      result: {
        document: { id: input.id, title: null, source: null, jurisdiction: null, eventDate: null },
        officials: [],
        organizations: [],
        directives: [],
        supervisions: [],
        error: err.message,
      },
    };
  }
  const result = extractText(input.id, src.text);
  // The hash is computed only if read (the loader reads it, `kg extract` does not).
  return {
    text: src.text,
    get sha256(): string {
      return src.sha256;
    },
    result,
  };
}
