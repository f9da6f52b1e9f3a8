/** Directive references as real outlets write them, one invented sentence at a time. */
import { analyse, extractText } from '../../src/extract/index';

function directives(text: string): [string, string | null, string | null, string | null][] {
  return extractText('t', text).directives.map((d) => [d.symbol, d.type, d.date, d.issuer]);
}

describe('directive references', () => {
  it('read the issuer a "-UBND" sign implies in a centrally run city as its city council', () => {
    const text =
      'Đà Nẵng siết trật tự xây dựng\n\nCác quận của thành phố Đà Nẵng thực hiện Văn bản số 5279/UBND-TKBT ngày 9/9/2016 về trật tự xây dựng.';
    expect(directives(text)).toEqual([
      ['5279/UBND-TKBT', 'Văn bản', '2016-09-09', 'Ủy ban nhân dân thành phố Đà Nẵng'],
    ]);
  });
  it('take the date opening the issuing clause past a connective ("Ngay sau đó, vào ngày …, ORG đã ra …")', () => {
    expect(
      directives(
        'Ngay sau đó, vào ngày 14/8, UBND huyện Yên Thành đã ra Quyết định số 702/QĐ-UBND về việc đình chỉ công tác.',
      ),
    ).toEqual([['702/QĐ-UBND', 'Quyết định', '--08-14', 'Ủy ban nhân dân huyện Yên Thành']]);
  });
  it('read a document cited after a lineage verb inside a quoted subject as its own directive', () => {
    const text =
      'Huyện ủy ban hành Kế hoạch số 31-KH/HU "Về tiếp tục thực hiện Chỉ thị số 27-CT/TW của Ban Bí thư trên địa bàn huyện".';
    expect(directives(text).map((d) => d[0])).toEqual(['31-KH/HU', '27-CT/TW']);
    expect(extractText('t', text).directives[0].implements).toEqual(['27-CT/TW']);
  });
  it('read dotted dates and take the issuer after them', () => {
    expect(
      directives('Thực hiện Quy định số 55-QĐ/TW ngày 19.12.2016 của Bộ Chính trị về gương mẫu.'),
    ).toEqual([['55-QĐ/TW', 'Quy định', '2016-12-19', 'Bộ Chính trị']]);
  });
  it('join the last part of a sign written apart', () => {
    const [d] = directives('Theo Quyết định số 108/2009/QĐ - UBND ngày 29/9/2009.');
    expect(d.slice(0, 3)).toEqual(['108/2009/QĐ-UBND', 'Quyết định', '2009-09-29']);
  });
  it('keep a sign whole when a part of it has a lower-case letter', () => {
    const [d] = directives('UBND tỉnh ban hành Chương trình số 3303/CTr-UBND ngày 5/12/2016.');
    expect(d.slice(0, 3)).toEqual(['3303/CTr-UBND', 'Chương trình', '2016-12-05']);
  });
  it('do not take the year of a technical standard for a directive', () => {
    expect(directives('Nước đạt quy chuẩn QCVN 01:2009/BYT của Bộ Y tế.')).toEqual([]);
  });
  it('do not take an article of a code for a directive', () => {
    expect(directives('Bị xét xử về tội hiếp dâm theo khoản 4, Điều 112-BLHS.')).toEqual([]);
  });
  it('do not read a decimal range as a date', () => {
    const r = extractText('t', 'Giá vé từ 1.5 đến 2.5 triệu đồng.');
    expect(r.document.eventDate).toBeNull();
  });
});

