/**
 * Supervision shapes missed on the development sets (invented sentences, one shape per test):
 * sessions led by a person and named after another verb, target lists whose members carry their
 * district, inspections told by their result with their author after "do … tiến hành".
 */
import { oneSupervision as one, supervisionsOf as sups } from '../support/extract';

const TN = '(Thanhnien.vn) - ';

describe('a target list after the verb', () => {
  it('goes on past a member’s district ("làm việc với Trạm Y tế phường 7, quận 5 và Trạm Y tế phường 2, quận 8")', () => {
    const s = one(
      `${TN}Sáng 3/4/2023, Bộ trưởng Bộ Y tế Trần Văn Minh đã đến thăm và làm việc với Trạm Y tế phường 7, quận 5 và Trạm Y tế phường 2, quận 8.`,
    );
    expect(s.leader).toBe('Trần Văn Minh');
    expect(s.targets).toHaveLength(2);
    expect(s.targets[1]).toMatch(/^Trạm Y tế phường 2/u);
  });
  it('does not take a body of another clause as a second target', () => {
    const s = one(
      `${TN}Sáng 3/4/2023, Bộ trưởng Bộ Y tế Trần Văn Minh đã làm việc với Sở Y tế Hà Nội, sau đó ông Trần Văn Minh báo cáo với Chính phủ.`,
    );
    expect(s.targets).toEqual(['Sở Y tế Hà Nội']);
  });
});

describe('a person named before "tại buổi làm việc với ORG" with a verb of their own', () => {
  it('leads the session ("… được Phó Thủ tướng A nhấn mạnh tại buổi làm việc với UBND tỉnh X")', () => {
    const s = one(
      `${TN}Đây là yêu cầu được Phó Thủ tướng Lê Văn Thành nhấn mạnh tại buổi làm việc với UBND tỉnh Nghệ An, chiều 5/4/2023.`,
    );
    expect(s.leader).toBe('Lê Văn Thành');
    expect(s.targets).toEqual(['Ủy ban nhân dân tỉnh Nghệ An']);
    expect(s.date).toBe('2023-04-05');
  });
  it('is not led by a local official speaking at a central body’s session', () => {
    expect(
      sups(
        `${TN}Giám đốc Sở Y tế tỉnh Long An Nguyễn Văn Bình nhấn mạnh tại buổi làm việc với Bộ Y tế, chiều 2/5/2023.`,
      ).filter((s) => s.leader === 'Nguyễn Văn Bình'),
    ).toEqual([]);
  });
  it('is no session when the person only reports or tells of it', () => {
    expect(
      sups(
        `${TN}Giám đốc Sở Y tế Nguyễn Văn Bình cho biết tại buổi làm việc với Bộ Y tế, sở đã nêu kiến nghị.`,
      ),
    ).toEqual([]);
  });
});

describe('an inspection told by its result', () => {
  it('has the body after "do … tiến hành" as conductor and the last "của ORG" as target', () => {
    const s = one(
      `${TN}Đây là kết luận thanh tra về công tác tuyển dụng công chức của UBND tỉnh Bình Phước trong giai đoạn từ ngày 1/1/2019 đến ngày 31/12/2021, do Thanh tra Bộ Nội vụ tiến hành.`,
    );
    expect(s.kind).toBe('kiểm tra');
    expect(s.conductedBy).toEqual(['Thanh tra Bộ Nội vụ']);
    expect(s.targets).toEqual(['Ủy ban nhân dân tỉnh Bình Phước']);
    // The period inspected is not the inspection's day.
    expect(s.date).toBeNull();
  });
  it('is no session when the inspection is only asked for', () => {
    expect(
      sups(
        `${TN}Bộ Nội vụ đề nghị thanh tra công tác tuyển dụng của UBND tỉnh Bình Phước, do Thanh tra Bộ tiến hành.`,
      ),
    ).toEqual([]);
  });
});

describe('a central body’s team at a province named bare and alone', () => {
  it('has the province as target ("Đoàn công tác của Bộ X … đã đến kiểm tra … tại Đà Nẵng.")', () => {
    const s = one(
      `${TN}Vừa qua, Đoàn công tác của Bộ Tài chính do Thứ trưởng Lê Văn Hòa làm trưởng đoàn đã đến kiểm tra tiến độ giải ngân vốn đầu tư công tại Cần Thơ.`,
    );
    expect(s.conductedBy).toEqual(['Bộ Tài chính']);
    expect(s.leader).toBe('Lê Văn Hòa');
    expect(s.targets).toEqual(['Cần Thơ']);
    expect(s.date).toBeNull();
  });
  it('gives way to the body the team met, told after it', () => {
    const s = one(
      `${TN}Ngày 4/5/2023, Đoàn công tác của Bộ Tài chính do Thứ trưởng Lê Văn Hòa làm trưởng đoàn đã làm việc tại Cần Thơ. Chiều cùng ngày, Đoàn công tác của Bộ Tài chính đã làm việc với UBND thành phố Cần Thơ.`,
    );
    expect(s.targets).toEqual(['Ủy ban nhân dân thành phố Cần Thơ']);
  });
});

