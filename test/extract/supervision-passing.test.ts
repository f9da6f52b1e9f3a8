/**
 * Inspections and sessions told in passing, in the shapes real articles write them (invented
 * sentences, one shape per test).
 */
import { oneSupervision as one, supervisionsOf as sups } from '../support/extract';

const LS = '(Baolangson.vn) - ';

describe('an inspection team ("thanh tra")', () => {
  it('reads "Đoàn thanh tra của X đã tiến hành thanh tra tại Y" as an inspection of Y by X', () => {
    const s = one(
      `${LS}Bộ Tài chính vừa công bố kết luận về ngân sách năm 2016 (Đoàn thanh tra Bộ Tài chính đã tiến hành thanh tra tại tỉnh Lạng Sơn từ ngày 14/11/2016 đến ngày 16/12/2016).`,
    );
    expect(s.kind).toBe('kiểm tra');
    expect(s.conductedBy).toEqual(['Bộ Tài chính']);
    expect(s.targets).toEqual(['tỉnh Lạng Sơn']);
    expect(s.date).toBe('2016-11-14');
  });
});

describe('a team working with partners', () => {
  it('does not read the partners of "phối hợp chặt chẽ với thanh tra Chính phủ, Bộ X" as its targets', () => {
    expect(
      sups(
        `${LS}Chúng tôi đôn đốc đoàn kiểm tra tỉnh phối hợp chặt chẽ với thanh tra Chính phủ, Bộ Tài nguyên và Môi trường.`,
      ),
    ).toEqual([]);
  });
});

describe('a visit from above to a site named by its address', () => {
  const TEXT =
    'Phó Thủ tướng Lê Văn Thành kiểm tra sạt lở Đồng Tháp\n\nNgày 15 – 5, Đoàn công tác do Phó Thủ tướng Chính phủ Lê Văn Thành dẫn đầu đoàn khảo sát đến hiện trường vụ sạt lở tại tổ 3, ấp An Lợi, xã Tân Bình, huyện Thanh Bình, Đồng Tháp. Phó Thủ tướng đã thăm hỏi bà con bị ảnh hưởng.';
  it('has the province that ends the address as its target, and the day of the text', () => {
    const s = one(TEXT);
    expect(s.leader).toBe('Lê Văn Thành');
    expect(s.targets).toEqual(['Đồng Tháp']);
    expect(s.kind).toBe('khảo sát');
    expect(s.date).toMatch(/-05-15$/u);
  });
  it('reads a headline that ends with the province ("… kiểm tra sạt lở Đồng Tháp")', () => {
    const s = one('Phó Thủ tướng Lê Văn Thành kiểm tra sạt lở Đồng Tháp\n\nBà con rất phấn khởi.');
    expect(s.leader).toBe('Lê Văn Thành');
    expect(s.targets).toEqual(['Đồng Tháp']);
  });
  it('does not read one province of a list of provinces as the target', () => {
    expect(
      sups(
        `${LS}Ngày 4/7, Bộ Y tế đã khảo sát tại các bệnh viện của 3 tỉnh: Lạng Sơn, Cao Bằng và Bắc Kạn.`,
      ),
    ).toEqual([]);
  });
});

describe('a team constituted, not yet at work', () => {
  it('is an inspection by the body that constituted it, of the body whose work it checks, with no day', () => {
    const s = one(
      `${LS}Ngày 12/5, Sở Công Thương vừa thành lập đoàn kiểm tra hoạt động bán hàng đa cấp của Công ty Đông Bắc.`,
    );
    expect(s.kind).toBe('kiểm tra');
    expect(s.conductedBy).toEqual(['Sở Công Thương Lạng Sơn']);
    expect(s.targets).toEqual(['Công ty Đông Bắc']);
    expect(s.date).toBeNull();
  });
  it('is none when the team is only ordered or planned, or is a task force', () => {
    for (const t of [
      'Bộ trưởng Bộ Công Thương đã chỉ đạo thành lập đoàn kiểm tra hoạt động của Công ty Đông Bắc.',
      'UBND tỉnh yêu cầu Sở Công Thương thành lập đoàn kiểm tra hoạt động của Công ty Đông Bắc.',
      'Sở Công Thương sẽ thành lập đoàn kiểm tra hoạt động của Công ty Đông Bắc.',
      'Sở Công Thương đã thành lập tổ công tác theo dõi hoạt động của Công ty Đông Bắc.',
    ])
      expect(sups(`${LS}${t}`)).toEqual([]);
  });
});

describe('a person who tells of a session', () => {
  it('does not lead the team it tells of ("ông A, Cục trưởng …, cho biết đoàn công tác … đã làm việc với …")', () => {
    const s = one(
      `${LS}Sáng 4/7, Đoàn công tác của Bộ Công Thương đã kiểm tra tại khu vực nhà xưởng. Ông Trần Văn Hùng, Cục trưởng Cục Hóa chất cho biết đoàn công tác đã làm việc với lãnh đạo Công ty Hóa chất Đông Bắc.`,
    );
    expect(s.conductedBy).toEqual(['Bộ Công Thương']);
    expect(s.leader).toBeNull();
  });
  it('leads the session the person tells of as their own ("A cho biết vừa làm việc với …")', () => {
    const s = one(
      `${LS}Chiều 9/5, Phó Chủ tịch UBND tỉnh Trần Văn Hùng cho biết vừa làm việc với Sở Công Thương về giá điện.`,
    );
    expect(s.leader).toBe('Trần Văn Hùng');
    expect(s.targets).toEqual(['Sở Công Thương Lạng Sơn']);
  });
});
