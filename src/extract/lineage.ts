/**
 * Stage 7, relations: directive lineage ("dòng văn bản": which document carries out which).
 *   stated     "Thực hiện DOC_A, ORG ban hành DOC_B"; "DOC_B … thực hiện DOC_A"
 *   by type    "triển khai thực hiện Luật …" pointing back at a document cited earlier
 *   inferred   co-cited central and provincial documents of one type, the lower one later
 */
import type { DirectiveMention, Item, OrgUnit } from './mentions';
import { firstIndex, group, isVerb, isWord, signParts } from './mentions';
import triggerData from './lexicon/triggers.json';
import docTypeData from './lexicon/doctypes.json';

/** Types of documents that carry out another one ("Kế hoạch", "Hướng dẫn"), lower case. */
const IMPLEMENTING_TYPES = new Set(triggerData.implementingTypes.map((t) => t.toLowerCase()));

export interface LineageDraft {
  child: string;
  parent: string;
  inferred: boolean;
}

/** Manner words a lineage verb may take before its document ("thực hiện có hiệu quả …"). */
const ADVERBS = docTypeData.lineageAdverbs.map((a) => a.split(' '));
/** Verbs of having issued that only count right before the document ("Tỉnh ủy có Kế hoạch số …"). */
const PLAIN_ISSUE_VERBS = new Set(docTypeData.lineagePlainIssueVerbs);
/** Words after a lineage verb that introduce the document carrying it out ("cụ thể hóa bằng B"). */
const MEANS_WORDS = new Set(docTypeData.lineageMeansWords);
/** Documents that report or propose ("Báo cáo", "Tờ trình"): nothing carries them out. */
const REPORT_TYPES = new Set(docTypeData.reportTypes);
/** Whether the item is a word of the set. */
function wordIn(it: Item | undefined, words: Set<string>): boolean {
  return it?.kind === 'word' && words.has(it.norm);
}
/** Words naming a part of a document ("một số điều", "khoản"), one syllable each. */
const ARTICLE_WORDS = new Set(docTypeData.articleWords);
const PART_WORDS = new Set(docTypeData.lineagePartWords.flatMap((w) => w.split(' ')));

/** The lineage verb that introduces the document at a: right before it, or before a manner word. */
function lineageVerbBefore(items: Item[], a: number): number | undefined {
  const v = [a - 1, a - 2].find((k) => k >= 0 && group(items[k]) === 'lineageVerbs');
  if (v !== undefined) return v;
  for (const words of ADVERBS) {
    const k = a - words.length;
    if (k < 1 || !words.every((w, q) => isWord(items[k + q], w))) continue;
    if (group(items[k - 1]) === 'lineageVerbs') return k - 1;
  }
  // "quy định chi tiết một số điều của A": the verb is about articles of A ("theo … điều của A"
  // cites a rule, it carries nothing out).
  if (isWord(items[a - 1], 'của')) {
    let article = false;
    let k = a - 2;
    for (; k >= 0 && k >= a - 9; k--) {
      const x = items[k];
      if (x.kind !== 'word') break;
      if (ARTICLE_WORDS.has(x.norm)) article = true;
      else if (!PART_WORDS.has(x.norm) && x.norm !== ',') break;
    }
    if (article && k >= 0 && group(items[k]) === 'lineageVerbs' && !isWord(items[k], 'theo'))
      return k;
  }
  return undefined;
}

const LINEAGE_TAIL_RE = /(?:thực hiện|triển khai|cụ thể hóa|thi hành|thể chế hóa)$/u;
/** A subject ending in the instruction it follows: "…, theo chỉ đạo của Phó Thủ tướng X" (tại A). */
const DIRECTED_TAIL_RE = /theo (?:sự )?chỉ đạo(?: của [^.;]{0,120})?$/u;

/** "Thông tư số B hướng dẫn Nghị định số A": the verb, written in lower case (not the type). */
function guidesVerb(it: Item | undefined): boolean {
  return isWord(it, 'hướng dẫn') && it?.kind === 'word' && it.text.startsWith('h');
}

