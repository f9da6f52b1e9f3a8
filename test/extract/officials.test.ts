/** Officials and their roles in constructions of real news writing, one invented sentence at a time. */
import { extractText } from '../../src/extract/index';
import { officialsOf as officials } from '../support/extract';

function roles(text: string, name: string): string[] | undefined {
  return officials(text).get(name);
}

describe('written in lower case or abbreviated', () => {
  it('reads a lower-case title before a capitalised body', () => {
    const text = 'Bà Trần Thị Mai, phó chủ tịch UBND huyện Tân Lạc, phát biểu.';
    expect(roles(text, 'Trần Thị Mai')).toEqual(['Phó Chủ tịch Ủy ban nhân dân huyện Tân Lạc']);
  });
  it('does not make a lower-case title a role without a body or a name after it', () => {
    const text = 'Ông Lê Văn Hòa cho biết chủ tịch sẽ trả lời sau.';
    expect(roles(text, 'Lê Văn Hòa')).toBeUndefined();
  });
  it('reads a lower-case body after a title and a department in lower case', () => {
    expect(
      roles('Ông Đỗ Văn Tâm, Giám đốc sở Tư pháp tỉnh Nam Định, cho biết.', 'Đỗ Văn Tâm'),
    ).toEqual(['Giám đốc Sở Tư pháp tỉnh Nam Định']);
    expect(roles('Bà Lý Thị Hoa, Thứ trưởng Bộ xây dựng, làm việc.', 'Lý Thị Hoa')).toEqual([
      'Thứ trưởng Bộ Xây dựng',
    ]);
  });
  it('reads a place kind glued to its name (Q.Bình Thạnh, Q.3)', () => {
    expect(roles('Phó chủ tịch UBND Q.3 Phan Văn Lộc chỉ đạo.', 'Phan Văn Lộc')).toEqual([
      'Phó Chủ tịch Ủy ban nhân dân quận 3',
    ]);
    expect(
      roles('Chủ tịch UBND Q.Bình Thạnh (TP.HCM) Vũ Minh Tâm khẳng định.', 'Vũ Minh Tâm'),
    ).toEqual(['Chủ tịch Ủy ban nhân dân quận Bình Thạnh']);
  });
  it('skips the bracketed abbreviation of a body', () => {
    const text = 'Phó Giám đốc Sở Giáo dục và Đào tạo (GD-ĐT) Nam Định Hà Văn Khải cho biết.';
    expect(roles(text, 'Hà Văn Khải')).toEqual(['Phó Giám đốc Sở Giáo dục và Đào tạo Nam Định']);
  });
  it('skips a bracketed abbreviation inside a body name or between its units', () => {
    expect(
      roles(
        'Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (UBTW MTTQ) Việt Nam Phan Văn Đức phát biểu.',
        'Phan Văn Đức',
      ),
    ).toEqual(['Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam']);
    expect(
      roles('Ông Lê Văn Tám, Trưởng Ban Dân vận (BDV) Tỉnh ủy Nam Định, phát biểu.', 'Lê Văn Tám'),
    ).toEqual(['Trưởng Ban Dân vận Tỉnh ủy Nam Định']);
  });
  it('read a name and a title joined by a hyphen without spaces', () => {
    expect(
      roles('Ông Trần Văn Khuê-Phó Giám đốc Sở Y tế tỉnh Nam Định cho biết.', 'Trần Văn Khuê'),
    ).toEqual(['Phó Giám đốc Sở Y tế tỉnh Nam Định']);
  });
  it('splits a title that ends with its body from the place after it', () => {
    const text = 'Ông Mai Văn Khoa - Phó Chánh Thanh tra tỉnh Nam Định cho biết.';
    expect(roles(text, 'Mai Văn Khoa')).toEqual(['Phó Chánh Thanh tra tỉnh Nam Định']);
  });
});

