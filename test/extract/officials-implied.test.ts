/** Bodies a title implies when the text does not name them, one invented sentence at a time. */
import { officialsOf } from '../support/extract';

function roles(text: string, name: string): string[] | undefined {
  return officialsOf(text).get(name);
}

describe('standalone titles', () => {
  it('holds a Prime Minister named without a body in the Government', () => {
    expect(roles('Thủ tướng Nguyễn Văn Bình đã ký quyết định.', 'Nguyễn Văn Bình')).toEqual([
      'Thủ tướng Chính phủ',
    ]);
    expect(
      roles('Ủy viên Bộ Chính trị, Phó Thủ tướng Lê Văn Quân thăm tỉnh.', 'Lê Văn Quân'),
    ).toEqual(['Ủy viên Bộ Chính trị', 'Phó Thủ tướng Chính phủ']);
  });
  it('keeps a foreign head of government out', () => {
    expect(roles('Thủ tướng Lào Trần Văn Khâm đến thăm.', 'Trần Văn Khâm')).toBeUndefined();
  });
  it('reads a later bare mention of a standing deputy as the same role', () => {
    const text =
      'Phó Thủ tướng Thường trực Chính phủ Đỗ Văn Hà đến thăm. Phó Thủ tướng Đỗ Văn Hà phát biểu.';
    expect(roles(text, 'Đỗ Văn Hà')).toEqual(['Phó Thủ tướng Thường trực Chính phủ']);
  });
});

describe('central bodies', () => {
  it('reads a central board after a lower-case "ban"', () => {
    expect(roles('Trưởng ban Tuyên giáo Trung ương Lê Văn Khôi phát biểu.', 'Lê Văn Khôi')).toEqual(
      ['Trưởng Ban Tuyên giáo Trung ương'],
    );
  });
  it('reads national news agencies and friendship unions as bodies', () => {
    const text =
      'Dự lễ có ông Hà Văn Tâm, Tổng Giám đốc Thông tấn xã Việt Nam, và ông Đôn Văn Hùng, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam.';
    expect(roles(text, 'Hà Văn Tâm')).toEqual(['Tổng Giám đốc Thông tấn xã Việt Nam']);
    expect(roles(text, 'Đôn Văn Hùng')).toEqual([
      'Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam',
    ]);
  });
  it('reads less common family names', () => {
    expect(roles('Phó Bí thư Thành ủy Tất Văn Minh dự họp.', 'Tất Văn Minh')).toEqual([
      'Phó Bí thư Thành ủy',
    ]);
  });
});

describe('long names of bodies', () => {
  it('reads a unit name of up to ten words', () => {
    expect(
      roles(
        'Ông Lê Văn Tùng, Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Yên Dũng, phát biểu.',
        'Lê Văn Tùng',
      ),
    ).toEqual(['Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Yên Dũng']);
    expect(
      roles(
        'Bà Hồ Thị Lan, Cục trưởng Cục Kiểm soát hoạt động bảo vệ môi trường, cho biết.',
        'Hồ Thị Lan',
      ),
    ).toEqual(['Cục trưởng Cục Kiểm soát hoạt động bảo vệ môi trường']);
  });
  it('ends a long name at a verb of speech, a person marker before a name or a byline', () => {
    expect(
      roles(
        'Ông Trần Văn Hải, Trưởng Ban Quản lý Di tích và Rừng Quốc gia Mường Thanh nhận định lượng khách tăng.',
        'Trần Văn Hải',
      ),
    ).toEqual(['Trưởng Ban Quản lý Di tích và Rừng Quốc gia Mường Thanh']);
    expect(
      roles(
        'Giám đốc Ban Quản lý Khu bảo tồn thiên nhiên Pù Luông ông Nguyễn Văn Phúc cho biết.',
        'Nguyễn Văn Phúc',
      ),
    ).toEqual(['Giám đốc Ban Quản lý Khu bảo tồn thiên nhiên Pù Luông']);
    expect(
      roles(
        'Ông Đỗ Văn Thành - Cục trưởng Cục Đường thủy nội địa Việt Nam PV: Xin ông cho biết kết quả?',
        'Đỗ Văn Thành',
      ),
    ).toEqual(['Cục trưởng Cục Đường thủy nội địa Việt Nam']);
    // "bà mẹ" (mothers) is a word of the name: no person follows it.
    expect(
      roles(
        'Bà Lê Thị Hoa, Giám đốc Trung tâm Chăm sóc sức khỏe bà mẹ trẻ em tỉnh Nam Định, phát biểu.',
        'Lê Thị Hoa',
      ),
    ).toEqual(['Giám đốc Trung tâm Chăm sóc sức khỏe bà mẹ trẻ em tỉnh Nam Định']);
  });
});

