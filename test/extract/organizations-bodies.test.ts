/**
 * Bodies the organisation lexicon did not read, met as supervision conductors and targets on real
 * articles (invented sentences, one body per test).
 */
import { oneSupervision as one } from '../support/extract';

const QT = '(Baoquangtri.vn) - ';

describe('bodies named in supervision sessions', () => {
  it('reads a national committee ("Ủy ban Quốc gia …") as the team’s owner', () => {
    const s = one(
      `${QT}Sáng 5/7/2023, UBND tỉnh làm việc với đoàn công tác của Ủy ban Quốc gia Tìm kiếm Cứu nạn về công tác cứu hộ.`,
    );
    expect(s.conductedBy).toEqual(['Ủy ban Quốc gia Tìm kiếm Cứu nạn']);
    expect(s.targets).toEqual(['Ủy ban nhân dân tỉnh Quảng Trị']);
  });
  it('reads a factory ("Nhà máy …") as a target', () => {
    const s = one(
      `${QT}Sáng 5/7/2023, Đoàn công tác của Bộ Công Thương đã kiểm tra tại Nhà máy Xi măng Hồng Phúc về việc xả thải.`,
    );
    expect(s.conductedBy).toEqual(['Bộ Công Thương']);
    // The outlet's province is added to a body named without a place (resolve.ts).
    expect(s.targets).toEqual(['Nhà máy Xi măng Hồng Phúc']);
  });
  it('reads a limited company written out ("Công ty Trách nhiệm hữu hạn …") whole', () => {
    const s = one(
      `${QT}Ngày 5/7/2023, Sở Tài nguyên và Môi trường kiểm tra Công ty Trách nhiệm hữu hạn Hồng Phúc.`,
    );
    expect(s.targets).toEqual(['Công ty Trách nhiệm hữu hạn Hồng Phúc']);
  });
  it('reads a limited company whose name opens in lower case ("Công ty TNHH thương mại Hồng Phúc")', () => {
    const s = one(
      `${QT}Ngày 5/7/2023, Sở Tài nguyên và Môi trường kiểm tra Công ty Trách nhiệm hữu hạn thương mại Hồng Phúc.`,
    );
    expect(s.targets).toEqual(['Công ty Trách nhiệm hữu hạn thương mại Hồng Phúc']);
  });
  it('reads a board of directors with the body it belongs to ("Ban Giám đốc Công an tỉnh")', () => {
    const s = one(
      `${QT}Chiều 5/7/2023, Bí thư Tỉnh ủy Lê Văn An làm việc với Ban Giám đốc Công an tỉnh.`,
    );
    expect(s.leader).toBe('Lê Văn An');
    expect(s.targets).toEqual(['Ban Giám đốc Công an tỉnh Quảng Trị']);
  });
  it('gives a listed body that names no owner the owner of the next ("Ban Thường vụ Đảng ủy, Ban Giám đốc Công an tỉnh")', () => {
    const s = one(
      `${QT}Chiều 5/7/2023, Bí thư Tỉnh ủy Lê Văn An làm việc với Ban Thường vụ Đảng ủy, Ban Giám đốc Công an tỉnh.`,
    );
    expect(s.targets).toEqual([
      'Ban Thường vụ Đảng ủy Công an tỉnh Quảng Trị',
      'Ban Giám đốc Công an tỉnh Quảng Trị',
    ]);
  });
});