describe('bare titles', () => {
  it('complete a deputy title from the role of its family named before', () => {
    const text =
      'Ông Phạm Văn Kiên - Chủ tịch UBND thị xã Sông Mây, Phó Chủ tịch Lương Văn Tú cùng dự.';
    expect(roles(text, 'Lương Văn Tú')).toEqual(['Phó Chủ tịch Ủy ban nhân dân thị xã Sông Mây']);
  });
  it('take the body their title implies', () => {
    const text =
      'Cục Quản lý thị trường vừa họp báo. Cục trưởng Trần Văn Long cho biết sẽ kiểm tra.';
    expect(roles(text, 'Trần Văn Long')).toEqual(['Cục trưởng Cục Quản lý thị trường']);
  });
  it('are dropped when the same person holds the full role', () => {
    const text =
      'Chủ tịch UBND huyện Tân Lạc Bùi Văn Hải chủ trì. Sau đó, Chủ tịch Bùi Văn Hải kết luận.';
    expect(roles(text, 'Bùi Văn Hải')).toEqual(['Chủ tịch Ủy ban nhân dân huyện Tân Lạc']);
  });
  it('held by a plural list go to every name', () => {
    const text =
      'Phó Trưởng Ban Quản lý dự án huyện Tân Lạc Võ Thị Hằng bị cảnh cáo. Các phó trưởng ban Lâm Văn Thơ, Mai Văn Trường bị khiển trách.';
    const m = officials(text);
    expect(m.get('Võ Thị Hằng')).toEqual(['Phó Trưởng Ban Quản lý dự án huyện Tân Lạc']);
    expect(m.get('Lâm Văn Thơ')).toEqual(m.get('Võ Thị Hằng'));
    expect(m.get('Mai Văn Trường')).toEqual(m.get('Võ Thị Hằng'));
  });
  it('before a full title are one composite title, not a role of another body', () => {
    const text =
      'Cùng đi có các đồng chí: Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Đỗ Văn Minh; Bộ trưởng Bộ Tư pháp Lê Thành Long.';
    expect(roles(text, 'Đỗ Văn Minh')).toEqual(['Chủ nhiệm Ủy ban Dân tộc']);
  });
});

describe('titles without a body', () => {
  it('keep a standalone title from the lexicon', () => {
    const text = 'Tổng Bí thư Trương Văn Bình yêu cầu tỉnh kiểm điểm.';
    expect(roles(text, 'Trương Văn Bình')).toEqual(['Tổng Bí thư']);
  });
  it('keep a person named only with a title as an official', () => {
    const text = 'Sáng 7/2, Bí thư Đinh Văn Thắng có buổi làm việc với quận.';
    expect(roles(text, 'Đinh Văn Thắng')).toEqual(['Bí thư']);
  });
});

describe('lists of pre-nominal titles', () => {
  it('give each title to the name after it, not to the name before the comma', () => {
    const text =
      'Cùng dự có Bộ trưởng Bộ Y tế Nguyễn Thị Kim Hoa, Bộ trưởng Bộ Công Thương Trần Văn Anh và lãnh đạo các bộ.';
    expect(roles(text, 'Nguyễn Thị Kim Hoa')).toEqual(['Bộ trưởng Bộ Y tế']);
    expect(roles(text, 'Trần Văn Anh')).toEqual(['Bộ trưởng Bộ Công Thương']);
  });
});

describe('a body named by its unit alone', () => {
  it('is the one of that unit named before', () => {
    const text =
      'Đoàn làm việc tại Công ty TNHH May Hòa Thịnh. Tiếp đoàn có ông Lý Văn Hào, Phó Tổng Giám đốc công ty.';
    expect(roles(text, 'Lý Văn Hào')).toEqual(['Phó Tổng Giám đốc Công ty TNHH May Hòa Thịnh']);
  });
});

describe('body names', () => {
  it('run on over a verb-like syllable that is part of the name', () => {
    const text = 'Ông Vũ Văn Tư, Giám đốc Trung tâm Xúc tiến Đầu tư tỉnh Lâm Đồng, cho biết.';
    expect(roles(text, 'Vũ Văn Tư')).toEqual(['Giám đốc Trung tâm Xúc tiến Đầu tư tỉnh Lâm Đồng']);
  });
  it('take the ministry a Cục or Vụ belongs to after a comma, not a list of bodies', () => {
    expect(
      roles(
        'Ông Lê Văn Hậu, Cục trưởng Cục Quản lý thị trường, Bộ Công Thương cho biết.',
        'Lê Văn Hậu',
      ),
    ).toEqual(['Cục trưởng Cục Quản lý thị trường Bộ Công Thương']);
    expect(
      roles('Bà Hà Thị Lụa, Phó Vụ trưởng Vụ Pháp chế, Bộ Tư pháp, phát biểu.', 'Hà Thị Lụa'),
    ).toEqual(['Phó Vụ trưởng Vụ Pháp chế Bộ Tư pháp']);
    const r = extractText(
      't',
      'Tiêu đề\n\nĐại diện Cục Quản lý thị trường, Bộ Công Thương, Bộ Tài chính cùng dự.',
    );
    expect(r.organizations.map((o) => o.name)).toContain('Cục Quản lý thị trường');
  });
  it('keep a Cục named without a place central, and a provincial one with its place', () => {
    const text =
      '(Baolamdong.vn) Ông Trần Mạnh Tuấn, Phó Cục trưởng Cục Viễn thông, cho hay. Ông Lê Văn An, Cục trưởng Cục Thuế tỉnh Lâm Đồng dự.';
    expect(roles(text, 'Trần Mạnh Tuấn')).toEqual(['Phó Cục trưởng Cục Viễn thông']);
    expect(roles(text, 'Lê Văn An')).toEqual(['Cục trưởng Cục Thuế tỉnh Lâm Đồng']);
  });
});

