/**
 * Stage 7, relations: patterns over the items of one sentence (people and roles: officials.ts).
 *   delegation     Đoàn X [số N] [của ORG] do PERSON … làm trưởng đoàn … VERB … đối với|tại ORG
 *   joint body     ORG phối hợp với ORG … VERB … tại ORG
 *   people         "Tham gia … có các đồng chí …", "Tiếp đoàn có …", "PERSON … báo cáo …"
 * Directive lineage is in ./lineage.
 */
import type { Item, OrgPhrase, PersonMention } from './mentions';
import { firstIndex, group, isVerb, isWord } from './mentions';
import { backgroundDirectives } from './lineage';
import { appositions, stripMarkers, type RoleDraft } from './officials';
import type { SupervisionKind } from './types';
import triggerData from './lexicon/triggers.json';
import placeData from './lexicon/places.json';

/** Bodies that are one office-holder ("Thủ tướng Chính phủ"): a team of theirs is named by them. */
const POST_OWNERS = new Set(triggerData.postOwnedTeams);

export interface SupervisionDraft {
  kind: SupervisionKind;
  /** The verb was only "làm việc": the kind may come from the delegation it belongs to. */
  weakKind: boolean;
  /** "đoàn làm việc với …": the delegation of an earlier sentence. */
  anaphoric: boolean;
  /** Read from the headline: the same session is usually told again in the text. */
  headline: boolean;
  /** Named in an opening phrase ("Tại buổi làm việc với Đoàn … của X, …"): often told before. */
  sessionNoun: boolean;
  /** Told from the host's side ("UBND tỉnh X … báo cáo với Đoàn công tác của Y"). */
  hosted: boolean;
  sentence: number;
  date: { day: number; month: number; year: number | null } | null;
  delegation: string | null;
  conductors: OrgPhrase[];
  /**
   * "đoàn kiểm tra của huyện Mê Linh": the place named as the team's owner, when no body is; or a
   * partner team named by its kind ("… phối hợp với Đoàn kiểm tra liên ngành Thành phố").
   */
  placeConductors: string[];
  leader: string | null;
  /** The leader named by title only ("Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đoàn"), resolved later. */
  leaderRole: RoleDraft | null;
  /** The leader by given name alone ("ông Phong"), resolved later against the document's people. */
  leaderGiven: string | null;
  /** "Cùng ngày, …": held on the day of the session told before. */
  sameDay: boolean;
  /** Where the text says what was supervised ("việc thực hiện Quy định số 23-QĐ/TW"), or null. */
  topic: { start: number; end: number } | null;
  participants: string[];
  hosts: string[];
  /** Title-only mentions of hosts ("đồng chí Bí thư Huyện ủy"), resolved later. */
  hostRoles: RoleDraft[];
  targets: OrgPhrase[];
  /** Province-level places visited ("làm việc tại tỉnh Bắc Kạn"), when no body is named. */
  placeTargets: string[];
  /** "làm việc với lãnh đạo tỉnh": the province of the article, by its generic ("tỉnh"), or null. */
  homeTarget: string | null;
  /** The one place target is a province named bare and alone ("… tại Đà Nẵng."): weak. */
  areaOnly: boolean;
  directives: string[];
  /**
   * Told through its conclusions (a committee's communiqué): the members of the conducting body
   * the text names were not seen at it, so they are not its participants.
   */
  concluded?: boolean;
  start: number;
  end: number;
}

// ---------- supervisions ----------

function verbKind(it: Item): SupervisionKind {
  const v = it.kind === 'word' ? (it.value ?? it.norm) : '';
  if (v.startsWith('làm việc')) return 'làm việc';
  if (v === 'kiểm tra' || v === 'giám sát' || v === 'khảo sát') return v;
  return 'giám sát';
}

function orgsChained(items: Item[], at: number): { orgs: OrgPhrase[]; end: number } {
  const orgs: OrgPhrase[] = [];
  let i = at;
  while (items[i]?.kind === 'org') {
    const o = (items[i] as { kind: 'org'; m: OrgPhrase }).m;
    if (!o.plural) orgs.push(o);
    // "Đảng ủy phường 5 thuộc Đảng bộ thành phố Cà Mau và Huyện ủy …": "thuộc ORG" places the
    // member, it is not one.
    let n = i + 1;
    if (isWord(items[n], 'thuộc') && items[n + 1]?.kind === 'org') n += 2;
    if (isWord(items[n], ',', 'và') && items[n + 1]?.kind === 'org') i = n + 1;
    else {
      i = n;
      break;
    }
  }
  for (let k = 0; k + 1 < orgs.length; k++) orgs[k] = ownerShared(orgs[k], orgs[k + 1]);
  return { orgs, end: i };
}

/**
 * "Ban Thường vụ Đảng ủy, Ban Giám đốc Công an TP": a body that needs the one it belongs to and
 * names none shares the owner of the next in the list, when that one is a sub-organ of its owner.
 */
function ownerShared(o: OrgPhrase, next: OrgPhrase): OrgPhrase {
  const last = o.units[o.units.length - 1];
  if (!last?.def.needs || o.places.length > 0) return o;
  const head = next.units[0];
  if (!head?.def.sub || next.units.length < 2) return o;
  // "Ban Thường vụ Đảng ủy và UBKT Đảng ủy Khối X": the owner named is the committee written
  // bare (the same kind), completed, not a second committee under it.
  const units = next.units[1].def.kind === last.def.kind ? o.units.slice(0, -1) : o.units;
  return { ...o, units: [...units, ...next.units.slice(1)], places: next.places };
}

/**
 * Past the words that name a body's leadership rather than the body: "làm việc với lãnh đạo huyện
 * X", "với tập thể Ban Thường vụ Huyện ủy Y" — the target is the body (lexicon targetLeadWords).
 */
function afterLeadWords(items: Item[], at: number): number {
  return group(items[at]) === 'targetLeadWords' ? at + 1 : at;
}

function targetsAfter(items: Item[], from: number): OrgPhrase[] {
  // A direct object right after the verb: "Ban Dân vận Tỉnh ủy giám sát Ban Thường vụ Thị ủy X".
  const obj = afterLeadWords(items, from);
  if (items[obj]?.kind === 'org') {
    // "làm việc với Trạm Y tế phường 16, quận 4 và Trạm Y tế phường 11, quận 3": a list whose
    // members carry their district goes on past it.
    const { orgs, end } = orgsChained(items, obj);
    if (orgs.length) return [...orgs, ...listTail(items, end)];
  }
  const priority = [['đối với'], ['tại', 'làm việc với'], ['với', 'ở']];
  for (const markers of priority) {
    for (let i = from; i < items.length; i++) {
      const it = items[i];
      if (it.kind !== 'word' || it.group !== 'targetMarkers' || !markers.includes(it.norm))
        continue;
      const j = afterLeadWords(items, i + 1);
      if (items[j]?.kind !== 'org') continue;
      const { orgs, end } = orgsChained(items, j);
      if (orgs.length) return [...orgs, ...listTail(items, end)];
    }
  }
  return [];
}

/** A delegation named in a sentence: "Đoàn kiểm tra", or its head's title "Trưởng đoàn kiểm tra". */
interface DelegationHead {
  kind: SupervisionKind;
  /** "Đoàn kiểm tra", capitalised. */
  name: string;
  /** Index after the head. */
  end: number;
  /** "đồng chí A, …, Trưởng Đoàn kiểm tra số 471 của Bộ Chính trị": A leads it. */
  leader: string | null;
}

const DELEGATION_TITLE_RE = /^trưởng đoàn$/iu;

function headAt(items: Item[], i: number): DelegationHead | null {
  const it = items[i];
  if (it.kind === 'word' && it.group === 'delegationHeads') {
    return {
      kind: (it.value as SupervisionKind | null) ?? 'giám sát',
      name: `${it.text.charAt(0).toUpperCase()}${it.text.slice(1)}`,
      end: i + 1,
      leader: null,
    };
  }
  // "Trưởng đoàn" + the kind: the title names the delegation ("Trưởng Đoàn kiểm tra số 471").
  if (it.kind !== 'role' || it.m.org || !/trưởng đoàn$/iu.test(it.m.title)) return null;
  const nx = items[i + 1];
  let kind: SupervisionKind | null = null;
  let end = i + 2;
  if (nx?.kind === 'word' && nx.group === 'supervisionVerbs') kind = verbKind(nx);
  else if (isWord(nx, 'công') && isWord(items[i + 2], 'tác')) {
    kind = 'làm việc';
    end = i + 3;
  }
  if (!kind) return null;
  // "trưởng đoàn công tác" names a delegation only with its owner or number after it.
  if (kind === 'làm việc' && !isWord(items[end], 'của', 'số')) return null;
  const noun = kind === 'làm việc' ? 'công tác' : kind;
  let leader: string | null = null;
  if (DELEGATION_TITLE_RE.test(it.m.title)) {
    // Back over the apposition "PERSON, ROLE, …," to the person it describes.
    for (let k = i - 1; k >= 0; k--) {
      const x = items[k];
      if (x.kind === 'person') {
        leader = x.m.name;
        break;
      }
      if (x.kind !== 'role' && !isWord(x, ',')) break;
    }
  }
  return { kind, name: `Đoàn ${noun}`, end, leader };
}

/** "… của ORG" after a delegation's topic: the index of "của", or -1 (the topic runs to a verb). */
function conductorAfterTopic(items: Item[], from: number): number {
  for (let i = from; i < items.length && i < from + 30; i++) {
    const it = items[i];
    if (isWord(it, 'của') && items[i + 1]?.kind === 'org') return i;
    if (it.kind === 'org' || it.kind === 'role' || it.kind === 'directive') return -1;
    // A bare "làm việc" inside the topic is a noun ("giờ làm việc"), not the session's verb.
    if (isVerb(it) && !isWord(it, 'làm việc')) return -1;
    if (isWord(it, 'do', ';', ':', '.', 'đã', 'vừa', 'đang', 'tiến hành')) return -1;
    if (group(it) === 'leaderMarkers' || group(it) === 'targetMarkers') return -1;
  }
  return -1;
}

/** The text offsets of items [from, to), "về"/"việc" left out. */
function spanOf(items: Item[], from: number, to: number): { start: number; end: number } | null {
  let i = from;
  while (i < to && group(items[i]) === 'topicOpeners' && isWord(items[i], 'về', 'việc', 'về việc'))
    i++;
  if (i >= to) return null;
  const first = items[i];
  const last = items[to - 1];
  return {
    start: first.kind === 'word' ? first.start : first.m.start,
    end: last.kind === 'word' ? last.end : last.m.end,
  };
}

/**
 * The topic after the verb: "giám sát việc thực hiện Quy định số 23-QĐ/TW đối với …", "làm việc
 * với Ban Thường vụ Tỉnh ủy về tình hình …": from a topic opener to the target, a new clause or
 * the end of the sentence.
 */
