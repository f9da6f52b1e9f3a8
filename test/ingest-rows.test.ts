/** Keys and levels the loader computes (pure: src/graph/rows.ts), as docs/GRAPH.md defines them. */
import {
  directiveKey,
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