describe('a title right before a place', () => {
  it('heads the body of that place its family names (Chủ tịch → UBND, Bí thư → committee)', () => {
    expect(roles('Chủ tịch quận 1 Đặng Văn Lực chỉ đạo.', 'Đặng Văn Lực')).toEqual([
      'Chủ tịch Ủy ban nhân dân quận 1',
    ]);
    expect(roles('Bí thư huyện Tân Lạc Bùi Văn Hải chỉ đạo.', 'Bùi Văn Hải')).toEqual([
      'Bí thư Huyện ủy Tân Lạc',
    ]);
    expect(roles('Ông Lê Văn Tám, Bí thư tỉnh Nam Định, cho biết.', 'Lê Văn Tám')).toEqual([
      'Bí thư Tỉnh ủy Nam Định',
    ]);
  });
  it('ends the place before a full name even after a surname-like syllable', () => {
    expect(roles('Phó Chủ tịch xã Phước Đồng Lê Văn Tám cho biết.', 'Lê Văn Tám')).toEqual([
      'Phó Chủ tịch Ủy ban nhân dân xã Phước Đồng',
    ]);
  });
});

describe('guards', () => {
  it('do not make a word ending in a title a title ("thuyền trưởng", "Trưởng khoa")', () => {
    const m = officials(
      'Tàu do thuyền trưởng Trịnh Văn Hợp điều khiển. Bác sĩ Đào Ngọc Việt, Trưởng khoa Cấp cứu, cho biết.',
    );
    expect(m.size).toBe(0);
  });
  it('leave a title before a body the grammar cannot read without a borrowed body', () => {
    const text =
      'Chủ tịch UBND tỉnh Bình Định Hồ Quốc Dũng chủ trì. Theo ngư dân Mai Văn Phúc - Chủ tịch Nghiệp đoàn Nghề cá xã Phước Đồng, tàu hỏng.';
    expect(roles(text, 'Mai Văn Phúc')).toBeUndefined();
  });
  it('read the place after a title that carries its body (Trưởng Công an quận 2)', () => {
    const text = 'Trung tá Trần Văn Hiếu, Trưởng Công an quận 2, cho biết.';
    expect(roles(text, 'Trần Văn Hiếu')).toEqual(['Trưởng Công an quận 2']);
  });
  it('read a glued province whose second syllable is also a unit (TP.Hải Phòng)', () => {
    const text = 'Ông Lê Thanh Sơn, Phó Chủ tịch UBND TP.Hải Phòng cho biết.';
    expect(roles(text, 'Lê Thanh Sơn')).toEqual([
      'Phó Chủ tịch Ủy ban nhân dân thành phố Hải Phòng',
    ]);
  });
});

describe('jurisdiction', () => {
  const jur = (text: string): string | null => extractText('t', text).document.jurisdiction;
  it('is not taken from a place name inside a person name', () => {
    expect(jur('Phát biểu tại hội nghị, ông Lê Thanh Sơn cho biết sẽ kiểm tra.')).toBeNull();
  });
  it('follows the headline and the lede over places named later', () => {
    const text =
      'Gia Lai: Xử lý vụ phá rừng\n\nNgày 7-2, UBND tỉnh Gia Lai có văn bản chỉ đạo. Gỗ được chở về hướng Kon Tum. Đối tượng trú tại TP Kon Tum, tỉnh Kon Tum.';
    expect(jur(text)).toBe('Gia Lai');
  });
});