function topicAfter(items: Item[], from: number): { start: number; end: number } | null {
  let open = -1;
  for (let i = from; i < items.length && i < from + 12; i++) {
    if (isWord(items[i], '.', ';', ':')) return null;
    if (group(items[i]) === 'topicOpeners') {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  let end = open + 1;
  for (; end < items.length && end < open + 60; end++) {
    const it = items[end];
    const nx = items[end + 1];
    if (isWord(it, '.', ';', ':', '(')) break;
    if (group(it) === 'targetMarkers' && nx?.kind === 'org') break;
    if (isWord(it, ',') && (nx?.kind === 'person' || nx?.kind === 'role' || nx?.kind === 'date'))
      break;
    if (isWord(it, ',') && (group(nx) === 'personMarker' || isWord(nx, 'do', 'đồng'))) break;
    if (isWord(it, 'do') && (nx?.kind === 'person' || group(nx) === 'personMarker')) break;
  }
  return spanOf(items, open, end);
}

/** "ORG (, ORG)* (phối hợp với ORG)*": a body and those it worked with. */
function coConducted(items: Item[], at: number, to: number): { orgs: OrgPhrase[]; end: number } {
  const c = orgsChained(items, at);
  const orgs = [...c.orgs];
  let k = c.end;
  while (k < to && group(items[k]) === 'coConductorMarkers' && items[k + 1]?.kind === 'org') {
    const more = orgsChained(items, k + 1);
    orgs.push(...more.orgs);
    k = more.end;
  }
  return { orgs, end: k };
}

function wordText(it: Item | undefined): string {
  return it?.kind === 'word' ? it.text : '';
}

function roleDraft(it: Item): RoleDraft | null {
  return it.kind === 'role' ? { title: it.m.title, org: it.m.org } : null;
}

/**
 * A session announced, ordered or planned rather than held: "sẽ kiểm tra", "yêu cầu đoàn kiểm
 * tra … làm việc với …" (lexicon irrealisMarkers, just before the verb or the team).
 */
function irrealis(items: Item[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const x = items[k];
    if (group(x) === 'irrealisMarkers') return true;
    if (x.kind !== 'word' || isWord(x, ',', ';', ':')) return false;
  }
  return false;
}

/**
 * "… có văn bản giao Giám đốc Sở Nội vụ, UBND huyện X kiểm tra …": the bodies before the verb
 * are told to act (an order word before them, lexicon irrealisMarkers), they do not act yet.
 */
function ordered(items: Item[], verb: number): boolean {
  let k = verb - 1;
  while (
    k >= 0 &&
    (items[k].kind === 'org' || items[k].kind === 'role' || isWord(items[k], ',', 'và'))
  )
    k--;
  if (k >= 0 && k < verb - 1 && isWord(items[k], 'cho')) k--; // "giao (nhiệm vụ) cho Sở X kiểm tra"
  return k < verb - 1 && k >= 0 && group(items[k]) === 'irrealisMarkers';
}

/**
 * A diplomatic visit (a foreign party or state named before the verb) or a working session about
 * cooperation between peers ("đánh giá kết quả hợp tác giữa hai địa phương"): not a supervision.
 */
function foreignOrPeer(items: Item[], verb: number, kind: SupervisionKind): boolean {
  for (let i = 0; i < items.length; i++) {
    const g = group(items[i]);
    if (g === 'foreignMarkers' && i < verb) return true;
    if (g === 'cooperationMarkers' && kind === 'làm việc') return true;
  }
  return false;
}

/** The one province a body names ("Tỉnh ủy Đồng Nai", "UBND huyện X, tỉnh Y"), or null. */
function provinceOf(o: OrgPhrase): string | null {
  const names = new Set(o.places.map((p) => p.province?.name).filter((n): n is string => !!n));
  return names.size === 1 ? [...names][0] : null;
}

/**
 * A province's bodies visiting another province's ("đoàn công tác của Thường trực Tỉnh ủy Đồng
 * Nai làm việc với Tỉnh ủy Bà Rịa - Vũng Tàu"): peers agreeing on joint work, not a supervision.
 * Only when both provinces are written out.
 */
function peerProvinces(conductors: OrgPhrase[], targets: OrgPhrase[]): boolean {
  if (!conductors.length || !targets.length) return false;
  const from = conductors.map(provinceOf);
  const p = from[0];
  if (!p || from.some((x) => x !== p)) return false;
  return targets.every((t) => {
    const q = provinceOf(t);
    return !!q && q !== p;
  });
}

/** Companies hold meetings with each other; they do not supervise (units of kind enterprise). */
const QUESTIONING_KINDS = new Set(triggerData.questioningKinds);
/** A body whose "làm việc với" is an inquiry (the police): lexicon questioningKinds. */
function questioning(o: OrgPhrase): boolean {
  return QUESTIONING_KINDS.has(o.units[0]?.def.kind ?? '');
}

function isEnterprise(o: OrgPhrase): boolean {
  return o.units[0]?.def.kind === 'enterprise';
}

/**
 * The rest of a target list whose members are not all bodies: "tại UBND xã A, Chi nhánh … và bộ
 * phận “một cửa” của UBND huyện B" — a part of a body ("… của ORG") stands for the body, a
 * member the grammar cannot read is passed over, anything else ends the list.
 */
function listTail(items: Item[], from: number): OrgPhrase[] {
  const out: OrgPhrase[] = [];
  let k = from;
  while (isWord(items[k], ',', 'và')) {
    let e = k + 1;
    while (e < items.length && !isWord(items[e], ',', 'và', '.', ';', ':')) e++;
    const member = items.slice(k + 1, e);
    if (!member.length) break;
    const last = member[member.length - 1];
    if (member.length === 1 && last.kind === 'org') out.push(last.m);
    else if (last.kind === 'org' && isWord(member[member.length - 2], 'của')) {
      if (!member.slice(0, -2).every((x) => x.kind === 'word' && !x.group)) break;
      out.push(last.m);
    } else if (!member.every((x) => (x.kind === 'word' && !x.group) || x.kind === 'org')) break;
    k = e;
  }
  return out.filter((o) => !o.plural);
}

/** The bodies before the verb that are its subject (not "tại X", "đối với X", "của X"). */
function subjectOrgs(items: Item[], verb: number, clauseOnly = false): OrgPhrase[] {
  let start = 0;
  for (let i = 0; i < verb; i++)
    if (items[i].kind === 'word' && (items[i] as { text: string }).text === ',') start = i + 1;
  // The clause that holds the verb, or the whole prefix when the subject precedes a comma.
  for (const from of clauseOnly ? [start] : [start, 0]) {
    for (let i = from; i < verb; i++) {
      const it = items[i];
      if (it.kind !== 'org') continue;
      const prev = items[i - 1];
      if (prev && prev.kind === 'word' && prev.group === 'targetMarkers') continue;
      if (isWord(prev, 'của')) continue;
      const conductors = coConducted(items, i, verb).orgs;
      if (conductors.length) return conductors;
    }
  }
  return [];
}

const EVENT_CUES = new Set(['tiến hành', 'đã', 'vừa', 'có buổi', 'đến', 'thăm']);
const VERB_CUE_RE = /^(?:đã|có buổi) /u;

/**
 * A clause whose subject is a title alone, right before the verb: "Bí thư Thành ủy Hà Nội đã làm
 * việc với …", "Phó Thủ tướng đến kiểm tra …". Only a title that names one post (with its body, or
 * a post of its own such as "Phó Thủ tướng") is read; a list of titles is not.
 */
function roleSubject(items: Item[], verb: number): RoleDraft | null {
  let k = verb - 1;
  while (k >= 0 && isWord(items[k], 'đã', 'vừa', 'đến', 'có')) k--;
  const it = items[k];
  if (it?.kind !== 'role') return null;
  const prev = items[k - 1];
  if (prev && !isWord(prev, ',') && group(prev) !== 'personMarker') return null;
  return { title: it.m.title, org: it.m.org };
}

/**
 * "tại buổi/cuộc làm việc với TARGET, PERSON …" or "… của PERSON tại buổi làm việc với TARGET":
 * the session's verb and the titled person who held it (a reporting host is not: "báo cáo").
 */
function sessionPhrase(
  items: Item[],
  marked: Set<Item>,
): { verb: number; leader: string | null; given?: string } | null {
  for (let v = 2; v < items.length; v++) {
    const it = items[v];
    if (!isVerb(it) || !(it as { norm: string }).norm.startsWith('làm việc')) continue;
    // "tại buổi" or "trong buổi": the phrase names the session either way.
    if (!isWord(items[v - 1], 'buổi', 'cuộc') || !isWord(items[v - 2], 'tại', 'trong')) continue;
    const within = isWord(items[v - 2], 'trong');
    // Before: "PERSON tại buổi làm việc", "ông A - Phó Chủ tịch UBND tỉnh X tại buổi làm việc".
    let a = v - 3;
    while (items[a]?.kind === 'role' && isWord(items[a - 1], '-', '–', ',')) a -= 2;
    const p = items[a];
    if (p?.kind === 'person' && (items[a - 1]?.kind === 'role' || marked.has(p) || a < v - 3))
      return { verb: v, leader: p.m.name };
    // "… được Phó Thủ tướng A nhấn mạnh tại buổi làm việc với UBND TP": a plain verb of a few
    // words between the person and the phrase (not a report: "báo cáo", "cho biết" are grouped).
    if (isWord(it, 'làm việc với') && items[v + 1]?.kind === 'org') {
      let k = v - 3;
      const plain = (x: Item | undefined): boolean =>
        x?.kind === 'word' && !x.group && /^\p{Ll}+$/u.test(x.text);
      // "Bí thư A đã đặt vấn đề như vậy tại buổi làm việc với …": a short predicate of its own.
      while (k >= v - 8 && plain(items[k])) k--;
      const q = items[k];
      // "Giám đốc Sở Y tế A nhấn mạnh tại buổi làm việc với Bộ Y tế": a local official at a
      // central body's session receives it.
      const role = items[k - 1];
      const target = items[v + 1] as { m: OrgPhrase };
      const below =
        target.m.units[0]?.def.level === 'central' &&
        role?.kind === 'role' &&
        !!role.m.org &&
        role.m.org.units[0]?.def.level !== 'central';
      if (k < v - 3 && q?.kind === 'person' && (role?.kind === 'role' || marked.has(q)) && !below)
        return { verb: v, leader: q.m.name };
    }
    // After the phrase: ", [ROLE] PERSON VERB …" with no reporting verb. Not after "Trong buổi
    // làm việc với …": the speaker there is often the side visited (visitorSession).
    if (within || (v - 2 > 0 && !isWord(items[v - 3], ',', '-', '–'))) continue;
    const comma = firstIndex(items, v + 1, (x) => isWord(x, ',', ';', '.'));
    if (comma < 0 || !isWord(items[comma], ',')) continue;
    // ", Ủy viên Bộ Chính trị, Bí thư Thành ủy A …": the titles may be several.
    let k = comma + 1;
    while (
      items[k]?.kind === 'role' ||
      group(items[k]) === 'personMarker' ||
      (isWord(items[k], ',') && items[k + 1]?.kind === 'role')
    )
      k++;
    const q = items[k];
    // "…, ông Phong thống nhất …": a person told of before, by the given name alone.
    const nx = items[k + 1];
    if (q?.kind === 'word' && k === comma + 1 && !q.group && GIVEN_RE.test(q.text))
      if (nx?.kind === 'word' && !nx.group && !/\p{Lu}/u.test(nx.text))
        return { verb: v, leader: null, given: q.text };
    if (q?.kind !== 'person' || k === comma + 1) continue;
    if (items.slice(k + 1, k + 8).some((x) => group(x) === 'hostVerbs')) continue;
    return { verb: v, leader: q.m.name };
  }
  return null;
}

/** What may open a sentence before a fronted "Làm việc với …" ("Ngày 7/2, làm việc với …"). */
const FRONTED_OPENERS = new Set([',', 'khi', 'trước đó', 'sau đó']);

/**
 * "Làm việc với Quận ủy quận 2 sáng 7/2, Bí thư Thành ủy A yêu cầu …", "Ngày 7/2, làm việc với
 * tỉnh X, ông A cho biết …": the session fronted as the sentence's opening phrase, its target a
 * body or a place, led by the titled person who speaks after it (a reporting host is not:
 * "báo cáo"; one of the target's own people is dropped in supervisions.ts).
 */
function frontedSession(items: Item[], marked: Set<Item>): { verb: number; leader: string } | null {
  // Past an outlet's dateline ("(Baoquangtri.vn) - ").
  let from = 0;
  if (isWord(items[0], '(')) {
    const close = firstIndex(items, 1, (x) => isWord(x, ')'));
    if (close > 0 && isWord(items[close + 1], '-', '–')) from = close + 2;
  }
  for (let v = from; v < items.length; v++) {
    const it = items[v];
    if (!isWord(it, 'làm việc với')) {
      const opener =
        it.kind === 'date' ||
        group(it) === 'eventTimeWords' ||
        (it.kind === 'word' && FRONTED_OPENERS.has(it.norm));
      if (opener) continue;
      return null;
    }
    const t = afterLeadWords(items, v + 1);
    const target = items[t];
    if (target?.kind !== 'org' && !PLACE_GENERICS.some((g) => isWord(target, g[0]))) return null;
    const comma = firstIndex(items, t + 1, (x) => isWord(x, ',', ';', '.'));
    if (comma < 0 || !isWord(items[comma], ',')) return null;
    let k = comma + 1;
    while (
      items[k]?.kind === 'role' ||
      group(items[k]) === 'personMarker' ||
      (isWord(items[k], ',') && items[k + 1]?.kind === 'role')
    )
      k++;
    const q = items[k];
    if (q?.kind !== 'person' || (k === comma + 1 && !marked.has(q))) return null;
    if (items.slice(k + 1, k + 8).some((x) => group(x) === 'hostVerbs')) return null;
    return { verb: v, leader: q.m.name };
  }
  return null;
}

/** One capitalised syllable: a given name standing for a person named before ("ông Phong"). */
const GIVEN_RE = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Trong buổi làm việc với Phó Chủ tịch UBND TP A ngày 9-2, ông B, Chủ tịch UBND quận X, nêu
 * …": the session is named by the visiting official, who leads it; the speaker after the phrase
 * receives it, and the body of the speaker's title is its target.
 */
function visitorSession(items: Item[]): { verb: number; leader: string; target: OrgPhrase } | null {
  for (let v = 2; v < items.length; v++) {
    const it = items[v];
    if (!isWord(it, 'làm việc với') || !isWord(items[v - 1], 'buổi', 'cuộc')) continue;
    if (!isWord(items[v - 2], 'tại', 'trong')) continue;
    if (v > 2 && !isWord(items[v - 3], ',', '-', '–')) continue;
    let k = v + 1;
    if (items[k]?.kind !== 'role') continue;
    while (items[k]?.kind === 'role') k++;
    const visitor = items[k];
    if (visitor?.kind !== 'person') continue;
    k++;
    while (items[k]?.kind === 'date' || group(items[k]) === 'eventTimeWords') k++;
    if (!isWord(items[k], ',')) continue;
    // ", [ROLE] B, ROLE …" or ", ROLE B": the speaker and a title with its body.
    const end = Math.min(items.length, k + 6);
    const host = firstIndex(items, k + 1, (x) => x.kind === 'person', end);
    if (host < 0 || items.slice(host + 1, end).some((x) => x.kind === 'person')) continue;
    const role = items
      .slice(k + 1, end)
      .find((x): x is Extract<Item, { kind: 'role' }> => x.kind === 'role' && !!x.m.org);
    if (!role?.m.org) continue;
    return { verb: v, leader: visitor.m.name, target: role.m.org };
  }
  return null;
}

/**
 * "Đây là kết luận thanh tra về … của UBND tỉnh X …, do Thanh tra Bộ Nội vụ tiến hành": an
 * inspection told by its result, its author the body after "do … tiến hành|thực hiện", the body
 * inspected the last "của ORG" between the verb and the author.
 */
function agentSession(
  items: Item[],
): { verb: number; conductors: OrgPhrase[]; target: OrgPhrase } | null {
  const v = firstIndex(items, 0, (it) => isVerb(it) && verbKind(it) !== 'làm việc');
  if (v < 0 || irrealis(items, v)) return null;
  for (let d = v + 2; d < items.length; d++) {
    if (!isWord(items[d], 'do') || items[d + 1]?.kind !== 'org') continue;
    const c = coConducted(items, d + 1, items.length);
    const e = c.end;
    const done =
      isWord(items[e], 'tiến hành', 'thực hiện') ||
      (isWord(items[e], 'tiến') && isWord(items[e + 1], 'hành'));
    if (!done || !c.orgs.length) continue;
    for (let k = d - 2; k > v; k--) {
      const o = items[k + 1];
      if (isWord(items[k], 'của') && o?.kind === 'org' && !o.m.plural)
        return { verb: v, conductors: c.orgs, target: o.m };
    }
    return null;
  }
  return null;
}

/** A span of days in the sentence ("từ ngày 1/1/2014 đến ngày 31/12/2016"). */
function periodIn(items: Item[]): boolean {
  return items.some(
    (it, i) =>
      it.kind === 'date' &&
      (isWord(items[i - 1], 'từ', 'đến') || isWord(items[i - 2], 'từ', 'đến')),
  );
}

/** What may stand between a subject person and the verb without ending the clause. */
const CLAUSE_BREAKS = new Set([
  // "ông A, Cục trưởng …, cho biết đoàn công tác … đã làm việc với …": A tells of the session.
  'reportVerbs',
  'hostMarkers',
  'hostVerbs',
  'participantMarkers',
  'nonSupervisionEvents',
  'targetMarkers',
  'supervisionVerbs',
]);

/**
 * A titled person opening the clause whose verb is at `verb`: "Chiều 26/6, Thủ tướng Nguyễn Xuân
 * Phúc … đã có buổi làm việc với …", "đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, … cùng Đoàn
 * công tác … làm việc tại …". The person leads the session.
 */
function personSubject(items: Item[], marked: Set<Item>, verb: number): string | null {
  let clause = 0;
  let before = 0;
  for (let i = 0; i < verb; i++) {
    const it = items[i];
    if (it.kind === 'person') {
      // "Bí thư Thành ủy TP, Nguyễn Văn A làm việc với …": the title is set off by a comma.
      const commaTitled =
        isWord(items[i - 1], ',') &&
        items[i - 2]?.kind === 'role' &&
        items.slice(before, i - 1).every((x) => x.kind === 'role');
      const titled =
        items[i - 1]?.kind === 'role' ||
        marked.has(it) ||
        commaTitled ||
        (isWord(items[i + 1], ',') && items[i + 2]?.kind === 'role');
      const opens = items.slice(clause, i).every((x) => x.kind === 'role');
      if (!titled || !opens) continue;
      let clear = true;
      for (let k = i + 1; k < verb && clear; k++) {
        const x = items[k];
        if (x.kind === 'person' && !isWord(items[k - 1], 'và')) clear = false;
        // "A cho biết vừa làm việc với …": A tells of A's own session.
        const own =
          group(x) === 'reportVerbs' &&
          isVerb(items[verb]) &&
          items.slice(k + 1, verb).every((y) => isWord(y, 'vừa', 'đã', 'mới'));
        if (isWord(x, ';', ':') || (CLAUSE_BREAKS.has(group(x) ?? '') && !own)) clear = false;
      }
      if (clear) return it.m.name;
    }
    if (isWord(it, ',')) {
      before = clause;
      clause = i + 1;
    } else if (isWord(it, ':') && isWord(items[i - 1], 'ảnh')) {
      // "Ảnh: A/TTXVN * Tiếp đó, Tổng Bí thư B …": a photo credit run into the sentence.
      before = clause;
      clause = i + 1;
    } else if (isWord(it, ';', ':')) return null;
  }
  return null;
}

/** Finds a named place of a kind ("tỉnh", "huyện") by the norms of its name; canonical name or null. */
export type PlaceLookup = (generic: string, key: string) => string | null;

const PLACE_GENERICS: string[][] = [
  ['tỉnh'],
  ['thành', 'phố'],
  ['huyện'],
  ['quận'],
  ['thị', 'xã'],
  // "TP Đà Nẵng", "TP. Cần Thơ": the usual abbreviation of "thành phố".
  ['tp', '.'],
  ['tp'],
];
/** The generic a place is written with in the output, by the words it was written with. */
const GENERIC_NAMES: Record<string, string> = { tp: 'thành phố', 'tp .': 'thành phố' };

/** A city written as one word with its generic ("TP.HCM", "TPHCM"), from its listed aliases. */
const CITY_WORDS = new Map<string, string>(
  placeData.provinces.flatMap((p) =>
    p.aliases
      .filter((a) => /^TP\.?\p{Lu}+$/u.test(a))
      .map((a): [string, string] => [a.toLowerCase(), `thành phố ${p.name}`]),
  ),
);

/** One named place at i ("tỉnh Bắc Kạn", "huyện Gia Lâm"): its name and the index after it. */
function placeAt(
  items: Item[],
  i: number,
  lookup: PlaceLookup,
): { name: string; end: number } | null {
  const first = items[i];
  const city = first?.kind === 'word' ? CITY_WORDS.get(first.norm) : undefined;
  if (city) return { name: city, end: i + 1 };
  for (const g of PLACE_GENERICS) {
    if (!g.every((w, k) => isWord(items[i + k], w))) continue;
    const j = i + g.length;
    const generic = GENERIC_NAMES[g.join(' ')] ?? g.join(' ');
    let key = '';
    let found: { name: string; end: number } | null = null;
    for (let k = j; k < j + 4 && items[k]?.kind === 'word'; k++) {
      const w = items[k] as { norm: string; text: string; group: string | null };
      // "Thành phố Hồ Chí Minh": the name is one item when it is also a listed non-person.
      const piece = w.group === 'notPerson' ? w.text.toLowerCase() : w.norm;
      key = key ? `${key} ${piece}` : piece;
      const name = lookup(generic, key);
      if (name) found = { name: `${generic} ${name}`, end: k + 1 };
      // "Quận 9": a numbered district's name holds its generic.
      const whole = /^\d+$/u.test(key) ? lookup(generic, `${generic} ${key}`) : null;
      if (whole) found = { name: whole, end: k + 1 };
    }
    return found;
  }
  return null;
}

/** A province named bare at i ("Hải Phòng"), ending its phrase: [its name], or []. */
function bareProvinceAt(items: Item[], i: number, lookup: PlaceLookup): string[] {
  let key = '';
  for (let k = i; k < i + 4 && items[k]?.kind === 'word' && !group(items[k]); k++) {
    const w = items[k] as { norm: string; text: string };
    key = key ? `${key} ${w.norm}` : w.norm;
    const name = lookup('tỉnh', key);
    const nx = items[k + 1];
    if (name && (!nx || isWord(nx, ',', ':', '.', ';') || group(nx) === 'topicOpeners'))
      return [name];
  }
  return [];
}

/**
 * A province named bare after "tại"/"ở" ("… tại TP.HCM", "… ở Thanh Hóa."), or in a headline at
 * its end ("kiểm tra sạt lở An Giang"): [its name], or [].
 */
function bareProvinceAfter(
  items: Item[],
  from: number,
  lookup: PlaceLookup,
  headline: boolean,
  single = headline,
): string[] {
  for (let i = from; i < items.length; i++) {
    const it = items[i];
    if (isWord(it, '.', ';')) return [];
    if (!isWord(it, 'tại', 'ở')) continue;
    // "tại tổ 12, ấp A, xã B, huyện C, An Giang.": an address ends with its province (the
    // province is its last part; "tại các huyện của 4 tỉnh: A, B, C" is a list).
    for (let k = i; k < items.length && (k === i || isWord(items[k], ','));) {
      const p = bareProvinceAt(items, k + 1, lookup);
      const end = firstIndex(
        items,
        k + 1,
        (x) => x.kind !== 'word' || isWord(x, ',', '.', ';', ':'),
      );
      // In the text, an address of two parts or more ("tại Cà Mau." after a team's session is
      // the area, told better by the bodies the sentences after it name).
      if (p.length && (end < 0 || isWord(items[end], '.', ';')) && (single || k > i)) return p;
      k = end;
      if (k < 0) break;
    }
  }
  // The headline's last words ("… sạt lở An Giang").
  if (headline)
    for (let k = Math.max(from, items.length - 4); k < items.length; k++) {
      if (group(items[k - 1])) continue;
      const p = bareProvinceAt(items, k, lookup);
      if (p.length) return p;
    }
  return [];
}

/** Whether every conductor is a central body (a ministry, a Tổng cục, the Government). */
function allCentral(conductors: OrgPhrase[]): boolean {
  return conductors.length > 0 && conductors.every((o) => o.units[0]?.def.level === 'central');
}

/**
 * "tại tỉnh Bắc Kạn", "tại huyện Gia Lâm và quận Tây Hồ": the places visited, when no body is
 * named. "khảo sát … trên địa bàn tỉnh X" (lexicon placeMarkers) names the area the activity
 * was in, not a visit: it is the target only for a central body's team (a ministry's team in a
 * province), never for a local body working in its own area.
 */
function placeTargetsAfter(
  items: Item[],
  from: number,
  lookup: PlaceLookup | undefined,
  conductors: OrgPhrase[] = [],
  led = false,
): string[] {
  if (!lookup) return [];
  const central = allCentral(conductors);
  for (let i = from; i < items.length; i++) {
    const it = items[i];
    if (isWord(it, ';', '.')) break;
    if (it.kind !== 'word') continue;
    // "ở tỉnh X" is as loose as an area ("bắt quả tang … ở quận 2"): a central body's team only.
    const area = it.group === 'placeMarkers' || (it.group === 'targetMarkers' && it.norm === 'ở');
    if (
      !area &&
      (it.group !== 'targetMarkers' || !['tại', 'với', 'làm việc với'].includes(it.norm))
    )
      continue;
    if (area && !central) continue;
    const out: string[] = [];
    let k = afterLeadWords(items, i + 1);
    for (let p = placeAt(items, k, lookup); p; p = placeAt(items, k, lookup)) {
      out.push(p.name);
      k = p.end;
      if (isWord(items[k], 'và', ',')) k++;
      else break;
    }
    if (out.length) return out;
    // A commune, for a visit from above (a leader's, a central body's), not a local team's raid.
    const commune = led || central ? communeAt(items, k) : null;
    if (commune) return [commune];
  }
  return [];
}

/**
 * "xã Phong Phú thuộc huyện Tân Lạc", "xã Bình Thành, huyện Thanh Bình": a commune named in an
 * address, by its capitalised name, when its district follows (communes are not in the lexicon).
 */
function communeAt(items: Item[], i: number): string | null {
  if (!isWord(items[i], 'xã')) return null;
  let k = i + 1;
  const words: string[] = [];
  for (; k < i + 4; k++) {
    const w = items[k];
    if (w?.kind !== 'word' || w.group || !/^\p{Lu}\p{Ll}*$/u.test(w.text)) break;
    words.push(w.text);
  }
  if (!words.length) return null;
  const j = isWord(items[k], ',', 'thuộc') ? k + 1 : -1;
  const district =
    isWord(items[j], 'huyện', 'quận') || (isWord(items[j], 'thị') && isWord(items[j + 1], 'xã'));
  return district ? `xã ${words.join(' ')}` : null;
}

/** Documents supervised: those after the verb, not the background a later one "tiếp tục thực hiện". */
function supervisedDirectives(items: Item[], verb: number): string[] {
  const bg = backgroundDirectives(items);
  const out: string[] = [];
  for (let i = verb; i < items.length; i++) {
    const it = items[i];
    if (it.kind === 'directive' && !bg.has(i) && !mandate(items, i)) out.push(it.m.symbol);
  }
  return out;
}

/**
 * The session's day: the first day of a range, or a dated time word — the last one before the
 * verb ("Tại cuộc họp sáng 14-7, ông A cho biết, chiều 13-7, Ủy ban X đã có cuộc làm việc …"),
 * else the first one; a date with its year but no time word only when there is none.
 */
function sessionDate(items: Item[], verb = items.length): SupervisionDraft['date'] {
  let date: SupervisionDraft['date'] = null;
  let yearOnly: SupervisionDraft['date'] = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const range = firstDayOfRange(items, i);
    const d =
      range ??
      (it.kind === 'date' && it.m.timeWord
        ? { day: it.m.day, month: it.m.month, year: it.m.year }
        : null);
    if (d && (!date || i < verb)) date = d;
    if (!yearOnly && it.kind === 'date' && it.m.year !== null)
      yearOnly = { day: it.m.day, month: it.m.month, year: it.m.year };
    if (date && i >= verb) break;
  }
  return date ?? yearOnly;
}

/**
 * A delegation received by the sentence's subject: "UBND tỉnh X làm việc với Đoàn công tác của Bộ
 * Y", "Huyện ủy X tiếp Đoàn kiểm tra của …", "Lãnh đạo Sở X đề xuất … trong buổi làm việc với
 * Đoàn giám sát của …". Where the team starts: the delegation head after "làm việc với" or "báo
 * cáo với", or the team's kind after a host marker that ends in "đoàn" ("tiếp đoàn công tác").
 */
function hostedTeamAt(items: Item[], i: number): DelegationHead | null {
  const it = items[i];
  const prev = items[i - 1];
  // Asked of every item: the word tests are written out here rather than calls to isWord/group.
  const prevNorm = prev?.kind === 'word' ? prev.norm : null;
  // "… đã có buổi làm việc với Đoàn …": the verb and its "với" are two items.
  const before = items[i - 2];
  const workedWith =
    prevNorm === 'với' &&
    before?.kind === 'word' &&
    ((before.group === 'supervisionVerbs' && before.norm.endsWith('làm việc')) ||
      before.group === 'hostVerbs');
  if (prevNorm === 'làm việc với' || workedWith) {
    const h = headAt(items, i);
    return h && !h.leader ? h : null;
  }
  if (it.kind !== 'word' || it.group !== 'hostMarkers' || !it.norm.endsWith(' đoàn')) return null;
  const nx = items[i + 1];
  if (isWord(nx, 'công') && isWord(items[i + 2], 'tác'))
    return { kind: 'làm việc', name: 'Đoàn công tác', end: i + 3, leader: null };
  if (nx?.kind === 'word' && nx.group === 'supervisionVerbs') {
    const kind = verbKind(nx);
    return { kind, name: `Đoàn ${kind}`, end: i + 2, leader: null };
  }
  return null;
}

/** A team's number after its head ("Đoàn giám sát (số) 12"), and where the items go on. */
function teamNumber(items: Item[], from: number): { num: string | null; end: number } {
  const j = isWord(items[from], 'số') ? from + 1 : from;
  const nt = items[j];
  return nt?.kind === 'word' && /^\d+$/.test(nt.text)
    ? { num: nt.text, end: j + 1 }
    : { num: null, end: j };
}

/**
 * The session told from the host's side: the subject before the marker is the body visited (or
 * the body of the titled person who receives the team), the team's owner after it conducts.
 */
function hostedSession(
  items: Item[],
):
  | (Pick<
      SupervisionDraft,
      'kind' | 'delegation' | 'conductors' | 'leader' | 'leaderRole' | 'targets' | 'topic'
    > & { at: number; opening: boolean })
  | null {
  for (let i = 1; i < items.length; i++) {
    const team = hostedTeamAt(items, i);
    if (!team) continue;
    const marker = group(items[i]) === 'hostMarkers' ? i : i - 1;
    if (irrealis(items, marker)) return null;
    const { num, end } = teamNumber(items, team.end);
    let j = end;
    // "… của Ban Văn hóa - Xã hội", or the owner right after the team ("đoàn giám sát Ban …").
    let conductors: OrgPhrase[] = [];
    const of = isWord(items[j], 'của') ? j + 1 : j;
    if (items[of]?.kind === 'org') {
      const c = coConducted(items, of, items.length);
      conductors = c.orgs;
      j = c.end;
    }
    // "… do Thứ trưởng A (làm trưởng đoàn|dẫn đầu)": its leader, by name or by title only.
    let leader: string | null = null;
    let leaderRole: RoleDraft | null = null;
    if (isWord(items[j], 'do')) {
      let k = j + 1;
      while (items[k]?.kind === 'role') k++;
      const p = items[k];
      if (p?.kind === 'person') leader = p.m.name;
      else if (k > j + 1 && group(p) === 'leaderMarkers') leaderRole = roleDraft(items[k - 1]);
    }
    if (conductors.length === 0 && !leader && !leaderRole && !num) return null;
    let targets = subjectOrgs(items, marker);
    // "Chủ tịch UBND tỉnh X tiếp Đoàn …", "Đồng chí A, Bí thư Huyện ủy X tiếp …": the
    // receiving official's body.
    const roleOf = (from: number, to: number): OrgPhrase[] => {
      const role = items.slice(from, to).find((x) => x.kind === 'role' && !!x.m.org);
      return role?.kind === 'role' && role.m.org ? [role.m.org] : [];
    };
    if (!targets.length) targets = roleOf(0, marker);
    // "(Tại buổi) làm việc với Đoàn giám sát của …, lãnh đạo Sở X cho biết …": the phrase opens
    // the sentence, its subject follows the comma.
    let clause = 0;
    for (let k = 0; k < marker; k++) if (isWord(items[k], '-', '–', ',')) clause = k + 1;
    const opening = items
      .slice(clause, marker)
      .every((x) => isWord(x, 'tại', 'trong', 'buổi', 'cuộc'));
    const comma = opening ? firstIndex(items, j, (x) => isWord(x, ',', ';', '.')) : -1;
    if (!targets.length && comma >= 0 && isWord(items[comma], ',')) {
      const k = afterLeadWords(items, comma + 1);
      if (items[k]?.kind === 'org') targets = [(items[k] as { m: OrgPhrase }).m];
      else targets = roleOf(comma + 1, Math.min(items.length, comma + 6));
    }
    if (!targets.length) return null;
    return {
      kind: team.kind,
      delegation: `${team.name}${num ? ` ${num}` : ''}`,
      conductors,
      leader,
      leaderRole,
      targets: targets.filter((t) => !conductors.includes(t)),
      topic: topicAfter(items, j),
      at: marker,
      opening: comma >= 0,
    };
  }
  return null;
}

/** One side of "buổi làm việc giữa A với B": a team (and its owner), a titled person, a body or a city. */
interface BetweenSide {
  team: DelegationHead | null;
  orgs: OrgPhrase[];
  person: string | null;
  place: string | null;
  end: number;
}

function betweenSide(
  items: Item[],
  i: number,
  lookup: PlaceLookup | undefined,
): BetweenSide | null {
  const team = headAt(items, i);
  if (team) {
    const j = isWord(items[team.end], 'của') ? team.end + 1 : team.end;
    const c = items[j]?.kind === 'org' ? orgsChained(items, j) : { orgs: [], end: team.end };
    return c.orgs.length ? { team, orgs: c.orgs, person: null, place: null, end: c.end } : null;
  }
  let k = afterLeadWords(items, i);
  while (items[k]?.kind === 'role') k++;
  const p = items[k];
  if (p?.kind === 'person' && k > i)
    return { team: null, orgs: [], person: p.m.name, place: null, end: k + 1 };
  k = afterLeadWords(items, i);
  const o = items[k];
  if (o?.kind === 'org') {
    if (o.m.plural) return null;
    return { team: null, orgs: [o.m], person: null, place: null, end: k + 1 };
  }
  const pl = lookup ? placeAt(items, k, lookup) : null;
  return pl ? { team: null, orgs: [], person: null, place: pl.name, end: pl.end } : null;
}

/**
 * "Tại buổi làm việc giữa lãnh đạo TP.HCM với đoàn công tác của Bộ GTVT …", "cuộc làm việc giữa
 * Thủ tướng A với lãnh đạo tỉnh X": the team or the person is the side that visits; between two
 * bodies, the first named holds the session with the second.
 */
function betweenSession(
  items: Item[],
  lookup: PlaceLookup | undefined,
): {
  verb: number;
  team: DelegationHead | null;
  conductors: OrgPhrase[];
  leader: string | null;
  targets: OrgPhrase[];
  placeTargets: string[];
} | null {
  for (let v = 1; v + 2 < items.length; v++) {
    // Asked of every item of every sentence: the rare word first.
    if (!isWord(items[v + 1], 'giữa')) continue;
    const it = items[v];
    if (!isVerb(it) || (it as { norm: string }).norm !== 'làm việc') continue;
    if (!isWord(items[v - 1], 'buổi', 'cuộc')) continue;
    const a = betweenSide(items, v + 2, lookup);
    if (!a || !isWord(items[a.end], 'với', 'và', 'cùng')) return null;
    const b = betweenSide(items, a.end + 1, lookup);
    if (!b) return null;
    // The visiting side: a team or a person; else the first body named.
    const [from, to] = (b.team || b.person) && !(a.team || a.person) ? [b, a] : [a, b];
    if (to.team || to.person || (!from.orgs.length && !from.person)) return null;
    return {
      verb: v,
      team: from.team,
      conductors: from.orgs,
      leader: from.person,
      targets: to.orgs,
      placeTargets: to.place ? [to.place] : [],
    };
  }
  return null;
}

/**
 * "làm việc với lãnh đạo tỉnh, …", "làm việc với thành phố về …": the province the article is
 * about, named by its generic alone. The generic ("tỉnh", "thành phố"), or null.
 */
function homeAfter(items: Item[], from: number): string | null {
  for (let i = from; i < items.length; i++) {
    const it = items[i];
    if (isWord(it, ';', '.')) break;
    if (!isWord(it, 'làm việc với', 'với') || group(it) !== 'targetMarkers') continue;
    const k = afterLeadWords(items, i + 1);
    const city = isWord(items[k], 'thành') && isWord(items[k + 1], 'phố');
    if (!city && !isWord(items[k], 'tỉnh')) continue;
    const nx = items[k + (city ? 2 : 1)];
    if (!nx || isWord(nx, ',', '.', ';', 'và') || group(nx) === 'topicOpeners')
      return city ? 'thành phố' : 'tỉnh';
  }
  return null;
}

/**
 * "kiểm tra kế hoạch triển khai nhiệm vụ năm 2017 của Sở KH-ĐT": with no target marker, the body
 * whose work is inspected, "của ORG" at the end of the verb's object. Not after a directive or a
 * title ("việc thực hiện Chỉ thị 05 của Bộ Chính trị" names an issuer), not a central body.
 */
function ownerAfterTopic(items: Item[], verb: number): OrgPhrase[] {
  const v = items[verb];
  // The verb, or the head of a team constituted ("thành lập đoàn kiểm tra hoạt động … của X").
  const head = v.kind === 'word' && v.group === 'delegationHeads';
  if (v.kind !== 'word' || (v.group !== 'supervisionVerbs' && !head) || verbKind(v) === 'làm việc')
    return [];
  for (let k = verb + 1; k < items.length && k < verb + 25; k++) {
    const it = items[k];
    if (it.kind !== 'word') return [];
    if (isWord(it, ',', '.', ';', ':', '(')) return [];
    if (group(it) === 'targetMarkers') return [];
    const o = items[k + 1];
    if (!isWord(it, 'của') || o?.kind !== 'org' || items[k - 1]?.kind !== 'word') continue;
    // "… theo kiến nghị của tiểu thương cũng như chỉ đạo của UBND TP": a request's author.
    if (group(items[k - 1])) return [];
    if (o.m.units[0]?.def.kind.endsWith('-central')) return [];
    return orgsChained(items, k + 1).orgs;
  }
  return [];
}

/**
 * "Bộ X vừa thành lập đoàn kiểm tra …", "… đã có quyết định thành lập Đoàn kiểm tra …": the body
 * that constituted the team (the subject before "thành lập"), or [] — not one told to ("chỉ đạo
 * thành lập", "yêu cầu Sở Y thành lập", "sẽ thành lập"), not a company.
 */
function constitutedBy(items: Item[], deleg: number): OrgPhrase[] {
  const at = deleg - 1;
  if (!isWord(items[at], 'thành lập') || irrealis(items, at) || ordered(items, at)) return [];
  return subjectOrgs(items, at).filter((o) => !isEnterprise(o));
}

/** A supervision reported by this sentence, if it reports one. */
export function supervisionIn(
  items0: Item[],
  sentence: number,
  places?: PlaceLookup,
): SupervisionDraft | null {
  const { items, marked } = stripMarkers(items0);
  if (items.length === 0) return null;
  const headline = sentence === 0 && !isWord(items[items.length - 1], '.', '!', '?', ':', '…');
  const start = items0[0].kind === 'word' ? items0[0].start : items0[0].m.start;
  const sameDayOf = (): boolean =>
    items.some((it, i) => isWord(it, 'cùng') && group(items[i + 1]) === 'eventTimeWords');
  const hosted = hostedSession(items);
  if (hosted) {
    const { at, opening, ...session } = hosted;
    if (
      session.conductors.some(isEnterprise) ||
      foreignOrPeer(items, at, session.kind) ||
      peerProvinces(session.conductors, session.targets) ||
      items.slice(0, at).some((it) => group(it) === 'nonSupervisionEvents')
    )
      return null;
    return {
      ...session,
      placeConductors: [],
      leaderGiven: null,
      weakKind: false,
      anaphoric: false,
      sessionNoun: opening,
      hosted: true,
      headline,
      sentence,
      date: sessionDate(items, at),
      sameDay: sameDayOf(),
      participants: [],
      hosts: [],
      hostRoles: [],
      placeTargets: [],
      homeTarget: null,
      areaOnly: false,
      directives: supervisedDirectives(items, at),
      start,
      end: lastEnd(items0),
    };
  }
  const between = betweenSession(items, places);
  if (between) {
    const { verb: at, team, conductors: by, leader: led, targets: to, placeTargets } = between;
    if (
      by.some(isEnterprise) ||
      (!team && !led && by.every(questioning)) ||
      foreignOrPeer(items, at, 'làm việc') ||
      peerProvinces(by, to)
    )
      return null;
    return {
      kind: team?.kind ?? 'làm việc',
      weakKind: !team,
      anaphoric: false,
      sessionNoun: true,
      hosted: false,
      headline,
      sentence,
      date: sessionDate(items, items.length),
      delegation: team?.name ?? null,
      conductors: by,
      placeConductors: [],
      leader: led,
      leaderRole: null,
      leaderGiven: null,
      topic: topicAfter(items, at + 1),
      sameDay: sameDayOf(),
      participants: [],
      hosts: [],
      hostRoles: [],
      targets: to,
      placeTargets,
      homeTarget: null,
      areaOnly: false,
      directives: supervisedDirectives(items, at),
      start,
      end: lastEnd(items0),
    };
  }
  let deleg = -1;
  for (let i = 0; i < items.length && deleg < 0; i++) if (headAt(items, i)) deleg = i;
  let kind: SupervisionKind;
  let conductors: OrgPhrase[] = [];
  let placeConductors: string[] = [];
  let leader: string | null = null;
  let leaderRole: RoleDraft | null = null;
  let topic: SupervisionDraft['topic'] = null;
  let delegation: string | null = null;
  let verb: number;
  let anaphoric = false;
  /** The body of the host who speaks after "Trong buổi làm việc với Bộ trưởng A, …". */
  let visited: OrgPhrase | null = null;
  let leaderGiven: string | null = null;
  /** "Bộ X vừa thành lập đoàn kiểm tra …": a team constituted, not yet at work. */
  let constituted = false;
  /** "… do Thanh tra Bộ X tiến hành": an inspection told by its result, with its author. */
  let byAgent = false;
  // "các đoàn kiểm tra", "4 đoàn kiểm tra": a class of teams, not one session.
  const prevWord = items[deleg - 1];
  if (deleg > 0 && (isWord(prevWord, 'các', 'những', 'nhiều') || /^\d+$/.test(wordText(prevWord))))
    return null;
  if (deleg >= 0) {
    const head = headAt(items, deleg) as DelegationHead;
    kind = head.kind;
    const { num, end } = teamNumber(items, head.end);
    let j = end;
    delegation = `${head.name}${num ? ` ${num}` : ''}`;
    // "Bộ X vừa thành lập đoàn kiểm tra hoạt động … của Công ty Y": a team the body before
    // "thành lập" constituted; the owner after its topic is what it inspects.
    // Not a task force ("thành lập Tổ công tác theo dõi …"): an inspection, survey or supervision.
    const maker = head.kind === 'làm việc' ? [] : constitutedBy(items, deleg);
    constituted = maker.length > 0;
    // "Đoàn kiểm tra việc chấp hành kỷ luật … của Sở Nội vụ": the topic, then the conductor.
    const of0 = isWord(items[j], 'của') ? j : conductorAfterTopic(items, j);
    const of = constituted && of0 > j ? -1 : of0;
    if (of0 > j) topic = spanOf(items, j, of0);
    if (of >= 0) j = of + 1;
    const owner = items[j];
    // "Tổ công tác của Thủ tướng": a team owned by a post of its own is named by it.
    // So is one owned by a post written as a body ("Tổ công tác của Thủ tướng Chính phủ").
    const postOrg =
      owner?.kind === 'org' &&
      owner.m.units.length === 1 &&
      POST_OWNERS.has(owner.m.units[0].def.phrase)
        ? owner.m.units[0].def.phrase
        : null;
    if (of === head.end && owner?.kind === 'role' && !owner.m.org) {
      delegation = `${head.name} của ${owner.m.title}`;
      j++;
    } else if (of === head.end && postOrg) {
      delegation = `${head.name} của ${postOrg}`;
      j++;
    } else if (items[j]?.kind === 'org') {
      const c = coConducted(items, j, items.length);
      conductors = c.orgs;
      j = c.end;
    } else if (of >= 0 && places) {
      const p = placeAt(items, j, places);
      if (p) {
        placeConductors = [p.name];
        j = p.end;
      }
    }
    if (!conductors.length && !placeConductors.length) conductors = maker;
    // "Đoàn khảo sát của Ban X phối hợp với Đoàn kiểm tra liên ngành Thành phố kiểm tra …": the
    // partner team, owned by no body written, conducts too, named as written.
    const partner = group(items[j]) === 'coConductorMarkers' ? headAt(items, j + 1) : null;
    if (conductors.length && partner && !partner.leader) {
      const words: string[] = [];
      let k = partner.end;
      for (; k < partner.end + 5; k++) {
        const w = items[k];
        if (w?.kind !== 'word' || w.group || !/^\p{L}+$/u.test(w.text)) break;
        words.push(w.text);
      }
      if (isVerb(items[k])) {
        placeConductors = [[partner.name, ...words].join(' ')];
        j = k;
      }
    }
    leader = head.leader;
    const lead = firstIndex(items, j, (it) => group(it) === 'leaderMarkers');
    if (lead >= 0 && !leader) {
      const doAt = firstIndex(items, j, (it) => isWord(it, 'do'), lead);
      const p = firstIndex(items, doAt >= 0 ? doAt : j, (it) => it.kind === 'person', lead);
      if (p >= 0) leader = (items[p] as { kind: 'person'; m: PersonMention }).m.name;
      // "do Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn": the leader by title only.
      else if (items[lead - 1]?.kind === 'role' && (doAt < 0 || doAt === lead - 2))
        leaderRole = roleDraft(items[lead - 1]);
    }
    // "Đoàn kiểm tra … do đồng chí A, Ủy viên Bộ Chính trị, … đã làm việc với …": A leads it.
    if (!leader) {
      const v0 = firstIndex(items, j, isVerb);
      const doAt = firstIndex(
        items,
        deleg + 1,
        (it) => isWord(it, 'do'),
        v0 < 0 ? items.length : v0,
      );
      if (doAt >= 0 && items[doAt + 1]?.kind === 'person')
        leader = (items[doAt + 1] as { kind: 'person'; m: PersonMention }).m.name;
    }
    // "Trưởng Ban Dân vận Tỉnh ủy dẫn đầu Đoàn công tác …": the leader by title only.
    if (!leader && !leaderRole && group(items[deleg - 1]) === 'leaderMarkers') {
      if (items[deleg - 2]?.kind === 'role') leaderRole = roleDraft(items[deleg - 2]);
    }
    // "đồng chí A, Trưởng Ban …, cùng Đoàn công tác của … làm việc tại …": A leads it.
    if (!leader) leader = personSubject(items, marked, deleg);
    // "đoàn thanh tra TP phối hợp chặt chẽ với thanh tra Chính phủ, …": a verb right after a
    // partner marker names the partner (a body written in lower case), not the team's act.
    verb = constituted ? deleg : firstIndex(items, Math.max(j, lead), isVerb);
    while (!constituted && verb > 0 && group(items[verb - 1]) === 'coConductorMarkers')
      verb = firstIndex(items, verb + 1, isVerb);
    // "Sau buổi làm việc với Đảng ủy Công an tỉnh, đoàn công tác đã đến thăm …", "Qua công tác
    // kiểm tra tại X, Đoàn kiểm tra … đánh giá …": the session named in an opening phrase, before
    // the team that held it.
    if (verb < 0) {
      const before = firstIndex(items, 0, isVerb, deleg);
      const at = before + (group(items[before + 1]) === 'targetMarkers' ? 2 : 1);
      let clause = 0;
      for (let k = 0; k < before; k++) if (isWord(items[k], ',')) clause = k + 1;
      const opening =
        before >= 0 &&
        before - clause <= 3 &&
        items.slice(clause, before).every((x) => x.kind === 'word') &&
        items[at]?.kind === 'org';
      if (opening) verb = before;
    }
    if (verb < 0) {
      // "Đoàn giám sát … (đã) tại Ban Thường vụ Huyện ủy X": with no verb, the venue must follow
      // the delegation's own phrase; "đoàn … đối thoại với công dân tại …" is another act.
      const from = Math.max(j, lead + 1);
      const at = firstIndex(items, from, (it) => group(it) === 'targetMarkers');
      const gap = at < 0 ? [] : items.slice(from, at);
      // The gap may be the delegation's topic: "đoàn kiểm tra tình hình thực hiện … tại Bộ X".
      const topical =
        group(gap[0]) === 'topicOpeners' &&
        gap.every((x) => x.kind !== 'person' && x.kind !== 'date');
      // "Đoàn công tác do A dẫn đầu đoàn khảo sát đến hiện trường vụ sạt lở tại …": the team's
      // kind said again, then the site it went to.
      const again = at >= 0 ? headAt(items, from) : null;
      const went =
        !!again &&
        isWord(items[again.end], 'đến') &&
        items.slice(again.end + 1, at).every((x) => x.kind === 'word' && !x.group);
      if (
        at < 0 ||
        !(
          topical ||
          went ||
          gap.every((x) => isWord(x, ',', 'đã', 'vừa', 'đến', 'về', 'có', 'mặt'))
        )
      )
        return null;
      if (went && again && kind === 'làm việc') kind = again.kind;
      if (topical) topic ??= spanOf(items, from, at);
      verb = deleg;
    } else if (kind === 'làm việc' && !constituted) kind = verbKind(items[verb]);
    if (!constituted && (irrealis(items, verb) || irrealis(items, deleg))) return null;
    anaphoric = conductors.length === 0 && placeConductors.length === 0;
  } else {
    // The supervision verb is the first one after a subject: "Thực hiện kế hoạch giám sát năm
    // 2022, ngày 30/8, Ban Dân vận Tỉnh ủy giám sát …" reports the second.
    verb = -1;
    kind = 'giám sát';
    for (let v = firstIndex(items, 0, isVerb); v >= 0; v = firstIndex(items, v + 1, isVerb)) {
      // A headline reports in the bare present ("Bộ X làm việc với Hải Phòng về …"): no cue needed.
      const hasTime = headline || items.slice(0, v).some((it) => it.kind === 'date');
      // The verb may carry its own cue ("đã làm việc", "có buổi làm việc"); not "đến làm việc tại
      // X trong 6 tháng", a posting.
      const vn = (items[v] as { norm: string }).norm;
      const cue =
        VERB_CUE_RE.test(vn) ||
        items
          .slice(Math.max(0, v - 2), v)
          .some((it) => it.kind === 'word' && EVENT_CUES.has(it.norm));
      const subjectIsTeam = items.slice(0, v).some((it) => isWord(it, 'đoàn'));
      // A titled person opening the verb's clause is its subject, not a body of an earlier clause.
      const clausePerson = personSubject(items, marked, v);
      const found =
        clausePerson && !subjectOrgs(items, v, true).length ? [] : subjectOrgs(items, v);
      // "Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác kiểm tra": a conference, not a visit.
      const event = items.slice(0, v).some((it) => group(it) === 'nonSupervisionEvents');
      if (event || irrealis(items, v) || ordered(items, v)) continue;
      if (found.length && (hasTime || cue)) {
        conductors = found;
        verb = v;
        break;
      }
      if (subjectIsTeam && (hasTime || cue)) {
        anaphoric = true;
        verb = v;
        break;
      }
      // A session led by one named leader, with no body named as its author.
      const timeWord = items.slice(0, v).some((it) => group(it) === 'eventTimeWords');
      const person =
        !found.length && (hasTime || cue || timeWord) ? personSubject(items, marked, v) : null;
      if (person) {
        leader = person;
        verb = v;
        break;
      }
      // "Ngày 7/2, Bí thư Thành ủy Hà Nội đã làm việc với …": the holder of the title leads it.
      const role = !found.length && (hasTime || cue) ? roleSubject(items, v) : null;
      if (role) {
        leaderRole = role;
        verb = v;
        break;
      }
    }
    // "Tại buổi làm việc với lãnh đạo tỉnh X, Bộ trưởng A đồng tình …", "kết luận của Thủ tướng
    // A tại buổi làm việc với …": a session named as a noun, led by the person it is told of.
    if (verb < 0) {
      const s = sessionPhrase(items, marked);
      if (s) {
        verb = s.verb;
        leader = s.leader;
        leaderGiven = s.given ?? null;
      }
    }
    if (verb < 0) {
      const f = frontedSession(items, marked);
      if (f) {
        verb = f.verb;
        leader = f.leader;
      }
    }
    if (verb < 0) {
      const s = visitorSession(items);
      if (s) {
        verb = s.verb;
        leader = s.leader;
        visited = s.target;
      }
    }
    if (verb < 0) {
      const s = agentSession(items);
      if (s) {
        verb = s.verb;
        conductors = s.conductors;
        visited = s.target;
        byAgent = true;
      }
    }
    if (verb < 0) return null;
    kind = verbKind(items[verb]);
    const lead = firstIndex(items, 0, (it) => group(it) === 'leaderMarkers', verb);
    if (lead >= 0 && !leader) {
      for (let i = lead - 1; i >= 0; i--) {
        const it = items[i];
        if (it.kind === 'person') {
          leader = it.m.name;
          break;
        }
      }
      if (!leader && items[lead - 1]?.kind === 'role') leaderRole = roleDraft(items[lead - 1]);
    }
  }
  if (conductors.some(isEnterprise)) return null;
  // "Công an huyện X đã làm việc với …": the police's "làm việc" is questioning or an inquiry
  // (lexicon questioningKinds), not a working session; its "kiểm tra" stays an inspection.
  if (kind === 'làm việc' && conductors.length && conductors.every(questioning)) return null;
  if (foreignOrPeer(items, verb, kind)) return null;
  const v = items[verb];
  const verbNorm = v.kind === 'word' ? v.norm : '';
  let targets = visited ? [visited] : targetsAfter(items, verb + 1);
  if (targets.length === 0) {
    // The venue before the verb: "Chiều 1/7, tại Quận ủy Quận 9, Đoàn kiểm tra ... đã kiểm tra ..."
    for (let i = 0; i < verb; i++) {
      if (isWord(items[i], 'tại') && items[i + 1]?.kind === 'org') {
        targets = orgsChained(items, i + 1).orgs;
        break;
      }
    }
  }
  // Not a body of the conductor's own kind and place ("Sở TT&TT … Hệ thống khảo sát … của Sở
  // Thông tin - Truyền thông": the same body written twice).
  const sameKind = (o: OrgPhrase): boolean =>
    conductors.some(
      (c) =>
        c.units[0]?.def.phrase === o.units[0]?.def.phrase &&
        (provinceOf(c) === provinceOf(o) || !provinceOf(c) || !provinceOf(o)),
    );
  if (targets.length === 0) targets = ownerAfterTopic(items, verb).filter((o) => !sameKind(o));
  targets = targets.filter((t) => !conductors.includes(t));
  // "làm việc với" is its own target marker: "tại buổi làm việc với lãnh đạo tỉnh X".
  const placeFrom = group(v) === 'targetMarkers' ? verb : verb + 1;
  let placeTargets = targets.length
    ? []
    : placeTargetsAfter(items, placeFrom, places, conductors, !!leader);
  // "Bộ VHTT&DL làm việc với Hải Phòng": a headline names the province bare.
  if (headline && !targets.length && !placeTargets.length && places && group(v) === 'targetMarkers')
    placeTargets = bareProvinceAt(items, verb + 1, places);
  // "Bộ trưởng A kiểm tra địa điểm thi tại TP.HCM", "Phó Thủ tướng A kiểm tra sạt lở An Giang":
  // a province named bare at the end of the phrase, for a session from above (a person's, or a
  // central body's); a local leader's own province is dropped later (supervisions.ts).
  if (!targets.length && !placeTargets.length && places && (leader || allCentral(conductors)))
    placeTargets = bareProvinceAfter(items, verb + 1, places, headline);
  // "Vừa qua, Đoàn công tác của Bộ X … đã đến kiểm tra tiến độ … tại Đà Nẵng.": a central body's
  // team at a province named bare and alone. It stands only when no other session of the same
  // team names a body (supervisions.ts drops it then).
  let areaOnly = false;
  if (!targets.length && !placeTargets.length && places && allCentral(conductors)) {
    placeTargets = bareProvinceAfter(items, verb + 1, places, headline, true);
    areaOnly = placeTargets.length > 0;
  }
  const homeTarget = placeTargets.length ? null : homeAfter(items, placeFrom);
  if (peerProvinces(conductors, targets)) return null;
  topic ??= topicAfter(items, verb + 1);
  // "Bộ X vừa có Quyết định số … (do Thứ trưởng A ký) về việc thành lập đoàn kiểm tra …": the
  // decision that orders the team's inspection is one the inspection is held under.
  const founding: string[] = [];
  if (constituted) {
    const about = isWord(items[deleg - 2], 'về việc', 'về');
    for (let i = deleg - 2; i >= 0 && !isWord(items[i], ',', ';', ':') && !isVerb(items[i]); i--) {
      const it = items[i];
      if (it.kind !== 'directive') continue;
      if (about || FOUNDING_RE.test(it.m.subject ?? '')) founding.push(it.m.symbol);
      break;
    }
  }
  const directives = [...founding, ...supervisedDirectives(items, verb)];
  if (
    targets.length === 0 &&
    conductors.length === 0 &&
    !leader &&
    !leaderRole &&
    !leaderGiven &&
    directives.length === 0
  )
    return null;
  // A team constituted is not yet at work: the sentence's day is the decision's.
  // An inspection told by its result is dated only by a day of its own, not by the period it
  // covered ("trong giai đoạn từ ngày 1/1/2014 đến ngày 31/12/2016").
  const date = constituted || (byAgent && periodIn(items)) ? null : sessionDate(items, verb);
  return {
    kind,
    weakKind: verbNorm.startsWith('làm việc') && deleg < 0,
    anaphoric,
    sessionNoun: false,
    hosted: false,
    headline,
    sentence,
    date,
    delegation,
    conductors,
    placeConductors,
    leader,
    leaderRole,
    leaderGiven,
    topic,
    sameDay: sameDayOf(),
    participants: [],
    hosts: [],
    hostRoles: [],
    targets,
    placeTargets,
    homeTarget,
    areaOnly,
    directives,
    start,
    end: lastEnd(items0),
  };
}

const DAYS_MONTH_RE = /^(\d{1,2})[-–](\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/u;
const DAY_MONTH_RE = /^(\d{1,2})[-/](\d{1,2})$/u;

/**
 * The first day of a span of days after "ngày": "ngày 6-7/7", "ngày 5 và 6/7/2022", "ngày 15 -
 * 18/4/2017", "hai ngày 9 và 10-2". A session over several days is dated by its first.
 */
function firstDayOfRange(items: Item[], i: number): SupervisionDraft['date'] {
  if (group(items[i - 1]) !== 'eventTimeWords') return null;
  const it = items[i];
  if (it.kind !== 'word') return null;
  const ok = (d: number, m: number): boolean => d >= 1 && d <= 31 && m >= 1 && m <= 12;
  const dm = DAYS_MONTH_RE.exec(it.text);
  if (dm) {
    const year = dm[4] ? +dm[4] : null;
    return ok(+dm[1], +dm[3]) && +dm[1] < +dm[2] ? { day: +dm[1], month: +dm[3], year } : null;
  }
  if (!/^\d{1,2}$/.test(it.text) || !isWord(items[i + 1], '-', '–', 'và', 'đến')) return null;
  let k = i + 2;
  if (group(items[k]) === 'eventTimeWords') k++;
  const end = items[k];
  const day = +it.text;
  if (end?.kind === 'date' && day < end.m.day && ok(day, end.m.month))
    return { day, month: end.m.month, year: end.m.year };
  const m = end?.kind === 'word' ? DAY_MONTH_RE.exec(end.text) : null;
  if (m && day < +m[1] && ok(day, +m[2])) return { day, month: +m[2], year: null };
  return null;
}

function lastEnd(items: Item[]): number {
  const it = items[items.length - 1];
  return it.kind === 'word' ? it.end : it.m.end;
}

/**
 * The leader of a session stated in a sentence of its own: "Đồng chí A, Trưởng Ban Dân vận Tỉnh
 * ủy, làm trưởng đoàn", "A chủ trì buổi giám sát", "Trưởng đoàn là đồng chí A", or by title
 * only ("Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đoàn").
 */
export function leaderIn(
  items0: Item[],
): { name: string | null; role: RoleDraft | null; named?: boolean } | null {
  const { items } = stripMarkers(items0);
  // "Chỉ đạo buổi làm việc, ông A, Phó Chủ tịch …", "Chủ trì buổi giám sát, đồng chí A …": the
  // opening phrase names the session, the person after it chairs it.
  const opener = group(items[0]) === 'chairOpeners' ? 1 : isWord(items[0], 'chủ trì') ? 2 : 0;
  if (opener && (opener === 1 || isWord(items[1], 'buổi', 'cuộc'))) {
    if (isVerb(items[opener]) && isWord(items[opener + 1], ',')) {
      let k = opener + 2;
      while (items[k]?.kind === 'role') k++;
      const p = items[k];
      if (p?.kind === 'person') return { name: p.m.name, role: null, named: true };
    }
  }
  // "Trưởng đoàn là A"
  for (let i = 0; i + 2 < items.length; i++) {
    const it = items[i];
    const p = items[i + 2];
    if (it.kind === 'role' && DELEGATION_TITLE_RE.test(it.m.title) && !it.m.org)
      if (isWord(items[i + 1], 'là') && p.kind === 'person') return { name: p.m.name, role: null };
  }
  const lead = firstIndex(items, 0, (it) => group(it) === 'leaderMarkers');
  if (lead < 0) return null;
  const marker = items[lead] as { norm: string };
  const nx = items[lead + 1];
  const nx2 = items[lead + 2];
  const session =
    !nx ||
    isWord(nx, '.', ';') ||
    isVerb(nx) ||
    (!!headAt(items, lead + 1) && !isWord(nx2, 'của')) ||
    isWord(nx, 'đoàn') ||
    (isWord(nx, 'buổi', 'cuộc', 'đợt') && !!nx2 && (isVerb(nx2) || !!headAt(items, lead + 2)));
  // "chủ trì hội nghị", "dẫn đầu cả nước": not a session's leader.
  if (marker.norm !== 'làm trưởng đoàn' && marker.norm !== 'là trưởng đoàn' && !session)
    return null;
  if (isWord(nx, 'đoàn') || headAt(items, lead + 1)) {
    // "dẫn đầu đoàn công tác … làm việc với …" is a session reported here, not a follow-up.
    if (firstIndex(items, lead + 2, (it) => group(it) === 'targetMarkers') >= 0) return null;
  }
  for (let k = lead - 1; k >= 0; k--) {
    const x = items[k];
    if (x.kind === 'person') return { name: x.m.name, role: null };
    if (x.kind === 'role' || isWord(x, ',', 'và')) continue;
    break;
  }
  // "Đoàn kiểm tra do ông A, Phó Cục trưởng Cục … (gọi tắt là Cục II), làm trưởng đoàn": the
  // person after "do", however long the apposition that follows.
  if (headAt(items, 0) || isWord(items[0], 'đoàn')) {
    const doAt = firstIndex(items, 1, (it) => isWord(it, 'do'), lead);
    if (doAt >= 0 && items[doAt + 1]?.kind === 'person') {
      const p = items[doAt + 1] as { m: PersonMention };
      return { name: p.m.name, role: null };
    }
  }
  const r = roleDraft(items[lead - 1]);
  return r ? { name: null, role: r } : null;
}

/**
 * Decisions a session dealt with, stated after it: "Nội dung kiểm tra là việc thực hiện Kết luận
 * số 24-KL/TW …", "Buổi làm việc tập trung vào việc thực hiện …". Not the team's founding
 * decision, not a plan the host issued ("đã ban hành Kế hoạch số …"), not a host's report.
 */
export function directivesIn(items: Item[]): string[] | null {
  const cue = firstIndex(items, 0, (it) => isVerb(it) || group(it) === 'delegationHeads');
  if (cue < 0) return null;
  if (items.some((it) => group(it) === 'hostVerbs' || group(it) === 'hostMarkers')) return null;
  const bg = backgroundDirectives(items);
  const out: string[] = [];
  for (let i = cue + 1; i < items.length; i++) {
    const it = items[i];
    if (it.kind !== 'directive' || bg.has(i) || mandate(items, i)) continue;
    if (group(items[i - 1]) === 'issueVerbs' || group(items[i - 2]) === 'issueVerbs') continue;
    out.push(it.m.symbol);
  }
  return out.length ? out : null;
}

const FOUNDING_RE = /^(?:về việc )?thành lập /u;

/**
 * "thực hiện theo Quyết định số …", "Quyết định … về việc thành lập đoàn kiểm tra": the team's
 * mandate, not what it supervises.
 */
function mandate(items: Item[], i: number): boolean {
  const it = items[i];
  if (it.kind !== 'directive') return false;
  if (
    isWord(items[i - 1], 'theo') &&
    (group(items[i - 2]) === 'lineageVerbs' || !!headAt(items, i - 2))
  )
    return true;
  return FOUNDING_RE.test(it.m.subject ?? '');
}

/**
 * People named by a participants sentence ("Tham gia cuộc giám sát có các đồng chí: …"), or a
 * deputy head of the delegation in apposition ("bà A, …, Phó Trưởng đoàn kiểm tra số 471").
 */
export function participantsIn(items: Item[]): string[] | null {
  if (items.some((it) => group(it) === 'participantMarkers'))
    return items
      .filter((it) => it.kind === 'person')
      .map((it) => (it as { m: PersonMention }).m.name);
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind !== 'role' || !/^phó trưởng đoàn$/iu.test(it.m.title) || !headAt(items, i))
      continue;
    for (let k = i - 1; k >= 0; k--) {
      const x = items[k];
      if (x.kind === 'person') {
        out.push(x.m.name);
        break;
      }
      if (x.kind !== 'role' && !isWord(x, ',')) break;
    }
  }
  return out.length ? out : null;
}

