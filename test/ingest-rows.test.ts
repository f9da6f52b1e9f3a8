/** Keys and levels the loader computes (pure: src/graph/rows.ts), as docs/GRAPH.md defines them. */
import {
  batchParams,
  directiveKey,
  type DirectiveRow,
  type DocumentRows,
  type OrganizationRow,
  type SupervisionRow,
  normSymbol,
  officialKey,
  organizationJurisdiction,
  organizationKey,
  organizationLevel,
  roleKey,
  supervisionKey,
} from '../src/graph/rows';

test('official, organisation and role keys', () => {
  expect(officialKey('Phạm Thị Thanh Thủy', 'Thanh Hóa')).toBe('pham thi thanh thuy|thanh hoa');
  expect(officialKey('Phạm Thị Thanh Thủy', null)).toBe('pham thi thanh thuy|');
  // Tone-mark style and case do not split an organisation; diacritics do.
  expect(organizationKey('Ban Dân vận Tỉnh uỷ Thanh Hoá')).toBe(
    organizationKey('Ban Dân vận Tỉnh ủy Thanh Hóa'),
  );
  expect(organizationKey('Tỉnh ủy Thanh Hóa')).not.toBe(organizationKey('Thành ủy Thanh Hóa'));
  expect(roleKey('Trưởng Ban', 'ban dân vận tỉnh ủy thanh hóa')).toBe(
    'trưởng ban|ban dân vận tỉnh ủy thanh hóa',
  );
  expect(roleKey('Bí thư', null)).toBe('bí thư|');
});

test('directive symbols compare as the spec says', () => {
  expect(normSymbol('05-CT/TƯ')).toBe(normSymbol('5-CT/TW'));
  expect(normSymbol('802/QĐ-UBND')).toBe(normSymbol('802 / QĐ-UBND'));
  expect(normSymbol('23-QĐ/TW')).not.toBe(normSymbol('23-QĐ/TU'));
  expect(directiveKey(normSymbol('802/QĐ-UBND'), 'hải phòng', '2021')).toBe(
    '802/qđ-ubnd|hải phòng|2021',
  );
});

test('supervision key is independent of the order of conductors and targets', () => {
  expect(supervisionKey('giám sát', '2024-04-26', ['b', 'a'], ['y', 'x'])).toBe(
    supervisionKey('giám sát', '2024-04-26', ['a', 'b'], ['x', 'y']),
  );
  expect(supervisionKey('giám sát', null, ['a'], ['x'])).toBe('giám sát||a|x');
});

test('organisation level and jurisdiction come from the name', () => {
  expect(organizationLevel('Ban Dân vận Tỉnh ủy Thanh Hóa', 'Thanh Hóa')).toBe('province');
  expect(organizationLevel('Thành ủy Thanh Hóa', 'Thanh Hóa')).toBe('district');
  expect(organizationLevel('Ban Dân vận Thành ủy Hải Phòng', 'Hải Phòng')).toBe('province');
  expect(
    organizationLevel('Ban Dân vận Thành ủy Thành phố Hồ Chí Minh', 'Thành phố Hồ Chí Minh'),
  ).toBe('province');
  expect(organizationLevel('Huyện ủy Như Xuân', 'Thanh Hóa')).toBe('district');
  expect(organizationLevel('Đảng ủy xã Hòa Bình', null)).toBe('commune');
  // "xã hội" is not a commune.
  expect(organizationLevel('Sở Lao động - Thương binh và Xã hội Hòa Bình', 'Hòa Bình')).toBe(
    'province',
  );
  expect(organizationLevel('Ban Dân vận Trung ương', 'Hải Phòng')).toBe('central');
  expect(organizationLevel('Ban Dân vận', null)).toBe('unknown');

  expect(organizationJurisdiction('Sở Nội vụ Hải Phòng', 'Hải Phòng')).toBe('Hải Phòng');
  expect(organizationJurisdiction('Ban Dân vận Trung ương', 'Hải Phòng')).toBeNull();
  expect(organizationJurisdiction('Sở Nội vụ', null)).toBeNull();
});

/** Rows of a document that names only the given nodes. */
function rowsOf(
  id: string,
  nodes: {
    organizations?: OrganizationRow[];
    directives?: DirectiveRow[];
    supervisions?: SupervisionRow[];
  },
): DocumentRows {
  return {
    id,
    sha256: id,
    document: {
      id,
      sha256: id,
      title: null,
      source: null,
      jurisdiction: null,
      eventDate: null,
      author: null,
      text: '',
      ingestedAt: '2025-01-01T00:00:00.000Z',
    },
    places: [{ name: 'Hải Phòng', level: 'province' }],
    organizations: nodes.organizations ?? [],
    officials: [],
    roles: [],
    directives: nodes.directives ?? [],
    supervisions: nodes.supervisions ?? [],
    partOf: [],
    orgIn: [],
    holds: [],
    roleOf: [],
    issued: [],
    implementsRels: [],
    conducted: [],
    led: [],
    tookPart: [],
    hosted: [],
    targeted: [],
    under: [],
    reports: [],
    mentionsOfficial: [],
    mentionsOrganization: [],
    mentionsDirective: [],
  };
}

test('a batch sends one row per node, as if its documents were loaded one after the other', () => {
  const org = (o: Partial<OrganizationRow>): OrganizationRow => ({
    key: 'ban dân vận',
    name: 'Ban Dân vận',
    nameFolded: 'ban dan van',
    searchText: 'ban dan van',
    kind: null,
    level: 'unknown',
    jurisdiction: null,
    ...o,
  });
  const dir = (d: Partial<DirectiveRow>): DirectiveRow => ({
    key: '23-qđ/tw||2019',
    symbol: '23-QĐ/TW',
    symbolNorm: '23-qđ/tw',
    type: null,
    date: null,
    subject: null,
    jurisdiction: null,
    searchText: '23-qd/tw',
    group: '23-qđ/tw||',
    ...d,
  });
  const sup = (x: Partial<SupervisionRow>): SupervisionRow => ({
    key: 'giám sát||a|x',
    kind: 'giám sát',
    date: null,
    delegation: null,
    topic: null,
    ...x,
  });
  const params = batchParams([
    rowsOf('a', {
      organizations: [org({ name: 'Ban Dân Vận' })],
      directives: [dir({ type: 'Quy định' })],
      supervisions: [sup({ topic: 'first' })],
    }),
    rowsOf('b', {
      organizations: [org({ kind: 'party', level: 'province', jurisdiction: 'Hải Phòng' })],
      directives: [dir({ type: 'Chỉ thị', subject: 'x', searchText: '23-qd/tw cong tac' })],
      supervisions: [sup({ delegation: 'Đoàn 1' })],
    }),
    rowsOf('c', {
      organizations: [org({ level: 'district' })],
      directives: [dir({ searchText: '23-qd/tw abc' })],
      supervisions: [sup({ topic: 'last' })],
    }),
  ]);
  expect(params.places).toHaveLength(1);
  expect(params.documents).toHaveLength(3);
  // ON CREATE values from the first; coalesce(row, existing): the last non-null; a known level stays.
  expect(params.organizations).toEqual([
    org({ name: 'Ban Dân Vận', kind: 'party', level: 'province', jurisdiction: 'Hải Phòng' }),
  ]);
  // coalesce(existing, row): the first non-null; searchText: the longest.
  expect(params.directives).toEqual([
    dir({ type: 'Quy định', subject: 'x', searchText: '23-qd/tw cong tac' }),
  ]);
  expect(params.supervisions).toEqual([sup({ topic: 'last', delegation: 'Đoàn 1' })]);
});
