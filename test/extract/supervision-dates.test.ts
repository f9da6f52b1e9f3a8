/**
 * Session dates in the shapes real articles write them (invented sentences, one shape per test).
 */
import { oneSupervision as one } from '../support/extract';

const ND = '(Baonamdinh.vn) - ';

describe('the day of a session', () => {
  it('reads the day in brackets after "sáng nay" ("Sáng nay (2/7), …")', () => {
    const s = one(`${ND}Sáng nay (2/7), Bộ Y tế đã làm việc với UBND tỉnh về phòng chống dịch.`);
    expect(s.date).toMatch(/-07-02$/u);
  });
  it('reads a day and month written apart ("Ngày 15 – 5", "Ngày 9 / 7")', () => {
    expect(one(`${ND}Ngày 15 – 5, Bộ Y tế đã làm việc với UBND tỉnh.`).date).toMatch(/-05-15$/u);
    expect(one(`${ND}Ngày 9 / 7, Bộ Y tế đã làm việc với UBND tỉnh.`).date).toMatch(/-07-09$/u);
  });
  it('does not read a range of numbers after "từ" as a day', () => {
    const s = one(`${ND}Ngày 4/7, Bộ Y tế đã làm việc với UBND tỉnh về kế hoạch từ 3 - 5 năm.`);
    expect(s.date).toMatch(/-07-04$/u);
  });
  it('takes the day told with the session, not an earlier day of the report ("sáng 14-7 … cho biết, chiều 13-7, …")', () => {
    const s = one(
      `${ND}Tại cuộc họp báo sáng 14-7, ông Trần Văn Hùng, Chánh Văn phòng Bộ Y tế cho biết, chiều 13-7, Ủy ban Kiểm tra Trung ương đã có cuộc làm việc với Ban Cán sự đảng Bộ Y tế.`,
    );
    expect(s.date).toMatch(/-07-13$/u);
  });
  it('keeps the day of a team’s visit whose site the grammar cannot read when the session is told again', () => {
    const s = one(
      `${ND}Sáng 4/7, Đoàn công tác của Bộ Công Thương đã kiểm tra trực tiếp tại khu vực nhà xưởng. Ông Trần Văn Hùng, Cục trưởng Cục Hóa chất cho biết đoàn công tác đã làm việc với lãnh đạo Công ty Hóa chất Nam Định.`,
    );
    expect(s.targets).toEqual(['Công ty Hóa chất Nam Định']);
    expect(s.date).toMatch(/-07-04$/u);
  });
  it('does not give a session told by a team the day a body announced the results ("công bố kết quả kiểm tra")', () => {
    const s = one(
      `${ND}Sáng 4/7, UBND tỉnh công bố kết quả kiểm tra vụ bổ nhiệm tại bệnh viện. Bên cạnh đó, đoàn kiểm tra cũng rà soát quy trình tuyển dụng của những người đang làm việc tại Bệnh viện Đa khoa huyện Giao Thủy.`,
    );
    expect(s.targets).toEqual(['Bệnh viện Đa khoa huyện Giao Thủy']);
    expect(s.date).toBeNull();
  });
  it('gives a session "cùng ngày" the day the text told first when no session before it has one', () => {
    const s = one(
      `${ND}Ngày 10/2, đại diện các doanh nghiệp đã gặp gỡ lãnh đạo tỉnh. Cùng ngày, tại buổi làm việc với Sở Tài chính, Phó Chủ tịch UBND tỉnh Trần Văn Hùng yêu cầu sở rà soát các khoản chi.`,
    );
    expect(s.targets).toEqual(['Sở Tài chính Nam Định']);
    expect(s.date).toMatch(/-02-10$/u);
  });
  it('takes the nearest day before "cùng ngày", not a deadline ("báo cáo trước ngày 4/7")', () => {
    const s = one(
      `${ND}Ngày 14/11/2013, huyện đã có công văn gửi tỉnh. Ngày 2/7/2017, UBND tỉnh yêu cầu các sở báo cáo trước ngày 4/7. Cùng ngày, tại buổi làm việc với Sở Y tế, Phó Chủ tịch UBND tỉnh Trần Văn Hùng yêu cầu sở rà soát các khoản chi.`,
    );
    expect(s.date).toBe('2017-07-02');
  });
});