/** Whether the document at a is where an instruction was given: "theo (sự) chỉ đạo (của X) tại A". */
function directedAt(items: Item[], a: number): boolean {
  if (!isWord(items[a - 1], 'tại')) return false;
  let k = a - 2;
  while (
    k >= 0 &&
    (items[k].kind === 'person' || items[k].kind === 'role' || items[k].kind === 'org')
  )
    k--;
  if (k < a - 2) {
    if (!isWord(items[k], 'của')) return false;
    k--;
  }
  if (!isWord(items[k], 'chỉ đạo')) return false;
  if (isWord(items[k - 1], 'sự')) k--;
  return isWord(items[k - 1], 'theo');
}

/** Lineage phrases that may open a clause of their own after ";" ("; trên tinh thần triển khai A"). */
const SPIRIT_RE = /tinh thần$/u;

/**
 * Directives cited only as the background of the one before them: "Kết luận số 01-KL/TW về
 * tiếp tục thực hiện Chỉ thị số 05-CT/TW" — 05 is what 01 follows up, not a document of its own
 * in the sentence's frame.
 */
export function backgroundDirectives(items: Item[]): Set<number> {
  const out = new Set<number>();
  let prev = -1;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind !== 'directive') continue;
    if (prev >= 0) {
      const p = items[prev] as { kind: 'directive'; m: DirectiveMention };
      const between = items.slice(prev + 1, i);
      const viaSubject = between.length === 0 && LINEAGE_TAIL_RE.test(p.m.subject ?? '');
      const viaWords =
        between.length > 0 &&
        between.length <= 4 &&
        between.some((x) => group(x) === 'lineageVerbs') &&
        !between.some((x) => x.kind === 'org' || isVerb(x));
      const chained =
        out.has(prev) && between.length > 0 && between.every((x) => isWord(x, ',', 'và'));
      if (viaSubject || viaWords || (chained && sameLevel(p.m, it.m))) out.add(i);
    }
    prev = i;
  }
  return out;
}

let centralSignSet: Set<string> = new Set();
function sameLevel(a: DirectiveMention, b: DirectiveMention): boolean {
  return isCentralSign(a.symbol, centralSignSet) === isCentralSign(b.symbol, centralSignSet);
}

export function isCentralSign(symbol: string, centralSigns: Set<string>): boolean {
  return signParts(symbol).some((p) => centralSigns.has(p) || /^QH\d*$/.test(p));
}