/**
 * The reporting verb belongs to the subject at `from`: only the subject's apposition and a few
 * words ("đã", "thay mặt lãnh đạo tỉnh") stand between, not another predicate ("ông A cho biết
 * ngay sau khi … báo cáo kết quả lên Thủ tướng": A tells of a report, A does not give one).
 */
function reportsNear(items: Item[], from: number, rep: number): boolean {
  let words = 0;
  for (let k = from + 1; k < rep; k++) {
    const x = items[k];
    if (x.kind === 'role' || x.kind === 'org' || x.kind === 'person') continue;
    if (isWord(x, ',', '-', '–', 'và') || group(x) === 'personMarker') continue;
    if (++words > 4) return false;
  }
  return true;
}

/** Hosts: "Tiếp đoàn có/gồm …", or a sentence whose subject is a person who "báo cáo". */
export function hostsIn(items0: Item[]): { names: string[]; roles: RoleDraft[] } | null {
  const { items } = stripMarkers(items0);
  if (items.some((it) => group(it) === 'hostMarkers')) {
    const names = items
      .filter((it) => it.kind === 'person')
      .map((it) => (it as { m: PersonMention }).m.name);
    const { titleOnly } = appositions(items0);
    return { names, roles: titleOnly.map((r) => ({ title: r.title, org: r.org })) };
  }
  const rep = firstIndex(items, 0, (it) => group(it) === 'hostVerbs');
  if (rep >= 0) {
    // "Tại buổi làm việc với Đoàn, đồng chí A, Bí thư Tỉnh ủy … báo cáo …": the opening phrase
    // names the session; the clause after it has the reporting host as subject.
    // "…, kịp thời. Tại buổi làm việc, Đại tá A – Giám đốc … đã báo cáo": a run-in sentence; the
    // clause starts at the nearest "tại buổi/cuộc …" before the verb.
    let base = 0;
    for (let k = rep - 1; k > 0; k--)
      if (isWord(items[k], 'tại') && isWord(items[k + 1], 'buổi', 'cuộc')) {
        base = k;
        break;
      }
    const comma = firstIndex(items, base, (it) => isWord(it, ','), rep);
    const withTeam = (k: number): boolean =>
      (isWord(items[k], 'với', 'làm việc với') && isWord(items[k + 1], 'đoàn')) ||
      (isWord(items[k], 'với', 'làm việc với') && group(items[k + 1]) === 'delegationHeads');
    // "Tại các điểm khảo sát, …": a venue of the session opens the sentence too.
    let opener =
      base > 0 ||
      (comma > 0 && isWord(items[base], 'tại') && items.slice(base, comma).some(isVerb));
    for (let k = base; k < comma && !opener; k++) opener = withTeam(k);
    if (
      items
        .slice(base, Math.max(comma, base))
        .some((it) => it.kind === 'person' || it.kind === 'role')
    )
      opener = false;
    const firstAt = opener ? comma + 1 : base;
    const first = items[firstAt];
    if (first?.kind === 'person' && reportsNear(items, firstAt, rep))
      return { names: [first.m.name], roles: [] };
    if (rep === 0) {
      // "Báo cáo với đoàn, Chủ tịch UBND huyện A cho biết …": the subject after the opening
      // phrase; not a person the report tells of ("Báo cáo nêu rõ, Ủy ban X … kiểm điểm ông A").
      const c = firstIndex(items, 1, (it) => isWord(it, ','));
      let p = c + 1;
      while (c > 0 && items[p]?.kind === 'role') p++;
      const q = c > 0 ? items[p] : undefined;
      if (q?.kind === 'person') return { names: [q.m.name], roles: [] };
    }
    if (first?.kind === 'role') {
      const p = firstIndex(items, 0, (it) => it.kind === 'person', rep);
      if (p >= 0) return { names: [(items[p] as { m: PersonMention }).m.name], roles: [] };
      return { names: [], roles: [{ title: first.m.title, org: first.m.org }] };
    }
  }
  return null;
}

