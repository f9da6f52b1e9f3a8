/** Titles in chains, asides and predicates of personnel news; one invented sentence at a time. */
import { analyse } from '../../src/extract/index';
import { officialsOf as officials } from '../support/extract';

describe('names', () => {
  it('keeps a given name that is also a place kind or a modal word', () => {
    const a = officials(
      'Ông Phan Văn Cần, Viện trưởng Viện Kiểm sát nhân dân tỉnh Nam Định, cho biết.',
    );
    expect([...a.keys()]).toEqual(['Phan Văn Cần']);
    const b = officials('Tổng cục trưởng Tổng cục Hải quan Trần Văn Huyện ký quyết định.');
    expect([...b.keys()]).toEqual(['Trần Văn Huyện']);
  });

  it('drops a figure commemorated, in every mention', () => {
    const text =
      'Kỷ niệm 110 năm Ngày sinh đồng chí Lê Văn Lương. Trên cương vị Bộ trưởng Bộ Nội vụ, đồng chí ' +
      'Lê Văn Lương đã có nhiều đóng góp. Phó Chủ tịch UBND tỉnh Nam Định Trần Văn Nam đọc diễn văn.';
    expect([...officials(text).keys()]).toEqual(['Trần Văn Nam']);
  });
});

describe('asides and predicates', () => {
  it('skips the date of birth between a name and its title', () => {
    const text = 'Ông Lê Văn Tám, sinh năm 1967, Phó Chủ tịch UBND huyện Tân Lạc, phát biểu.';
    expect(officials(text).get('Lê Văn Tám')).toEqual([
      'Phó Chủ tịch Ủy ban nhân dân huyện Tân Lạc',
    ]);
    const pred =
      'Bổ nhiệm lại ông Đỗ Văn Tâm, sinh ngày 3/6/1961 giữ chức vụ Giám đốc Sở Tư pháp tỉnh Nam Định.';
    expect(officials(pred).get('Đỗ Văn Tâm')).toEqual(['Giám đốc Sở Tư pháp tỉnh Nam Định']);
  });

  it('reads the new post after the present one, and skips a former one', () => {
    const now =
      'Điều động bà Đỗ Thị Hạnh, Phó Chánh Văn phòng Sở Nội vụ tỉnh Nam Định, giữ chức Phó ' +
      'Giám đốc Sở Tư pháp tỉnh Nam Định.';
    expect(officials(now).get('Đỗ Thị Hạnh')).toEqual([
      'Phó Chánh Văn phòng Sở Nội vụ tỉnh Nam Định',
      'Phó Giám đốc Sở Tư pháp tỉnh Nam Định',
    ]);
    const former =
      'Hội nghị bầu ông Hà Văn Sơn, nguyên Phó Bí thư Huyện ủy Tân Lạc, giữ chức Chủ tịch Hội Nông ' +
      'dân tỉnh Hòa Bình.';
    expect(officials(former).get('Hà Văn Sơn')).toEqual(['Chủ tịch Hội Nông dân tỉnh Hòa Bình']);
  });

  it('reads the body after a dash', () => {
    const text = 'Ông Vũ Văn Bình, Phó Chánh Văn phòng - Tổng cục Hải quan, cho biết.';
    expect(officials(text).get('Vũ Văn Bình')).toEqual(['Phó Chánh Văn phòng Tổng cục Hải quan']);
  });
});

