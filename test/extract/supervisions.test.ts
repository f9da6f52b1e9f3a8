/** Supervision frames, one invented report at a time (sentences written for these tests). */
import { oneSupervision as one, supervisionsOf as sups } from '../support/extract';

const NA = '(Baonghean.vn) - ';

describe('the leader', () => {
  it('is named in the sentence after the session ("… làm Trưởng đoàn.")', () => {
    const s = one(
      `${NA}Sáng 12/3/2023, Đoàn giám sát số 7 của Ban Thường vụ Tỉnh ủy đã giám sát việc thực hiện Quy định số 11-QĐ/TW ngày 18/2/2021 của Bộ Chính trị tại Ban Thường vụ Huyện ủy Đô Lương. Đồng chí Hoàng Minh Tâm, Phó Bí thư Tỉnh ủy làm Trưởng đoàn.`,
    );
    expect(s.leader).toBe('Hoàng Minh Tâm');
    expect(s.conductedBy).toEqual(['Ban Thường vụ Tỉnh ủy Nghệ An']);
    expect(s.participants).not.toContain('Hoàng Minh Tâm');
  });
  it('chairs the session in a later sentence, but not a conference', () => {
    const body = `${NA}Chiều 4/5/2022, Ban Dân vận Tỉnh ủy tổ chức giám sát việc thực hiện Kết luận số 114-KL/TW đối với Ban Thường vụ Huyện ủy Nghi Lộc.`;
    expect(
      one(`${body} Đồng chí Trần Văn Lợi, Trưởng Ban Dân vận Tỉnh ủy chủ trì buổi giám sát.`)
        .leader,
    ).toBe('Trần Văn Lợi');
    expect(
      one(`${body} Đồng chí Trần Văn Lợi, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.`).leader,
    ).toBeNull();
  });
  it('is the one official holding the title that leads the delegation', () => {
    const s = one(
      `${NA}Đồng chí Nguyễn Thị Mai, Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị. Ngày 9/6/2023, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu Đoàn khảo sát của Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Quỳ Hợp.`,
    );
    expect(s.leader).toBe('Nguyễn Thị Mai');
  });
  it('heads a delegation named by the title "Trưởng đoàn kiểm tra số N của …"', () => {
    const s = one(
      'Ngày 20/4/2022, đồng chí Lê Văn Thành, Ủy viên Bộ Chính trị, Trưởng Đoàn kiểm tra số 15 của Bộ Chính trị, đã làm việc với Ban Thường vụ Tỉnh ủy Yên Bái.',
    );
    expect(s.leader).toBe('Lê Văn Thành');
    expect(s.conductedBy).toEqual(['Bộ Chính trị']);
    expect(s.targets).toEqual(['Ban Thường vụ Tỉnh ủy Yên Bái']);
  });
});

describe('the conducting bodies', () => {
  it('include the body a delegation works with ("phối hợp với")', () => {
    const s = one(
      `${NA}Ngày 3/10/2021, Đoàn kiểm tra của Hội Nông dân tỉnh phối hợp với Hội Cựu chiến binh tỉnh do đồng chí Lê Văn Hải làm trưởng đoàn đã kiểm tra tại Ban Thường vụ Huyện ủy Anh Sơn.`,
    );
    expect(s.conductedBy).toEqual(['Hội Nông dân tỉnh Nghệ An', 'Hội Cựu chiến binh tỉnh Nghệ An']);
  });
  it('follow the delegation’s topic ("Đoàn kiểm tra việc … của Sở Nội vụ")', () => {
    const s = one(
      'Ngày 14/2/2023, Đoàn kiểm tra việc chấp hành giờ giấc làm việc sau kỳ nghỉ của Sở Nội vụ tỉnh Hà Nam đã kiểm tra đột xuất tại UBND huyện Kim Bảng.',
    );
    expect(s.conductedBy).toEqual(['Sở Nội vụ tỉnh Hà Nam']);
    expect(s.topic).toBe('chấp hành giờ giấc làm việc sau kỳ nghỉ');
  });
  it('are never a bare "Đoàn kiểm tra": it stays the session’s delegation', () => {
    const s = one(
      'Sáng 8/2/2017, Đoàn kiểm tra liên ngành đã kiểm tra việc chấp hành kỷ cương tại Sở Ngoại vụ tỉnh Nghệ An.',
    );
    expect(s.conductedBy).toEqual([]);
    expect(s.delegation).toBe('Đoàn kiểm tra');
    expect(s.targets).toEqual(['Sở Ngoại vụ tỉnh Nghệ An']);
  });
  it('are not a bare "Đoàn công tác" when the leader is known', () => {
    const s = one(
      'Chiều 2/6/2022, Đoàn công tác do Thứ trưởng Bộ Nội vụ Trần Văn Hòa làm trưởng đoàn đã làm việc với UBND tỉnh Ninh Thuận.',
    );
    expect(s.conductedBy).toEqual([]);
    expect(s.leader).toBe('Trần Văn Hòa');
  });
});

