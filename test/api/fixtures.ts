import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  DirectiveFact,
  Evidence,
  ExtractedDocument,
  ExtractionResult,
  OfficialFact,
  OrganizationFact,
  SupervisionFact,
} from '../../src/extract/types';

/**
 * Hand-built extraction results (the extractor's contract), loaded through the real loader:
 * seed 003 (the Thanh Hóa supervision under 23-QĐ/TW and 763-QĐ/TU) as the gold annotates it,
 * a document whose names are made of syllables that are English stop words once folded
 * ("Tô Thế An": to, the, an) and that starts with "Đ", and a series of district supervisions
 * for pagination and round-trip counting.
 */

/** The span of the `occurrence`-th `needle` in `text` (throws when absent: a broken fixture). */
export function at(text: string, needle: string, occurrence = 0): Evidence {
  let i = -1;
  for (let n = 0; n <= occurrence; n++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`fixture: "${needle}" (#${occurrence}) not in text`);
  }
  return { start: i, end: i + needle.length };
}

export function doc(
  id: string,
  text: string,
  result: Omit<ExtractionResult, 'document'> & {
    document: Omit<ExtractionResult['document'], 'id'>;
  },
): ExtractedDocument {
  const nfc = text.normalize('NFC');
  return {
    text: nfc,
    sha256: createHash('sha256').update(nfc).digest('hex'),
    result: { ...result, document: { id, ...result.document } },
  };
}

export const SEED_003 = '003_960197ae100cdfc3';

/** Seed 003 with the facts of its gold annotation. */
export function thanhHoaSeed(): ExtractedDocument {
  const file = path.resolve(__dirname, '../../seeds', `${SEED_003}.txt`);
  const text = readFileSync(file, 'utf8').normalize('NFC');
  const lead = at(text, 'Sáng 26/4, Đoàn giám sát 3135');
  const leadEnd = text.indexOf('TP Thanh Hóa.', lead.start) + 'TP Thanh Hóa.'.length;
  const leadSentence: Evidence = { start: lead.start, end: leadEnd };
  const officials: OfficialFact[] = [
    {
      name: 'Phạm Thị Thanh Thủy',
      roles: [
        { title: 'Ủy viên Ban Thường vụ', organization: 'Tỉnh ủy Thanh Hóa' },
        { title: 'Trưởng Ban', organization: 'Ban Dân vận Tỉnh ủy Thanh Hóa' },
        { title: 'Chủ tịch', organization: 'Ủy ban Mặt trận Tổ quốc tỉnh Thanh Hóa' },
      ],
      evidence: [
        at(text, 'Phạm Thị Thanh Thủy, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy'),
      ],
    },
    {
      name: 'Phạm Trọng Dũng',
      roles: [
        { title: 'Phó Trưởng ban Thường trực', organization: 'Ban Dân vận Tỉnh ủy Thanh Hóa' },
      ],
      evidence: [at(text, 'Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy Phạm Trọng Dũng')],
    },
    {
      name: 'Lê Anh Xuân',
      roles: [{ title: 'Bí thư', organization: 'Thành ủy Thanh Hóa' }],
      evidence: [at(text, 'Bí thư Thành ủy TP Thanh Hóa Lê Anh Xuân')],
    },
  ];
  const organizations: OrganizationFact[] = [
    { name: 'Tỉnh ủy Thanh Hóa', kind: 'party_committee', parent: null },
    {
      name: 'Ban Thường vụ Tỉnh ủy Thanh Hóa',
      kind: 'standing_committee',
      parent: 'Tỉnh ủy Thanh Hóa',
    },
    {
      name: 'Ban Dân vận Tỉnh ủy Thanh Hóa',
      kind: 'mass_mobilization_board',
      parent: 'Tỉnh ủy Thanh Hóa',
    },
    { name: 'Thành ủy Thanh Hóa', kind: 'party_committee', parent: 'Tỉnh ủy Thanh Hóa' },
    {
      name: 'Ban Thường vụ Thành ủy Thanh Hóa',
      kind: 'standing_committee',
      parent: 'Thành ủy Thanh Hóa',
    },
    { name: 'Ủy ban Mặt trận Tổ quốc tỉnh Thanh Hóa', kind: 'front', parent: null },
    { name: 'Bộ Chính trị', kind: 'politburo', parent: null },
  ];
  const directives: DirectiveFact[] = [
    {
      symbol: '23-QĐ/TW',
      type: 'Quyết định',
      date: '2021-07-30',
      issuer: 'Bộ Chính trị',
      subject: 'ban hành Quy chế công tác dân vận trong hệ thống chính trị',
      implements: [],
      evidence: [at(text, 'Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị')],
    },
    {
      symbol: '763-QĐ/TU',
      type: 'Quyết định',
      date: '2021-10-05',
      issuer: 'Ban Thường vụ Tỉnh ủy Thanh Hóa',
      subject: 'ban hành Quy chế công tác dân vận trong hệ thống chính trị',
      implements: ['23-QĐ/TW'],
      implementsInferred: ['23-QĐ/TW'],
      evidence: [at(text, 'Quyết định số 763-QĐ/TU ngày 5/10/2021 của Ban Thường vụ Tỉnh ủy')],
    },
  ];
  const supervisions: SupervisionFact[] = [
    {
      kind: 'giám sát',
      date: '--04-26',
      delegation: 'Đoàn giám sát 3135',
      conductedBy: ['Ban Thường vụ Tỉnh ủy Thanh Hóa'],
      leader: 'Phạm Thị Thanh Thủy',
      participants: ['Phạm Trọng Dũng'],
      hosts: ['Lê Anh Xuân'],
      targets: ['Ban Thường vụ Thành ủy Thanh Hóa'],
      directives: ['23-QĐ/TW', '763-QĐ/TU'],
      topic: 'ban hành Quy chế công tác dân vận trong hệ thống chính trị',
      evidence: [leadSentence],
    },
  ];
  return doc(SEED_003, text, {
    document: {
      title: 'Giám sát việc ban hành Quy chế công tác dân vận trong hệ thống chính trị',
      source: 'baothanhhoa.vn',
      jurisdiction: 'Thanh Hóa',
      eventDate: '--04-26',
      author: 'Phan Nga',
    },
    officials,
    organizations,
    directives,
    supervisions,
  });
}