/**
 * "Đến kiểm tra tại điểm thi Trường X (quận Y), Bộ trưởng A lưu ý …", "Qua kiểm tra … tại Trường X
 * và Trường Z, Thứ trưởng B biểu dương …": an opening phrase names the sites a person inspected,
 * the person is the subject after it (only titles and a comma between).
 */
export function sitesIn(items0: Item[]): { person: string; sites: OrgPhrase[] } | null {
  const { items } = stripMarkers(items0);
  const v = isWord(items[0], 'đến', 'qua', 'khi') ? 1 : 0;
  if (!items[v] || !isVerb(items[v]) || isWord(items[v + 1], ',')) return null;
  const p = firstIndex(items, v + 1, (it) => it.kind === 'person');
  if (p < 0) return null;
  let k = p - 1;
  while (k > v && items[k].kind === 'role') k--;
  if (!isWord(items[k], ',')) return null;
  const at = firstIndex(items, v + 1, (it) => isWord(it, 'tại'), k);
  if (at < 0) return null;
  const sites: OrgPhrase[] = [];
  for (let i = at + 1; i < k; i++) {
    const it = items[i];
    if (it.kind === 'org' && !it.m.plural) sites.push(it.m);
  }
  const person = items[p] as { m: PersonMention };
  return sites.length ? { person: person.m.name, sites } : null;
}