describe('the decisions supervised', () => {
  it('may be stated in the sentence after the session', () => {
    const s = one(
      'Sáng 8/7/2022, Đoàn công tác của Bộ Chính trị do đồng chí Trần Văn Nam làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Bạc Liêu. Nội dung kiểm tra là việc thực hiện Kết luận số 24-KL/TW của Bộ Chính trị.',
    );
    expect(s.directives).toEqual(['24-KL/TW']);
  });
  it('are not a plan the host reports it issued, nor the team’s founding decision', () => {
    const s = one(
      'Sáng 8/7/2022, Đoàn công tác của Ban Dân vận Tỉnh ủy Bạc Liêu làm việc với Ban Thường vụ Huyện ủy Hồng Dân. Báo cáo tại buổi làm việc, huyện đã ban hành Kế hoạch số 12-KH/HU. Đoàn kiểm tra theo Quyết định số 35-QĐ/TU về việc thành lập đoàn kiểm tra.',
    );
    expect(s.directives).toEqual([]);
  });
});

describe('not supervisions', () => {
  it('a session announced for later ("sẽ kiểm tra")', () => {
    expect(
      sups(
        'Đoàn kiểm tra của Ban Bí thư sẽ kiểm tra việc thực hiện Chỉ thị 05-CT/TW tại Ban Thường vụ Tỉnh ủy Sơn La.',
      ),
    ).toEqual([]);
  });
  it('a team a minister orders to work with a company', () => {
    expect(
      sups(
        'Ngày 10/5/2017, Bộ trưởng Bộ Công Thương đã chỉ đạo thành lập đoàn kiểm tra, làm việc với Công ty TNHH Thành Phát.',
      ),
    ).toEqual([]);
  });
  it('a foreign delegation’s visit', () => {
    expect(
      sups(
        'Ngày 12/5/2017, Đoàn công tác của Đảng Dân chủ Nhật Bản đã có buổi làm việc với Ban Đối ngoại Trung ương.',
      ),
    ).toEqual([]);
  });
  it('two provinces reviewing their cooperation', () => {
    expect(
      sups(
        'Ngày 17/5/2017, Ban Thường vụ Thành ủy Hải Phòng làm việc với Ban Thường vụ Tỉnh ủy Điện Biên đánh giá kết quả hợp tác giữa hai địa phương.',
      ),
    ).toEqual([]);
  });
  it('"làm việc" as part of a noun ("nơi làm việc")', () => {
    expect(
      sups(
        'Ngày 30/9/2016, Công an tỉnh Bình Phước đã khám xét nơi làm việc của ông Trần Văn Hòa tại Sở Tài chính tỉnh Bình Phước.',
      ),
    ).toEqual([]);
  });
  it('a team doing something else at a place ("đoàn công tác … đối thoại với công dân tại …")', () => {
    expect(
      sups(
        'Ngày 20/4/2017, đoàn công tác của Thanh tra Chính phủ đã cùng lãnh đạo thành phố đối thoại với công dân tại huyện Mỹ Đức.',
      ),
    ).toEqual([]);
  });
  it('a company meeting another company', () => {
    expect(
      sups(
        'Sáng 6/2/2017, Công ty TNHH Minh Phát đã có buổi làm việc với Công ty TNHH Hòa Bình về hợp đồng năm 2017.',
      ),
    ).toEqual([]);
  });
});

