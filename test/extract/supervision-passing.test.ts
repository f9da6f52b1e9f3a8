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