describe('directive references written loosely', () => {
  it('join a number and its sign written apart around a dash', () => {
    expect(
      directives(
        'Tỉnh thực hiện Chỉ thị 07- CT/TW của Ban Bí thư và Văn bản số 1444/UBND- KT.',
      ).map((d) => d[0]),
    ).toEqual(['07-CT/TW', '1444/UBND-KT']);
    expect(directives('Theo Kết luận 12 – KL/TW của Bộ Chính trị.')[0].slice(0, 2)).toEqual([
      '12-KL/TW',
      'Kết luận',
    ]);
  });
  it('read bare numbers listed with their type, or after a lineage verb', () => {
    expect(
      directives('Hội nghị quán triệt Quyết định 417 và Quyết định 418, nêu rõ ý nghĩa.').map(
        (d) => d[0],
      ),
    ).toEqual(['417', '418']);
    expect(directives('Thực hiện Kế hoạch 27, huyện tổ chức ra quân.').map((d) => d[0])).toEqual([
      '27',
    ]);
    expect(directives('Năm nay Quyết định 417 được nhắc lại.')).toEqual([]);
  });
  it('take the type the sign confirms when two mentions of one document disagree', () => {
    const text =
      'Các bộ thực hiện Nghị định số 39-NQ/TW của Bộ Chính trị. Bộ tiếp tục quán triệt Nghị quyết 39-NQ/TW.';
    expect(directives(text).map((d) => [d[0], d[1]])).toEqual([['39-NQ/TW', 'Nghị quyết']]);
  });
  it('end a subject at an ellipsis, not in the next sentence', () => {
    const text =
      'Bộ đã ban hành Chỉ thị 12/2017/CT-BNV về việc phối hợp của Công an, Thuế, Thanh tra… Đây là chỉ thị quan trọng.';
    expect(directives(text).map((d) => d[0])).toEqual(['12/2017/CT-BNV']);
  });
  it('read the bare number of a document just issued, but not a year', () => {
    expect(
      directives('Bộ Y tế vừa ban hành Thông tư 412, hướng dẫn việc khám sức khỏe.').map((d) => [
        d[0],
        d[1],
        d[3],
      ]),
    ).toEqual([['412', 'Thông tư', 'Bộ Y tế']]);
    expect(directives('Huyện đã xây dựng Kế hoạch 2017, phân công từng phòng.')).toEqual([]);
  });
  it('read a list of bare numbers after one type, sharing the issuer after the last', () => {
    expect(
      directives('Việc ban hành Quyết định 417, 418 của Ban Thường vụ Tỉnh ủy là cần thiết.').map(
        (d) => [d[0], d[1], d[3]],
      ),
    ).toEqual([
      ['417', 'Quyết định', 'Ban Thường vụ Tỉnh ủy'],
      ['418', 'Quyết định', 'Ban Thường vụ Tỉnh ủy'],
    ]);
    expect(directives('Tỉnh có 12, 13 đơn vị đạt chuẩn.')).toEqual([]);
  });
  it('resolve a bare number against the one full sign of that type and number', () => {
    const ds = directives(
      'Ban Bí thư ban hành Chỉ thị số 33-CT/TW ngày 3/1/2014 về kê khai tài sản. Sau 3 năm thực hiện Chỉ thị 33 của Ban Bí thư, tỉnh đã kê khai xong.',
    );
    expect(ds.map((d) => d[0])).toEqual(['33-CT/TW']);
  });
  it('read every number of a longer list after one type, and its shared date and issuer', () => {
    expect(
      directives(
        'Thực hiện các Chỉ thị số 14, 21, 27, 36 của Ban Bí thư, huyện tổ chức quán triệt.',
      ),
    ).toEqual([
      ['14', 'Chỉ thị', null, 'Ban Bí thư'],
      ['21', 'Chỉ thị', null, 'Ban Bí thư'],
      ['27', 'Chỉ thị', null, 'Ban Bí thư'],
      ['36', 'Chỉ thị', null, 'Ban Bí thư'],
    ]);
    expect(
      directives(
        'UBND tỉnh Gia Lai ban hành Quyết định số 1471, 1472 và 1473/QĐ-UBND ngày 8/6/2017 về việc thành lập tổ công tác.',
      ),
    ).toEqual([
      ['1471', 'Quyết định', '2017-06-08', 'Ủy ban nhân dân tỉnh Gia Lai'],
      ['1472', 'Quyết định', '2017-06-08', 'Ủy ban nhân dân tỉnh Gia Lai'],
      ['1473/QĐ-UBND', 'Quyết định', '2017-06-08', 'Ủy ban nhân dân tỉnh Gia Lai'],
    ]);
    expect(
      directives('Sở đề nghị thay thế Quyết định 07, 61, 93 về giá đất.').map((d) => d[0]),
    ).toEqual(['07', '61', '93']);
  });
  it('not read counts, articles, clauses or pages listed like document numbers', () => {
    expect(
      directives('Qua 4 năm thực hiện các Quyết định 315, 316 và 3 năm thực hiện Luật Thủ đô.').map(
        (d) => d[0],
      ),
    ).toEqual(['315', '316']);
    expect(directives('Theo Điều 14, 15 và 16 Luật Đất đai, người dân được bồi thường.')).toEqual(
      [],
    );
    expect(directives('Các trường hợp tại khoản 2, 3, 4 Điều 20 được nhập khẩu.')).toEqual([]);
    expect(directives('Bài viết đăng ở trang 12, 13 và 14 của số báo này.')).toEqual([]);
  });
  it('keep a bare number apart when two signs share it', () => {
    const ds = directives(
      'Thực hiện Chỉ thị số 33-CT/TW của Ban Bí thư và Chỉ thị số 33/CT-UBND của UBND tỉnh. Chỉ thị 33 của tỉnh được triển khai.',
    );
    expect(ds.map((d) => d[0]).sort()).toEqual(['33', '33-CT/TW', '33/CT-UBND']);
  });
  it('type a numbered letter cited as "Văn bản số"', () => {
    expect(directives('UBND huyện đã có Văn bản số 412/UBND-TNMT gửi Sở Tài nguyên.')[0][1]).toBe(
      'Văn bản',
    );
    expect(directives('Các văn bản của tỉnh đã được lưu trữ.')).toEqual([]);
  });
  it('share the issuer of a list whose signs name the same body', () => {
    const ds = directives(
      'Theo Quy định số 41-QĐ/TW, ngày 9/9/2011 và Quyết định số 350-QĐNS/TW, ngày 3/8/2016 của Bộ Chính trị.',
    );
    expect(ds.map((d) => d[3])).toEqual(['Bộ Chính trị', 'Bộ Chính trị']);
  });
  it('date a document by the clause that issues it ("Ngày D, ORG ban hành …")', () => {
    expect(
      directives(
        'Ngày 14/7/2016, UBND tỉnh Gia Lai ban hành Kế hoạch số 88/KH-UBND về phòng cháy.',
      )[0][2],
    ).toBe('2016-07-14');
    expect(directives('Ngày 6-2, UBND tỉnh Gia Lai ban hành Kế hoạch số 89/KH-UBND.')[0][2]).toBe(
      '--02-06',
    );
  });
  it('take an issuer written without "của" only where it cannot be a clause subject', () => {
    expect(
      directives(
        'Huyện triển khai Kế hoạch số 15-KH/TU ngày 3/4/2017 Ban Thường vụ Tỉnh ủy về dân vận.',
      )[0][3],
    ).toBe('Ban Thường vụ Tỉnh ủy');
    expect(
      directives('Thực hiện Chỉ thị số 05-CT/TW UBND tỉnh đã tổ chức hội nghị.')[0][3],
    ).toBeNull();
  });
  it('take the signing date after the issuer ("ký ngày")', () => {
    expect(
      directives(
        'Tại Quyết định số 518/2006/QĐ-UBND của UBND tỉnh Lai Châu ký ngày 3/5/2006.',
      )[0][2],
    ).toBe('2006-05-03');
  });
  it('end a subject before the main clause that issues the next document', () => {
    const r = extractText(
      't',
      'Thực hiện Chỉ thị số 08/CT-TTg của Thủ tướng Chính phủ về phòng cháy, UBND huyện đã ban hành Kế hoạch số 31/KH-UBND.',
    );
    expect(r.directives[0].subject).toBe('phòng cháy');
  });
});