describe('the topic', () => {
  it('is what the verb is about, up to the target', () => {
    const s = one(
      `${NA}Ngày 9/9/2022, Ban Dân vận Tỉnh ủy giám sát việc thực hiện quy chế dân chủ ở cơ sở đối với Ban Thường vụ Huyện ủy Tân Kỳ.`,
    );
    expect(s.topic).toBe('thực hiện quy chế dân chủ ở cơ sở');
  });
});

describe('the people of the supervising side', () => {
  it('include a deputy head of the delegation named in apposition', () => {
    const s = one(
      'Ngày 20/4/2022, đồng chí Lê Văn Thành, Ủy viên Bộ Chính trị, Trưởng Đoàn kiểm tra số 15 của Bộ Chính trị, đã làm việc với Ban Thường vụ Tỉnh ủy Yên Bái. Tại buổi làm việc, bà Trần Thị Hạnh, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương, Phó Trưởng đoàn kiểm tra số 15 đã công bố kế hoạch kiểm tra.',
    );
    expect(s.participants).toContain('Trần Thị Hạnh');
  });
});

describe('the people of the supervised side', () => {
  it('report after an opening phrase naming the session with the team', () => {
    const s = one(
      'Ngày 3/4/2023, Đoàn công tác của Ban Dân vận Trung ương làm việc tại tỉnh Lai Châu. Tại buổi làm việc với Đoàn, đồng chí Vũ Văn Hưng, Bí thư Tỉnh ủy Lai Châu đã báo cáo kết quả công tác dân vận.',
    );
    expect(s.hosts).toContain('Vũ Văn Hưng');
  });
  it('do not include the leader who sums up ("Kết luận buổi làm việc, … báo cáo")', () => {
    const s = one(
      'Ngày 3/4/2023, Đoàn công tác của Ban Dân vận Trung ương do đồng chí Lê Minh Khôi làm trưởng đoàn làm việc với Ban Thường vụ Tỉnh ủy Lai Châu. Kết luận buổi làm việc, đồng chí Lê Minh Khôi đánh giá cao nội dung báo cáo của tỉnh.',
    );
    expect(s.hosts).not.toContain('Lê Minh Khôi');
  });
});

describe('targets', () => {
  it('run on through a list whose members are parts of bodies', () => {
    const s = one(
      'Ngày 6/2/2023, Đoàn kiểm tra của Sở Nội vụ tỉnh Thái Bình đã kiểm tra đột xuất tại UBND xã Đông Hòa và bộ phận một cửa của UBND huyện Đông Hưng.',
    );
    expect(s.targets).toEqual(['Ủy ban nhân dân xã Đông Hòa', 'Ủy ban nhân dân huyện Đông Hưng']);
  });
  it('are not taken from a class of teams ("4 đoàn kiểm tra")', () => {
    expect(
      sups(
        'Từ ngày 2/2/2023, quận đã có 4 đoàn kiểm tra do Chủ tịch UBND quận làm trưởng đoàn, kiểm tra tại UBND phường Bạch Mai.',
      ),
    ).toEqual([]);
  });
});

describe('a session named in an opening phrase', () => {
  it('has the team of the main clause as its conductor', () => {
    const s = sups(
      'Ngày 9/7/2017, Đoàn kiểm tra của Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy Bạc Liêu. Qua công tác kiểm tra tại Đảng ủy Công an tỉnh Bạc Liêu, Đoàn kiểm tra của Ban Bí thư đánh giá cao công tác cán bộ.',
    );
    expect(s.map((x) => x.targets)).toEqual([
      ['Ban Thường vụ Tỉnh ủy Bạc Liêu'],
      ['Đảng ủy Công an tỉnh Bạc Liêu'],
    ]);
    expect(s[1].conductedBy).toEqual(['Ban Bí thư']);
  });
});

