/**
 * Sites, operators and institutes named in supervision sentences (lexicon units of kind facility,
 * institute, press; legal forms of companies) and boards that name their owner in brackets or after
 * "thuộc" (invented sentences).
 */
import { extractText } from '../../src/extract/index';
import { officialsOf, oneSupervision as one } from '../support/extract';

const ND = '(Baonamdinh.vn) - ';

const orgNames = (text: string): string[] =>
  extractText('t', text).organizations.map((o) => o.name);

describe('sites and operators as supervision targets', () => {
  it('reads a bus station by its own name, with no place added', () => {
    const s = one(`${ND}Ngày 6/2/2023, Sở Giao thông vận tải kiểm tra Bến xe khách Hòa Bình.`);
    expect(s.conductedBy).toEqual(['Sở Giao thông vận tải Nam Định']);
    expect(s.targets).toEqual(['Bến xe khách Hòa Bình']);
  });
  it('reads an industrial park written short ("KCN") as its full name', () => {
    const s = one(`${ND}Ngày 6/2/2023, Sở Tài nguyên và Môi trường kiểm tra KCN Hòa Xá.`);
    expect(s.targets).toEqual(['Khu công nghiệp Hòa Xá']);
  });
  it('reads a port named after a province whole ("Cảng Hải Phòng")', () => {
    const s = one(`${ND}Ngày 6/2/2023, Bộ Giao thông vận tải làm việc với Cảng Hải Phòng.`);
    expect(s.targets).toEqual(['Cảng Hải Phòng']);
  });
  it('keeps a site inside the name of the board that runs it', () => {
    const s = one(
      `${ND}Ngày 6/2/2023, Đoàn công tác của Bộ Công Thương làm việc với Ban Quản lý Khu kinh tế tỉnh Nam Định.`,
    );
    expect(s.conductedBy).toEqual(['Bộ Công Thương']);
    expect(s.targets).toEqual(['Ban Quản lý Khu kinh tế tỉnh Nam Định']);
  });
  it('needs a capitalised name after a site head ("bến xe" alone is no body)', () => {
    expect(
      orgNames(`${ND}Ngày 6/2/2023, Sở Giao thông vận tải kiểm tra các bến xe khách.`),
    ).toEqual(['Sở Giao thông vận tải Nam Định']);
  });
  it('reads a limited company named after a person as the company, not a person', () => {
    const text = `${ND}Ngày 6/2/2023, Sở Tài nguyên và Môi trường kiểm tra Công ty TNHH Trần Hưng.`;
    expect(one(text).targets).toEqual(['Công ty TNHH Trần Hưng']);
    expect([...officialsOf(text).keys()]).toEqual([]);
  });
  it('reads clinics by their own names, with no place added', () => {
    const s = one(
      `${ND}Ngày 6/2/2023, Sở Y tế kiểm tra Phòng khám đa khoa Hòa An và Phòng khám Mai Linh.`,
    );
    expect(s.targets).toEqual(['Phòng khám đa khoa Hòa An', 'Phòng khám Mai Linh']);
  });
  it('reads a sole proprietorship ("DNTN") as a target', () => {
    const s = one(`${ND}Ngày 6/2/2023, Chi cục Thủy sản kiểm tra DNTN Hồ Mỹ.`);
    expect(s.targets).toEqual(['Doanh nghiệp tư nhân Hồ Mỹ']);
  });
});

