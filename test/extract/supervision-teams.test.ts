/**
 * Supervision shapes of teams from above found missing on an independently annotated set: a
 * central team working "trên địa bàn" a province, a session told from the host side with "có buổi
 * làm việc với", a team owned by a post ("Tổ công tác của Thủ tướng"), the body a team assessed
 * (invented sentences, one shape per test).
 */
import { oneSupervision as one, supervisionsOf as sups } from '../support/extract';

describe('a central team in a province’s area', () => {
  const visit =
    'Chiều 9/5/2023, Đoàn công tác của Bộ Xây dựng do ông Nguyễn Văn Bình, Vụ trưởng Vụ Quy hoạch làm trưởng đoàn đã đến khảo sát tình hình nhà ở xã hội trên địa bàn tỉnh Quảng Trị.';
  it('has the province as target ("khảo sát … trên địa bàn tỉnh X")', () => {
    const s = one(visit);
    expect(s.kind).toBe('khảo sát');
    expect(s.conductedBy).toEqual(['Bộ Xây dựng']);
    expect(s.leader).toBe('Nguyễn Văn Bình');
    expect(s.targets).toEqual(['tỉnh Quảng Trị']);
  });
  it('takes the reporting host after a venue phrase ("Tại các điểm khảo sát, Chủ tịch UBND tỉnh A báo cáo với đoàn")', () => {
    const s = one(
      `${visit} Tại các điểm khảo sát, Chủ tịch UBND tỉnh Quảng Trị Lê Văn An đã báo cáo với đoàn công tác về tình hình triển khai.`,
    );
    expect(s.hosts).toEqual(['Lê Văn An']);
  });
  it('takes the body the team assessed there as the target ("đoàn công tác đánh giá Sở X tỉnh Y")', () => {
    const s = one(
      `${visit} Qua khảo sát, đoàn công tác đánh giá Sở Xây dựng tỉnh Quảng Trị đã chủ động triển khai.`,
    );
    expect(s.targets).toEqual(['Sở Xây dựng tỉnh Quảng Trị']);
  });
  it('is no session when a local body works in its own area', () => {
    expect(
      sups(
        'Sáng 9/5/2023, Sở Y tế Quảng Trị đã kiểm tra an toàn thực phẩm trên địa bàn tỉnh Quảng Trị.',
      ),
    ).toEqual([]);
  });
});

describe('a session told from the host side', () => {
  it('reads "X đã có buổi làm việc với Đoàn công tác của Y": X is the target, Y conducts', () => {
    const s = one(
      'Ngày 5/6/2023, UBND tỉnh Quảng Trị đã có buổi làm việc với Đoàn công tác của Tổng cục Đường bộ Việt Nam do ông Trần Văn Cường, Tổng cục trưởng Tổng cục Đường bộ Việt Nam làm trưởng đoàn về dự án cầu vượt.',
    );
    expect(s.kind).toBe('làm việc');
    expect(s.conductedBy).toEqual(['Tổng cục Đường bộ Việt Nam']);
    expect(s.leader).toBe('Trần Văn Cường');
    expect(s.targets).toEqual(['Ủy ban nhân dân tỉnh Quảng Trị']);
    expect(s.date).toBe('2023-06-05');
  });
});

describe('a team owned by a post', () => {
  it('is named by the post and conducts ("Tổ công tác của Thủ tướng … kiểm tra Tập đoàn X")', () => {
    const s = one(
      'Sáng 20/6/2023, Tổ công tác của Thủ tướng do Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Lê Minh Khải làm trưởng đoàn đã kiểm tra Tập đoàn Than Khoáng sản Việt Nam về tình hình thực hiện nhiệm vụ được giao.',
    );
    expect(s.kind).toBe('kiểm tra');
    expect(s.conductedBy).toEqual(['Tổ công tác của Thủ tướng']);
    expect(s.leader).toBe('Lê Minh Khải');
    expect(s.targets).toEqual(['Tập đoàn Than Khoáng sản Việt Nam']);
  });
});

describe('who is on which side', () => {
  it('has a local leader’s fellow leaders attending on the leader’s side, not the host’s', () => {
    const s = one(
      'Sáng 12/7/2023, đồng chí Trần Văn Nam, Bí thư Thành ủy Hà Nội làm việc với Cục Thuế thành phố Hà Nội về kết quả thu ngân sách. Cùng dự buổi làm việc có Phó Chủ tịch UBND TP Hà Nội Lê Văn Hòa. Ông Ngô Văn Sơn, Cục trưởng Cục Thuế thành phố Hà Nội báo cáo kết quả.',
    );
    expect(s.leader).toBe('Trần Văn Nam');
    expect(s.participants).toEqual(['Lê Văn Hòa']);
    expect(s.hosts).toEqual(['Ngô Văn Sơn']);
  });
  it('has the district’s leaders who speak at a session with its Party committee as hosts', () => {
    const s = one(
      'Sáng 7/2/2023, Bí thư Thành ủy Hà Nội Trần Văn Nam đã có buổi làm việc với Quận ủy quận Tây Hồ về nhiệm vụ năm 2023. Ông Lê Văn Hòa, Chủ tịch UBND quận Tây Hồ, cho biết năm qua quận hoàn thành các chỉ tiêu.',
    );
    expect(s.targets).toEqual(['Quận ủy quận Tây Hồ']);
    expect(s.hosts).toEqual(['Lê Văn Hòa']);
  });
  it('does not make a host of the target’s official named only before the session, in passing', () => {
    const s = one(
      'Ông Lê Văn Hòa, Chánh Văn phòng UBND tỉnh Yên Bái đã trả lời phỏng vấn về việc bổ nhiệm cán bộ. Ngày 2/11/2022, Đoàn kiểm tra của Bộ Nội vụ đã làm việc với UBND tỉnh Yên Bái về việc này.',
    );
    expect(s.conductedBy).toEqual(['Bộ Nội vụ']);
    expect(s.hosts).toEqual([]);
  });
});
