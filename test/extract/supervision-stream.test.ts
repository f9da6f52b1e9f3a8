/**
 * Supervision shapes counted as frequent misses on the real stream (invented sentences, one shape
 * per test): a session named "trong/tại buổi làm việc với …" after its leader's own predicate or
 * apposition, and cities written with the abbreviated generic ("TP Đà Nẵng", "TP.HCM").
 */
import { oneSupervision as one, supervisionsOf as sups } from '../support/extract';

const TN = '(Thanhnien.vn) - ';

describe('a session named "trong buổi làm việc với ORG" after its leader', () => {
  it('is led by the person of "nhắn nhủ của ROLE PERSON trong buổi làm việc với …"', () => {
    const s = one(
      `${TN}Đó là nhắn nhủ của Phó Chủ tịch UBND tỉnh Nghệ An Trần Văn Hùng trong buổi làm việc với UBND huyện Nam Đàn chiều 12/3/2023.`,
    );
    expect(s.leader).toBe('Trần Văn Hùng');
    expect(s.targets).toEqual(['Ủy ban nhân dân huyện Nam Đàn']);
    expect(s.date).toBe('2023-03-12');
  });
  it('is led by a person with a longer predicate of their own ("đã đặt vấn đề như vậy tại buổi …")', () => {
    const s = one(
      `${TN}Bí thư Tỉnh ủy Nghệ An Lê Văn Bình đã đặt vấn đề như vậy tại buổi làm việc với Liên đoàn Lao động tỉnh chiều 12/3/2023.`,
    );
    expect(s.leader).toBe('Lê Văn Bình');
    expect(s.targets).toEqual(['Liên đoàn Lao động tỉnh Nghệ An']);
  });
  it('is led by a person whose title follows the name ("ông A - Phó Chủ tịch UBND tỉnh X tại buổi …")', () => {
    const s = one(
      `${TN}Đây là chỉ đạo của ông Trần Văn Hùng - Phó Chủ tịch UBND tỉnh Nghệ An tại buổi làm việc với Sở Y tế ngày 12/3/2023.`,
    );
    expect(s.leader).toBe('Trần Văn Hùng');
    expect(s.targets).toEqual(['Sở Y tế Nghệ An']);
  });
  it('does not make the speaker after "Trong buổi làm việc với …" its leader', () => {
    const out = sups(
      `${TN}Trong buổi làm việc với Sở Y tế, ông Trần Văn Hùng, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết ngành đã hoàn thành kế hoạch.`,
    );
    expect(out.map((s) => s.leader)).not.toContain('Trần Văn Hùng');
  });
});

describe('a city written with the abbreviated generic', () => {
  it('is the target of "làm việc với TP Đà Nẵng"', () => {
    const s = one(
      `${TN}Sáng 14/7/2023, Bộ trưởng Bộ Giáo dục và Đào tạo Lê Văn Bình đã có buổi làm việc với TP Đà Nẵng về đổi mới giáo dục.`,
    );
    expect(s.leader).toBe('Lê Văn Bình');
    expect(s.targets).toEqual(['thành phố Đà Nẵng']);
  });
  it('is the target of "làm việc với lãnh đạo TP.HCM" (the city as one word)', () => {
    const s = one(
      `${TN}Ngày 23/6/2023, Thủ tướng Lê Văn Bình đã có buổi làm việc với lãnh đạo TP.HCM về tình hình kinh tế - xã hội.`,
    );
    expect(s.leader).toBe('Lê Văn Bình');
    expect(s.targets).toEqual(['thành phố Hồ Chí Minh']);
  });
  it('is the target of a team "đến làm việc tại TP. Cần Thơ"', () => {
    const s = one(
      `${TN}Chiều 6/2/2023, đoàn công tác do Bộ trưởng Bộ Nội vụ Lê Văn Bình dẫn đầu đã đến làm việc tại TP. Cần Thơ.`,
    );
    expect(s.leader).toBe('Lê Văn Bình');
    expect(s.targets).toEqual(['thành phố Cần Thơ']);
  });
});