/**
 * "Qua kiểm tra, đoàn công tác đánh giá Sở X …": the body a team assessed (lexicon assessVerbs,
 * right after the team), which names the body visited where the session named only its area.
 */
export function assessedIn(items: Item[]): OrgPhrase | null {
  for (let i = 0; i + 2 < items.length; i++) {
    const team = isWord(items[i], 'đoàn') || group(items[i]) === 'delegationHeads';
    if (!team || group(items[i + 1]) !== 'assessVerbs') continue;
    const o = items[i + 2];
    return o.kind === 'org' && !o.m.plural ? o.m : null;
  }
  return null;
}

/**
 * A team named with its owner ("… đề xuất với Đoàn công tác Chính phủ", "Đoàn kiểm tra của Sở X
 * …"): the team's name, its owner, and the people named before it in the sentence (who address
 * it), or null. Names the owner of a team told before without one ("dẫn đầu đoàn công tác …").
 */
export function teamOwnerIn(
  items0: Item[],
): { name: string; owner: OrgPhrase; speakers: string[] } | null {
  if (!items0.some((x) => x.kind === 'word' && x.group === 'delegationHeads')) return null;
  const { items } = stripMarkers(items0);
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind !== 'word' || it.group !== 'delegationHeads') continue;
    const head = headAt(items, i);
    if (!head) continue;
    const at = isWord(items[head.end], 'của') ? head.end + 1 : head.end;
    const o = items[at];
    if (o?.kind !== 'org' || o.m.plural || isEnterprise(o.m)) return null;
    if (o.m.units.length === 1 && POST_OWNERS.has(o.m.units[0].def.phrase)) return null;
    const speakers = items
      .slice(0, i)
      .filter((x): x is Extract<Item, { kind: 'person' }> => x.kind === 'person')
      .map((x) => x.m.name);
    return { name: head.name, owner: o.m, speakers };
  }
  return null;
}