describe('institutes', () => {
  it('reads an institute and its head, with no place added', () => {
    const off = officialsOf(
      `${ND}Ông Lê Văn Hùng, Viện trưởng Viện Khảo cổ học, cho biết như vậy.`,
    );
    expect(off.get('Lê Văn Hùng')).toEqual(['Viện trưởng Viện Khảo cổ học']);
  });
  it('ends a national name at "Việt Nam"', () => {
    const off = officialsOf(
      `${ND}Ông Lê Văn Hùng, Chủ tịch Viện Hàn lâm Khoa học Việt Nam cam kết hỗ trợ tỉnh.`,
    );
    expect(off.get('Lê Văn Hùng')).toEqual(['Chủ tịch Viện Hàn lâm Khoa học Việt Nam']);
  });
  it('reads a one-syllable unit after surname and middle name as the given name', () => {
    const off = officialsOf(
      `${ND}Ông Vũ Văn Viện, Giám đốc Sở Giao thông vận tải, cho biết như vậy.`,
    );
    expect(off.get('Vũ Văn Viện')).toEqual(['Giám đốc Sở Giao thông vận tải Nam Định']);
  });
});

describe('a board naming its owner', () => {
  it('reads the owner in brackets after a People’s Council board', () => {
    const s = one(
      `${ND}Ngày 6/2/2023, Ban Kinh tế - Ngân sách (HĐND tỉnh Nam Định) giám sát Sở Tài chính.`,
    );
    expect(s.conductedBy).toEqual(['Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Nam Định']);
    expect(s.targets).toEqual(['Sở Tài chính Nam Định']);
  });
  it('reads the owner in brackets as the owner of a team’s body, with a site as target', () => {
    const s = one(
      `${ND}Ngày 6/2/2023, Đoàn khảo sát của Ban Kinh tế - Ngân sách (HĐND tỉnh) khảo sát việc thu phí tại Bến xe Nam Định.`,
    );
    expect(s.conductedBy).toEqual(['Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Nam Định']);
    expect(s.targets).toEqual(['Bến xe Nam Định']);
  });
  it('reads the owner after "thuộc"', () => {
    const s = one(
      `${ND}Ngày 6/2/2023, Ban Pháp chế thuộc HĐND tỉnh giám sát Công an tỉnh Nam Định.`,
    );
    expect(s.conductedBy).toEqual(['Ban Pháp chế Hội đồng nhân dân tỉnh Nam Định']);
  });
  it('still skips an abbreviation in brackets ("(KT-NS)")', () => {
    expect(
      orgNames(
        `${ND}Ngày 6/2/2023, Ban Kinh tế - Ngân sách (KT-NS) HĐND tỉnh họp phiên thường kỳ.`,
      ),
    ).toContain('Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Nam Định');
  });
});

describe('the larger place a commune’s body belongs to', () => {
  it('reads it after "thuộc", as a place or as its Party committee', () => {
    const s = one(
      `(Baocamau.vn) - Ngày 6/2/2023, Đoàn kiểm tra của Tỉnh ủy kiểm tra Đảng ủy phường 5 thuộc Đảng bộ thành phố Cà Mau và UBND xã Tân Thành thuộc huyện Trần Văn Thời.`,
    );
    expect(s.targets).toEqual([
      'Đảng ủy phường 5 thành phố Cà Mau',
      'Ủy ban nhân dân xã Tân Thành huyện Trần Văn Thời',
    ]);
  });
});

describe('names written short or long', () => {
  it('expands a department written without separators ("Sở GDĐT", "Bộ NNPTNT")', () => {
    const s = one(`${ND}Ngày 6/2/2023, Bộ NNPTNT kiểm tra Sở GDĐT tỉnh Nam Định.`);
    expect(s.conductedBy).toEqual(['Bộ Nông nghiệp và Phát triển nông thôn']);
    expect(s.targets).toEqual(['Sở Giáo dục và Đào tạo tỉnh Nam Định']);
  });
  it('runs a long board name on to its place as a target ("… năm 2023 tỉnh X")', () => {
    const s = one(
      `${ND}Ngày 6/2/2023, Đoàn công tác của Bộ Giáo dục và Đào tạo làm việc với Ban Chỉ đạo Kỳ thi tốt nghiệp năm 2023 tỉnh Nam Định.`,
    );
    expect(s.targets).toEqual(['Ban Chỉ đạo Kỳ thi tốt nghiệp năm 2023 tỉnh Nam Định']);
  });
});
