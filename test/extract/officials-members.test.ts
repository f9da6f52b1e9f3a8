/**
 * Officials in shapes an independently annotated set had: delegation members with acting titles
 * and inspector ranks, given names that are also words (a time word, a title), a title in brackets,
 * bare names listed under a shared title (invented sentences, one shape per test).
 */
import { officialsOf as officials } from '../support/extract';

describe('delegation members', () => {
  const text =
    'Thành phần đoàn gồm ông Trần Văn Bình - Quyền Cục trưởng - Cục Quản lý đấu thầu làm phó đoàn; ông Lê Văn Hòa, Thanh tra viên chính, Thanh tra Chính phủ; ông Ngô Hữu Trưởng, chuyên viên Cục Quản lý đấu thầu.';
  it('reads an acting title ("Quyền Cục trưởng - Cục X")', () => {
    expect(officials(text).get('Trần Văn Bình')).toEqual(['Quyền Cục trưởng Cục Quản lý đấu thầu']);
  });
  it('reads an inspector’s rank as a title ("Thanh tra viên chính")', () => {
    expect(officials(text).get('Lê Văn Hòa')?.[0]).toMatch(/^Thanh tra viên chính/u);
  });
  it('keeps a given name that is also a title ("Ngô Hữu Trưởng, chuyên viên …")', () => {
    expect(officials(text).get('Ngô Hữu Trưởng')).toEqual(['Chuyên viên Cục Quản lý đấu thầu']);
  });
});

describe('names that hold words', () => {
  it('keeps a given name that is a time word ("Vũ Văn Sáng đưa …")', () => {
    const o = officials(
      'Công an cho biết Giám đốc Sở Xây dựng tỉnh Yên Bái Vũ Văn Sáng đưa tiền cho đối tượng.',
    );
    expect(o.get('Vũ Văn Sáng')).toEqual(['Giám đốc Sở Xây dựng tỉnh Yên Bái']);
    expect(o.has('Vũ Văn')).toBe(false);
  });
  it('still reads a time word before a day after a two-syllable name as the time', () => {
    const o = officials('Bí thư Tỉnh ủy Yên Bái Phạm Hùng Sáng 5/7 đã làm việc với huyện.');
    expect(o.has('Phạm Hùng')).toBe(true);
  });
});

describe('titles around names', () => {
  it('reads a title in brackets after the name ("ông A (Phó Trưởng đoàn chuyên trách Đoàn ĐBQH …)")', () => {
    expect(
      officials(
        'Ông Lê Văn Hòa (Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh Yên Bái) cũng tham dự buổi tiếp xúc.',
      ).get('Lê Văn Hòa'),
    ).toEqual(['Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh Yên Bái']);
  });
  it('gives a title before a colon to every bare name of a member ("Phó Bí thư Tỉnh ủy: A – X; B, C")', () => {
    const o = officials(
      'Dự có các đồng chí Phó Bí thư Tỉnh ủy Yên Bái: Trần Văn Bình – Chủ tịch UBND tỉnh; Lê Văn Hòa, Ngô Văn Sơn cùng các sở, ngành.',
    );
    expect(o.get('Lê Văn Hòa')).toEqual(['Phó Bí thư Tỉnh ủy Yên Bái']);
    expect(o.get('Ngô Văn Sơn')).toEqual(['Phó Bí thư Tỉnh ủy Yên Bái']);
  });
  it('gives a deputy’s bare title before another post the same body ("Phó Chủ tịch, Tổng Thư ký X")', () => {
    expect(
      officials(
        'Ông Trần Văn Bình, Phó Chủ tịch, Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam phát biểu.',
      ).get('Trần Văn Bình'),
    ).toEqual([
      'Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
      'Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    ]);
    // A post that names no body stays out of the body's ("Phó Thủ tướng, Bộ trưởng Bộ Y").
    expect(
      officials('Ông Trần Văn Bình, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao phát biểu.').get(
        'Trần Văn Bình',
      ),
    ).not.toContain('Phó Thủ tướng Bộ Ngoại giao');
  });
  it('reads "Ủy viên BCH Trung ương Đảng" before the next title', () => {
    expect(
      officials(
        'Đồng chí Trần Văn Bình - Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy Yên Bái chủ trì.',
      ).get('Trần Văn Bình'),
    ).toEqual(['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy Yên Bái']);
  });
});