/**
 * The bodies a session is said to be about, in a sentence of their own after the team was named
 * ("Đối tượng thanh tra là UBND huyện X và …"; lexicon statedTargetLeads): the team's targets.
 */
export function statedTargetsIn(items0: Item[]): OrgPhrase[] {
  if (!items0.some((x) => x.kind === 'word' && x.group === 'statedTargetLeads')) return [];
  const { items } = stripMarkers(items0);
  for (let i = 0; i < items.length - 2; i++) {
    if (group(items[i]) !== 'statedTargetLeads') continue;
    return isWord(items[i + 1], 'là', ':', 'gồm') ? orgsChained(items, i + 2).orgs : [];
  }
  return [];
}

/**
 * The body told to set a team up ("tỉnh đã chỉ đạo Thanh tra tỉnh thành lập đoàn thanh tra …"):
 * the team is that body's, not the instructing one's; or null.
 */
export function teamFounderIn(items: Item[]): OrgPhrase | null {
  for (let i = 1; i + 2 < items.length; i++) {
    const o = items[i];
    if (o.kind !== 'org' || group(items[i - 1]) !== 'irrealisMarkers') continue;
    if (isWord(items[i + 1], 'thành lập') && group(items[i + 2]) === 'delegationHeads') return o.m;
  }
  return null;
}

