/** Unit tests of the mention grammars and relations, one small sentence at a time. */
import { analyse, extractDocument, extractText } from '../../src/extract/index';
import type { Item } from '../../src/extract/mentions';

function items(text: string): Item[] {
  return analyse(text).sentences.flat();
}
function people(text: string): string[] {
  return items(text)
    .filter((it) => it.kind === 'person')
    .map((it) => (it.kind === 'person' ? it.m.name : ''));
}
function roles(text: string, name: string): string[] {
  const o = extractText('t', text).officials.find((x) => x.name === name);
  return (o?.roles ?? []).map((r) => [r.title, r.organization].filter(Boolean).join(' '));
}

describe('person names', () => {
  it('takes a surname and up to three capitalised syllables', () => {
    expect(people('Đồng chí Phạm Thị Thanh Thủy phát biểu.')).toEqual(['Phạm Thị Thanh Thủy']);
  });
  it('refuses places, campaigns and historical figures', () => {
    expect(people('Đoàn công tác đến TP Hồ Chí Minh làm việc.')).toEqual([]);
    expect(people('Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.')).toEqual([]);
    expect(people('Thực hiện lời dạy của Chủ tịch Hồ Chí Minh về dân vận.')).toEqual([]);
    expect(people('Đoàn làm việc tại huyện Lâm Thao.')).toEqual([]);
  });
  it('reads ethnic-minority names', () => {
    expect(people("Đồng chí H'Yim Niê, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy.")).toEqual([
      "H'Yim Niê",
    ]);
  });
});

describe('roles', () => {
  const hp = '(Nguồn tin: haiphong.gov.vn)\n';
  it('completes an elliptic standing-committee title from the next role', () => {
    const text = `${hp}Tham gia có đồng chí Lê Văn An, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Thành ủy.\n\nNguồn tin: haiphong.gov.vn`;
    expect(roles(text, 'Lê Văn An')).toEqual([
      'Ủy viên Ban Thường vụ Thành ủy Hải Phòng',
      'Trưởng Ban Dân vận Thành ủy Hải Phòng',
    ]);
  });
  it('gives a bare Party committee the body of the next role', () => {
    const text = 'Đồng chí Trần Thị Bình, Bí thư Đảng ủy, Giám đốc Sở Tư pháp báo cáo.';
    expect(roles(text, 'Trần Thị Bình')).toEqual([
      'Bí thư Đảng ủy Sở Tư pháp',
      'Giám đốc Sở Tư pháp',
    ]);
  });
  it('repairs a missing "Ban" ("Trưởng Dân vận Thành ủy")', () => {
    const text = 'Có đồng chí Lê Văn An, Trưởng Dân vận Thành ủy.';
    expect(roles(text, 'Lê Văn An')).toEqual(['Trưởng Ban Dân vận Thành ủy']);
  });
  it('reads pre-nominal titles, several of them', () => {
    const text =
      '(Baothanhhoa.vn) - Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Nguyễn Thị Hoa phát biểu.';
    expect(roles(text, 'Nguyễn Thị Hoa')).toEqual([
      'Trưởng Ban Dân vận Tỉnh ủy Thanh Hóa',
      'Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh Thanh Hóa',
    ]);
  });
  it('keeps names unqualified when nothing says where', () => {
    const text =
      'Dự có đồng chí Lê Văn An, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Đảng ủy Khối.';
    expect(roles(text, 'Lê Văn An')).toEqual([
      'Ủy viên Ban Chấp hành Đảng bộ tỉnh',
      'Bí thư Đảng ủy Khối',
    ]);
    expect(extractText('t', text).document.jurisdiction).toBeNull();
  });
});