describe('a body whose name begins with a title (Thủ tướng Chính phủ)', () => {
  it('is that title of the body after it before a name or in apposition to one', () => {
    expect(
      roles('Thủ tướng Chính phủ Đỗ Quang Vinh nêu rõ cần cải cách.', 'Đỗ Quang Vinh'),
    ).toEqual(['Thủ tướng Chính phủ']);
    expect(
      roles('Đồng chí Đỗ Quang Vinh, Thủ tướng Chính phủ, nêu rõ cần cải cách.', 'Đỗ Quang Vinh'),
    ).toEqual(['Thủ tướng Chính phủ']);
  });
  it('stays the issuing body after "của" and before a verb', () => {
    const r = extractText(
      't',
      'Tiêu đề\n\nThực hiện Quyết định số 16/QĐ-TTg của Thủ tướng Chính phủ, tỉnh triển khai. Thủ tướng Chính phủ đã ban hành Chỉ thị số 05/CT-TTg về dân vận.',
    );
    expect(r.officials).toEqual([]);
    expect(r.directives.map((d) => d.issuer)).toEqual([
      'Thủ tướng Chính phủ',
      'Thủ tướng Chính phủ',
    ]);
  });
});

describe('a role stated by a predicate after the name', () => {
  it('reads "là", "giữ chức", "làm" and a passive appointment', () => {
    expect(roles('Ông Lê Văn Tư hiện đang là Chủ tịch UBND huyện Tân Lạc.', 'Lê Văn Tư')).toEqual([
      'Chủ tịch Ủy ban nhân dân huyện Tân Lạc',
    ]);
    expect(
      roles(
        'Bà Phạm Thị Yến giữ chức Phó Ban Dân vận Tỉnh ủy Nam Định từ năm ngoái.',
        'Phạm Thị Yến',
      ),
    ).toEqual(['Phó Trưởng Ban Dân vận Tỉnh ủy Nam Định']);
    expect(
      roles(
        'Ông Đào Văn Sơn được điều động và bổ nhiệm chức danh Phó Giám đốc Sở Y tế tỉnh Nam Định.',
        'Đào Văn Sơn',
      ),
    ).toEqual(['Phó Giám đốc Sở Y tế tỉnh Nam Định']);
  });
  it('skips an aside in brackets between the name and the predicate', () => {
    expect(
      roles('Ông Vũ Đức Hạnh (em họ ông Tâm) làm Trưởng Công an xã Yên Lạc.', 'Vũ Đức Hạnh'),
    ).toEqual(['Trưởng Công an xã Yên Lạc']);
  });
  it('does not give the name a role after other words ("cho biết", "người")', () => {
    expect(
      roles('Ông Lê Văn Hòa cho biết người ký là Chủ tịch UBND huyện Tân Lạc.', 'Lê Văn Hòa'),
    ).toBeUndefined();
    expect(
      roles('Ông Lê Văn Hòa từng là Chủ tịch UBND huyện Tân Lạc.', 'Lê Văn Hòa'),
    ).toBeUndefined();
  });
});

describe('asides, ranks and sector bodies', () => {
  it('reads an apposition after an aside in brackets', () => {
    expect(
      roles(
        'Kỷ luật ông Ngô Văn Thắng (SN 1970) - Chánh Văn phòng UBND huyện Tân Lạc.',
        'Ngô Văn Thắng',
      ),
    ).toEqual(['Chánh Văn phòng Ủy ban nhân dân huyện Tân Lạc']);
  });
  it('reads the border guard, the military command and National Assembly committees', () => {
    expect(
      roles(
        'Đại tá Hà Văn Khoa, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Lào Cai, cho biết.',
        'Hà Văn Khoa',
      ),
    ).toEqual(['Chỉ huy trưởng Bộ đội Biên phòng tỉnh Lào Cai']);
    expect(
      roles(
        'Thượng tướng Đinh Văn Lực - Chủ nhiệm Ủy ban Quốc phòng An ninh Quốc hội phát biểu.',
        'Đinh Văn Lực',
      ),
    ).toEqual(['Chủ nhiệm Ủy ban Quốc phòng và An ninh Quốc hội']);
    expect(roles('Ông Lò Văn Bình, Chánh án TAND tỉnh Lào Cai, dự họp.', 'Lò Văn Bình')).toEqual([
      'Chánh án Tòa án nhân dân tỉnh Lào Cai',
    ]);
  });
  it('puts a commune officer on the commune Đảng ủy and names the commune from its bodies', () => {
    const text =
      'Ông Mai Văn Tùng là Bí thư Đảng ủy xã Yên Lạc. Ông Mai Văn Quý, Đảng ủy viên, Trưởng ban chỉ huy Quân sự xã dự họp.';
    expect(roles(text, 'Mai Văn Quý')).toEqual([
      'Ủy viên Đảng ủy xã Yên Lạc',
      'Trưởng Ban Chỉ huy Quân sự xã Yên Lạc',
    ]);
  });
});