describe('the police "làm việc với" someone', () => {
  it('is an inquiry, not a working session ("Công an huyện X đã làm việc với Công ty Y")', () => {
    expect(
      sups(
        `${TN}Ngày 26/5/2023, Công an huyện Nam Đàn đã làm việc với Công ty TNHH Minh Phát để làm rõ vụ việc.`,
      ),
    ).toEqual([]);
  });
  it('keeps a ministry’s team working with a provincial police force', () => {
    const s = one(
      `${TN}Ngày 19/6/2023, Đoàn công tác Bộ Công an do Thứ trưởng Bộ Công an Lê Văn Bình dẫn đầu có buổi làm việc với Công an tỉnh Nghệ An.`,
    );
    expect(s.conductedBy).toEqual(['Bộ Công an']);
    expect(s.targets).toEqual(['Công an tỉnh Nghệ An']);
  });
  it('keeps an inspection by the police ("Phòng Cảnh sát … kiểm tra tại Công ty …")', () => {
    const s = one(
      `${TN}Ngày 26/5/2023, Công an tỉnh Nghệ An đã kiểm tra đột xuất tại Công ty TNHH Minh Phát.`,
    );
    expect(s.kind).toBe('kiểm tra');
  });
});

describe('a session named "buổi làm việc giữa A với B"', () => {
  it('is conducted by the team’s owner when the team is the second side', () => {
    const s = one(
      `${TN}Tại buổi làm việc giữa lãnh đạo UBND tỉnh Nghệ An với đoàn công tác của Bộ Giao thông vận tải chiều 10/7/2023, Sở Giao thông vận tải kiến nghị mở thêm tuyến đường.`,
    );
    expect(s.conductedBy).toEqual(['Bộ Giao thông vận tải']);
    expect(s.targets).toEqual(['Ủy ban nhân dân tỉnh Nghệ An']);
    expect(s.date).toBe('2023-07-10');
  });
  it('is led by the titled person of the first side', () => {
    const s = one(
      `${TN}Tại buổi làm việc giữa Thủ tướng Lê Văn Bình với lãnh đạo TP Đà Nẵng sáng 23/6/2023, ông Trần Văn Hùng phát biểu.`,
    );
    expect(s.leader).toBe('Lê Văn Bình');
    expect(s.targets).toEqual(['thành phố Đà Nẵng']);
  });
  it('is held by the first body named with the second', () => {
    const s = one(
      `${TN}Tại buổi làm việc giữa Thường trực Tỉnh ủy Nghệ An với Đảng ủy Sở Y tế ngày 22/5/2023, các ý kiến đều thống nhất.`,
    );
    expect(s.conductedBy).toEqual(['Thường trực Tỉnh ủy Nghệ An']);
    expect(s.targets).toEqual(['Đảng ủy Sở Y tế Nghệ An']);
  });
  it('is not read when the second side is a class of bodies ("với các sở ngành")', () => {
    expect(
      sups(
        `${TN}Tại buổi làm việc giữa UBND tỉnh Nghệ An với các sở ngành ngày 6/2/2023, các ý kiến đều thống nhất.`,
      ),
    ).toEqual([]);
  });
});

describe('a session fronted as the opening phrase ("Làm việc với ORG, ROLE PERSON …")', () => {
  it('is led by the titled person who speaks after it', () => {
    const s = one(
      `${TN}Ngày 7/2/2023, làm việc với Quận ủy quận 2, Bí thư Thành ủy Thành phố Hồ Chí Minh Lê Văn Bình đã yêu cầu quận giải trình.`,
    );
    expect(s.leader).toBe('Lê Văn Bình');
    expect(s.targets[0]).toMatch(/^Quận ủy quận 2/u);
    expect(s.date).toBe('2023-02-07');
  });
  it('takes a place as its target ("Khi làm việc với quận X, …")', () => {
    const s = one(
      `${TN}Khi làm việc với quận Nam Từ Liêm, Bí thư Thành ủy Hà Nội Lê Văn Bình đánh giá cao ý thức của cán bộ.`,
    );
    expect(s.leader).toBe('Lê Văn Bình');
    expect(s.targets).toEqual(['quận Nam Từ Liêm']);
  });
  it('is not read when the speaker is one of the target’s own people', () => {
    expect(
      sups(
        `${TN}Làm việc với Sở Y tế tỉnh Nghệ An, ông Lê Văn An, Giám đốc Sở Y tế tỉnh Nghệ An cho biết ngành đã hoàn thành kế hoạch.`,
      ),
    ).toEqual([]);
  });
  it('is not read when the other side is not a body ("Làm việc với cơ quan công an, ông A …")', () => {
    expect(
      sups(`${TN}Làm việc với cơ quan công an, ông Lê Văn An đã đưa ra một số giấy tờ.`),
    ).toEqual([]);
  });
});
