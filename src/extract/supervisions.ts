/**
 * Supervisions of one document, from the per-sentence drafts of relations.ts: a delegation named
 * once frames the sessions that follow, drafts of one session merge, and the people of both sides
 * come from the participant and host sentences and from the bodies they belong to.
 */
import type { Item, OrgPhrase } from './mentions';
import { group } from './mentions';
import type { DocContext } from './context';
import type { Lexicon } from './lexicon';
import { orgKey, type CanonicalOrg } from './resolve';
import {
  assessedIn,
  attendeesIn,
  directivesIn,
  sessionSpeaker,
  hostsIn,
  teamOwnerIn,
  leaderIn,
  participantsIn,
  sitesIn,
  statedTargetsIn,
  teamFounderIn,
  type SupervisionDraft,
} from './relations';
import type { RoleDraft } from './officials';
import type { OfficialFact, SupervisionFact } from './types';
import { normKey } from '../common/fold';

/** The organisation resolver of the document (index.ts): canonical names with place. */
export interface OrgResolver {
  readonly ctx: DocContext;
  readonly lex: Lexicon;
  org(o: OrgPhrase | null): CanonicalOrg | null;
}

/** An official as resolved so far: the fact, its role keys and the cores of its bodies. */
export interface OfficialRecord {
  fact: OfficialFact;
  roleKeys: Set<string>;
  cores: Set<string>;
}

/** ISO date, or "--MM-DD" when the year is unknown. */
export function iso(year: number | null, month: number, day: number): string {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return year === null ? `--${mm}-${dd}` : `${year}-${mm}-${dd}`;
}

/** The last day the text gave with a time word ("Ngày 10/2") in the sentences before `to`. */
function lastDay(sentences: Item[][], to: number, year: number | null): string | null {
  for (let si = Math.min(to, sentences.length) - 1; si >= 0; si--) {
    const items = sentences[si];
    for (let k = items.length - 1; k >= 0; k--) {
      const it = items[k];
      // Not a deadline or a span's end ("báo cáo trước ngày 4/7").
      const before = items[k - 2];
      if (before?.kind === 'word' && SPAN_WORDS.has(before.norm)) continue;
      if (it.kind === 'date' && it.m.timeWord) return iso(it.m.year ?? year, it.m.month, it.m.day);
    }
  }
  return null;
}
const SPAN_WORDS = new Set(['trước', 'sau', 'đến', 'từ', 'hết', 'tới']);

/** The kind word of a place target ("tỉnh Quảng Nam"). */
const PLACE_GENERIC_RE = /^(?:tỉnh|thành phố|huyện|quận|thị xã) /u;

/** How many sentences after a session's own may still state its leader or its decisions. */
const FOLLOW_UP = 3;

/** The one official of the document who holds a role given by title only, or null. */
function holderOf(
  r: RoleDraft,
  officials: Map<string, OfficialRecord>,
  res: OrgResolver,
): string | null {
  if (!r.org) {
    // A post of its own ("Phó Thủ tướng", "Thủ tướng"): the one official with that title.
    const t = normKey(r.title);
    const holders = [...officials.values()].filter((st) =>
      st.fact.roles.some((x) => normKey(x.title) === t),
    );
    return holders.length === 1 ? holders[0].fact.name : null;
  }
  const c = res.org(r.org);
  if (!c) return null;
  const k = orgKey(`${r.title} ${c.name}`, res.lex);
  const holders = [...officials.values()].filter((st) => st.roleKeys.has(k));
  return holders.length === 1 ? holders[0].fact.name : null;
}