describe('the date', () => {
  it('is the first day of a span ("ngày 5 và 6/7/2022", "6-7/7")', () => {
    expect(
      one(
        'Ngày 5 và 6/7/2022, Đoàn giám sát của Ban Dân vận Tỉnh ủy Hà Giang làm việc với Ban Thường vụ Huyện ủy Yên Minh.',
      ).date,
    ).toBe('2022-07-05');
    expect(
      one('Trong 2 ngày 6-7/7, Thủ tướng Phạm Văn Lâm đã đến thăm, làm việc tại tỉnh Cao Bằng.')
        .date,
    ).toBe('--07-06');
  });
  it('is the day of the session before for "Cùng ngày"', () => {
    const s = sups(
      'Sáng 21/6/2023, Bộ trưởng Bộ Y tế Đào Hồng Lan kiểm tra tại UBND tỉnh Lạng Sơn. Cùng ngày, Đoàn công tác của Bộ Y tế do Thứ trưởng Trần Văn Thuấn làm trưởng đoàn đã kiểm tra tại UBND tỉnh Cao Bằng.',
    );
    expect(s.map((x) => x.date)).toEqual(['2023-06-21', '2023-06-21']);
  });
});

describe('person-led working sessions', () => {
  it('read "lãnh đạo huyện X" as the district, with the titled person as leader', () => {
    const s = one(
      'Ngày 14/3/2023, ông Đỗ Văn Tâm, Bí thư Tỉnh ủy Hưng Yên, đã có buổi làm việc với lãnh đạo huyện Kim Động.',
    );
    expect(s.conductedBy).toEqual([]);
    expect(s.leader).toBe('Đỗ Văn Tâm');
    expect(s.targets).toEqual(['huyện Kim Động']);
  });
  it('read "tập thể Ban Thường vụ …" as the body itself', () => {
    const s = one(
      'Chiều 2/5/2023, đồng chí Hà Văn Quý, Bí thư Tỉnh ủy Tuyên Quang, đã làm việc với tập thể Ban Thường vụ Huyện ủy Sơn Dương.',
    );
    expect(s.targets).toEqual(['Ban Thường vụ Huyện ủy Sơn Dương']);
  });
  it('have a title-only subject as leader when one official holds the title', () => {
    const s = one(
      'Ông Lý Văn Đức, Bí thư Tỉnh ủy Yên Bái, phát biểu. Ngày 7/3/2023, Bí thư Tỉnh ủy Yên Bái đã làm việc với lãnh đạo huyện Văn Chấn.',
    );
    expect(s.leader).toBe('Lý Văn Đức');
    expect(s.targets).toEqual(['huyện Văn Chấn']);
  });
  it('have a post of its own as subject ("Phó Thủ tướng đến kiểm tra …")', () => {
    const s = one(
      'Phó Thủ tướng Trần Lưu Quang phát biểu. Chiều 5/5/2023, Phó Thủ tướng đến kiểm tra tại UBND tỉnh Cà Mau.',
    );
    expect(s.leader).toBe('Trần Lưu Quang');
    expect(s.kind).toBe('kiểm tra');
  });
  it('are not read from a title-only subject no official holds', () => {
    expect(
      sups('Ngày 7/3/2023, Bí thư Tỉnh ủy Yên Bái đã làm việc với lãnh đạo huyện Văn Chấn.'),
    ).toEqual([]);
  });
  it('are named as a noun: "kết luận của Thủ tướng A tại buổi làm việc với lãnh đạo tỉnh X"', () => {
    const s = one(
      'Văn phòng Chính phủ ban hành thông báo kết luận của Thủ tướng Đặng Quốc Khánh tại buổi làm việc với lãnh đạo tỉnh Hà Giang.',
    );
    expect(s.leader).toBe('Đặng Quốc Khánh');
    expect(s.targets).toEqual(['tỉnh Hà Giang']);
  });
  it('are named in an opening phrase: "Tại cuộc làm việc với …, Bộ trưởng A …"', () => {
    const s = one(
      'Trước đó, tại cuộc làm việc với lãnh đạo tỉnh Thái Bình, Bộ trưởng Bộ Xây dựng Lê Quang Minh đồng tình với đề xuất của tỉnh.',
    );
    expect(s.leader).toBe('Lê Quang Minh');
    expect(s.targets).toEqual(['tỉnh Thái Bình']);
  });
  it('are not led by one of the visited body’s own people ("…, Chủ tịch UBND huyện X A cho biết")', () => {
    expect(
      sups(
        '(Baonghean.vn) - Tại buổi làm việc với UBND huyện Nghi Lộc, Chủ tịch UBND huyện Nghi Lộc Nguyễn Văn Long cho biết huyện đạt nhiều kết quả.',
      ),
    ).toEqual([]);
    expect(
      one(
        '(Baonghean.vn) - Tại buổi làm việc với UBND huyện Nghi Lộc, Phó Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Long yêu cầu huyện đạt nhiều kết quả.',
      ).leader,
    ).toBe('Nguyễn Văn Long');
  });
  it('are not led by a host who reports in the opening-phrase clause', () => {
    expect(
      sups(
        'Tại buổi làm việc với lãnh đạo tỉnh Thái Bình, ông Lê Quang Minh, Chủ tịch UBND tỉnh Thái Bình báo cáo tình hình.',
      ),
    ).toEqual([]);
  });
  it('take a body as subject when the verb carries its cue ("Sáng cùng ngày, X đã làm việc với …")', () => {
    const s = sups(
      'Sáng 5/6/2023, Thường trực Tỉnh ủy Gia Lai làm việc với Tỉnh đoàn Gia Lai. Chiều cùng ngày, Thường trực Tỉnh ủy Gia Lai đã làm việc với Hội Nông dân tỉnh Gia Lai.',
    );
    expect(s.map((x) => x.targets)).toEqual([['Tỉnh đoàn Gia Lai'], ['Hội Nông dân tỉnh Gia Lai']]);
  });
});

