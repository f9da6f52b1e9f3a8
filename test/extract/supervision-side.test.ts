/**
 * The supervising side of a session: the owner of a team told first without one, named by a later
 * sentence that addresses the team (invented sentences, one shape per test).
 */
import { oneSupervision as one } from '../support/extract';

describe('the owner of a team named after its session', () => {
  const visit =
    'Ngày 3/8/2023, Phó Thủ tướng Chính phủ Hoàng Văn Minh đã dẫn đầu đoàn công tác đến làm việc tại tỉnh Bạc Liêu về công tác phòng, chống sạt lở.';
  it('conducts the session; who addresses the team from the province receives it', () => {
    const s = one(
      `${visit} Chủ tịch UBND tỉnh Bạc Liêu Trần Thị Lan đề xuất với Đoàn công tác Chính phủ bổ sung vốn cho các dự án kè.`,
    );
    expect(s.conductedBy).toEqual(['Chính phủ']);
    expect(s.leader).toBe('Hoàng Văn Minh');
    expect(s.hosts).toEqual(['Trần Thị Lan']);
  });
  it('leaves the team without a conductor when no sentence names its owner', () => {
    const s = one(
      `${visit} Chủ tịch UBND tỉnh Bạc Liêu Trần Thị Lan đề xuất bổ sung vốn cho các dự án kè.`,
    );
    expect(s.conductedBy).toEqual([]);
    expect(s.hosts).toEqual([]);
  });
  it('is not the owner of another kind of team ("Đoàn kiểm tra của Sở X" after "đoàn công tác")', () => {
    const s = one(
      `${visit} Trước đó, Đoàn kiểm tra của Sở Xây dựng tỉnh Bạc Liêu đã báo cáo kết quả.`,
    );
    expect(s.conductedBy).toEqual([]);
  });
});

describe('a report opening the sentence', () => {
  it('has no host in a person the report tells of ("Báo cáo nêu rõ, Ủy ban X … ông A")', () => {
    const s = one(
      'Báo cáo nêu rõ, Ủy ban Kiểm tra Thành ủy Đà Nẵng đã làm việc với Sở Xây dựng ngày 14/9/2022 và kết luận: việc kiểm điểm ông Trần Minh Đức được tiến hành nghiêm túc.',
    );
    expect(s.conductedBy).toEqual(['Ủy ban Kiểm tra Thành ủy Đà Nẵng']);
    expect(s.hosts).toEqual([]);
  });
  it('has the subject after the opening phrase as host ("Báo cáo với đoàn, Giám đốc Sở X A …")', () => {
    const s = one(
      'Ngày 14/9/2022, Ủy ban Kiểm tra Thành ủy Đà Nẵng đã làm việc với Sở Xây dựng thành phố Đà Nẵng. Báo cáo với đoàn, Giám đốc Sở Xây dựng thành phố Đà Nẵng Trần Minh Đức cho biết sở đã rà soát các dự án.',
    );
    expect(s.hosts).toEqual(['Trần Minh Đức']);
  });
});