describe('the article year', () => {
  const year = (text: string): number | null => analyse(text).ctx.year;
  it('reads a lunar year name after Tết or Xuân', () => {
    expect(year('Sáng 6/2, sau kỳ nghỉ Tết Nguyên đán Đinh Dậu, UBND huyện kiểm tra các xã.')).toBe(
      2017,
    );
    expect(year('Chiều 3/2, đoàn công tác chúc Tết Mậu Tuất tại xã Hòa An.')).toBe(2018);
  });
  it('takes the programme year ahead over the year under review', () => {
    expect(
      year(
        'Tỉnh ủy báo cáo kết quả thực hiện nhiệm vụ năm 2018 và tình hình năm 2018, các nhiệm vụ trọng tâm năm 2019.',
      ),
    ).toBe(2019);
  });
  it('does not take the year of a named law, a comparison or a birth', () => {
    expect(year('Việc thu hồi đất đúng quy định của Luật Đất đai năm 2013.')).toBeNull();
    expect(year('Số vốn tăng 35% so với năm 2015.')).toBeNull();
    expect(year('Ông Nguyễn Văn Hải, sinh năm 1960, trú tại xã Đông Hòa.')).toBeNull();
    expect(year('Đây là lần thứ 7 áp đặt trừng phạt kể từ vụ thử đầu tiên năm 2006.')).toBeNull();
    expect(year('Nhà máy được xây trong những năm 1990, nay đã xuống cấp.')).toBeNull();
    expect(
      year('Ngày 8/6, hội nghị diễn ra. Kể từ khi thành lập vào năm 1998, hội đã phát triển.'),
    ).toBeNull();
  });
  it('leaves the year unknown when a cited document is newer than the only year found', () => {
    expect(
      year(
        'Khiếu nại kéo dài từ đầu năm 2014. Thực hiện Kết luận số 12-KL/TU ngày 9/1/2016 của Thường trực Tỉnh ủy, huyện tổ chức đối thoại năm 2013 với dân.',
      ),
    ).toBeNull();
  });
});