describe('not a supervision either', () => {
  it('is a study trip to another province ("… làm việc với … để học hỏi mô hình")', () => {
    expect(
      sups(
        'Ngày 5/2/2023, Bí thư Tỉnh ủy Long An Nguyễn Văn Được dẫn đầu đoàn lãnh đạo tỉnh làm việc với lãnh đạo Tỉnh ủy Bình Dương nhằm học hỏi mô hình nhà ở xã hội.',
      ),
    ).toEqual([]);
  });
  it('is a posting ("đến làm việc tại X trong 6 tháng")', () => {
    expect(
      sups(
        'Cục trưởng Cục Văn hóa cơ sở Trần Văn Bảo đến làm việc tại Văn phòng Bộ Văn hóa, Thể thao và Du lịch trong 6 tháng.',
      ),
    ).toEqual([]);
  });
});

describe('not a supervision', () => {
  it('is a working session between two provinces’ bodies (peers)', () => {
    expect(
      sups(
        'Ngày 31/5/2023, đoàn công tác của Thường trực Tỉnh ủy Bình Dương do đồng chí Võ Văn Minh làm trưởng đoàn đã làm việc với Tỉnh ủy Bình Phước để thống nhất phương án đầu tư tuyến đường.',
      ),
    ).toEqual([]);
  });
});

describe('people attending a session', () => {
  it('are hosts when they hold posts of the visited province ("… cùng dự")', () => {
    const s = one(
      'Ngày 19/6/2023, Đoàn công tác Bộ Công an do Thứ trưởng Bộ Công an Lê Quốc Hùng dẫn đầu có buổi làm việc với Công an tỉnh Nghệ An. Phó Bí thư Tỉnh ủy Nghệ An Hoàng Nghĩa Hiếu cùng dự.',
    );
    expect(s.hosts).toEqual(['Hoàng Nghĩa Hiếu']);
  });
  it('are on neither side when they hold posts elsewhere ("Tham dự buổi làm việc, ông A …")', () => {
    const s = one(
      'Ngày 10/2/2023, Ban Thường vụ Tỉnh ủy Nghệ An làm việc với Liên đoàn Lao động tỉnh Nghệ An. Tham dự buổi làm việc, ông Trần Văn Hòa, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam phát biểu.',
    );
    expect(s.hosts).toEqual([]);
    expect(s.participants).toEqual([]);
  });
});

