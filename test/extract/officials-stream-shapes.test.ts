/**
 * Shapes that recur in the news stream and had named office holders slip through: a committee of
 * the National Assembly owned with "của", titles the lexicon lacked, a lower-case unit name that
 * runs up to the body it belongs to, trade associations, and rarer family names. Invented
 * sentences.
 */
import { officialsOf as officials } from '../support/extract';

function roles(text: string, name: string): string[] | undefined {
  return officials(text).get(name);
}

describe('a committee owned with "của"', () => {
  it('reads "Ủy ban X của Quốc hội" before the name as the committee of the National Assembly', () => {
    expect(
      roles(
        'Chủ nhiệm Ủy ban Kinh tế của Quốc hội Trần Văn Bình trình bày báo cáo.',
        'Trần Văn Bình',
      ),
    ).toEqual(['Chủ nhiệm Ủy ban Kinh tế Quốc hội']);
  });
  it('reads it in apposition too', () => {
    expect(
      roles('Bà Lê Thị Mai, Phó Chủ nhiệm Ủy ban Tư pháp của Quốc hội, cho biết.', 'Lê Thị Mai'),
    ).toEqual(['Phó Chủ nhiệm Ủy ban Tư pháp Quốc hội']);
  });
  it('does not join a body that is not the committee owner', () => {
    expect(
      roles('Chủ nhiệm Ủy ban Kinh tế của Bộ Tài chính Trần Văn Bình phát biểu.', 'Trần Văn Bình'),
    ).not.toEqual(['Chủ nhiệm Ủy ban Kinh tế Bộ Tài chính']);
  });
});

describe('titles of state offices', () => {
  it('reads the Inspector General, who heads the Government Inspectorate', () => {
    expect(roles('Tổng Thanh tra Chính phủ Lê Văn Hòa chủ trì hội nghị.', 'Lê Văn Hòa')).toEqual([
      'Tổng Thanh tra Chính phủ',
    ]);
  });
  it('reads the head of an investigation agency of the police', () => {
    expect(
      roles(
        'Thượng tá Phan Văn Đức, Phó Thủ trưởng Cơ quan CSĐT Công an tỉnh Nghệ An, cho biết.',
        'Phan Văn Đức',
      ),
    ).toEqual(['Phó Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An']);
  });
  it('reads the standing member of the Secretariat and the first secretary of the Youth Union', () => {
    expect(roles('Thường trực Ban Bí thư Trần Văn Sơn phát biểu.', 'Trần Văn Sơn')).toEqual([
      'Thường trực Ban Bí thư',
    ]);
    expect(
      roles('Bí thư thứ nhất Trung ương Đoàn Lê Văn Phong trao giải.', 'Lê Văn Phong'),
    ).toEqual(['Bí thư thứ nhất Trung ương Đoàn']);
  });
});

describe('a unit named in lower case up to the body it belongs to', () => {
  it('reads a police department written in lower case before its police body', () => {
    expect(
      roles(
        'Trung tá Lê Văn Tùng, Trưởng phòng cảnh sát hình sự Công an tỉnh Sơn La cho biết.',
        'Lê Văn Tùng',
      ),
    ).toEqual(['Trưởng Phòng cảnh sát hình sự Công an tỉnh Sơn La']);
  });
});

describe('associations and rarer family names', () => {
  it('reads the chair of a trade association with its place', () => {
    expect(
      roles('Chủ tịch Hiệp hội Du lịch Đà Nẵng Phan Văn Tín cho biết.', 'Phan Văn Tín'),
    ).toEqual(['Chủ tịch Hiệp hội Du lịch Đà Nẵng']);
  });
  it('reads a person whose family name is rare (Sử, Chử, Sái)', () => {
    expect(
      roles('Ông Chử Văn Đông, Phó Giám đốc Sở Tư pháp tỉnh Nam Định, cho biết.', 'Chử Văn Đông'),
    ).toEqual(['Phó Giám đốc Sở Tư pháp tỉnh Nam Định']);
    expect(
      roles('Giám đốc Sở Tư pháp tỉnh Nam Định, ông Sử Văn Nam, cho biết.', 'Sử Văn Nam'),
    ).toEqual(['Giám đốc Sở Tư pháp tỉnh Nam Định']);
  });
});

describe('members of the National Assembly', () => {
  it('reads a deputy named with the province of the delegation in brackets', () => {
    expect(
      roles('Theo đại biểu Trần Văn Ngân (TP.HCM), cần xem xét lại.', 'Trần Văn Ngân'),
    ).toEqual(['Đại biểu Quốc hội']);
    expect(roles('ĐB Lê Thị Thu (đoàn Hà Nam) đề nghị làm rõ.', 'Lê Thị Thu')).toEqual([
      'Đại biểu Quốc hội',
    ]);
  });
  it('does not read a delegate whose bracket names no province', () => {
    expect(
      roles('Đại biểu Nguyễn Văn Bình (tổ Quận 1) đề nghị.', 'Nguyễn Văn Bình'),
    ).toBeUndefined();
  });
});