describe('the issuer and date of a signed document', () => {
  it('takes a post’s body as the issuer of what it signed, and the date opening the clause', () => {
    expect(
      directives(
        'Ngày 3/5/2016, Giám đốc Sở Tài chính tỉnh Quảng Nam đã ký Quyết định số 118/QĐ-STC về việc thu hồi kinh phí.',
      ),
    ).toEqual([['118/QĐ-STC', 'Quyết định', '2016-05-03', 'Sở Tài chính tỉnh Quảng Nam']]);
    expect(
      directives(
        'Ngày 2/2/2017, Thủ tướng Chính phủ đã ký Quyết định số 88 về việc thành lập Ban Chỉ đạo.',
      ),
    ).toEqual([['88', 'Quyết định', '2017-02-02', 'Thủ tướng Chính phủ']]);
  });
  it('gives every number of a signed list the signer’s body and the date, past the signer’s name', () => {
    const body = 'Ủy ban nhân dân huyện Quế Sơn';
    expect(
      directives(
        'Cụ thể, ngày 12/3/2014, ông Lê Văn Hòa - Phó Chủ tịch UBND huyện Quế Sơn đã ký liên tiếp 3 Quyết định số 410, 411 và 412 để giao đất.',
      ),
    ).toEqual([
      ['410', 'Quyết định', '2014-03-12', body],
      ['411', 'Quyết định', '2014-03-12', body],
      ['412', 'Quyết định', '2014-03-12', body],
    ]);
  });
  it('reads "… do ROLE PERSON ký ngày DATE" after the document', () => {
    expect(
      directives(
        'Theo quyết định thanh tra số 52/QĐ-TTr do Chánh Thanh tra tỉnh Quảng Nam Nguyễn Văn Lâm ký ngày 9/6/2017, đoàn sẽ làm việc trong 30 ngày.',
      ),
    ).toEqual([['52/QĐ-TTr', 'Quyết định', '2017-06-09', 'Thanh tra tỉnh Quảng Nam']]);
  });
  it('takes the body acting under a document that opens its clause ("Tại Quyết định số X, ORG …")', () => {
    expect(
      directives(
        'Về mặt Đảng, tại Quyết định số 27-QĐ/ĐU ngày 3/3/2017, Đảng ủy Khối doanh nghiệp tỉnh Quảng Nam thi hành kỷ luật ông Trần Văn Tài bằng hình thức cảnh cáo.',
      ),
    ).toEqual([
      ['27-QĐ/ĐU', 'Quyết định', '2017-03-03', 'Đảng ủy Khối doanh nghiệp tỉnh Quảng Nam'],
    ]);
  });
});

describe('numbers of documents written in other ways', () => {
  it('reads a list of numbers a type "mang số" (bears)', () => {
    const body = 'Ủy ban nhân dân huyện Quế Sơn';
    expect(
      directives(
        'Ông Lê Văn Hòa, Phó Chủ tịch UBND huyện Quế Sơn đã ký 6 Quyết định mang số 410, 411, 412, 413, 414 và 415 để giao đất.',
      ),
    ).toEqual(['410', '411', '412', '413', '414', '415'].map((n) => [n, 'Quyết định', null, body]));
  });
  it('reads a number and year without a sign, or with the sign written apart', () => {
    expect(
      directives(
        'Theo Nghị định 155/2016 của Chính phủ về xử phạt vi phạm hành chính, mức phạt tăng gấp đôi.',
      ),
    ).toEqual([['155/2016', 'Nghị định', null, 'Chính phủ']]);
    expect(
      directives(
        'Từ ngày 1/2/2017, Nghị định số 155/2016/ NĐ-CP quy định xử phạt hành chính có hiệu lực.',
      ),
    ).toEqual([['155/2016/NĐ-CP', 'Nghị định', null, 'Chính phủ']]);
  });
  it('does not read a law’s name past another document’s type', () => {
    expect(
      directives(
        'Việc hỗ trợ thực hiện theo Luật Hợp tác xã và Thông tư số 15/2016/TT-BNNPTNT ngày 10/6/2016 của Bộ Nông nghiệp và Phát triển nông thôn.',
      ).map((d) => [d[0], d[1]]),
    ).toEqual([['15/2016/TT-BNNPTNT', 'Thông tư']]);
  });
  it('does not read a count or a measure after a type word as a document number', () => {
    const symbols = (text: string): string[] => directives(text).map((d) => d[0]);
    expect(
      symbols('Huyện tiếp tục thực hiện kế hoạch 100 ngày đêm thi đua xây dựng nông thôn mới.'),
    ).toEqual([]);
    expect(symbols('Tăng trưởng đạt mức kế hoạch 6,7% mà Quốc hội đề ra.')).toEqual([]);
    expect(symbols('Dự toán chi theo quy định 2,8 tỉ đồng cho trạm y tế.')).toEqual([]);
    // A date or a year after the number is the document's own.
    expect(
      symbols('Thực hiện Kế hoạch 29 ngày 5/3/2017 của UBND tỉnh, huyện ban hành Kế hoạch số 12.'),
    ).toEqual(['29', '12']);
  });
});