function isoOf(d: DirectiveMention['date']): string | null {
  if (!d || d.year === null) return null;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

const TERM_RE = /^(?:[IVXL]+|\d{1,2})$/u;
/** "khóa" and the term number after it ("khóa XII"). */
function isTerm(it: Item | undefined, next: Item | undefined): boolean {
  return isWord(it, 'khóa', 'khoá') && next?.kind === 'word' && TERM_RE.test(next.text);
}

export function lineageIn(items: Item[], centralSigns: Set<string>): LineageDraft[] {
  centralSignSet = centralSigns;
  const out: LineageDraft[] = [];
  const dirs: number[] = [];
  for (let i = 0; i < items.length; i++) if (items[i].kind === 'directive') dirs.push(i);
  if (dirs.length < 2) return out;
  const dm = (i: number): DirectiveMention =>
    (items[i] as { kind: 'directive'; m: DirectiveMention }).m;
  const push = (child: number, parent: number, inferred: boolean): void => {
    const c = dm(child).symbol;
    const p = dm(parent).symbol;
    // "Theo Báo cáo số A, … Chính phủ ban hành Nghị định B": a report is read, not carried out.
    if (REPORT_TYPES.has(dm(parent).type ?? '')) return;
    if (c !== p && !out.some((l) => l.child === c && l.parent === p))
      out.push({ child: c, parent: p, inferred });
  };
  /** A and the directives of its level chained to it by "và" / ",". */
  const chainFrom = (n: number): number[] => {
    const chain = [dirs[n]];
    for (let m = n + 1; m < dirs.length; m++) {
      const between = items.slice(dirs[m - 1] + 1, dirs[m]);
      if (!between.length || !between.every((x) => isWord(x, ',', 'và'))) break;
      if (!sameLevel(dm(dirs[n]), dm(dirs[m]))) break;
      chain.push(dirs[m]);
    }
    return chain;
  };
  for (let n = 0; n < dirs.length; n++) {
    const a = dirs[n];
    // "B … về thực hiện A": the subject of B ends with the verb that introduces A.
    if (n > 0 && dirs[n - 1] === a - 1 && LINEAGE_TAIL_RE.test(dm(a - 1).subject ?? '')) {
      for (const p of chainFrom(n)) push(a - 1, p, false);
      continue;
    }
    // "B … về việc thành lập đoàn, theo chỉ đạo của Thủ tướng tại Công văn số A": the one document
    // the sentence named before follows the instruction.
    if (
      n === 1 &&
      directedAt(items, a) &&
      !items.slice(dirs[0] + 1, a).some((x) => isWord(x, ';'))
    ) {
      push(dirs[0], a, false);
      continue;
    }
    if (
      n > 0 &&
      dirs[n - 1] === a - 2 &&
      isWord(items[a - 1], 'tại') &&
      DIRECTED_TAIL_RE.test(dm(a - 2).subject ?? '')
    ) {
      push(a - 2, a, false);
      continue;
    }
    // "Thông tư B hướng dẫn (thực hiện) Nghị định A".
    const g = [a - 1, a - 2].find((k) => guidesVerb(items[k]));
    if (
      n > 0 &&
      g !== undefined &&
      dirs[n - 1] === g - 1 &&
      (g === a - 1 || group(items[a - 1]) === 'lineageVerbs')
    ) {
      push(g - 1, a, false);
      continue;
    }
    const v = lineageVerbBefore(items, a);
    if (v === undefined) continue;
    const parents = chainFrom(n);
    // "Thực hiện A của …; B của …; C của …, ORG ban hành D": list items opened by ";".
    const listed = [...parents];
    for (let m = n + parents.length; m < dirs.length; m++) {
      // "…; B …" or "Căn cứ A; căn cứ B …": the grounds of one issuing clause.
      const before = items[dirs[m] - 1];
      const again = group(before) === 'lineageVerbs' && isWord(items[dirs[m] - 2], ';');
      if (!isWord(before, ';') && !again) break;
      const more = chainFrom(m);
      listed.push(...more);
      m += more.length - 1;
    }
    // "Thực hiện A và B của Tỉnh ủy, Huyện ủy ban hành C": with the issuing clause after it, every
    // document listed after the verb is a parent, whatever its level.
    for (let m = n + listed.length; m < dirs.length; m++) {
      const between = items.slice(dirs[m - 1] + 1, dirs[m]);
      if (!between.length || !between.every((x) => isWord(x, ',', 'và', ';'))) break;
      if (!listed.includes(dirs[m])) listed.push(dirs[m]);
    }
    const lastParent = listed[listed.length - 1];
    // "Thực hiện A, ORG ban hành B"
    let found = false;
    for (let m = n + 1; m < dirs.length; m++) {
      const b = dirs[m];
      if (b <= lastParent) continue;
      // "Quy chế … ban hành kèm theo Quyết định số B": issued with B, not B issued.
      // "…, Tỉnh ủy (đã) có Kế hoạch số B": a plain verb of having issued, right before B.
      const issued = (k: number): boolean =>
        (group(items[k]) === 'issueVerbs' && !isWord(items[k + 1], 'kèm')) ||
        (k === b - 1 && wordIn(items[k], PLAIN_ISSUE_VERBS));
      // The verb opens B's own clause ("ban hành Kế hoạch số B", "ban hành văn bản chỉ đạo số B"),
      // not a name further back ("Căn cứ Luật Ban hành văn bản …; … tại Tờ trình số B").
      let verb = -1;
      for (let k = b - 1; k > lastParent && k >= b - 4 && verb < 0; k--) {
        if (isWord(items[k], ',', ';', '.')) break;
        if (issued(k)) verb = k;
      }
      // "… tỉnh thực hiện tốt A; UBND tỉnh ban hành B": a ";" after the list closes the clause.
      if (verb >= 0 && items.slice(lastParent + 1, verb).some((x) => isWord(x, ';'))) break;
      if (verb >= 0) {
        // "… ban hành Kế hoạch số B và Hướng dẫn số C": each document issued carries them out.
        for (const c of chainFrom(m)) for (const p of listed) push(c, p, false);
        found = true;
        break;
      }
    }
    if (found) continue;
    // "ban hành B … triển khai A"; "B … được ban hành trên cơ sở cụ thể hóa A": the passive
    // issuing and a second lineage phrase belong to the link, not to another clause.
    const prev = dirs.filter((d) => d < v).pop();
    // "để triển khai, quán triệt A": a comma or "và" between two lineage verbs joins them.
    const gap = (prev === undefined ? [] : items.slice(prev + 1, v)).filter(
      (x, k, xs) =>
        !isWord(x, 'được') &&
        // "B của Thủ tướng về tiếp tục triển khai A": B's issuer and topic opener.
        !(isWord(x, 'của') && (xs[k + 1]?.kind === 'org' || xs[k + 1]?.kind === 'role')) &&
        !(isWord(xs[k - 1], 'của') && (x.kind === 'org' || x.kind === 'role')) &&
        !isWord(x, 'về', 'tiếp tục') &&
        // "ban hành B; trên tinh thần triển khai A": the ";" opens B's adjunct, not a new clause.
        !(
          isWord(x, ';') &&
          k + 1 < xs.length &&
          xs.slice(k + 1).every((y) => group(y) === 'lineageVerbs') &&
          xs.slice(k + 1).some((y) => y.kind === 'word' && SPIRIT_RE.test(y.norm))
        ) &&
        group(x) !== 'issueVerbs' &&
        group(x) !== 'lineageVerbs' &&
        !(
          isWord(x, ',', 'và') &&
          group(xs[k - 1]) === 'lineageVerbs' &&
          (k + 1 === xs.length || group(xs[k + 1]) === 'lineageVerbs')
        ),
    );
    // "… vừa ban hành Thông tư B, hướng dẫn thi hành A": the comma sets off what the document
    // just issued does (not "theo", which may open another clause).
    const issuedApposition =
      prev !== undefined &&
      gap.length === 1 &&
      isWord(gap[0], ',') &&
      !isWord(items[v], 'theo') &&
      [prev - 1, prev - 2].some((k) => k >= 0 && group(items[k]) === 'issueVerbs');
    if (
      prev !== undefined &&
      gap.length <= 3 &&
      (issuedApposition || !gap.some((x) => isVerb(x) || isWord(x, ',', ';', '.')))
    ) {
      // "Quyết định 935, 936 của Ban Thường vụ … dựa trên tinh thần Quyết định số 218": every
      // document of the list before the verb.
      const children = [prev];
      for (let k = dirs.indexOf(prev) - 1; k >= 0; k--) {
        const between = items.slice(dirs[k] + 1, children[0]);
        if (!between.length || !between.every((x) => isWord(x, ',', 'và'))) break;
        if (!sameLevel(dm(dirs[k]), dm(prev))) break;
        children.unshift(dirs[k]);
      }
      // "A được Tỉnh ủy cụ thể hóa bằng B": B is the means that carries A out.
      const means = v === a - 2 && wordIn(items[a - 1], MEANS_WORDS);
      for (const c of children)
        for (const p of parents)
          if (means) push(p, c, false);
          else push(c, p, false);
    }
  }
  // Co-cited: "Quyết định số 23-QĐ/TW … của Bộ Chính trị và Quyết định số 763-QĐ/TU …": the
  // provincial document transposes the central one (same frame, later date, lower issuer).
  const bg = backgroundDirectives(items);
  const own = dirs.filter((d) => !bg.has(d));
  for (let n = 0; n + 1 < own.length; n++) {
    const a = own[n];
    const b = own[n + 1];
    const between = items
      .slice(a + 1, b)
      .filter((it) => !(it.kind === 'directive' && bg.has(items.indexOf(it))))
      // "… của Bộ Chính trị khóa XII và …": the issuer's term is part of the citation.
      .filter((it, k, xs) => !isTerm(it, xs[k + 1]) && !(k > 0 && isTerm(xs[k - 1], it)));
    if (!between.every((it) => isWord(it, ',', 'và') || it.kind === 'directive')) continue;
    const A = dm(a);
    const B = dm(b);
    const ca = isCentralSign(A.symbol, centralSigns);
    const cb = isCentralSign(B.symbol, centralSigns);
    if (ca === cb || A.bare || B.bare) continue;
    const [parent, child] = ca ? [a, b] : [b, a];
    // "Chỉ thị số 05-CT/TW … và Quyết định số 1520/QĐ-UBND": a provincial document of another
    // kind cited beside a central one does not transpose it; a plan or one of its own kind may.
    const ct = dm(child).type?.toLowerCase();
    const pt = dm(parent).type?.toLowerCase();
    if (ct && pt && ct !== pt && !IMPLEMENTING_TYPES.has(ct)) continue;
    const pd = isoOf(dm(parent).date);
    const cd = isoOf(dm(child).date);
    if (pd && cd && cd <= pd) continue;
    if (out.some((l) => l.child === dm(child).symbol)) continue;
    push(child, parent, true);
  }
  return out;
}

export type { OrgUnit };

/**
 * Lineage to a document named again by its type alone: "… ban hành Kế hoạch số 205/KH-UBND triển
 * khai thực hiện Luật trên địa bàn", "Nghị định số 59/2023/NĐ-CP quy định chi tiết … của Luật",
 * "Thực hiện Nghị quyết, UBND tỉnh ban hành Kế hoạch số …". The parent is the one numbered
 * document of that type cited earlier in the article; with two or more, nothing is inferred.
 */
/** Document types by their first word, longest first (built once per type list). */
const TYPE_INDEX = new WeakMap<string[], Map<string, string[][]>>();
function typeIndex(docTypes: string[]): Map<string, string[][]> {
  let idx = TYPE_INDEX.get(docTypes);
  if (!idx) {
    idx = new Map();
    for (const t of docTypes) {
      const words = t.toLowerCase().split(' ');
      const list = idx.get(words[0]) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      idx.set(words[0], list);
    }
    TYPE_INDEX.set(docTypes, idx);
  }
  return idx;
}

export function typeReferenceLineage(sentences: Item[][], docTypes: string[]): LineageDraft[] {
  const index = typeIndex(docTypes);
  /** The document type written at i without a number after it ("Luật", "Nghị quyết"). */
  const bareTypeAt = (items: Item[], i: number): string | null => {
    const first = items[i];
    if (first?.kind !== 'word') return null;
    const candidates = index.get(first.norm);
    if (!candidates || first.text.charAt(0) !== first.text.charAt(0).toUpperCase()) return null;
    for (const t of candidates) {
      if (!t.every((w, k) => isWord(items[i + k], w))) continue;
      const nx = items[i + t.length];
      if (nx?.kind === 'directive' || isWord(nx, 'số')) return null;
      return t.join(' ');
    }
    return null;
  };
  /** Type → leading number → symbol ("Chỉ thị 05" and "Chỉ thị số 05-CT/TW" are one). */
  const seen = new Map<string, Map<string, string>>();
  const out: LineageDraft[] = [];
  const parentOf = (type: string): string | null => {
    const s = seen.get(type);
    return s && s.size === 1 ? [...s.values()][0] : null;
  };
  const push = (child: string, parent: string | null): void => {
    if (parent && parent !== child && !out.some((l) => l.child === child && l.parent === parent))
      out.push({ child, parent, inferred: false });
  };
  /** "Đây là chỉ thị …", "Chỉ thị này …": the sentence opens by pointing back at a document. */
  const pointedType = (items: Item[]): string | null => {
    const k = isWord(items[0], 'đây') && isWord(items[1], 'là') ? 2 : 0;
    const first = items[k];
    if (first?.kind !== 'word') return null;
    for (const t of index.get(first.norm) ?? []) {
      if (!t.every((w, q) => isWord(items[k + q], w))) continue;
      return k === 2 || isWord(items[k + t.length], 'này') ? t.join(' ') : null;
    }
    return null;
  };
  for (const items of sentences) {
    // "Đây là chỉ thị …; trên tinh thần triển khai Nghị quyết A": the one document of that type
    // cited before carries out A.
    const pointed = pointedType(items);
    if (pointed) {
      const child = parentOf(pointed);
      for (let a = 1; child && a < items.length; a++) {
        const x = items[a];
        if (x.kind === 'directive' && lineageVerbBefore(items, a) !== undefined) {
          push(child, x.m.symbol);
          break;
        }
      }
    }
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (it.kind === 'directive') {
        // B (lineage verb) … TYPE: within a short clause after B.
        const v = [i + 1, i + 2].find((k) => group(items[k]) === 'lineageVerbs');
        if (v !== undefined) {
          for (let k = v + 1; k < items.length && k <= v + 8; k++) {
            if (isWord(items[k], '.', ';', ',') || items[k].kind === 'directive') break;
            const t = bareTypeAt(items, k);
            if (t) {
              push(it.m.symbol, parentOf(t));
              break;
            }
          }
        }
      } else if (
        it.kind === 'word' &&
        it.group === 'lineageVerbs' &&
        i === firstIndex(items, 0, (x) => x.kind !== 'date')
      ) {
        // "Thực hiện TYPE …, ORG ban hành B": the sentence opens with the lineage verb.
        const t = bareTypeAt(items, i + 1);
        if (!t) continue;
        const issue = firstIndex(items, i + 2, (x) => group(x) === 'issueVerbs');
        const b = issue >= 0 ? firstIndex(items, issue + 1, (x) => x.kind === 'directive') : -1;
        if (b >= 0 && b <= issue + 2)
          push((items[b] as { kind: 'directive'; m: DirectiveMention }).m.symbol, parentOf(t));
      }
    }
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (it.kind !== 'directive') continue;
      // "Luật Phòng, chống tham nhũng số 36/2018/QH14": a long name may hide the type word.
      let t = it.m.type?.toLowerCase() ?? null;
      for (let k = i - 1; !t && k >= 0 && k >= i - 8 && items[k].kind === 'word'; k--)
        t = bareTypeAt(items, k);
      if (!t) continue;
      const byNum = seen.get(t) ?? new Map<string, string>();
      const num = (/^\d+/.exec(it.m.symbol)?.[0] ?? it.m.symbol).replace(/^0+(?=\d)/, '');
      if (!it.m.bare || !byNum.has(num)) byNum.set(num, it.m.symbol);
      seen.set(t, byNum);
    }
  }
  return out;
}