describe('chains', () => {
  it('gives titles written before the next name to that name, not the one before', () => {
    const text =
      'Dự lễ có Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an Trần Văn An, Ủy viên Trung ương Đảng, ' +
      'Chủ tịch Hội Nông dân Việt Nam Lê Văn Bình; lãnh đạo tỉnh Nam Định.';
    const o = officials(text);
    expect(o.get('Trần Văn An')).toEqual(['Ủy viên Bộ Chính trị', 'Bộ trưởng Bộ Công an']);
    expect(o.get('Lê Văn Bình')).toEqual([
      'Ủy viên Trung ương Đảng',
      'Chủ tịch Hội Nông dân Việt Nam',
    ]);
  });

  it('puts a Đảng đoàn inside the front or council whose title follows', () => {
    const text =
      'Ông Ngô Văn Hải, Bí thư Đảng đoàn, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nam Định, phát biểu.';
    expect(officials(text).get('Ngô Văn Hải')).toEqual([
      'Bí thư Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định',
      'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định',
    ]);
  });

  it('reads a named department of an agency, and the agency’s Party committee', () => {
    const text =
      'Ông Lý Văn Hùng, Đảng ủy viên, Trưởng phòng Tổ chức cán bộ Tòa án nhân dân tỉnh Nam Định, ' +
      'bị kỷ luật. Ông Đào Văn Lộc, Trưởng phòng Kế hoạch, Công an tỉnh Nam Định, có mặt.';
    const o = officials(text);
    expect(o.get('Lý Văn Hùng')).toEqual([
      'Ủy viên Đảng ủy Tòa án nhân dân tỉnh Nam Định',
      'Trưởng Phòng Tổ chức cán bộ Tòa án nhân dân tỉnh Nam Định',
    ]);
    expect(o.get('Đào Văn Lộc')).toEqual(['Trưởng Phòng Kế hoạch Công an tỉnh Nam Định']);
  });

  it('puts a bare Party title before a title of the place’s government in that place’s committee', () => {
    const text =
      'Tiếp đoàn có ông Bùi Văn Tám, Phó Bí thư, Chủ tịch UBND huyện Lạc Sơn; ông Lê Văn Hải, Bí ' +
      'thư, Chủ tịch UBND xã Tân Mỹ; ông Lò Văn Tú, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc.';
    const o = officials(text);
    expect(o.get('Bùi Văn Tám')).toEqual([
      'Phó Bí thư Huyện ủy Lạc Sơn',
      'Chủ tịch Ủy ban nhân dân huyện Lạc Sơn',
    ]);
    expect(o.get('Lê Văn Hải')).toEqual([
      'Bí thư Đảng ủy xã Tân Mỹ',
      'Chủ tịch Ủy ban nhân dân xã Tân Mỹ',
    ]);
    expect(o.get('Lò Văn Tú')).toEqual(['Chủ nhiệm Ủy ban Dân tộc']);
  });

  it('reads heads of groups, banks and schools', () => {
    const text =
      'Ông Vũ Văn Phúc, Tổng Giám đốc Tập đoàn Điện lực Việt Nam, cho biết. Ông Lê Văn Hùng, Giám ' +
      'đốc Ngân hàng Chính sách xã hội tỉnh Nam Định, báo cáo. Ông Mai Văn Trường, Hiệu trưởng ' +
      'Trường THPT Xuân Trường, phát biểu.';
    const o = officials(text);
    expect(o.get('Vũ Văn Phúc')).toEqual(['Tổng Giám đốc Tập đoàn Điện lực Việt Nam']);
    expect(o.get('Lê Văn Hùng')).toEqual(['Giám đốc Ngân hàng Chính sách xã hội tỉnh Nam Định']);
    expect(o.get('Mai Văn Trường')?.[0]).toMatch(/^Hiệu trưởng Trường THPT Xuân Trường/);
    // A group or a bank is national: the article's province is not added to its name.
    const local = officials('(Baonamdinh.vn) - Ông Trịnh Văn Quý, Chủ tịch Tập đoàn FLC, dự.');
    expect(local.get('Trịnh Văn Quý')).toEqual(['Chủ tịch Tập đoàn FLC']);
  });

  it('reads the treasury, social insurance and broadcaster of a province, and the national ones', () => {
    const text =
      '(Baonamdinh.vn) - Bà Lý Thị Yến, Giám đốc Kho bạc Nhà nước tỉnh; ông Hà Văn Đức, Giám đốc ' +
      'Bảo hiểm xã hội tỉnh; ông Lò Văn Tú, Giám đốc Đài Phát thanh và Truyền hình tỉnh dự. Ông Vũ ' +
      'Văn Hòa, Tổng Giám đốc Bảo hiểm xã hội Việt Nam, phát biểu.';
    const o = officials(text);
    expect(o.get('Lý Thị Yến')).toEqual(['Giám đốc Kho bạc Nhà nước tỉnh Nam Định']);
    expect(o.get('Hà Văn Đức')).toEqual(['Giám đốc Bảo hiểm xã hội tỉnh Nam Định']);
    expect(o.get('Lò Văn Tú')).toEqual(['Giám đốc Đài Phát thanh và Truyền hình tỉnh Nam Định']);
    expect(o.get('Vũ Văn Hòa')).toEqual(['Tổng Giám đốc Bảo hiểm xã hội Việt Nam']);
  });

  it('reads a school named after a person without making that name an official', () => {
    const text =
      'Hiệu trưởng Trường THPT Chu Văn An Lê Văn Tám phát biểu. Bà Đỗ Thị Loan, Phó Hiệu trưởng ' +
      'Trường THPT Phan Đình Phùng, cho biết.';
    const o = officials(text);
    expect([...o.keys()].sort()).toEqual(['Lê Văn Tám', 'Đỗ Thị Loan']);
    expect(o.get('Lê Văn Tám')?.[0]).toMatch(/^Hiệu trưởng Trường THPT Chu Văn An/);
    expect(o.get('Đỗ Thị Loan')?.[0]).toMatch(/^Phó Hiệu trưởng Trường THPT Phan Đình Phùng/);
  });

  it('reads the traffic police department whole', () => {
    const text =
      'Ông Lê Văn Hải, Trưởng phòng Cảnh sát giao thông Công an tỉnh Nam Định, cho biết. Ông Trần ' +
      'Quốc Trung, Phó Cục trưởng Cục Cảnh sát giao thông, nói.';
    const o = officials(text);
    expect(o.get('Lê Văn Hải')).toEqual(['Trưởng Phòng Cảnh sát giao thông Công an tỉnh Nam Định']);
    expect(o.get('Trần Quốc Trung')).toEqual(['Phó Cục trưởng Cục Cảnh sát giao thông']);
  });

  it('does not make "UBND tỉnh" the body of a centrally run city', () => {
    const two =
      '(Thanhuytphcm.vn) - Ông Trần Văn Hưng, Giám đốc Sở GD-ĐT Yên Bái, cho biết. Ông Dương Văn ' +
      'Tiến, Phó Chủ tịch UBND tỉnh, nói. Ông Lê Văn Tám, Phó Chủ tịch UBND TP, nói.';
    const o = officials(two);
    expect(o.get('Dương Văn Tiến')).toEqual(['Phó Chủ tịch Ủy ban nhân dân tỉnh Yên Bái']);
    expect(o.get('Lê Văn Tám')).toEqual(['Phó Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh']);
    const one = officials('(Thanhuytphcm.vn) - Ông Dương Văn Tiến, Phó Chủ tịch UBND tỉnh, nói.');
    expect(one.get('Dương Văn Tiến')).toEqual(['Phó Chủ tịch Ủy ban nhân dân tỉnh']);
  });

  it('reads "BVĐK" as a general hospital', () => {
    const text = 'Ông Phạm Nông giữ chức Giám đốc BVĐK huyện Hải Hậu từ năm 2003.';
    expect(officials(text).get('Phạm Nông')).toEqual(['Giám đốc Bệnh viện Đa khoa huyện Hải Hậu']);
  });

  it('reads a school numbered after its name and "BV" for a hospital', () => {
    const text =
      '(Baonamdinh.vn) - Bổ nhiệm ông Vũ Văn Hiếu, sinh ngày 2/11/1967, giữ chức Hiệu trưởng Trường ' +
      'THPT Hải Hậu số 1. Bổ nhiệm ông Trần Bá Tịnh, Giám đốc Trung tâm Y tế huyện Hải Hậu, đến giữ ' +
      'chức Giám đốc BV Đa khoa huyện Hải Hậu.';
    const o = officials(text);
    expect(o.get('Vũ Văn Hiếu')).toEqual(['Hiệu trưởng Trường THPT Hải Hậu số 1']);
    expect(o.get('Trần Bá Tịnh')).toEqual([
      'Giám đốc Trung tâm Y tế huyện Hải Hậu',
      'Giám đốc Bệnh viện Đa khoa huyện Hải Hậu',
    ]);
  });

  it('gives a title joined by "kiêm" the body of the title after it', () => {
    const text =
      'Ông Hà Văn Minh, Phó Chủ tịch kiêm Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam, nói.';
    expect(officials(text).get('Hà Văn Minh')).toEqual([
      'Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
      'Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    ]);
  });

  it('gives bare titles in brackets the body named after the list of names', () => {
    const text =
      '(Baonamdinh.vn) - Ông Lê Văn A tố cáo ông Phan Văn Tường (Chủ tịch) và ông Đặng Văn Nam ' +
      '(Phó Chủ tịch) UBND huyện Hải Hậu. Phó Chủ tịch UBND tỉnh Trần Văn Chung chỉ đạo.';
    const o = officials(text);
    expect(o.get('Phan Văn Tường')).toEqual(['Chủ tịch Ủy ban nhân dân huyện Hải Hậu']);
    expect(o.get('Đặng Văn Nam')).toEqual(['Phó Chủ tịch Ủy ban nhân dân huyện Hải Hậu']);
  });

  it('reads a committee membership in lower case and a department of a hospital', () => {
    const text =
      'Ông Đặng Văn Bình, huyện ủy viên, Bí thư Đảng ủy, Giám đốc Bệnh viện Đa khoa huyện Hải ' +
      'Hậu, bị kỷ luật. Bà Đinh Thị Hương, Phó Phòng Tổ chức hành chính, Bệnh viện Đa khoa huyện ' +
      'Hải Hậu, xác nhận.';
    const o = officials(text);
    expect(o.get('Đặng Văn Bình')).toEqual([
      'Ủy viên Huyện ủy Hải Hậu',
      'Bí thư Đảng ủy Bệnh viện Đa khoa huyện Hải Hậu',
      'Giám đốc Bệnh viện Đa khoa huyện Hải Hậu',
    ]);
    expect(o.get('Đinh Thị Hương')).toEqual([
      'Phó Phòng Tổ chức hành chính Bệnh viện Đa khoa huyện Hải Hậu',
    ]);
  });

  it('reads a predicate after a dash', () => {
    const text =
      'Ông Nguyễn Văn Hưng (SN 1961) - hiện giữ chức vụ Phó chủ tịch UBND xã Hải Anh - bị tố cáo.';
    expect(officials(text).get('Nguyễn Văn Hưng')).toEqual([
      'Phó Chủ tịch Ủy ban nhân dân xã Hải Anh',
    ]);
  });

  it('reads deputy military titles', () => {
    const text =
      'Thượng tá Lê Văn Mạnh, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Nam Định, báo cáo.';
    expect(officials(text).get('Lê Văn Mạnh')).toEqual([
      'Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Nam Định',
    ]);
  });

  it('does not read a word opening the next sentence as a city after "TP."', () => {
    const text = 'Dự có lãnh đạo Ban Quản lý Khu Công nghệ cao TP. Các đại biểu thảo luận.';
    const places = analyse(text)
      .sentences.flat()
      .flatMap((it) => (it.kind === 'org' ? it.m.places : []));
    expect(places.map((p) => p.name)).not.toContain('Các');
  });
});

describe('a place named at the end of a chain', () => {
  it('belongs to the earlier titles that name only the kind of place, not to the article province', () => {
    const text =
      'Bộ trưởng kiểm tra tại Thanh Hóa\n\nSáng 2/6, đoàn công tác làm việc tại Thanh Hóa. ' +
      'Ông Trần Văn Hùng, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Kỳ thi Trung học Phổ thông ' +
      'quốc gia năm 2017 tỉnh Nam Định phát biểu.';
    expect(officials(text).get('Trần Văn Hùng')).toEqual([
      'Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định',
      'Trưởng Ban Chỉ đạo Kỳ thi Trung học Phổ thông quốc gia năm 2017 tỉnh Nam Định',
    ]);
  });
});

describe('roundups with one province per section', () => {
  const text =
    'Tin bổ nhiệm cán bộ\n\nQuảng Trị: Ngày 10/7, Chủ tịch UBND tỉnh Trần Văn Chính bổ nhiệm ' +
    'ông Phan Văn Linh giữ chức Giám đốc Sở Y tế tỉnh. Kon Tum: Ngày 11/7, ông Lê Văn Hòa, ' +
    'Giám đốc Sở Tư pháp tỉnh, nhận quyết định.';
  it("places a bare 'tỉnh' in the province of its section", () => {
    const a = officials(text);
    expect(a.get('Phan Văn Linh')).toEqual(['Giám đốc Sở Y tế tỉnh Quảng Trị']);
    expect(a.get('Lê Văn Hòa')).toEqual(['Giám đốc Sở Tư pháp tỉnh Kon Tum']);
  });
  it('leaves one opening place to the article context', () => {
    const one = 'Tin bổ nhiệm\n\nTại Hà Nam, ông Lê Văn Hòa, Giám đốc Sở Tư pháp tỉnh, cho biết.';
    expect(officials(one).get('Lê Văn Hòa')).toEqual(['Giám đốc Sở Tư pháp tỉnh Hà Nam']);
  });
});