describe('words that look like places', () => {
  it('reads "xã hội" inside a body name as a word, not a commune', () => {
    expect(
      roles('Ông Hà Văn Nam, Giám đốc Trung tâm Bảo trợ xã hội tỉnh Nam Định, dự.', 'Hà Văn Nam'),
    ).toEqual(['Giám đốc Trung tâm Bảo trợ xã hội tỉnh Nam Định']);
  });
});

describe('abbreviations and slips of bodies', () => {
  it('expands the labour confederation and ministry abbreviations', () => {
    const text =
      'Ông Trần Văn Lộc, Phó Chủ tịch Tổng LĐLĐ Việt Nam, và ông Đào Văn Hưng, Bộ trưởng Bộ LĐ, TB&XH, dự.';
    expect(roles(text, 'Trần Văn Lộc')).toEqual(['Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam']);
    expect(roles(text, 'Đào Văn Hưng')).toEqual(['Bộ trưởng Bộ Lao động - Thương binh và Xã hội']);
  });
  it('reads a common misspelling of UBND', () => {
    expect(roles('Chủ tịch UBDN huyện Tân Lạc Lê Văn Hòa dự.', 'Lê Văn Hòa')).toEqual([
      'Chủ tịch Ủy ban nhân dân huyện Tân Lạc',
    ]);
  });
});

describe('names that are places', () => {
  it('does not read a place after "ở" or "quê" as a person', () => {
    const text =
      'Ông Vương Minh Sơn quê ở Giang Tô, từng giữ chức Bí thư Huyện đoàn ở Giang Tô, Chánh Văn phòng Trung ương Đoàn.';
    expect(officialsOf(text).has('Giang Tô')).toBe(false);
  });
  it('does not read a year of the sixty-year cycle or a university as a person', () => {
    const tet = 'Tổng kết lễ hội Tết Đinh Dậu, Phó Chủ tịch UBND tỉnh cho biết kết quả.';
    expect(officialsOf(tet).has('Đinh Dậu')).toBe(false);
    const uni =
      'Theo ông Trần Đình Lộc, Trưởng phòng Đào tạo Trường ĐH Nông Lâm Huế, kỳ thi ổn định.';
    expect(officialsOf(uni).has('Nông Lâm Huế')).toBe(false);
    expect(officialsOf(uni).has('Trần Đình Lộc')).toBe(true);
  });
  it('does not make a late figure named with a title an official', () => {
    const text =
      'Di sản của cố Thủ tướng Lê Văn Kiên được nhắc lại; Bí thư Tỉnh ủy Hà Văn Mạnh phát biểu.';
    expect(officialsOf(text).has('Lê Văn Kiên')).toBe(false);
    expect(roles(text, 'Hà Văn Mạnh')).toEqual(['Bí thư Tỉnh ủy']);
  });
  it('reads an ethnic family name before a middle name', () => {
    expect(roles('Ông Lô Văn Đức, Chủ tịch UBND xã Liên Hợp, cho biết.', 'Lô Văn Đức')).toEqual([
      'Chủ tịch Ủy ban nhân dân xã Liên Hợp',
    ]);
  });
});

describe('one post told twice', () => {
  it('keeps the full form when a later mention leaves the place unsaid', () => {
    const text =
      'Theo Cục trưởng Cục Thi hành án dân sự TP Hải Phòng Lê Văn Tiến, việc thi hành đạt kết quả. Cục trưởng Cục Thi hành án dân sự Lê Văn Tiến cho biết thêm.';
    expect(roles(text, 'Lê Văn Tiến')).toEqual([
      'Cục trưởng Cục Thi hành án dân sự thành phố Hải Phòng',
    ]);
  });
});