/**
 * "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị," ending a line (or a sentence that stops
 * after a comma or colon), then "Huyện ủy đã ban hành Kế hoạch số 15-KH/HU …": the fronted
 * clause belongs to the next sentence, whose issued document carries out every document cited in it.
 */
export function carriedLineage(sentences: Item[][]): LineageDraft[] {
  const out: LineageDraft[] = [];
  for (let si = 0; si + 1 < sentences.length; si++) {
    const items = sentences[si];
    const v = firstIndex(items, 0, (x) => x.kind !== 'date' && !isWord(x, ','));
    if (v < 0 || group(items[v]) !== 'lineageVerbs' || items[v + 1]?.kind !== 'directive') continue;
    const last = items[items.length - 1];
    // A sentence that is only the fronted clause ("Thực hiện A của X về Y.") is one too.
    const fragment = items
      .slice(v + 1)
      .every((x) => x.kind === 'directive' || isWord(x, ',', 'và', ';', '.'));
    if (isWord(last, '.', '!', '?', ';') && !fragment) continue;
    if (items.some((x) => group(x) === 'issueVerbs')) continue;
    const next = sentences[si + 1];
    const issue = firstIndex(next, 0, (x) => group(x) === 'issueVerbs');
    if (issue < 0 || issue > 8) continue;
    const b = next[issue + 1]?.kind === 'directive' ? issue + 1 : issue + 2;
    const child = next[b];
    if (child?.kind !== 'directive') continue;
    for (const it of items) {
      if (it.kind === 'directive' && it.m.symbol !== child.m.symbol)
        out.push({ child: child.m.symbol, parent: it.m.symbol, inferred: false });
    }
  }
  return out;
}
