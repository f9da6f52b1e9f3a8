/** Officials named in appositions of news writing whose names or titles read like something else. */
import { officialsOf as officials } from '../support/extract';

describe('rarer family names', () => {
  it('reads a dash apposition after a name with the family name Quảng', () => {
    const text =
      'Mưa đã ngớt. Theo ông Quảng Văn Tài - Phó Giám đốc Sở Y tế tỉnh Sơn La, số ca bệnh đã giảm.';
    expect(officials(text).get('Quảng Văn Tài')).toEqual(['Phó Giám đốc Sở Y tế tỉnh Sơn La']);
  });
});

describe('a name that holds a place name', () => {
  it('reads a full name opening with a district name after a person marker', () => {
    const text =
      'Sáng 3/4, phóng viên đã trao đổi với ông Châu Thành Lợi, Phó Chủ tịch UBND huyện Cái Nước.';
    expect(officials(text).get('Châu Thành Lợi')).toEqual([
      'Phó Chủ tịch Ủy ban nhân dân huyện Cái Nước',
    ]);
  });
  it('leaves the place a place without a person marker before it', () => {
    const text = 'Đoàn đã đến huyện Châu Thành Tây Ninh. Chủ tịch UBND huyện Châu Thành phát biểu.';
    expect([...officials(text).keys()]).toEqual([]);
  });
});

describe("a person's own province", () => {
  it('places posts named without a province in the province of the person’s other posts', () => {
    const text =
      'Kỳ họp xem xét sai phạm ở tỉnh Lâm Đồng và Sở Công Thương tỉnh Khánh Hòa. ' +
      'Đồng chí Lê Thị Hoa, Phó Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh Bình Phước. ' +
      'Trong thời gian giữ cương vị Giám đốc Sở Công Thương, Phó Chủ tịch UBND tỉnh, ' +
      'đồng chí Lê Thị Hoa đã ký nhiều văn bản sai quy định.';
    const roles = officials(text).get('Lê Thị Hoa') ?? [];
    expect(roles).toContain('Giám đốc Sở Công Thương Bình Phước');
    expect(roles).toContain('Phó Chủ tịch Ủy ban nhân dân tỉnh Bình Phước');
    expect(roles.some((r) => /Khánh Hòa|Lâm Đồng/u.test(r))).toBe(false);
  });
});