/**
 * People said to attend ("Tham dự buổi làm việc có ông A, …", "B và C cùng dự."): their side is
 * decided by the bodies they belong to (supervisions.ts), not by the words.
 */
export function attendeesIn(items: Item[]): string[] | null {
  if (!items.some((it) => group(it) === 'attendMarkers')) return null;
  const out = items
    .filter((it) => it.kind === 'person')
    .map((it) => (it as { m: PersonMention }).m.name);
  return out.length ? out : null;
}

/**
 * The titled person who speaks first at a session told before: "Tại buổi làm việc, Bí thư Thành
 * ủy A đặt ra …" (who chairs it is decided by the bodies A belongs to, in supervisions.ts).
 */
export function sessionSpeaker(items0: Item[]): string | null {
  const { items, marked } = stripMarkers(items0);
  if (!isWord(items[0], 'tại') || !isWord(items[1], 'buổi', 'cuộc') || !isWord(items[3], ','))
    return null;
  if (!isVerb(items[2])) return null;
  let k = 4;
  while (items[k]?.kind === 'role') k++;
  const p = items[k];
  if (p?.kind !== 'person' || (k === 4 && !marked.has(p))) return null;
  return p.m.name;
}

// ---------- inspection committees' communiqués ----------

/** "Ủy ban Kiểm tra", "UBKT": the committees whose sessions conclude on inspections. */
const COMMITTEE_HEADS = triggerData.communiqueCommittees;
function committeeIn(items: Item[]): OrgPhrase | null {
  for (const it of items) {
    if (it.kind !== 'org' || it.m.plural) continue;
    const def = it.m.units[0]?.def;
    const head = def ? (def.canonical ?? def.phrase) : '';
    if (COMMITTEE_HEADS.some((h) => head.startsWith(h))) return it.m;
  }
  return null;
}