describe('the chair of a session told before', () => {
  it('is the first speaker "Tại buổi làm việc, …" who belongs to the conducting body', () => {
    const s = one(
      'Sáng 10/2/2023, Thường trực Tỉnh ủy Nghệ An đã làm việc với Tỉnh đoàn Nghệ An. Tại buổi làm việc, Bí thư Tỉnh ủy Nghệ An Thái Thanh Quý đặt ra nhiều câu hỏi.',
    );
    expect(s.leader).toBe('Thái Thanh Quý');
  });
  it('is not a speaker of the host body', () => {
    const s = one(
      'Sáng 10/2/2023, Thường trực Tỉnh ủy Nghệ An đã làm việc với Tỉnh đoàn Nghệ An. Tại buổi làm việc, Bí thư Tỉnh đoàn Nghệ An Phan Đức Đồng cho biết nhiều kết quả.',
    );
    expect(s.leader).toBeNull();
  });
});

describe('a session in the headline', () => {
  it('is read without a time cue, with a bare province as target, its leader told in the lead', () => {
    const s = one(
      'Bộ Y tế làm việc với Thanh Hóa về vụ ngộ độc thực phẩm\n\nSáng 3/7/2023, Thứ trưởng Bộ Y tế Trần Văn Thuấn cùng đoàn công tác đã có buổi làm việc với các đơn vị liên quan.',
    );
    expect(s.conductedBy).toEqual(['Bộ Y tế']);
    expect(s.targets).toEqual(['Thanh Hóa']);
    expect(s.leader).toBe('Trần Văn Thuấn');
    expect(s.date).toBe('2023-07-03');
  });
  it('is dropped when the text tells a session of its own, even named otherwise', () => {
    const s = one(
      'Hội Nông dân tỉnh giám sát tại huyện Kiến Xương\n\n(Báo Thái Bình) - Ngày 25/7/2023, Đoàn giám sát của Ban Thường vụ Hội Nông dân tỉnh đã giám sát tại UBND huyện Kiến Xương.',
    );
    expect(s.targets).toEqual(['Ủy ban nhân dân huyện Kiến Xương']);
  });
  it('is dropped when the text tells the same session again', () => {
    const s = one(
      'Bộ Xây dựng làm việc với UBND tỉnh Gia Lai\n\nNgày 4/5/2023, Đoàn công tác của Bộ Xây dựng do Thứ trưởng Bộ Xây dựng Nguyễn Văn Sinh làm trưởng đoàn đã làm việc với tỉnh Gia Lai.',
    );
    expect(s.targets).toEqual(['tỉnh Gia Lai']);
    expect(s.date).toBe('2023-05-04');
  });
});

describe('a session told again', () => {
  it('in an undated caption naming the target’s parent body is the same session', () => {
    const s = sups(
      'Chiều 12/5/2023, Đoàn công tác của Bộ Chính trị do ông Lê Văn Bảo làm trưởng đoàn đã làm việc với Ban Cán sự đảng Bộ Tài chính. Đoàn công tác của Bộ Chính trị làm việc tại Bộ Tài chính. Ảnh: Minh Thu',
    );
    expect(s).toHaveLength(1);
    expect(s[0].targets).toHaveLength(1);
    expect(s[0].targets[0]).toMatch(/^Ban cán sự đảng Bộ Tài chính$/iu);
  });
});

describe('the targets of an inspection', () => {
  it('pass over "thuộc ORG" that places a member of the list', () => {
    const s = one(
      'Ngày 9/7/2023, Đoàn kiểm tra của Ban Bí thư đã kiểm tra tại Đảng ủy phường 5 thuộc Đảng bộ thành phố Bạc Liêu và Huyện ủy Hòa Bình.',
    );
    expect(s.targets).toHaveLength(2);
    expect(s.targets[1]).toBe('Huyện ủy Hòa Bình');
  });
  it('share the one leader named for the body’s team in the article', () => {
    const s = sups(
      'Ngày 9/7/2023, Đoàn công tác của Bộ Chính trị do đồng chí Lê Văn Bảo làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Bạc Liêu. Qua công tác kiểm tra tại Đảng ủy Công an tỉnh Bạc Liêu, Đoàn kiểm tra của Bộ Chính trị đánh giá cao công tác cán bộ.',
    );
    expect(s.map((x) => x.leader)).toEqual(['Lê Văn Bảo', 'Lê Văn Bảo']);
  });
});
