/**
 * Organisation names that recur in the real stream and blocked supervisions or roles (invented
 * sentences, one shape per test).
 */
import { officialsOf, oneSupervision as one } from '../support/extract';

const QT = '(Baoquangtri.vn) - ';

describe('company names after a legal form', () => {
  it('reads a joint-stock company written in lower case ("Công ty cổ phần …") as a target', () => {
    const s = one(
      `${QT}Ngày 5/7/2023, Đoàn thanh tra Sở Y tế đã kiểm tra Công ty cổ phần Dược phẩm Hồng Phúc.`,
    );
    expect(s.conductedBy).toEqual(['Sở Y tế Quảng Trị']);
    expect(s.targets).toEqual(['Công ty Cổ phần Dược phẩm Hồng Phúc']);
  });
  it('reads a name opening with a department ("Công ty Cổ phần Xây dựng …") whole', () => {
    const o = officialsOf('Ông Lê Văn An, Giám đốc Công ty Cổ phần Xây dựng Hồng Phúc cho biết.');
    expect(o.get('Lê Văn An')).toEqual(['Giám đốc Công ty Cổ phần Xây dựng Hồng Phúc']);
  });
  it('reads a name opening with a group ("Công ty Cổ phần Tập đoàn …") whole', () => {
    const o = officialsOf(
      'Ông Lê Văn An, Chủ tịch Công ty Cổ phần Tập đoàn Thép Hồng Phúc cho biết.',
    );
    expect(o.get('Lê Văn An')).toEqual(['Chủ tịch Công ty Cổ phần Tập đoàn Thép Hồng Phúc']);
  });
  it('lets a word’s lower-case syllable run on ("Bất động sản"), not a verb after the name', () => {
    const o = officialsOf(
      'Ông Lê Văn An, Tổng Giám đốc Công ty Cổ phần Bất động sản Hồng Phúc đưa ra kế hoạch.',
    );
    expect(o.get('Lê Văn An')).toEqual(['Tổng Giám đốc Công ty Cổ phần Bất động sản Hồng Phúc']);
  });
  it('joins two fields with "và" ("Đầu tư và Phát triển"), not two bodies', () => {
    const o = officialsOf(
      'Ông Lê Văn An, Giám đốc Công ty Cổ phần Đầu tư và Phát triển Hồng Phúc cho biết.',
    );
    expect(o.get('Lê Văn An')).toEqual(['Giám đốc Công ty Cổ phần Đầu tư và Phát triển Hồng Phúc']);
    const p = officialsOf(
      'Ông Lê Văn An, Giám đốc Công ty Cổ phần Dệt Hồng Phúc và Chi nhánh Ngân hàng cho biết.',
    );
    expect(p.get('Lê Văn An')).toEqual(['Giám đốc Công ty Cổ phần Dệt Hồng Phúc']);
  });
  it('reads a limited company’s name after "TNHH" / "TNHH một thành viên" like one after a legal form', () => {
    const o = officialsOf(
      'Ông Lê Văn An, Giám đốc Công ty TNHH Thương mại và Dịch vụ Hồng Phúc cho biết. Ông Trần Văn Bình, Giám đốc Công ty TNHH một thành viên Cấp nước Hồng Phúc cho biết.',
    );
    expect(o.get('Lê Văn An')).toEqual(['Giám đốc Công ty TNHH Thương mại và Dịch vụ Hồng Phúc']);
    expect(o.get('Trần Văn Bình')).toEqual([
      'Giám đốc Công ty TNHH một thành viên Cấp nước Hồng Phúc',
    ]);
  });
  it('keeps another name of a city inside a company’s name ("… Sài Gòn")', () => {
    const o = officialsOf('Ông Lê Văn An, Tổng Giám đốc Tổng Công ty Cấp nước Sài Gòn cho biết.');
    expect(o.get('Lê Văn An')).toEqual(['Tổng Giám đốc Tổng công ty Cấp nước Sài Gòn']);
  });
});

describe('central bodies', () => {
  it('reads the State Audit ("Kiểm toán Nhà nước") as a body a leader visits', () => {
    const s = one(
      `${QT}Ngày 5/7/2023, Thủ tướng Lê Văn An đã đến thăm và làm việc với Kiểm toán Nhà nước.`,
    );
    expect(s.leader).toBe('Lê Văn An');
    expect(s.targets).toEqual(['Kiểm toán Nhà nước']);
  });
});

describe('the fire police ("Cảnh sát PCCC")', () => {
  it('reads a city’s fire police as a body that conducts an inspection', () => {
    const s = one(
      `${QT}Ngày 5/7/2023, Cảnh sát PCCC thành phố Đông Hà đã kiểm tra Công ty TNHH Hồng Phúc.`,
    );
    expect(s.conductedBy).toEqual(['Cảnh sát PCCC thành phố Đông Hà']);
    expect(s.targets).toEqual(['Công ty TNHH Hồng Phúc']);
  });
  it('keeps it inside a department’s name ("Cục/Phòng Cảnh sát PCCC")', () => {
    const o = officialsOf(
      'Đại tá Lê Văn An, Cục trưởng Cục Cảnh sát PCCC cho biết. Trung tá Trần Văn Bình, Trưởng Phòng Cảnh sát PCCC Công an tỉnh Quảng Trị cho biết.',
    );
    expect(o.get('Lê Văn An')).toEqual(['Cục trưởng Cục Cảnh sát PCCC']);
    expect(o.get('Trần Văn Bình')).toEqual(['Trưởng Phòng Cảnh sát PCCC Công an tỉnh Quảng Trị']);
  });
});