describe('a team constituted by a central body', () => {
  it('has the province after "ở" as target and the founding decision as its directive', () => {
    const s = one(
      `${TN}Bộ Xây dựng vừa có Quyết định 512/QĐ-BXD ngày 3/4/2023 do Thứ trưởng Trần Văn Sơn ký về việc thành lập đoàn kiểm tra việc cấp phép xây dựng ở tỉnh Quảng Ngãi, theo chỉ đạo của Thủ tướng Chính phủ.`,
    );
    expect(s.conductedBy).toEqual(['Bộ Xây dựng']);
    expect(s.targets).toEqual(['tỉnh Quảng Ngãi']);
    expect(s.directives).toEqual(['512/QĐ-BXD']);
    expect(s.date).toBeNull();
  });
  it('is no session for a local body acting "ở" a district (a raid, not a visit)', () => {
    expect(
      sups(
        `${TN}Ngày 15/5/2023, Công an tỉnh Bình Dương phối hợp với Công an địa phương kiểm tra, bắt quả tang nhiều điểm ghi số đề ở thị xã Bến Cát.`,
      ),
    ).toEqual([]);
  });
});

describe('a team owned by a post written as a body', () => {
  it('is named by its owner ("Tổ công tác của Thủ tướng Chính phủ")', () => {
    const s = one(
      `${TN}Ngày 19/6/2023, Tổ công tác của Thủ tướng Chính phủ do Bộ trưởng Trần Văn Sơn dẫn đầu đã làm việc với Tập đoàn Dầu khí Việt Nam.`,
    );
    expect(s.conductedBy).toEqual(['Tổ công tác của Thủ tướng Chính phủ']);
    expect(s.leader).toBe('Trần Văn Sơn');
    expect(s.targets).toEqual(['Tập đoàn Dầu khí Việt Nam']);
  });
});

describe('the sites a person inspected, named in an opening phrase', () => {
  it('replace the area the session named ("Đến kiểm tra tại Trường X, Bộ trưởng A …")', () => {
    const s = one(
      `${TN}Chiều 21/6/2023, Bộ trưởng Bộ Y tế Trần Văn Minh đến kiểm tra công tác phòng dịch tại tỉnh Long An. Đến kiểm tra tại Bệnh viện Đa khoa tỉnh Long An, Bộ trưởng Trần Văn Minh yêu cầu tăng cường phân luồng người bệnh.`,
    );
    expect(s.leader).toBe('Trần Văn Minh');
    expect(s.targets).toEqual(['Bệnh viện Đa khoa tỉnh Long An']);
  });
  it('leave another person’s session alone', () => {
    const s = one(
      `${TN}Chiều 21/6/2023, Bộ trưởng Bộ Y tế Trần Văn Minh đến kiểm tra công tác phòng dịch tại tỉnh Long An. Đến kiểm tra tại Bệnh viện Đa khoa tỉnh Long An, Giám đốc Sở Y tế Lê Văn Nam cho biết bệnh viện đã sẵn sàng.`,
    );
    expect(s.targets).toEqual(['tỉnh Long An']);
  });
});

describe('a commune visited', () => {
  it('is the target of a leader’s visit when its district follows ("tại xã A thuộc huyện B")', () => {
    const s = one(
      `${TN}Chiều 14/5/2023, Chủ tịch nước Lê Văn Hùng đã đến thăm, làm việc tại xã Tân Phú thuộc huyện Tân Lạc, tỉnh Hòa Bình.`,
    );
    expect(s.leader).toBe('Lê Văn Hùng');
    expect(s.targets).toEqual(['xã Tân Phú']);
  });
  it('is not the target of a local team’s check', () => {
    expect(
      sups(
        `${TN}Ngày 22/6/2023, Đội Quản lý thị trường số 5 thuộc Chi cục Quản lý thị trường tỉnh Hòa Bình đã kiểm tra xe ô tô tại xã Tân Phú, huyện Tân Lạc.`,
      ).filter((s) => s.targets.includes('xã Tân Phú')),
    ).toEqual([]);
  });
});

describe('a photo credit run into the sentence', () => {
  it('does not hide the person who opens the clause ("Ảnh: A/TTXVN * Tiếp đó, Tổng Bí thư B …")', () => {
    const s = one(
      `${TN}Ảnh: Minh Đức/TTXVN * Sáng 15/5/2023, Bộ trưởng Bộ Y tế Trần Văn Minh đã làm việc với UBND tỉnh Hòa Bình.`,
    );
    expect(s.leader).toBe('Trần Văn Minh');
  });
});

describe('a partner team named by its kind', () => {
  it('conducts too ("Đoàn khảo sát của Ban X phối hợp với Đoàn kiểm tra liên ngành Thành phố kiểm tra …")', () => {
    const s = one(
      `(Hanoimoi.vn) - Ngày 6/2/2023, Đoàn khảo sát của Ban Kinh tế - Ngân sách HĐND thành phố phối hợp với Đoàn kiểm tra liên ngành Thành phố kiểm tra việc thu giá trông giữ xe tại Bến xe Giáp Bát.`,
    );
    expect(s.conductedBy).toEqual([
      'Ban Kinh tế - Ngân sách Hội đồng nhân dân thành phố Hà Nội',
      'Đoàn kiểm tra liên ngành Thành phố',
    ]);
    expect(s.targets).toEqual(['Bến xe Giáp Bát']);
  });
});