/** The committee as written: its bodies' canonical names and places. */
function committeeKey(o: OrgPhrase): string {
  const units = o.units.map((u) => `${u.def.canonical ?? u.def.phrase} ${u.name ?? ''}`);
  return [...units, ...o.places.map((p) => p.name ?? '')].join('|');
}

/** "họp kỳ thứ 15", "kỳ họp" (lexicon communiqueSessions): the committee's session. */
function sessionTold(items: Item[]): boolean {
  return items.some((it) => group(it) === 'communiqueSessions');
}

/** A province named bare at i ending a list member ("Điện Biên, Yên Bái"): its name and end. */
function listedProvince(
  items: Item[],
  i: number,
  lookup: PlaceLookup,
): { name: string; end: number } | null {
  let key = '';
  for (let k = i; k < i + 4 && items[k]?.kind === 'word' && !group(items[k]); k++) {
    key = key
      ? `${key} ${(items[k] as { norm: string }).norm}`
      : (items[k] as { norm: string }).norm;
    const name = lookup('tỉnh', key);
    if (name && (k + 1 >= items.length || isWord(items[k + 1], ',', 'và', '.', ';', ':')))
      return { name, end: k + 1 };
  }
  return null;
}

/**
 * The bodies listed at `at`, a list "X và Y các tỉnh A, B, C" distributing over its provinces
 * ("Ban Thường vụ Tỉnh ủy và UBKT Tỉnh ủy các tỉnh Điện Biên, Yên Bái": one body per kind and
 * province).
 */
function distributedList(items: Item[], at: number, lookup: PlaceLookup): OrgPhrase[] {
  const out: OrgPhrase[] = [];
  let pending: OrgPhrase[] = [];
  const flush = (): void => {
    const orgs = pending.filter((o) => !o.plural);
    for (let k = 0; k + 1 < orgs.length; k++) orgs[k] = ownerShared(orgs[k], orgs[k + 1]);
    out.push(...orgs);
    pending = [];
  };
  let i = at;
  while (items[i]?.kind === 'org') {
    pending.push((items[i] as { kind: 'org'; m: OrgPhrase }).m);
    let n = i + 1;
    if (isWord(items[n], 'các') && isWord(items[n + 1], 'tỉnh')) {
      const provinces: string[] = [];
      let k = n + 2;
      for (let p = listedProvince(items, k, lookup); p; p = listedProvince(items, k, lookup)) {
        provinces.push(p.name);
        k = p.end;
        if (!isWord(items[k], ',', 'và') || items[k + 1]?.kind !== 'word') break;
        k++;
      }
      if (!provinces.length) break;
      for (const name of provinces)
        for (const o of pending)
          out.push({
            ...o,
            plural: false,
            places: [{ level: 'province', generic: null, name, province: null, district: null }],
          });
      pending = [];
      n = k;
    }
    if (isWord(items[n], ',', 'và') && items[n + 1]?.kind === 'org') i = n + 1;
    else break;
  }
  flush();
  return out;
}

/**
 * Communiqués of an inspection committee's session: "Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 15
 * … xem xét, kết luận các nội dung sau: … Về kiểm tra khi có dấu hiệu vi phạm đối với ORG …;
 * Xem xét báo cáo kết quả giám sát ORG …". Each clause (up to ";" or ":") of the sentences after the
 * session's that names an inspection or a supervision of a body is one, conducted by the
 * committee; undated (told through its conclusions). Keyed by sentence.
 */
export function communiqueDrafts(
  sentences: Item[][],
  lookup: PlaceLookup,
): Map<number, SupervisionDraft[]> {
  const out = new Map<number, SupervisionDraft[]>();
  let committee: OrgPhrase | null = null;
  let key = '';
  sentences.forEach((items0, si) => {
    // Most articles name no committee: the markers are stripped only once one has met.
    if (!committee) {
      const c = committeeIn(items0);
      if (c && sessionTold(items0)) {
        committee = c;
        key = committeeKey(c);
      }
      return;
    }
    const { items } = stripMarkers(items0);
    const drafts: SupervisionDraft[] = [];
    for (let from = 0; from < items.length;) {
      let to = firstIndex(items, from, (x) => isWord(x, ';', ':'));
      if (to < 0) to = items.length;
      const verb = firstIndex(
        items,
        from,
        (x) =>
          x.kind === 'word' &&
          x.group === 'supervisionVerbs' &&
          (x.value === 'kiểm tra' || x.value === 'giám sát'),
        to,
      );
      // A clause with its own subject ("Thanh tra tỉnh đã kiểm tra …") or an inspection asked
      // for ("yêu cầu kiểm tra …") is not one the committee concluded on.
      // The committee itself may be the subject ("Ủy ban Kiểm tra Trung ương đã ra kết luận về
      // việc kiểm tra … đối với …").
      const own =
        verb >= 0 &&
        firstIndex(
          items,
          from,
          (x) => x.kind !== 'word' && !(x.kind === 'org' && committeeKey(x.m) === key),
          verb,
        ) >= 0;
      if (verb >= 0 && !own && !irrealis(items, verb)) {
        const clause = items.slice(0, to);
        let targets =
          clause[verb + 1]?.kind === 'org' ? distributedList(clause, verb + 1, lookup) : [];
        if (!targets.length) {
          const m = firstIndex(clause, verb, (x) => isWord(x, 'đối với'));
          if (m >= 0) targets = distributedList(clause, m + 1, lookup);
        }
        if (targets.length) {
          const first = items[from];
          drafts.push({
            kind: verbKind(items[verb]),
            weakKind: false,
            anaphoric: false,
            headline: false,
            sessionNoun: false,
            hosted: false,
            sentence: si,
            date: null,
            delegation: null,
            conductors: [committee],
            placeConductors: [],
            leader: null,
            leaderRole: null,
            leaderGiven: null,
            sameDay: false,
            topic: null,
            participants: [],
            hosts: [],
            hostRoles: [],
            targets,
            placeTargets: [],
            homeTarget: null,
            areaOnly: false,
            directives: [],
            concluded: true,
            start: first.kind === 'word' ? first.start : first.m.start,
            end: lastEnd(clause),
          });
        }
      }
      from = to + 1;
    }
    if (drafts.length) out.set(si, drafts);
  });
  return out;
}