export const STOPWORD_DOC = 'api_stopword_names';

/** Names whose folded syllables are English stop words; a plan carrying out 763-QĐ/TU. */
export function stopwordNames(): ExtractedDocument {
  const text = [
    'Ban Dân vận Huyện ủy Thọ Xuân giám sát Đảng ủy xã Xuân Hòa',
    '',
    'Ngày 12/5/2023, Ban Dân vận Huyện ủy Thọ Xuân do đồng chí Tô Thế An, Trưởng Ban Dân vận ' +
      'Huyện ủy làm trưởng đoàn đã giám sát việc thực hiện Kế hoạch số 15-KH/HU ngày 2/3/2022 ' +
      'của Ban Thường vụ Huyện ủy Thọ Xuân thực hiện Quyết định số 763-QĐ/TU ngày 5/10/2021 ' +
      'của Ban Thường vụ Tỉnh ủy đối với Đảng ủy xã Xuân Hòa.',
    '',
    'Tham gia đoàn có đồng chí Đỗ Thị Đào, Phó Trưởng Ban Dân vận Huyện ủy. Đồng chí Lê Văn ' +
      'Được, Bí thư Đảng ủy xã Xuân Hòa báo cáo kết quả thực hiện.',
  ].join('\n');
  const lead = at(text, 'Ngày 12/5/2023');
  const leadEnd = text.indexOf('xã Xuân Hòa.', lead.start) + 'xã Xuân Hòa.'.length;
  return doc(STOPWORD_DOC, text, {
    document: {
      title: 'Ban Dân vận Huyện ủy Thọ Xuân giám sát Đảng ủy xã Xuân Hòa',
      source: 'baothanhhoa.vn',
      jurisdiction: 'Thanh Hóa',
      eventDate: '2023-05-12',
    },
    officials: [
      {
        name: 'Tô Thế An',
        roles: [{ title: 'Trưởng Ban', organization: 'Ban Dân vận Huyện ủy Thọ Xuân' }],
        evidence: [at(text, 'Tô Thế An, Trưởng Ban Dân vận Huyện ủy')],
      },
      {
        name: 'Đỗ Thị Đào',
        roles: [{ title: 'Phó Trưởng Ban', organization: 'Ban Dân vận Huyện ủy Thọ Xuân' }],
        evidence: [at(text, 'Đỗ Thị Đào, Phó Trưởng Ban Dân vận Huyện ủy')],
      },
      {
        name: 'Lê Văn Được',
        roles: [{ title: 'Bí thư', organization: 'Đảng ủy xã Xuân Hòa' }],
        evidence: [at(text, 'Lê Văn Được, Bí thư Đảng ủy xã Xuân Hòa')],
      },
    ],
    organizations: [
      { name: 'Huyện ủy Thọ Xuân', kind: 'party_committee', parent: 'Tỉnh ủy Thanh Hóa' },
      {
        name: 'Ban Dân vận Huyện ủy Thọ Xuân',
        kind: 'mass_mobilization_board',
        parent: 'Huyện ủy Thọ Xuân',
      },
      {
        name: 'Ban Thường vụ Huyện ủy Thọ Xuân',
        kind: 'standing_committee',
        parent: 'Huyện ủy Thọ Xuân',
      },
      { name: 'Đảng ủy xã Xuân Hòa', kind: 'party_committee', parent: 'Huyện ủy Thọ Xuân' },
    ],
    directives: [
      {
        symbol: '15-KH/HU',
        type: 'Kế hoạch',
        date: '2022-03-02',
        issuer: 'Ban Thường vụ Huyện ủy Thọ Xuân',
        subject: null,
        implements: ['763-QĐ/TU'],
        evidence: [at(text, 'Kế hoạch số 15-KH/HU ngày 2/3/2022')],
      },
      {
        symbol: '763-QĐ/TU',
        type: 'Quyết định',
        date: '2021-10-05',
        issuer: 'Ban Thường vụ Tỉnh ủy Thanh Hóa',
        subject: null,
        implements: [],
        evidence: [at(text, 'Quyết định số 763-QĐ/TU ngày 5/10/2021')],
      },
    ],
    supervisions: [
      {
        kind: 'giám sát',
        date: '2023-05-12',
        delegation: null,
        conductedBy: ['Ban Dân vận Huyện ủy Thọ Xuân'],
        leader: 'Tô Thế An',
        participants: ['Đỗ Thị Đào'],
        hosts: ['Lê Văn Được'],
        targets: ['Đảng ủy xã Xuân Hòa'],
        directives: ['15-KH/HU'],
        topic: null,
        evidence: [{ start: lead.start, end: leadEnd }],
      },
    ],
  });
}