describe('officials of other countries', () => {
  it('are not officials, in the mention with the country nor in a later bare one', () => {
    const text =
      'Chủ tịch nước Lê Văn An mời Thủ tướng Vương Minh Cường sang thăm. Trong cuộc hội kiến với Thủ tướng Trung Quốc Vương Minh Cường, hai bên nhất trí.';
    expect(roles(text, 'Vương Minh Cường')).toBeUndefined();
    expect(roles(text, 'Lê Văn An')).toEqual(['Chủ tịch nước']);
    expect(officials('Ông Thong Văn Lay, Chủ tịch Quốc hội Lào, thăm tỉnh.').size).toBe(0);
  });
});

describe('a minister named with the field of the ministry alone', () => {
  it('is of that ministry (Bộ trưởng Y tế → Bộ Y tế)', () => {
    expect(roles('Bộ trưởng Y tế Phan Thị Lan phát biểu.', 'Phan Thị Lan')).toEqual([
      'Bộ trưởng Bộ Y tế',
    ]);
    expect(roles('Ông Lê Văn Hội, Thứ trưởng Ngoại giao, dự.', 'Lê Văn Hội')).toEqual([
      'Thứ trưởng Bộ Ngoại giao',
    ]);
  });
});

describe('a body named by two fields joined with "và"', () => {
  it('keeps both fields, but "và" before another body or a name still ends it', () => {
    expect(
      roles(
        'Ông Trần Văn Lộc, Phó Cục trưởng Cục Khảo thí và Kiểm định chất lượng, phát biểu.',
        'Trần Văn Lộc',
      ),
    ).toEqual(['Phó Cục trưởng Cục Khảo thí và Kiểm định chất lượng']);
    expect(
      roles('Ông Lê Văn Tám, Giám đốc Trung tâm Xúc tiến và Bà Nguyễn Thị Hoa dự.', 'Lê Văn Tám'),
    ).toEqual(['Giám đốc Trung tâm Xúc tiến']);
  });
});

describe('a body in brackets right after a title', () => {
  it('is the body the title is held in, or the one its unit belongs to', () => {
    expect(
      roles(
        'Thượng tá Phùng Văn Thành, Chánh văn phòng (Công an tỉnh Lâm Đồng) cho biết.',
        'Phùng Văn Thành',
      ),
    ).toEqual(['Chánh Văn phòng Công an tỉnh Lâm Đồng']);
    expect(
      roles(
        'Ông Hà Văn Sơn, Trưởng phòng Nghiệp vụ Dược (Sở Y tế tỉnh Lâm Đồng) cho biết.',
        'Hà Văn Sơn',
      ),
    ).toEqual(['Trưởng Phòng Nghiệp vụ Dược Sở Y tế tỉnh Lâm Đồng']);
  });
});

describe('a title of another country before a name in apposition', () => {
  it('is that name’s title, not the title of the person before the comma', () => {
    const text = 'Theo ý kiến của Thủ tướng Lê Văn An, Thủ tướng Lào Thoong Sa nhấn mạnh hợp tác.';
    expect(roles(text, 'Lê Văn An')).toEqual(['Thủ tướng Chính phủ']);
  });
});

describe('where a body written after a title ends', () => {
  it('ends a central body written in lower case at the full name of its holder', () => {
    const text = 'Theo ông Cục trưởng Cục phòng chống buôn lậu Trần Văn Đạt, tỉnh nên thanh tra.';
    expect(roles(text, 'Trần Văn Đạt')).toEqual(['Cục trưởng Cục phòng chống buôn lậu']);
  });
  it('does not run a body on past a dash before a word that opens a clause', () => {
    const text =
      'Ông Lê Văn Hòa được bổ nhiệm Giám đốc Sở Tài nguyên - Vừa qua, Bộ Nội vụ thông tin.';
    expect(roles(text, 'Lê Văn Hòa')).toEqual(['Giám đốc Sở Tài nguyên']);
    const both = 'Ông Lê Văn Hòa, Giám đốc Sở Tài nguyên - Môi trường tỉnh Nam Định, cho biết.';
    expect(roles(both, 'Lê Văn Hòa')).toEqual([
      'Giám đốc Sở Tài nguyên - Môi trường tỉnh Nam Định',
    ]);
  });
});
