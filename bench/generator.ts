/**
 * Synthetic corpus of the genre (Party and government supervision news), composed from the
 * extractor's lexicon files with varied sentence patterns, and the ground truth it planted in
 * the gold format of shared/spec/GOLD.md.
 *
 * Deterministic: document i of seed s depends only on (s, i), so the corpus of n documents is a
 * prefix of the corpus of any larger size. People, plans and lineage chains are drawn from
 * per-province rosters (hashes of province, body, title and period), so the same official and the
 * same directives recur across documents and the graph that results has the shape of real data.
 *
 *   node dist/bench/generator.js --out bench/corpus/gen --count 1000 [--seed 1]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Rng, benchRoot, hash32 } from './util';

// ---------------------------------------------------------------- lexicon (read at runtime)

interface ProvinceEntry {
  name: string;
  centralCity?: boolean;
  slug?: string;
  districts?: string[];
  needsPrefix?: boolean;
  mergedFrom?: string;
  since?: string;
}

export interface Lexicon {
  provinces: ProvinceEntry[];
  surnames: string[];
  titles: Set<string>;
  orgPhrases: Set<string>;
  departments: string[];
  docTypes: Set<string>;
  /** domain → province, and bracketed short form → province. */
  domainsByProvince: Map<string, string[]>;
  shortFormsByProvince: Map<string, string[]>;
  endMarkers: string[];
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function field(obj: unknown, key: string): unknown {
  return typeof obj === 'object' && obj !== null
    ? (obj as Record<string, unknown>)[key]
    : undefined;
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Reads src/extract/lexicon/*.json, adapting to the shapes found (missing parts stay empty). */
export function loadLexicon(dir = path.join(benchRoot(), 'src', 'extract', 'lexicon')): Lexicon {
  const places = readJson(path.join(dir, 'places.json'));
  const rawProvinces = field(places, 'provinces');
  const provinces: ProvinceEntry[] = Array.isArray(rawProvinces)
    ? rawProvinces
        .filter((p): p is Record<string, unknown> => typeof field(p, 'name') === 'string')
        .map((p) => ({
          name: String(p.name),
          centralCity: p.centralCity === true,
          slug: typeof p.slug === 'string' ? p.slug : undefined,
          districts: stringList(p.districts),
          needsPrefix: p.needsPrefix === true,
          since: typeof p.since === 'string' ? p.since : undefined,
        }))
    : [];
  const surnames = [
    ...new Set(stringList(field(readJson(path.join(dir, 'surnames.json')), 'surnames'))),
  ];
  const titlesRaw = field(readJson(path.join(dir, 'titles.json')), 'titles');
  const titles = new Set(
    Array.isArray(titlesRaw) ? titlesRaw.map((t) => String(field(t, 'phrase') ?? '')) : [],
  );
  const orgs = readJson(path.join(dir, 'organizations.json'));
  const unitsRaw = field(orgs, 'units');
  const orgPhrases = new Set(
    Array.isArray(unitsRaw) ? unitsRaw.map((u) => String(field(u, 'phrase') ?? '')) : [],
  );
  // Only full names: an abbreviation or a short form the lexicon expands ("Kế hoạch Đầu tư" →
  // "Kế hoạch và Đầu tư") would plant the short form as the canonical name in the ground truth.
  const expanded = field(orgs, 'departmentExpand');
  const shortForms = new Set(
    typeof expanded === 'object' && expanded !== null ? Object.keys(expanded) : [],
  );
  const departments = stringList(field(orgs, 'departments')).filter(
    (d) => !/[&]/.test(d) && !/^[A-ZĐ]+$/.test(d) && !shortForms.has(d),
  );
  const docTypes = new Set(stringList(field(readJson(path.join(dir, 'doctypes.json')), 'types')));
  const outlets = readJson(path.join(dir, 'outlets.json'));
  const domainsByProvince = new Map<string, string[]>();
  const shortFormsByProvince = new Map<string, string[]>();
  const invert = (obj: unknown, into: Map<string, string[]>): void => {
    if (typeof obj !== 'object' || obj === null) return;
    for (const [k, v] of Object.entries(obj)) {
      if (typeof v !== 'string') continue;
      into.set(v, [...(into.get(v) ?? []), k]);
    }
  };
  invert(field(outlets, 'domains'), domainsByProvince);
  invert(field(outlets, 'shortForms'), shortFormsByProvince);
  let endMarkers: string[] = [];
  const boilerplateFile = path.join(dir, 'boilerplate.json');
  if (existsSync(boilerplateFile)) {
    endMarkers = stringList(field(readJson(boilerplateFile), 'endMarkers')).filter(
      (m) => !m.includes('{'),
    );
  }
  return {
    provinces,
    surnames,
    titles,
    orgPhrases,
    departments,
    docTypes,
    domainsByProvince,
    shortFormsByProvince,
    endMarkers,
  };
}

// ---------------------------------------------------------------- gold format (GOLD.md)

export interface GoldOfficial {
  name: string;
  roles: string[][];
  optionalRoles?: string[][];
}
export interface GoldDirective {
  symbol: string;
  type: string;
  date: string | null;
  issuer: string[];
}
export interface GoldSupervision {
  kind: string;
  date: string;
  conductedBy: string[][];
  leader: string | null;
  participants: string[];
  hosts: string[];
  targets: string[][];
  directives: string[];
}
export interface Gold {
  id: string;
  jurisdiction: string | null;
  officials: GoldOfficial[];
  optionalOfficials: string[];
  directives: GoldDirective[];
  optionalDirectives: string[];
  lineage: { child: string; parent: string; inferred?: boolean; optional?: boolean }[];
  supervisions: GoldSupervision[];
  notes: string;
}

export interface GeneratedDoc {
  id: string;
  fileName: string;
  text: string;
  gold: Gold;
  /** Which sentence patterns were used (for the README's variety claim and debugging). */
  patterns: string[];
}

// ---------------------------------------------------------------- generator data

const MIDDLE = [
  'Văn',
  'Thị',
  'Đức',
  'Minh',
  'Quang',
  'Thanh',
  'Hữu',
  'Xuân',
  'Ngọc',
  'Công',
  'Đình',
  'Hồng',
  'Kim',
  'Quốc',
  'Anh',
  'Thành',
  'Trọng',
  'Bá',
  'Việt',
  'Hải',
];
const GIVEN = [
  'Hưng',
  'Hạnh',
  'Tâm',
  'Bình',
  'Dũng',
  'Hào',
  'Thoa',
  'Huy',
  'Chiến',
  'Lan',
  'Hoa',
  'Sơn',
  'Hải',
  'Long',
  'Phương',
  'Thủy',
  'Tuấn',
  'Hùng',
  'Cường',
  'Nam',
  'Trung',
  'Thắng',
  'Hà',
  'Mai',
  'Linh',
  'Quân',
  'Khánh',
  'Toàn',
  'Nghĩa',
  'Lực',
  'Thảo',
  'Vinh',
  'Phúc',
  'Tùng',
  'Hiếu',
  'Đông',
  'Lâm',
  'Sáu',
  'Tư',
  'Hường',
  'Yến',
  'Giang',
  'Định',
  'Bảo',
  'Thịnh',
  'Thái',
  'Tiến',
  'Hòa',
  'Luân',
  'Kiên',
];
const BYLINES = [
  'Minh Hiếu',
  'Thu Hiền',
  'Hoài Anh',
  'Quốc Việt',
  'Phương Thảo',
  'Ngọc Lan',
  'Thanh Tâm',
  'Hồng Nhung',
  'Đức Anh',
  'Khánh Linh',
];
const SUBJECTS = [
  'về tăng cường và đổi mới công tác dân vận trong tình hình mới',
  'về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp',
  'về tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'về thực hiện quy chế dân chủ ở cơ sở',
  'về tăng cường công tác xây dựng, chỉnh đốn Đảng',
  'về công tác kiểm tra, giám sát và kỷ luật của Đảng',
  'về phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội',
  'về công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
  'về xây dựng nông thôn mới gắn với đô thị văn minh',
  'về đẩy mạnh cải cách hành chính và chuyển đổi số',
];
const FILLERS = [
  'Đến nay, {pct}% cơ quan, đơn vị trên địa bàn đã xây dựng và thực hiện quy chế dân chủ ở cơ sở.',
  'Việc tiếp dân, đối thoại được thực hiện thường xuyên; {n} vụ việc phức tạp được giải quyết dứt điểm tại cơ sở.',
  'Trong năm, các cấp đã tổ chức {n} hội nghị quán triệt, thu hút hơn {m} lượt cán bộ, đảng viên tham gia.',
  'Phong trào thi đua "Dân vận khéo" được triển khai sâu rộng với {n} mô hình, điển hình được công nhận.',
  'Công tác cải cách hành chính có chuyển biến, tỷ lệ hồ sơ giải quyết đúng hạn đạt {pct}%.',
  'Báo cáo cũng chỉ ra một số hạn chế như việc sơ kết, tổng kết ở một số cơ sở còn chậm.',
  'Các ý kiến tại buổi làm việc tập trung làm rõ những khó khăn, vướng mắc trong quá trình triển khai.',
];

type Kind = 'giám sát' | 'kiểm tra' | 'khảo sát' | 'làm việc';

interface Place {
  name: string;
  central: boolean;
  committee: string; // Tỉnh ủy | Thành ủy
  generic: string; // tỉnh | thành phố
  districts: string[];
  slug?: string;
}

interface Role {
  /** As written in the text after a name ("Trưởng Ban Dân vận Tỉnh ủy"). */
  surface: string;
  /** Accepted gold forms ("title organisation"), canonical first. */
  forms: string[];
  /** Title alone, for a later title-only mention ("đồng chí Bí thư Huyện ủy"). */
  shortRef?: string;
}

interface Person {
  name: string;
  roles: Role[];
}

interface Body {
  /** How the text names it when the place is implied ("Ban Dân vận Tỉnh ủy"). */
  surface: string;
  /** Gold forms: canonical with place first. */
  forms: string[];
  /** Head and deputy roles of this body. */
  head: (p: Place) => Role;
  deputy: (p: Place) => Role;
}

interface Directive {
  symbol: string;
  type: string;
  date: string; // ISO
  issuer: string[]; // gold forms
  issuerSurface: string; // "của Ban Bí thư"
  subject: string;
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parseIso(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = parseIso(date);
  const total = y * 12 + (m - 1) + months;
  return iso(Math.floor(total / 12), (total % 12) + 1, d);
}

/** A date written in one of the forms the genre uses. */
function writeDate(rng: Rng, date: string): string {
  const [y, m, d] = parseIso(date);
  switch (rng.int(0, 2)) {
    case 0:
      return `${d}/${m}/${y}`;
    case 1:
      return `${d} tháng ${m} năm ${y}`;
    default:
      return `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`;
  }
}

/** Board-type body of the province's Party committee ("Ban Dân vận Tỉnh ủy X"). */
function partyBoard(board: string, headTitle: string, deputyTitle: string): (p: Place) => Body {
  return (p) => {
    const canon = `${board} ${p.committee} ${p.name}`;
    return {
      surface: `${board} ${p.committee}`,
      forms: [canon, `Đoàn giám sát ${canon}`, `Đoàn kiểm tra ${canon}`],
      head: () => boardRole(board, headTitle, p),
      deputy: () => boardRole(board, deputyTitle, p),
    };
  };
}

/** "Trưởng Ban Dân vận Tỉnh ủy" / "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy" and their gold forms. */
function boardRole(board: string, title: string, p: Place): Role {
  const canon = `${board} ${p.committee} ${p.name}`;
  if (board.startsWith('Ban ')) {
    // "Trưởng Ban Dân vận" = title "Trưởng ban" + org "Ban Dân vận ..." (scored as joined text).
    return {
      surface: `${title} ${board} ${p.committee}`,
      forms: [`${title} ${canon}`, `${title} ban ${canon}`],
      shortRef: `${title} ${board} ${p.committee}`,
    };
  }
  return {
    surface: `${title} ${board} ${p.committee}`,
    forms: [`${title} ${canon}`],
    shortRef: `${title} ${board} ${p.committee}`,
  };
}

/** A provincial body led by a Chủ tịch ("Hội Nông dân tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"). */
function chairedBody(
  surfaceName: string,
  canonName: string,
  extra: string[] = [],
): (p: Place) => Body {
  return (p) => {
    const canon = `${canonName} ${p.generic} ${p.name}`;
    const forms = [
      canon,
      `${canonName} ${p.name}`,
      ...extra.map((e) => `${e} ${p.generic} ${p.name}`),
    ];
    const role = (title: string): Role => ({
      surface: `${title} ${surfaceName} ${p.generic}`,
      forms: forms.map((f) => `${title} ${f}`),
      shortRef: `${title} ${surfaceName} ${p.generic}`,
    });
    return {
      surface: `${surfaceName} ${p.generic}`,
      forms,
      head: () => role('Chủ tịch'),
      deputy: () => role('Phó Chủ tịch'),
    };
  };
}

const CONDUCTORS: { key: string; make: (p: Place) => Body; kinds: Kind[] }[] = [
  {
    key: 'bdv',
    make: partyBoard('Ban Dân vận', 'Trưởng', 'Phó Trưởng'),
    kinds: ['giám sát', 'khảo sát', 'làm việc'],
  },
  {
    key: 'btg',
    make: partyBoard('Ban Tuyên giáo', 'Trưởng', 'Phó Trưởng'),
    kinds: ['giám sát', 'khảo sát'],
  },
  {
    key: 'btc',
    make: partyBoard('Ban Tổ chức', 'Trưởng', 'Phó Trưởng'),
    kinds: ['kiểm tra', 'khảo sát'],
  },
  {
    key: 'bnc',
    make: partyBoard('Ban Nội chính', 'Trưởng', 'Phó Trưởng'),
    kinds: ['giám sát', 'kiểm tra'],
  },
  {
    key: 'ubkt',
    make: partyBoard('Ủy ban Kiểm tra', 'Chủ nhiệm', 'Phó Chủ nhiệm'),
    kinds: ['kiểm tra', 'giám sát'],
  },
  {
    key: 'mttq',
    make: chairedBody('Ủy ban MTTQ Việt Nam', 'Ủy ban Mặt trận Tổ quốc Việt Nam'),
    kinds: ['giám sát', 'khảo sát'],
  },
  {
    key: 'hnd',
    make: chairedBody('Hội Nông dân', 'Hội Nông dân'),
    kinds: ['giám sát', 'kiểm tra'],
  },
  {
    key: 'lhpn',
    make: chairedBody('Hội Liên hiệp Phụ nữ', 'Hội Liên hiệp Phụ nữ'),
    kinds: ['giám sát', 'khảo sát'],
  },
  {
    key: 'ccb',
    make: chairedBody('Hội Cựu chiến binh', 'Hội Cựu chiến binh'),
    kinds: ['giám sát', 'kiểm tra'],
  },
  {
    key: 'ldld',
    make: chairedBody('Liên đoàn Lao động', 'Liên đoàn Lao động'),
    kinds: ['giám sát', 'khảo sát'],
  },
];

/** Standing committee of the province (Ban Thường vụ Tỉnh ủy) and its secretaries. */
function provinceLeaders(p: Place): {
  body: Body;
  secretary: Role;
  deputySecretary: Role;
  member: Role;
  committeeMember: Role;
} {
  const committee = `${p.committee} ${p.name}`;
  const btv = `Ban Thường vụ ${committee}`;
  return {
    body: {
      surface: `Ban Thường vụ ${p.committee}`,
      forms: [btv, `Đoàn giám sát ${btv}`, `Đoàn kiểm tra ${btv}`],
      head: () => ({
        surface: `Bí thư ${p.committee}`,
        forms: [`Bí thư ${committee}`],
        shortRef: `Bí thư ${p.committee}`,
      }),
      deputy: () => ({
        surface: `Phó Bí thư ${p.committee}`,
        forms: [`Phó Bí thư ${committee}`],
        shortRef: `Phó Bí thư ${p.committee}`,
      }),
    },
    secretary: {
      surface: `Bí thư ${p.committee}`,
      forms: [`Bí thư ${committee}`],
      shortRef: `Bí thư ${p.committee}`,
    },
    deputySecretary: {
      surface: `Phó Bí thư Thường trực ${p.committee}`,
      forms: [`Phó Bí thư Thường trực ${committee}`],
    },
    member: { surface: `Ủy viên Ban Thường vụ ${p.committee}`, forms: [`Ủy viên ${btv}`] },
    committeeMember: {
      surface: `${p.committee} viên`,
      forms: [
        `Ủy viên ${committee}`,
        `${p.committee} viên ${p.name}`,
        `Ủy viên Ban Chấp hành Đảng bộ ${p.generic} ${p.name}`,
      ],
    },
  };
}

interface Target {
  surface: string; // how the supervision sentence names it
  forms: string[];
  hosts: Role[]; // roles of people receiving the delegation
  placePhrase: string; // "huyện Thọ Xuân"
}

function districtTargets(p: Place, d: string): Target[] {
  const unit = p.central ? 'quận' : 'huyện';
  const committee = p.central ? 'Quận ủy' : 'Huyện ủy';
  const cmt = `${committee} ${d}`;
  const withP = (s: string): string[] => [s, `${s} ${p.name}`];
  const secretary: Role = {
    surface: `Bí thư ${cmt}`,
    forms: withP(`Bí thư ${cmt}`),
    shortRef: `Bí thư ${committee}`,
  };
  const deputySecretary: Role = { surface: `Phó Bí thư ${cmt}`, forms: withP(`Phó Bí thư ${cmt}`) };
  const chair: Role = {
    surface: `Chủ tịch UBND ${unit} ${d}`,
    forms: withP(`Chủ tịch Ủy ban nhân dân ${unit} ${d}`),
    shortRef: `Chủ tịch UBND ${unit}`,
  };
  const viceChair: Role = {
    surface: `Phó Chủ tịch UBND ${unit} ${d}`,
    forms: withP(`Phó Chủ tịch Ủy ban nhân dân ${unit} ${d}`),
  };
  return [
    {
      surface: `Ban Thường vụ ${cmt}`,
      forms: [...withP(`Ban Thường vụ ${cmt}`), ...withP(cmt)],
      hosts: [secretary, deputySecretary, chair],
      placePhrase: `${unit} ${d}`,
    },
    {
      surface: `UBND ${unit} ${d}`,
      forms: withP(`Ủy ban nhân dân ${unit} ${d}`),
      hosts: [chair, viceChair, deputySecretary],
      placePhrase: `${unit} ${d}`,
    },
  ];
}

function departmentTarget(p: Place, dept: string): Target {
  const canon = `Sở ${dept} ${p.generic} ${p.name}`;
  return {
    surface: `Sở ${dept}`,
    forms: [canon, `Sở ${dept} ${p.name}`],
    hosts: [
      {
        surface: `Giám đốc Sở ${dept}`,
        forms: [`Giám đốc ${canon}`, `Giám đốc Sở ${dept} ${p.name}`],
        shortRef: `Giám đốc Sở`,
      },
      {
        surface: `Phó Giám đốc Sở ${dept}`,
        forms: [`Phó Giám đốc ${canon}`, `Phó Giám đốc Sở ${dept} ${p.name}`],
      },
    ],
    placePhrase: `Sở ${dept}`,
  };
}

// ---------------------------------------------------------------- rosters (stable across docs)

/** The person holding `roleKey` in period `era`: the same name in every document of that era. */
function rosterName(lex: Lexicon, seed: number, roleKey: string, era: number): string {
  const r = new Rng(hash32(`${seed}|${roleKey}|${era}`));
  const middle = r.pick(MIDDLE);
  return `${r.pick(lex.surnames)} ${middle} ${r.pick(GIVEN)}`;
}

const CENTRAL_TYPES: { type: string; sign: string; issuer: string }[] = [
  { type: 'Chỉ thị', sign: 'CT/TW', issuer: 'Ban Bí thư' },
  { type: 'Kết luận', sign: 'KL/TW', issuer: 'Ban Bí thư' },
  { type: 'Nghị quyết', sign: 'NQ/TW', issuer: 'Bộ Chính trị' },
  { type: 'Quy định', sign: 'QĐ/TW', issuer: 'Bộ Chính trị' },
  { type: 'Kết luận', sign: 'KL/TW', issuer: 'Bộ Chính trị' },
];

/** Central directive i of the pool (40 of them): number, type, date and issuer fixed by seed. */
function centralDirective(seed: number, i: number): Directive {
  const r = new Rng(hash32(`${seed}|central|${i}`));
  const t = CENTRAL_TYPES[i % CENTRAL_TYPES.length];
  const n = 10 + i * 7 + r.int(0, 5);
  const date = iso(r.int(2008, 2016), r.int(1, 12), r.int(1, 28));
  return {
    symbol: `${n}-${t.sign}`,
    type: t.type,
    date,
    issuer: [t.issuer],
    issuerSurface: t.issuer,
    subject: SUBJECTS[i % SUBJECTS.length],
  };
}

/** A conclusion of the Politburo implementing central directive i (a deeper lineage level). */
function centralFollowUp(seed: number, i: number): Directive {
  const base = centralDirective(seed, i);
  const r = new Rng(hash32(`${seed}|followup|${i}`));
  return {
    symbol: `${300 + i * 3 + r.int(0, 2)}-KL/TW`,
    type: 'Kết luận',
    date: addMonths(base.date, r.int(12, 36)),
    issuer: ['Bộ Chính trị'],
    issuerSurface: 'Bộ Chính trị',
    subject: base.subject.replace(/^về /, 'về tiếp tục thực hiện chủ trương '),
  };
}

function provincialPlan(seed: number, p: Place, parent: Directive): Directive {
  const r = new Rng(hash32(`${seed}|plan|${p.name}|${parent.symbol}`));
  return {
    symbol: `${r.int(10, 299)}-KH/TU`,
    type: 'Kế hoạch',
    date: addMonths(parent.date, r.int(1, 6)),
    issuer: [`Ban Thường vụ ${p.committee} ${p.name}`],
    issuerSurface: `Ban Thường vụ ${p.committee}`,
    subject: parent.subject,
  };
}

function governmentPlan(seed: number, p: Place, parent: Directive): Directive {
  const r = new Rng(hash32(`${seed}|ubnd|${p.name}|${parent.symbol}`));
  const date = addMonths(parent.date, r.int(1, 4));
  return {
    symbol: `${r.int(20, 999)}/KH-UBND`,
    type: 'Kế hoạch',
    date,
    issuer: [`Ủy ban nhân dân ${p.generic} ${p.name}`, `Ủy ban nhân dân ${p.name}`],
    issuerSurface: `UBND ${p.generic}`,
    subject: parent.subject,
  };
}

function districtPlan(seed: number, p: Place, d: string, parent: Directive): Directive {
  const r = new Rng(hash32(`${seed}|hu|${p.name}|${d}|${parent.symbol}`));
  const committee = p.central ? 'Quận ủy' : 'Huyện ủy';
  const btv = `Ban Thường vụ ${committee} ${d}`;
  return {
    symbol: `${r.int(5, 199)}-KH/${p.central ? 'QU' : 'HU'}`,
    type: 'Kế hoạch',
    date: addMonths(parent.date, r.int(1, 3)),
    issuer: [btv, `${btv} ${p.name}`],
    issuerSurface: btv,
    subject: parent.subject,
  };
}

// ---------------------------------------------------------------- document composition

class DocBuilder {
  readonly officials = new Map<string, GoldOfficial>();
  readonly directives = new Map<string, GoldDirective>();
  readonly lineage: Gold['lineage'] = [];
  readonly supervisions: GoldSupervision[] = [];
  readonly patterns: string[] = [];

  addOfficial(person: Person): void {
    const existing = this.officials.get(person.name);
    const roles = person.roles.map((r) => r.forms);
    if (!existing) {
      this.officials.set(person.name, { name: person.name, roles });
      return;
    }
    for (const forms of roles) {
      if (!existing.roles.some((f) => f[0] === forms[0])) existing.roles.push(forms);
    }
  }

  addDirective(d: Directive): void {
    if (!this.directives.has(d.symbol)) {
      this.directives.set(d.symbol, {
        symbol: d.symbol,
        type: d.type,
        date: d.date,
        issuer: d.issuer,
      });
    }
  }
}

/** "đồng chí NAME, ROLE, ROLE" (apposition) or "ROLE NAME" (pre-nominal) — both word orders. */
function mention(rng: Rng, person: Person, b: DocBuilder, prenominal: boolean): string {
  if (prenominal) {
    // Only the role written before the name is asserted.
    const role = person.roles[person.roles.length - 1];
    b.addOfficial({ name: person.name, roles: [role] });
    b.patterns.push('role-before-name');
    return `${role.surface} ${person.name}`;
  }
  b.addOfficial(person);
  b.patterns.push('name-then-roles');
  const roles = person.roles.map((r) => r.surface);
  // Elliptic first role: "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy" (committee implied).
  if (roles.length === 2 && roles[0].startsWith('Ủy viên Ban Thường vụ ') && rng.chance(0.5)) {
    b.patterns.push('elliptic-role');
    return `${rng.chance(0.8) ? 'đồng chí ' : ''}${person.name}, Ủy viên Ban Thường vụ, ${roles[1]}`;
  }
  return `${rng.chance(0.8) ? 'đồng chí ' : ''}${person.name}, ${roles.join(', ')}`;
}

function cite(rng: Rng, d: Directive, withDate: boolean, withIssuer: boolean): string {
  const so = rng.chance(0.8) ? 'số ' : '';
  const date = withDate ? ` ngày ${writeDate(rng, d.date)}` : '';
  const issuer = withIssuer ? ` của ${d.issuerSurface}` : '';
  return `${d.type} ${so}${d.symbol}${date}${issuer}`;
}

function outletLede(rng: Rng, lex: Lexicon, p: Place): { head: string; tail: string } {
  const domains = lex.domainsByProvince.get(p.name) ?? [];
  const shorts = lex.shortFormsByProvince.get(p.name) ?? [];
  const slugDomain = p.slug ? `bao${p.slug}.vn` : undefined;
  const choice = rng.int(0, 2);
  if (choice === 0 && shorts.length > 0) return { head: `(${rng.pick(shorts)}) - `, tail: '' };
  const domain =
    domains.length > 0 && (choice === 1 || !slugDomain) ? rng.pick(domains) : slugDomain;
  if (!domain) return { head: '', tail: '' };
  if (rng.chance(0.3)) return { head: '', tail: `Nguồn tin: ${domain}` };
  const cap = domain.charAt(0).toUpperCase() + domain.slice(1);
  return { head: `(${cap}) - `, tail: '' };
}

function filler(rng: Rng): string {
  return rng
    .pick(FILLERS)
    .replace('{pct}', String(rng.int(80, 100)))
    .replace('{n}', String(rng.int(3, 60)))
    .replace('{m}', String(rng.int(500, 9000)));
}

/** One document of the genre with its gold. */
export function generateDocument(lex: Lexicon, seed: number, index: number): GeneratedDoc {
  const places = usablePlaces(lex);
  const rng = new Rng(hash32(`${seed}|doc|${index}`));
  const id = `gen${seed}_${String(index).padStart(6, '0')}`;
  const b = new DocBuilder();
  const pe = rng.pick(places);
  const era = Math.floor(index / 4000);
  const year = rng.int(2017, 2024);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const eventDate = iso(year, month, day);
  const leaders = provinceLeaders(pe);
  const person = (roleKey: string, roles: Role[]): Person => ({
    name: rosterName(lex, seed, `${pe.name}|${roleKey}`, era),
    roles,
  });

  // Directives: a central one (sometimes via a Politburo follow-up), its provincial plan, and a
  // district plan; lineage stated with varied frames.
  const ci = rng.int(0, 39);
  const central = centralDirective(seed, ci);
  const deep = rng.chance(0.3);
  const followUp = deep ? centralFollowUp(seed, ci) : undefined;
  const provParent = followUp ?? central;
  const provPlan = provincialPlan(seed, pe, provParent);
  const districtName = rng.pick(pe.districts);

  const lines: string[] = [];
  const lede = outletLede(rng, lex, pe);
  const isConference = rng.chance(0.12);
  const kindConductor = rng.pick(CONDUCTORS);
  const conductor = rng.chance(0.12) ? leaders.body : kindConductor.make(pe);
  const conductorKey = conductor === leaders.body ? 'btv' : kindConductor.key;
  const kind: Kind =
    conductor === leaders.body
      ? rng.pick<Kind>(['kiểm tra', 'giám sát'])
      : rng.pick(kindConductor.kinds);
  const verb = kind;

  const targetPick = rng.float();
  const target =
    targetPick < 0.75 || lex.departments.length === 0
      ? rng.pick(districtTargets(pe, districtName))
      : departmentTarget(pe, rng.pick(lex.departments));

  // Leader: head (sometimes deputy) of the conducting body; sometimes also a standing member.
  const leaderRole = rng.chance(0.75) ? conductor.head(pe) : conductor.deputy(pe);
  const leaderRoles =
    conductorKey !== 'btv' &&
    conductorKey.length <= 4 &&
    leaderRole.surface.includes(pe.committee) &&
    rng.chance(0.5)
      ? [leaders.member, leaderRole]
      : [leaderRole];
  const leader = person(`${conductorKey}|${leaderRole.forms[0]}`, leaderRoles);
  const participants: Person[] = [];
  const nPart = rng.int(0, 2);
  for (let k = 0; k < nPart; k++) {
    const other = rng.pick(CONDUCTORS).make(pe);
    const role =
      k === 0 && leaderRole !== conductor.deputy(pe) ? conductor.deputy(pe) : other.deputy(pe);
    const roles = rng.chance(0.3) ? [leaders.committeeMember, role] : [role];
    const p = person(`part|${role.forms[0]}`, roles);
    if (p.name !== leader.name && !participants.some((x) => x.name === p.name))
      participants.push(p);
  }
  const hosts: Person[] = [];
  for (const role of rng.sample(target.hosts, rng.int(1, 2))) {
    const h = person(`host|${role.forms[0]}`, [role]);
    if (h.name !== leader.name && !participants.some((x) => x.name === h.name)) hosts.push(h);
  }

  // Joint conductor ("phối hợp với").
  const joint =
    !isConference && conductor !== leaders.body && rng.chance(0.2)
      ? rng.pick(CONDUCTORS.filter((c) => c.key !== conductorKey)).make(pe)
      : undefined;

  // Which directives the supervision is about.
  const supDirectives: Directive[] = rng.chance(0.5)
    ? [central]
    : rng.chance(0.5)
      ? [provPlan]
      : [central, provPlan];

  // Time phrase; the year comes from the date itself or from the programme year in the lede.
  const dateForm = rng.int(0, 3);
  let time: string;
  let yearContext = '';
  switch (dateForm) {
    case 0:
      time = `Ngày ${day}/${month}/${year}`;
      b.patterns.push('date-d/m/y');
      break;
    case 1:
      time = `${rng.pick(['Sáng', 'Chiều'])} ${day}/${month}`;
      yearContext = `Thực hiện chương trình ${verb === 'làm việc' ? 'công tác' : verb} năm ${year} của ${leaders.body.surface}, `;
      b.patterns.push('date-d/m+programme-year');
      break;
    case 2:
      time = `Ngày ${day} tháng ${month} năm ${year}`;
      b.patterns.push('date-long');
      break;
    default:
      time = `${rng.pick(['Sáng', 'Chiều'])} ${day}-${month}-${year}`;
      b.patterns.push('date-d-m-y');
  }

  const title = isConference
    ? `Hội nghị sơ kết thực hiện ${central.type.toLowerCase()} của Trung ương tại ${pe.generic} ${pe.name}`
    : `${conductor.surface} ${verb} ${target.placePhrase}`;
  lines.push(title, '');

  if (isConference) {
    b.patterns.push('conference-negative');
    const chair = person('sec', [leaders.secretary]);
    lines.push(
      `${lede.head}${time}, ${leaders.body.surface} tổ chức hội nghị sơ kết ${rng.int(3, 10)} năm thực hiện ${cite(rng, central, true, true)} ${central.subject}.`,
      '',
      `${capitalize(mention(rng, chair, b, rng.chance(0.4)))} chủ trì hội nghị.`,
    );
    b.addDirective(central);
    lines.push('', filler(rng), '', filler(rng));
  } else {
    // Lede: one of several supervision frames.
    const dirText = supDirectives.map((d, i) => cite(rng, d, i === 0, i === 0)).join(' và ');
    supDirectives.forEach((d) => b.addDirective(d));
    const frame = rng.int(0, 3);
    const targetWord = rng.pick(['đối với', 'tại']);
    const jointText = joint ? ` phối hợp với ${joint.surface}` : '';
    if (frame === 0) {
      b.patterns.push('delegation-do-lam-truong-doan');
      lines.push(
        `${lede.head}${yearContext}${yearContext ? time.charAt(0).toLowerCase() + time.slice(1) : time}, Đoàn ${verb === 'làm việc' ? 'công tác' : verb} của ${conductor.surface}${jointText} do ${mention(rng, leader, b, false)} làm trưởng đoàn đã ${verb === 'làm việc' ? 'làm việc với' : `${verb} việc thực hiện ${dirText} ${targetWord}`} ${target.surface}.`,
      );
      if (verb === 'làm việc')
        lines.push('', `Buổi làm việc tập trung vào việc thực hiện ${dirText}.`);
    } else if (frame === 1) {
      b.patterns.push('body-to-chuc-then-chu-tri');
      lines.push(
        `${lede.head}${yearContext}${yearContext ? time.charAt(0).toLowerCase() + time.slice(1) : time}, ${conductor.surface}${jointText} tổ chức ${verb === 'làm việc' ? 'buổi làm việc với' : `${verb} việc thực hiện ${dirText} ${targetWord}`} ${target.surface}.`,
        '',
        `${capitalize(mention(rng, leader, b, rng.chance(0.3)))} chủ trì buổi ${verb}.`,
      );
      if (verb === 'làm việc') lines.push('', `Nội dung làm việc là kết quả thực hiện ${dirText}.`);
    } else if (frame === 2) {
      b.patterns.push('leader-dan-dau');
      lines.push(
        `${lede.head}${yearContext}${yearContext ? time.charAt(0).toLowerCase() + time.slice(1) : time}, ${mention(rng, leader, b, true)} dẫn đầu Đoàn ${verb === 'làm việc' ? 'công tác' : verb} của ${conductor.surface}${jointText} ${verb === 'làm việc' ? 'làm việc với' : `${verb} việc thực hiện ${dirText} ${targetWord}`} ${target.surface}.`,
      );
      if (verb === 'làm việc')
        lines.push('', `Buổi làm việc nhằm đánh giá việc thực hiện ${dirText}.`);
    } else {
      b.patterns.push('delegation-number');
      const no = rng.int(100, 9999);
      lines.push(
        `${lede.head}${yearContext}${yearContext ? time.charAt(0).toLowerCase() + time.slice(1) : time}, Đoàn ${kind === 'làm việc' ? 'công tác' : kind} ${no} của ${conductor.surface}${jointText} đã ${kind === 'làm việc' ? 'làm việc với' : `${kind} việc thực hiện ${dirText} ${targetWord}`} ${target.surface}. ${capitalize(mention(rng, leader, b, rng.chance(0.3)))} làm Trưởng đoàn.`,
      );
      if (kind === 'làm việc') lines.push('', `Nội dung làm việc là việc thực hiện ${dirText}.`);
    }
    lines.push('');
    if (participants.length > 0) {
      b.patterns.push('participants');
      const intro = rng.pick([
        'Tham gia đoàn có',
        'Cùng đi có',
        `Tham gia đoàn ${verb === 'làm việc' ? 'công tác' : verb} có`,
      ]);
      lines.push(`${intro} ${participants.map((p) => mention(rng, p, b, false)).join('; ')}.`);
    }
    if (hosts.length > 0) {
      b.patterns.push('hosts');
      const intro = rng.pick([
        'Tiếp đoàn có',
        `Về phía ${target.placePhrase} có`,
        'Tiếp và làm việc với đoàn có',
      ]);
      lines.push(`${intro} ${hosts.map((h) => mention(rng, h, b, false)).join('; ')}.`);
    }
    const sup: GoldSupervision = {
      kind,
      date: eventDate,
      conductedBy: [conductor.forms, ...(joint ? [joint.forms] : [])],
      leader: leader.name,
      participants: participants.map((p) => p.name),
      hosts: hosts.map((h) => h.name),
      targets: [target.forms],
      directives: supDirectives.map((d) => d.symbol),
    };
    b.supervisions.push(sup);
    lines.push('', filler(rng));
  }

  // Lineage paragraph (most documents).
  if (rng.chance(0.7)) {
    b.patterns.push('lineage');
    const verbLin = rng.pick(['Thực hiện', 'Căn cứ', 'Triển khai thực hiện', 'Quán triệt']);
    const parts: string[] = [];
    if (followUp) {
      b.addDirective(central);
      b.addDirective(followUp);
      b.lineage.push({ child: followUp.symbol, parent: central.symbol });
      parts.push(
        `Tiếp tục thực hiện ${cite(rng, central, true, true)}, ${followUp.issuerSurface} đã ban hành ${cite(rng, followUp, true, false)} ${followUp.subject.replace(/^về /, 'về ')}.`,
      );
      b.patterns.push('lineage-depth-2');
    }
    b.addDirective(provParent);
    b.addDirective(provPlan);
    b.lineage.push({ child: provPlan.symbol, parent: provParent.symbol });
    parts.push(
      `${parts.length ? 'Trên cơ sở đó, ' : 'Theo báo cáo, '}${lowerFirst(verbLin)} ${cite(rng, provParent, !followUp, !followUp)}, ${provPlan.issuerSurface} đã ban hành ${cite(rng, provPlan, true, false)} để triển khai thực hiện trong toàn ${pe.generic}.`,
    );
    if (!isConference && target.surface.startsWith('Ban Thường vụ') && rng.chance(0.6)) {
      const hu = districtPlan(seed, pe, districtName, provPlan);
      b.addDirective(hu);
      b.lineage.push({ child: hu.symbol, parent: provPlan.symbol });
      b.lineage.push({
        child: hu.symbol,
        parent: provParent.symbol,
        inferred: true,
        optional: true,
      });
      if (followUp)
        b.lineage.push({
          child: hu.symbol,
          parent: central.symbol,
          inferred: true,
          optional: true,
        });
      parts.push(
        `Cụ thể hóa ${provPlan.type} số ${provPlan.symbol}, ${hu.issuerSurface} ban hành ${cite(rng, hu, true, false)}, phân công trách nhiệm cho các cơ quan, đơn vị.`,
      );
      b.patterns.push('lineage-district');
    } else if (rng.chance(0.4)) {
      const ub = governmentPlan(seed, pe, provPlan);
      b.addDirective(ub);
      b.lineage.push({ child: ub.symbol, parent: provPlan.symbol });
      parts.push(
        `${capitalize(ub.issuerSurface)} ban hành ${cite(rng, ub, true, false)} triển khai ${provPlan.type} số ${provPlan.symbol}.`,
      );
      b.patterns.push('lineage-government');
    }
    if (followUp)
      b.lineage.push({
        child: provPlan.symbol,
        parent: central.symbol,
        inferred: true,
        optional: true,
      });
    lines.push('', parts.join(' '));
  }
  lines.push('', filler(rng));

  // A later title-only mention of a host (same person, not a new one).
  const hostWithRef = hosts.find((h) => h.roles[0].shortRef);
  if (!isConference && hostWithRef?.roles[0].shortRef && rng.chance(0.6)) {
    b.patterns.push('title-only-coreference');
    lines.push(
      '',
      `Phát biểu tại buổi ${kind}, đồng chí ${hostWithRef.roles[0].shortRef} cho biết sẽ tiếp thu đầy đủ ý kiến của đoàn.`,
    );
  }
  if (!isConference) {
    lines.push(
      '',
      `Kết luận buổi ${kind}, đồng chí ${leader.name} đề nghị ${target.surface} tiếp tục ${rng.pick(['phát huy kết quả đạt được', 'khắc phục hạn chế', 'quan tâm lãnh đạo, chỉ đạo'])}, thực hiện nghiêm ${supDirectives[0].type} số ${supDirectives[0].symbol}.`,
    );
  }

  // Byline, source tail, then boilerplate (other articles' teasers: nothing extracted from them).
  lines.push('', rng.pick(BYLINES));
  if (lede.tail) lines.push(lede.tail);
  if (lex.endMarkers.length > 0 && rng.chance(0.7)) {
    b.patterns.push('boilerplate-tail');
    const other = centralDirective(seed, (ci + 7) % 40);
    const otherName = rosterName(lex, seed, `${pe.name}|teaser`, era + 100);
    lines.push(
      '',
      rng.pick(
        ['Tin liên quan', 'Tin khác', 'Các tin khác'].filter((m) => lex.endMarkers.includes(m)),
      ) || 'Tin khác',
      `Đồng chí ${otherName}, ${leaders.secretary.surface} tiếp công dân định kỳ`,
      `${pe.name} triển khai ${other.type} số ${other.symbol} ${other.subject}`,
    );
  }

  const text = `${lines.join('\n')}\n`;
  const gold: Gold = {
    id,
    jurisdiction: pe.name,
    officials: [...b.officials.values()],
    optionalOfficials: [],
    directives: [...b.directives.values()],
    optionalDirectives: [],
    lineage: dedupeLineage(b.lineage),
    supervisions: b.supervisions,
    notes: `generated by bench/generator.ts (seed ${seed}, index ${index}); patterns: ${[...new Set(b.patterns)].join(', ')}`,
  };
  return { id, fileName: `${id}.txt`, text, gold, patterns: [...new Set(b.patterns)] };
}

function dedupeLineage(items: Gold['lineage']): Gold['lineage'] {
  const seen = new Map<string, Gold['lineage'][number]>();
  for (const l of items) {
    const k = `${l.child}>${l.parent}`;
    const prev = seen.get(k);
    if (!prev || (prev.optional && !l.optional)) seen.set(k, l);
  }
  return [...seen.values()];
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

let placesCache: { lex: Lexicon; places: Place[] } | undefined;

/** Provinces the generator writes about: in force in 2017–2024, with districts, no name clash. */
function usablePlaces(lex: Lexicon): Place[] {
  if (placesCache?.lex === lex) return placesCache.places;
  const places = lex.provinces
    .filter((p) => !p.needsPrefix && !p.since && (p.districts?.length ?? 0) > 0)
    .map((p) => ({
      name: p.name,
      central: p.centralCity === true,
      committee: p.centralCity ? 'Thành ủy' : 'Tỉnh ủy',
      generic: p.centralCity ? 'thành phố' : 'tỉnh',
      districts: (p.districts ?? []).filter((d) => d !== p.name && !p.name.includes(d)),
      slug: p.slug,
    }))
    .filter((p) => p.districts.length > 0);
  if (places.length === 0) throw new Error('lexicon has no usable provinces (places.json)');
  placesCache = { lex, places };
  return places;
}

// ---------------------------------------------------------------- writing a corpus to disk

export interface CorpusInfo {
  dir: string;
  docsDir: string;
  goldDir: string;
  count: number;
  bytes: number;
  files: string[];
}

const GENERATOR_VERSION = 3;

/**
 * Writes documents [0, count) of `seed` under `dir` (docs/*.txt, gold/*.json). Reuses files a
 * previous run of the same generator version wrote (the corpus of n is a prefix of larger ones).
 */
export function writeCorpus(
  dir: string,
  count: number,
  seed: number,
  lex = loadLexicon(),
): CorpusInfo {
  const docsDir = path.join(dir, 'docs');
  const goldDir = path.join(dir, 'gold');
  mkdirSync(docsDir, { recursive: true });
  mkdirSync(goldDir, { recursive: true });
  const stampFile = path.join(dir, 'corpus.json');
  let have = 0;
  if (existsSync(stampFile)) {
    const stamp: unknown = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (field(stamp, 'version') === GENERATOR_VERSION && field(stamp, 'seed') === seed) {
      const lexStamp = field(stamp, 'lexiconHash');
      if (lexStamp === lexiconHash(lex)) have = Number(field(stamp, 'count')) || 0;
    }
  }
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const id = `gen${seed}_${String(i).padStart(6, '0')}`;
    const file = path.join(docsDir, `${id}.txt`);
    if (i >= have) {
      const doc = generateDocument(lex, seed, i);
      writeFileSync(file, doc.text);
      writeFileSync(path.join(goldDir, `${id}.json`), `${JSON.stringify(doc.gold, null, 1)}\n`);
      bytes += Buffer.byteLength(doc.text);
    }
    files.push(file);
  }
  if (count > have) {
    writeFileSync(
      stampFile,
      JSON.stringify({ version: GENERATOR_VERSION, seed, count, lexiconHash: lexiconHash(lex) }),
    );
  }
  return { dir, docsDir, goldDir, count, bytes, files };
}

function lexiconHash(lex: Lexicon): number {
  return hash32(
    JSON.stringify([
      lex.provinces.map((p) => [p.name, p.districts]),
      lex.surnames,
      [...lex.titles],
      lex.departments,
    ]),
  );
}

// ---------------------------------------------------------------- CLI

function main(): void {
  const args = process.argv.slice(2);
  const opt = (k: string): string | undefined => {
    const i = args.indexOf(k);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const out = opt('--out') ?? path.join(benchRoot(), 'bench', 'corpus', 'gen');
  const count = Number(opt('--count') ?? 1000);
  const seed = Number(opt('--seed') ?? 1);
  const info = writeCorpus(out, count, seed);
  process.stdout.write(`${info.count} documents in ${info.docsDir}, gold in ${info.goldDir}\n`);
}

if (require.main === module) main();