/** `count` documents, one district supervision each, dates in 2022 (some on the same day). */
export function districtSeries(count: number): ExtractedDocument[] {
  const docs: ExtractedDocument[] = [];
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(2, '0');
    const day = 1 + Math.floor(i / 2); // pairs share a date: the key breaks the tie
    const commune = `Đảng ủy xã Thử Nghiệm ${n}`;
    const leader = `Nguyễn Văn Kiểm ${n}`;
    const text =
      `Ngày ${day}/6/2022, Ban Dân vận Huyện ủy Nông Cống do đồng chí ${leader}, Phó Trưởng ` +
      `Ban Dân vận Huyện ủy làm trưởng đoàn đã kiểm tra việc thực hiện Quyết định số ` +
      `${100 + i}-QĐ/HU ngày 1/1/2022 tại ${commune}.`;
    docs.push(
      doc(`api_series_${n}`, text, {
        document: {
          title: `Kiểm tra ${commune}`,
          source: 'baothanhhoa.vn',
          jurisdiction: 'Thanh Hóa',
          eventDate: `2022-06-${String(day).padStart(2, '0')}`,
        },
        officials: [
          {
            name: leader,
            roles: [{ title: 'Phó Trưởng Ban', organization: 'Ban Dân vận Huyện ủy Nông Cống' }],
            evidence: [at(text, `${leader}, Phó Trưởng Ban Dân vận Huyện ủy`)],
          },
        ],
        organizations: [
          { name: 'Ban Dân vận Huyện ủy Nông Cống', kind: 'mass_mobilization_board', parent: null },
          { name: commune, kind: 'party_committee', parent: null },
        ],
        directives: [
          {
            symbol: `${100 + i}-QĐ/HU`,
            type: 'Quyết định',
            date: '2022-01-01',
            issuer: null,
            subject: null,
            implements: [],
            evidence: [at(text, `Quyết định số ${100 + i}-QĐ/HU`)],
          },
        ],
        supervisions: [
          {
            kind: 'kiểm tra',
            date: `2022-06-${String(day).padStart(2, '0')}`,
            delegation: null,
            conductedBy: ['Ban Dân vận Huyện ủy Nông Cống'],
            leader,
            participants: [],
            hosts: [],
            targets: [commune],
            directives: [`${100 + i}-QĐ/HU`],
            topic: null,
            evidence: [{ start: 0, end: text.length }],
          },
        ],
      }),
    );
  }
  return docs;
}

export const SERIES_COUNT = 24;

/** Everything the API tests load. */
export function allFixtures(): ExtractedDocument[] {
  return [thanhHoaSeed(), stopwordNames(), ...districtSeries(SERIES_COUNT)];
}