describe('directives', () => {
  const dirs = (text: string) => extractText('t', text).directives;
  it('reads Party, state and bare numbers', () => {
    const d = dirs(
      'Thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị, Chỉ thị số 16/CT-TTg ngày 16 tháng 5 năm 2016, Nghị định 30/2020/NĐ-CP và Kế hoạch số 29, ngày 26/2/2019 của UBND tỉnh.',
    );
    expect(d.map((x) => x.symbol)).toEqual(['23-QĐ/TW', '16/CT-TTg', '30/2020/NĐ-CP', '29']);
    expect(d[0]).toMatchObject({ type: 'Quyết định', date: '2021-07-30', issuer: 'Bộ Chính trị' });
    expect(d[1]).toMatchObject({
      type: 'Chỉ thị',
      date: '2016-05-16',
      issuer: 'Thủ tướng Chính phủ',
    });
    expect(d[2]).toMatchObject({ type: 'Nghị định', issuer: 'Chính phủ' });
    expect(d[3]).toMatchObject({ type: 'Kế hoạch', date: '2019-02-26' });
  });
  it('does not take an unnumbered reference or "Kế hoạch 5 năm"', () => {
    expect(dirs('Theo Quyết định của UBND thành phố và Kế hoạch 5 năm của tỉnh.')).toEqual([]);
  });
  it('links a stated lineage', () => {
    const d = dirs(
      'Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU ngày 1/7/2016.',
    );
    expect(d.find((x) => x.symbol === '12-KH/TU')?.implements).toEqual(['05-CT/TW']);
  });
});

describe('dates', () => {
  it('takes the year from the programme year, not from cited documents', () => {
    const text =
      'Thực hiện chương trình công tác dân vận năm 2021. Sáng 2/11, Ban Dân vận Thành ủy tiến hành giám sát tại Sở Nội vụ.';
    expect(extractText('t', text).supervisions[0].date).toBe('2021-11-02');
  });
  it('writes --MM-DD when nothing fixes the year', () => {
    const text =
      'Sáng 26/4, Đoàn giám sát của Ban Thường vụ Tỉnh ủy đã giám sát việc thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 đối với Ban Thường vụ Huyện ủy.';
    expect(extractText('t', text).supervisions[0].date).toBe('--04-26');
  });
});

describe('sessions led by one person', () => {
  it('makes a titled subject person the leader when no body conducts the session', () => {
    const text =
      'Thủ tướng làm việc với Hải Phòng\n\nChiều 26/6/2017, Thủ tướng Nguyễn Xuân Phúc đã có buổi làm việc với Ban Thường vụ Thành ủy Hải Phòng.';
    const [s] = extractText('t', text).supervisions;
    expect(s.leader).toBe('Nguyễn Xuân Phúc');
    expect(s.conductedBy).toEqual([]);
    expect(s.targets).toEqual(['Ban Thường vụ Thành ủy Hải Phòng']);
  });
  it('takes a province visited as the target, and reads T.Ư as Trung ương', () => {
    const text =
      'Làm việc tại Điện Biên\n\nNgày 9/2/2017, đồng chí Trương Thị Mai, Trưởng Ban Dân vận T.Ư cùng Đoàn công tác của Ban Dân vận T.Ư thăm, làm việc tại tỉnh Điện Biên.';
    const [s] = extractText('t', text).supervisions;
    expect(s.leader).toBe('Trương Thị Mai');
    expect(s.conductedBy).toEqual(['Ban Dân vận Trung ương']);
    expect(s.targets).toEqual(['tỉnh Điện Biên']);
  });
  it('does not make a person quoted at a conference a supervisor', () => {
    const text =
      'Hội nghị\n\nSáng 2/3/2017, tại hội nghị, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy Nghệ An phát biểu về công tác kiểm tra.';
    expect(extractText('t', text).supervisions).toEqual([]);
  });
});

describe('robustness on real-stream text', () => {
  it('a directive subject whose opening quote is never closed does not crash', () => {
    const text = 'Tiêu đề\n\nThực hiện Quyết định số 12/QĐ-UBND "về việc ban hành quy chế';
    const { result } = extractDocument({ id: 'unclosed-quote', content: text });
    expect(result.error).toBeUndefined();
    expect(result.directives.map((d) => d.symbol)).toEqual(['12/QĐ-UBND']);
  });

  it('licence plates and shirt numbers are not directives; a bare known sign is', () => {
    const text =
      'Tiêu đề\n\nCSGT dừng xe ô tô BKS 24A-051.83 và cầu thủ số 9-Ajax. Theo 16/CT-TTg, các tỉnh phải báo cáo.';
    const { result } = extractDocument({ id: 'plates', content: text });
    expect(result.directives.map((d) => d.symbol)).toEqual(['16/CT-TTg']);
  });
});