describe('bodies completed along a chain, and associations', () => {
  it('reads the police investigation agency of the police named at the end of the chain', () => {
    expect(
      roles(
        'Thượng tá Trần Văn Long, Phó Thủ trưởng Cơ quan CSĐT, Trưởng Phòng Cảnh sát hình sự Công an TP Hải Phòng cho biết.',
        'Trần Văn Long',
      ),
    ).toEqual([
      'Phó Thủ trưởng Cơ quan Cảnh sát điều tra Công an thành phố Hải Phòng',
      'Trưởng Phòng Cảnh sát hình sự Công an thành phố Hải Phòng',
    ]);
  });
  it('gives a national association no province from the article', () => {
    expect(
      roles(
        'Đà Nẵng: Ông Phạm Văn Hồng, Phó Chủ tịch Hiệp hội Dệt May, cho biết tình hình lao động ổn định.',
        'Phạm Văn Hồng',
      ),
    ).toEqual(['Phó Chủ tịch Hiệp hội Dệt May']);
  });
});

describe('a deputy post before the head of a sub-body', () => {
  it('reads a deputy title before the head of the investigation agency as a post of the police', () => {
    expect(
      roles(
        'Thượng tá Lê Văn Sơn, Phó Giám đốc, Thủ trưởng Cơ quan CSĐT Công an tỉnh Hòa Bình cho biết.',
        'Lê Văn Sơn',
      ),
    ).toEqual([
      'Phó Giám đốc Công an tỉnh Hòa Bình',
      'Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình',
    ]);
  });
});

describe('a body always part of one owner', () => {
  it('names a National Assembly committee with the Assembly when the text leaves it out', () => {
    expect(roles('Chủ nhiệm Ủy ban Tư pháp Lê Thị Hồng phát biểu.', 'Lê Thị Hồng')).toEqual([
      'Chủ nhiệm Ủy ban Tư pháp Quốc hội',
    ]);
    expect(
      roles('Bà Lê Thị Hồng, Chủ nhiệm Ủy ban Tư pháp của Quốc hội, phát biểu.', 'Lê Thị Hồng'),
    ).toEqual(['Chủ nhiệm Ủy ban Tư pháp Quốc hội']);
  });
});

describe('a title with its qualifier', () => {
  it('reads "chuyên trách" and "phụ trách" after a deputy title as the same post', () => {
    expect(
      roles(
        'Ông Khuất Văn Hùng, Phó Chủ tịch chuyên trách Ủy ban ATGT Quốc gia cho biết.',
        'Khuất Văn Hùng',
      ),
    ).toEqual(['Phó Chủ tịch Ủy ban An toàn giao thông Quốc gia']);
    expect(
      roles(
        'Ông Trần Văn Cường, Phó Giám đốc phụ trách Sở Tư pháp tỉnh Nam Định cho biết.',
        'Trần Văn Cường',
      ),
    ).toEqual(['Phó Giám đốc Sở Tư pháp tỉnh Nam Định']);
  });
  it('gives no post to a deputy in charge of a field', () => {
    expect(
      roles('Ông Lê Văn An, Phó Chủ tịch phụ trách lĩnh vực văn hóa cho biết.', 'Lê Văn An'),
    ).toBeUndefined();
  });
});

describe('a holder after a dash', () => {
  it('reads the name after a title and a dash as the holder of that title', () => {
    expect(
      roles(
        'Chủ tịch thị xã Đông Triều - ông Hà Văn Dương - đã yêu cầu lập biên bản.',
        'Hà Văn Dương',
      ),
    ).toEqual(['Chủ tịch Ủy ban nhân dân thị xã Đông Triều']);
    expect(
      roles('Chủ tịch UBND tỉnh Bến Tre- Cao Văn Trung đã thưởng nóng.', 'Cao Văn Trung'),
    ).toEqual(['Chủ tịch Ủy ban nhân dân tỉnh Bến Tre']);
  });
});

describe('a mourned figure before a dash', () => {
  it('does not read the late holder of a title named after a dash as an official', () => {
    expect(
      officials(
        'Lễ đặt tên đường mang tên cố Bí thư Thành ủy TP.HCM - ông Võ Văn Kiệt diễn ra sáng nay.',
      ).has('Võ Văn Kiệt'),
    ).toBe(false);
  });
});

describe('a deputy post before a sub-body named without its owner', () => {
  it('takes the body of the same family named earlier', () => {
    expect(
      roles(
        'Đại tá Phạm Văn Sơn, Giám đốc Công an tỉnh Bắc Ninh và Đại tá Nguyễn Văn Nghiệp, Phó Giám đốc, Thủ trưởng cơ quan CSĐT đã đến hiện trường.',
        'Nguyễn Văn Nghiệp',
      ),
    ).toEqual(['Phó Giám đốc Công an tỉnh Bắc Ninh']);
  });
});

describe('a text that ends with a title and a province', () => {
  it('is read without error', () => {
    expect(officials('Khởi tố nguyên Phó chủ tịch Hà Nội').size).toBe(0);
  });
});

describe('the Youth Union central committee before a name', () => {
  it('does not read "Đoàn" of the body as the family name of the holder', () => {
    const found = officials(
      'Bí thư thứ nhất Ban Chấp hành Trung ương Đoàn Lê Văn Phong phát biểu.',
    );
    expect(found.get('Lê Văn Phong')).toEqual(['Bí thư thứ nhất Ban Chấp hành Trung ương Đoàn']);
    expect(found.has('Đoàn Lê Văn Phong')).toBe(false);
  });
});
