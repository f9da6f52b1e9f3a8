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