export function supervisionsOf(
  drafts: SupervisionDraft[],
  sentences: Item[][],
  officials: Map<string, OfficialRecord>,
  res: OrgResolver,
  text: string,
): SupervisionFact[] {
  interface Acc {
    fact: SupervisionFact;
    sentence: number;
    conductorCores: Set<string>;
    targetCores: Set<string>;
    targetKey: string;
    conductorKey: string;
    /** Parent bodies of the targets, folded ("Bộ X" of "Ban Cán sự đảng Bộ X"). */
    targetParents: Set<string>;
    /** The targets are places only ("trên địa bàn tỉnh X"): a body in them may stand for them. */
    placesOnly: boolean;
    /** Districts the targets are in, folded ("quận 2" of "Quận ủy quận 2"). */
    targetDistricts: string[];
    /** The one target is a province named bare and alone (SupervisionDraft.areaOnly). */
    areaOnly: boolean;
    /** Told through its conclusions (SupervisionDraft.concluded): no one was seen at it. */
    concluded: boolean;
    /** The last sentence telling the session: its own, or the one stating its targets. */
    toldAt: number;
  }
  let accs: Acc[] = [];
  const byKey = new Map<string, Acc>();
  // A delegation named once ("Đoàn giám sát của X do Y làm trưởng đoàn … tại các huyện A và B")
  // frames the sessions that follow ("Ngày 5/7, đoàn làm việc với …").
  let frame: SupervisionDraft | null = null;
  /** The frame is a session of its own (it has a target), not only a team named. */
  let frameTold = false;
  const complete: SupervisionDraft[] = [];
  /** Sessions whose targets a later sentence stated ("Đối tượng thanh tra là …"): that sentence. */
  const statedAt = new Map<SupervisionDraft, number>();
  for (const [di, d0] of drafts.entries()) {
    const d: SupervisionDraft = { ...d0 };
    const home = res.ctx.province?.name;
    if (d.homeTarget && home && !d.placeTargets.some((p) => normKey(p).endsWith(normKey(home))))
      d.placeTargets = [...d.placeTargets, `${d.homeTarget} ${home}`];
    if (d.anaphoric && frame) {
      if (!d.conductors.length && !d.placeConductors.length) {
        d.conductors = frame.conductors;
        d.placeConductors = frame.placeConductors;
      }
      if (!d.delegation) d.delegation = frame.delegation;
      if (!d.leader && !d.leaderRole) {
        d.leader = frame.leader;
        d.leaderRole = frame.leaderRole;
      }
      if (!d.directives.length) d.directives = frame.directives;
      if (d.weakKind || d.kind === 'làm việc') d.kind = frame.kind;
      // "Sáng 4/7, Đoàn công tác của Bộ X đã kiểm tra tại <a site the grammar cannot read>. …
      // đoàn công tác … đã làm việc với lãnh đạo Công ty Y": the team's visit told no target, so
      // this is its session told again, on its day (not a body's "công bố kết quả kiểm tra").
      if (!d.date && !frameTold && !d.sameDay && frame.delegation) d.date = frame.date;
    }
    if (!d.leader && d.leaderRole) d.leader = holderOf(d.leaderRole, officials, res);
    // "ông Phong": the one official of the document whose name ends with it.
    if (!d.leader && d.leaderGiven) {
      const given = normKey(d.leaderGiven);
      const holders = [...officials.values()].filter((st) =>
        normKey(st.fact.name).endsWith(` ${given}`),
      );
      if (holders.length === 1) d.leader = holders[0].fact.name;
    }
    // "UBND tỉnh vừa thành lập đoàn thanh tra liên ngành …" then, before any other session,
    // "Đối tượng thanh tra là UBND TP X …": the team's targets are told in a sentence of their own
    // (a team or a body told first, not a person signing a decision).
    if (!d.targets.length && !d.placeTargets.length && (d.conductors.length || d.delegation)) {
      const until = Math.min(
        drafts[di + 1]?.sentence ?? sentences.length,
        d.sentence + FOLLOW_UP + 1,
      );
      for (let k = d.sentence + 1; k < until && !d.targets.length; k++) {
        d.targets = statedTargetsIn(sentences[k]);
        if (d.targets.length) statedAt.set(d, k);
      }
      // "… tỉnh đã chỉ đạo Thanh tra tỉnh thành lập đoàn thanh tra": the inspectorate conducts.
      for (let k = d.sentence + 1; k < until && d.targets.length; k++) {
        const founder = teamFounderIn(sentences[k]);
        if (founder) {
          d.conductors = [founder];
          break;
        }
      }
    }
    if (d.targets.length === 0 && d.placeTargets.length === 0) {
      const prev = complete[complete.length - 1];
      if (prev && !prev.leader && d.leader && d.anaphoric) prev.leader = d.leader;
      // A headline's session told again in the lead with its day ("Sáng nay (2/7), … cùng đoàn
      // công tác đã có buổi làm việc …").
      // Or by its leader ("Phó Thủ tướng A kiểm tra sạt lở tỉnh X" over "Ngày 15/5, Đoàn công
      // tác do Phó Thủ tướng A dẫn đầu … đến hiện trường …").
      const sameLeader = !!prev?.headline && !!d.leader && prev.leader === d.leader;
      if (prev && !prev.date && d.date && (d.anaphoric || sameLeader)) prev.date = d.date;
      if (prev && d.anaphoric && !prev.directives.length && d.directives.length)
        prev.directives = d.directives;
      if (d.conductors.length || d.placeConductors.length) {
        frame = d;
        frameTold = false;
      } else if (frame !== null && d.leader && !frame.leader) {
        const f: SupervisionDraft = frame;
        frame = { ...f, leader: d.leader };
      }
      continue;
    }
    complete.push(d);
    if (d.conductors.length || d.placeConductors.length) {
      frame = d;
      frameTold = true;
    }
  }
  // A headline sums up the text's own sessions ("Hội Nông dân tỉnh giám sát … tại huyện X" over
  // "Đoàn giám sát của Ban Thường vụ Hội Nông dân tỉnh … tại UBND huyện X"): it stands only
  // when the text tells none of its own.
  const told = complete.some((x) => !x.headline);
  for (const d of complete.filter((x) => !(x.headline && told))) {
    const conductors = d.conductors.map((o) => res.org(o)).filter((c): c is CanonicalOrg => !!c);
    const targets = d.targets.map((o) => res.org(o)).filter((c): c is CanonicalOrg => !!c);
    if (!targets.length && !d.placeTargets.length) continue;
    const conductedBy = [...conductors.map((c) => c.name), ...d.placeConductors];
    // A numbered delegation is an identity of its own ("Đoàn kiểm tra số 2"); a bare "Đoàn công
    // tác" is not a body (it stays the session's delegation, with no conducting body).
    // So is a team owned by a post ("Tổ công tác của Thủ tướng").
    if (!conductedBy.length && d.delegation && /\d| của /u.test(d.delegation))
      conductedBy.push(d.delegation);
    // "Tại buổi làm việc với lãnh đạo tỉnh X, Chủ tịch UBND tỉnh X A cho biết …": one of the
    // visited body's own people speaks; A hosts the session, A does not lead it.
    if (d.leader && !conductedBy.length) {
      const st = officials.get(normKey(d.leader));
      const orgs = st ? st.fact.roles.map((r) => normKey(r.organization ?? '')) : [];
      const ofTarget =
        !!st &&
        ([...st.cores].some((c) => targets.some((t) => t.core === c)) ||
          d.placeTargets.some((p) => orgs.some((o) => o.endsWith(normKey(p)))));
      if (ofTarget) continue;
    }
    if (!conductedBy.length && !d.leader && !d.delegation) continue;
    const targetKey = targets
      .map((c) => c.key)
      .concat(d.placeTargets.map(normKey))
      .sort()
      .join(',');
    const conductorKey = conductors
      .map((c) => c.key)
      .concat(d.placeConductors.map(normKey))
      .sort()
      .join(',');
    const key = `${d.kind}|${conductorKey}|${targetKey}`;
    // The same session told again without its conducting body ("Bộ trưởng A làm việc với X …
    // Tại buổi làm việc, A …"): one session, not two.
    const retold = conductedBy.length
      ? undefined
      : accs.find(
          (a) =>
            a.targetKey === targetKey &&
            (!d.leader || !a.fact.leader || a.fact.leader === d.leader),
        );
    // A caption telling it again with the target's parent body ("Đoàn công tác của Bộ Chính trị
    // làm việc tại Bộ X. Ảnh: …" after "… làm việc với Ban Cán sự đảng Bộ X"), undated.
    const parentOf = (a: Acc): boolean =>
      a.conductorKey === conductorKey && targets.every((t) => a.targetParents.has(normKey(t.name)));
    // "Tại buổi làm việc với Đoàn công tác của X, …" after "Đoàn công tác của X làm việc tại …".
    const named =
      d.sessionNoun && conductorKey ? accs.find((a) => a.conductorKey === conductorKey) : undefined;
    // "Đoàn công tác của Chính phủ … làm việc tại tỉnh X. Chủ tịch UBND tỉnh X báo cáo với Đoàn
    // công tác Chính phủ …": a body of the place visited, told again from the host side.
    const inPlace = (a: Acc): boolean =>
      !!conductorKey &&
      a.conductorKey === conductorKey &&
      a.targetCores.size === 0 &&
      targets.length > 0 &&
      targets.every((t) =>
        a.fact.targets.some((p) =>
          normKey(t.name).endsWith(
            normKey(p.replace(/^(?:tỉnh|thành phố|huyện|quận|thị xã) /u, '')),
          ),
        ),
      );
    const known =
      byKey.get(key) ??
      retold ??
      named ??
      (d.sessionNoun || d.hosted ? accs.find(inPlace) : undefined) ??
      (conductors.length && targets.length && !d.date ? accs.find(parentOf) : undefined);
    // "Cùng ngày, …": the day of the session told before.
    // Or, when no session was told before, the last day the text gave ("Ngày 10/2, Phó Bí thư A
    // … làm việc với Hiệp hội … Cùng ngày, tại buổi làm việc với Sở X, …").
    const prevDate = accs.length
      ? accs[accs.length - 1].fact.date
      : d.sameDay
        ? lastDay(sentences, d.sentence, res.ctx.year)
        : null;
    const date = d.date
      ? iso(d.date.year ?? res.ctx.year, d.date.month, d.date.day)
      : d.sameDay
        ? prevDate
        : null;
    if (known) {
      const f = known.fact;
      if (!f.date && date) f.date = date;
      if (!f.leader && d.leader) f.leader = d.leader;
      if (!f.topic && d.topic) f.topic = text.slice(d.topic.start, d.topic.end);
      for (const s of d.directives) if (!f.directives.includes(s)) f.directives.push(s);
      f.evidence.push({ start: d.start, end: d.end });
      continue;
    }
    const acc: Acc = {
      fact: {
        kind: d.kind,
        date,
        delegation: d.delegation,
        conductedBy,
        leader: d.leader,
        participants: [],
        hosts: [],
        targets: [...targets.map((c) => c.name), ...d.placeTargets],
        directives: [...new Set(d.directives)],
        topic: d.topic ? text.slice(d.topic.start, d.topic.end) : null,
        evidence: [{ start: d.start, end: d.end }],
      },
      sentence: d.sentence,
      conductorCores: new Set(conductors.map((c) => c.core)),
      targetCores: new Set(targets.map((c) => c.core)),
      targetKey,
      conductorKey,
      placesOnly: !targets.length,
      areaOnly: d.areaOnly,
      concluded: !!d.concluded,
      toldAt: statedAt.get(d) ?? d.sentence,
      targetDistricts: d.targets.flatMap((o) =>
        o.places
          .filter((p) => p.level === 'district' && p.generic && p.name)
          .map((p) => normKey(`${p.generic} ${p.name}`)),
      ),
      targetParents: new Set(
        targets
          .map((c) => c.parent)
          .filter((n): n is string => !!n)
          .map((n) => normKey(n)),
      ),
    };
    byKey.set(key, acc);
    accs.push(acc);
  }
  // "Đoàn công tác của Bộ X … tại Cà Mau." then "… làm việc với Ban Thường vụ Tỉnh ủy Cà Mau": the
  // province named bare was the area of the team's visit, told better by the body it met.
  accs = accs.filter(
    (a) =>
      !a.areaOnly || !accs.some((b) => b !== a && !b.areaOnly && b.conductorKey === a.conductorKey),
  );
  if (!accs.length) return [];
  const nearest = (si: number): Acc => {
    let best = accs[0];
    for (const a of accs) if (a.sentence <= si) best = a;
    return best;
  };
  const addName = (list: string[], n: string): void => {
    if (!list.some((x) => normKey(x) === normKey(n))) list.push(n);
  };
  // The jurisdiction's name ("Hà Tĩnh"): its own officials attending a visit from above are hosts.
  const home = res.ctx.province?.name ?? null;
  const local = (names: string[]): boolean =>
    !!home && names.some((n) => normKey(n).includes(normKey(home)));
  /** Which side of a session an official is on, by the bodies of their roles, or null. */
  const sideOf = (st: OfficialRecord | undefined, a: Acc): 'host' | 'conductor' | null => {
    if (!st) return null;
    const cores = [...st.cores];
    if (cores.some((c) => a.targetCores.has(c))) return 'host';
    if (cores.some((c) => a.conductorCores.has(c))) return 'conductor';
    const f = a.fact;
    if (local(st.fact.roles.map((r) => r.organization ?? '')) && local(f.targets)) {
      if (local(f.conductedBy)) return null;
      // A local leader's session with a body of the place ("Bí thư Thành ủy làm việc với Cục X
      // TP"): the place's other leaders attending came with the leader.
      const lead = f.leader ? officials.get(normKey(f.leader)) : undefined;
      if (!f.conductedBy.length && lead && local(lead.fact.roles.map((r) => r.organization ?? '')))
        return 'conductor';
      return 'host';
    }
    return null;
  };
  sentences.forEach((items, si) => {
    // The leader, and the decisions supervised, stated in a sentence of their own after the
    // session's ("Đồng chí A, Trưởng Ban Dân vận Tỉnh ủy, làm trưởng đoàn.").
    const last = accs.filter((a) => a.sentence < si).pop();
    const after = last && si - last.toldAt <= FOLLOW_UP ? last : undefined;
    // Read only while a session told before still lacks its leader.
    const l = last && !last.fact.leader ? leaderIn(items) : null;
    // "Chỉ đạo buổi làm việc, ông A …" names the session: the last one told, however far back.
    const chaired = l?.named ? last : after;
    if (l && chaired && !chaired.fact.leader) {
      const name = l.name ?? (l.role ? holderOf(l.role, officials, res) : null);
      // The host side chairs its part of the session too: only someone not of the target leads.
      const cores = name ? officials.get(normKey(name))?.cores : undefined;
      if (name && ![...(cores ?? [])].some((c) => chaired.targetCores.has(c)))
        chaired.fact.leader = name;
    }
    // "Tại buổi làm việc, Bí thư Thành ủy A …": A chairs it when A belongs to the conducting body;
    // "Tại buổi làm việc, ông B, Giám đốc Sở Y tế tỉnh X đề xuất …": B receives it when B is of
    // the side visited.
    // The phrase names the session: the last one told, however far back.
    const speaker = last && group(items[0]) === 'targetMarkers' ? sessionSpeaker(items) : null;
    const told = speaker ? last : undefined;
    if (told && speaker) {
      const st = officials.get(normKey(speaker));
      const cores = [...(st?.cores ?? [])];
      if (!told.fact.leader && cores.some((c) => told.conductorCores.has(c)))
        told.fact.leader = speaker;
      else if (told.fact.leader !== speaker && sideOf(st, told) === 'host')
        addName(told.fact.hosts, speaker);
    }
    // "Qua kiểm tra, đoàn đánh giá Sở X tỉnh Y …" after a session "trên địa bàn tỉnh Y": the
    // body in that place the team assessed is the one it visited.
    if (after?.placesOnly) {
      const o = assessedIn(items);
      const c = o ? res.org(o) : null;
      const place = after.fact.targets[0]?.replace(PLACE_GENERIC_RE, '');
      if (
        c &&
        place &&
        after.fact.targets.length === 1 &&
        normKey(c.name).endsWith(normKey(place))
      ) {
        after.fact.targets = [c.name];
        after.targetCores = new Set([c.core]);
        after.placesOnly = false;
      }
    }
    // "Đến kiểm tra tại điểm thi Trường X, Bộ trưởng A …" after "Bộ trưởng A kiểm tra … tại TP.HCM":
    // the sites name the bodies A visited where A's session named only its area.
    const site = sitesIn(items);
    let visited: Acc | undefined;
    if (site)
      for (const a of accs)
        if (
          a.sentence < si &&
          a.placesOnly &&
          normKey(a.fact.leader ?? '') === normKey(site.person)
        )
          visited = a;
    if (site && visited) {
      const cs = site.sites
        .map((o) => res.org(o))
        .filter((c): c is CanonicalOrg => !!c && !visited.conductorCores.has(c.core));
      if (cs.length) {
        visited.fact.targets = cs.map((c) => c.name);
        visited.targetCores = new Set(cs.map((c) => c.core));
        visited.placesOnly = false;
      }
    }
    if (after && !after.fact.directives.length) {
      const ds = directivesIn(items);
      if (ds) after.fact.directives.push(...new Set(ds));
    }
    // "Phó Thủ tướng A dẫn đầu đoàn công tác đến làm việc tại tỉnh X. … Chủ tịch UBND tỉnh X B đề
    // xuất với Đoàn công tác Chính phủ …": the owner of a team told before without one conducts
    // its sessions; who addresses the team from the side visited receives it.
    const owned = teamOwnerIn(items);
    const unowned = owned
      ? accs.filter(
          (a) =>
            a.sentence < si &&
            !a.fact.conductedBy.length &&
            normKey(a.fact.delegation ?? '') === normKey(owned.name),
        )
      : [];
    const c = owned && unowned.length ? res.org(owned.owner) : null;
    if (owned && c && !unowned.some((x) => x.targetCores.has(c.core))) {
      for (const a of unowned) {
        a.fact.conductedBy = [c.name];
        a.conductorCores.add(c.core);
        for (const n of owned.speakers)
          if (sideOf(officials.get(normKey(n)), a) === 'host') addName(a.fact.hosts, n);
      }
    }
    const parts = participantsIn(items);
    if (parts) for (const n of parts) addName(nearest(si).fact.participants, n);
    const attending = attendeesIn(items);
    if (attending) {
      const a = nearest(si);
      for (const n of attending) {
        const side = sideOf(officials.get(normKey(n)), a);
        if (side === 'host') addName(a.fact.hosts, n);
        else if (side === 'conductor') addName(a.fact.participants, n);
      }
    }
    const hosts = hostsIn(items);
    if (hosts) {
      const a = nearest(si);
      for (const n of hosts.names) addName(a.fact.hosts, n);
      for (const r of hosts.roles) {
        const c = res.org(r.org);
        if (!c) continue;
        const k = orgKey(`${r.title} ${c.name}`, res.lex);
        for (const st of officials.values())
          if (st.roleKeys.has(k)) addName(a.fact.hosts, st.fact.name);
      }
    }
  });
  // A delegation's later sessions ("Cùng ngày, đoàn đã kiểm tra tại …") have the leader and the
  // decisions that sentences after its first session named.
  for (const a of accs) {
    if (!a.fact.delegation) continue;
    const same = accs.filter(
      (b) =>
        b !== a &&
        b.fact.delegation === a.fact.delegation &&
        b.fact.conductedBy.join('|') === a.fact.conductedBy.join('|'),
    );
    a.fact.leader ??= same.find((b) => b.fact.leader)?.fact.leader ?? null;
    // "Đoàn công tác của Bộ Chính trị do A làm trưởng đoàn …; Qua công tác kiểm tra tại …, Đoàn
    // kiểm tra của Bộ Chính trị …": the body's one team of the article, when one leader is named.
    if (!a.fact.leader && a.fact.conductedBy.length) {
      const leaders = new Set(
        accs
          .filter(
            (b) =>
              b !== a &&
              !!b.fact.delegation &&
              b.fact.conductedBy.join('|') === a.fact.conductedBy.join('|'),
          )
          .map((b) => b.fact.leader)
          .filter((l): l is string => !!l),
      );
      if (leaders.size === 1) a.fact.leader = [...leaders][0];
    }
    if (!a.fact.directives.length)
      a.fact.directives = [...(same.find((b) => b.fact.directives.length)?.fact.directives ?? [])];
  }
  // People of either side by the bodies they belong to.
  /** Whether one of the official's bodies is in one of these districts ("UBND quận 2"). */
  const inDistrict = (st: OfficialRecord | undefined, districts: string[]): boolean =>
    !!st &&
    st.fact.roles.some((r) => {
      const o = ` ${normKey(r.organization ?? '')} `;
      return districts.some((d) => o.includes(` ${d} `));
    });
  for (const a of accs) {
    const f = a.fact;
    // A team whose targets were stated ("Đối tượng thanh tra là …") is told as set up, not as
    // met: nobody received it yet, and the people of its side named around it (the one who
    // signed its decision) are not its members.
    if (a.toldAt !== a.sentence) continue;
    const from = Math.min(...f.evidence.map((e) => e.start));
    // A session from above with a district's body: the district's other leaders who speak at it
    // ("Ông A, Chủ tịch UBND quận 2, cho biết …") receive it too.
    const fromAbove =
      a.targetDistricts.length > 0 &&
      !!f.leader &&
      !inDistrict(officials.get(normKey(f.leader)), a.targetDistricts) &&
      !f.conductedBy.some((c) =>
        a.targetDistricts.some((d) => ` ${normKey(c)} `.includes(` ${d} `)),
      );
    for (const st of officials.values()) {
      const n = st.fact.name;
      if (f.leader && normKey(f.leader) === normKey(n)) continue;
      // Hosts only among people the text names at the session or after it: an interviewee of a
      // story that mentions the session in passing did not receive it.
      const named = st.fact.evidence.some((e) => e.end > from);
      const host =
        [...st.cores].some((c) => a.targetCores.has(c)) ||
        (fromAbove && inDistrict(st, a.targetDistricts));
      const side = !a.concluded && [...st.cores].some((c) => a.conductorCores.has(c));
      if (host && !side) {
        if (named) addName(f.hosts, n);
      } else if (side && !host && !f.hosts.some((h) => normKey(h) === normKey(n)))
        addName(f.participants, n);
    }
    if (f.leader) f.hosts = f.hosts.filter((h) => normKey(h) !== normKey(f.leader as string));
    f.participants = f.participants.filter(
      (p) =>
        !(f.leader && normKey(p) === normKey(f.leader)) &&
        !f.hosts.some((h) => normKey(h) === normKey(p)),
    );
  }
  return accs.map((a) => a.fact);
}
