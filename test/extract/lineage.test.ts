/** Directive lineage frames, on invented sentences. */
import { extractText } from '../../src/extract/index';

function implementsOf(text: string, symbol: string): string[] {
  const d = extractText('t', text).directives.find((x) => x.symbol === symbol);
  return d?.implements ?? [];
}

describe('lineage', () => {
  it('reads a central document and a provincial plan cited together past the issuer’s term', () => {
    const text =
      'Ngày 5/9/2022, Ban Dân vận Tỉnh ủy khảo sát việc thực hiện Kết luận số 07-KL/TW ngày 10/6/2021 của Bộ Chính trị khóa XIII và Kế hoạch số 33-KH/TU ngày 2/8/2021 của Ban Thường vụ Tỉnh ủy tại Huyện ủy Tiên Du.';
    expect(implementsOf(text, '33-KH/TU')).toEqual(['07-KL/TW']);
  });
  it('links a document just issued to the one its apposition says it carries out', () => {
    const text =
      'Bộ Y tế vừa ban hành Thông tư 412, hướng dẫn thi hành Nghị định 88 về khám sức khỏe.';
    expect(implementsOf(text, '412')).toEqual(['88']);
    const according =
      'Bộ Y tế vừa ban hành Thông tư 412, theo Nghị định 88 thì việc khám là bắt buộc.';
    expect(implementsOf(according, '412')).toEqual([]);
  });
  it('links the document a sentence points back at ("Đây là chỉ thị …") to the one it carries out', () => {
    const text = [
      'Thủ tướng đã ký ban hành Chỉ thị 31/2017/CT-TTg về chống buôn lậu.',
      'Đây là chỉ thị quan trọng, nhằm triển khai Nghị quyết 77/2016/NQ-CP của Chính phủ.',
    ].join(' ');
    expect(implementsOf(text, '31/2017/CT-TTg')).toEqual(['77/2016/NQ-CP']);
    const unrelated = [
      'Thủ tướng đã ký ban hành Chỉ thị 31/2017/CT-TTg về chống buôn lậu.',
      'Đây là năm thứ hai tỉnh triển khai Nghị quyết 77/2016/NQ-CP của Chính phủ.',
    ].join(' ');
    expect(implementsOf(unrelated, '31/2017/CT-TTg')).toEqual([]);
  });
  it('infers no link between co-cited documents of unrelated kinds', () => {
    const text =
      'Tỉnh đã thực hiện nghiêm Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Quyết định số 2210/QĐ-UBND ngày 20/6/2017 về tăng cường kỷ cương hành chính.';
    expect(implementsOf(text, '2210/QĐ-UBND')).toEqual([]);
  });
  it('follows a document named again by its type alone ("triển khai thực hiện Luật")', () => {
    const text =
      'Đoàn giám sát việc thi hành Luật Phòng, chống tham nhũng số 36/2018/QH14 tại UBND huyện Văn Lâm. Báo cáo cho biết, huyện đã ban hành Kế hoạch số 88/KH-UBND ngày 3/3/2019 triển khai thực hiện Luật trên địa bàn.';
    expect(implementsOf(text, '88/KH-UBND')).toEqual(['36/2018/QH14']);
  });
  it('infers nothing when two documents of that type were cited', () => {
    const text =
      'Huyện thực hiện Luật số 36/2018/QH14 và Luật số 10/2022/QH15. Huyện đã ban hành Kế hoạch số 88/KH-UBND ngày 3/3/2023 triển khai thực hiện Luật trên địa bàn.';
    expect(implementsOf(text, '88/KH-UBND')).toEqual([]);
  });
  it('does not read "ban hành kèm theo" as issuing', () => {
    const text =
      'Đoàn kiểm tra việc thực hiện Kết luận số 24-KL/TW gắn với Quy chế bổ nhiệm cán bộ ban hành kèm theo Quyết định số 68/QĐ-TW của Bộ Chính trị.';
    expect(implementsOf(text, '68/QĐ-TW')).toEqual([]);
  });
  it('gives the plan every parent of a ";" list after "Thực hiện"', () => {
    const text =
      'Thực hiện Nghị quyết số 11/NQ-CP ngày 2/3/2018 của Chính phủ về phát triển kinh tế; Nghị quyết số 12/NQ-CP ngày 5/3/2018 của Chính phủ về an sinh xã hội, UBND tỉnh đã ban hành Kế hoạch số 77/KH-UBND ngày 9/4/2018.';
    expect(implementsOf(text, '77/KH-UBND')).toEqual(['11/NQ-CP', '12/NQ-CP']);
    expect(implementsOf(text, '12/NQ-CP')).toEqual([]);
  });
  it('does not take the items of a ";" list of tasks for parents of the document before them', () => {
    const text =
      'Các cơ quan triển khai Kế hoạch số 21 của Ban Chỉ đạo thực hiện Chỉ thị số 44-CT/TW của Bộ Chính trị; Chỉ thị số 17/CT-TTg của Thủ tướng Chính phủ về phòng chống tham nhũng.';
    expect(implementsOf(text, '21')).not.toContain('17/CT-TTg');
  });
  it('reads a plan cited by its bare number after "ban hành … số"', () => {
    const text =
      'Huyện ủy đã ban hành Kế hoạch số 15 để triển khai Chỉ thị số 07-CT/TW của Ban Bí thư.';
    expect(implementsOf(text, '15')).toEqual(['07-CT/TW']);
  });
  it('follows a type named alone back to a document cited earlier by its bare number', () => {
    const text =
      'Sau hai năm thực hiện Chỉ thị 07 của Ban Bí thư, tỉnh có nhiều chuyển biến. Huyện ủy ban hành Kế hoạch số 20-KH/HU triển khai thực hiện Chỉ thị trên địa bàn.';
    expect(implementsOf(text, '20-KH/HU')).toEqual(['07']);
  });
  it('counts a bare number and its full sign as one document of that type', () => {
    const text =
      'Các địa phương thực hiện Chỉ thị số 07-CT/TW. Sau một năm thực hiện Chỉ thị 07 của Ban Bí thư, Huyện ủy ban hành Kế hoạch số 20-KH/HU triển khai thực hiện Chỉ thị.';
    expect(implementsOf(text, '20-KH/HU')).toEqual(['07-CT/TW']);
  });
  it('carries a fronted "Thực hiện A," over a line break to the plan issued next', () => {
    const plan = 'Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 21-KH/HU ngày 2/6/2016.';
    expect(
      implementsOf(
        `Thực hiện Chỉ thị số 07-CT/TW ngày 15/5/2016 của Ban Bí thư,\n${plan}`,
        '21-KH/HU',
      ),
    ).toEqual(['07-CT/TW']);
    expect(
      implementsOf(
        `Thực hiện Chỉ thị số 07-CT/TW ngày 15/5/2016 của Ban Bí thư.\n${plan}`,
        '21-KH/HU',
      ),
    ).toEqual(['07-CT/TW']);
  });
  it('does not carry a "Thực hiện A" sentence that has its own main clause', () => {
    const text =
      'Thực hiện Chỉ thị số 07-CT/TW của Ban Bí thư, các cấp ủy đã tổ chức học tập. Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 21-KH/HU ngày 2/6/2016.';
    expect(implementsOf(text, '21-KH/HU')).toEqual([]);
  });
  it('reads "dựa trên tinh thần" after a list of documents: each one carries out the parent', () => {
    const text =
      'Việc ban hành Quyết định 412, 413 của Ban Thường vụ Thị ủy dựa trên tinh thần Quyết định số 217 ngày 12-12-2013 của Bộ Chính trị.';
    expect(implementsOf(text, '412')).toEqual(['217']);
    expect(implementsOf(text, '413')).toEqual(['217']);
  });
  it('reads "theo tinh thần" and a passive "được ban hành trên cơ sở cụ thể hóa"', () => {
    expect(
      implementsOf(
        'Huyện ủy ban hành Chỉ thị số 09-CT/HU ngày 4/4/2019 theo tinh thần Chỉ thị số 33-CT/TW của Ban Bí thư.',
        '09-CT/HU',
      ),
    ).toEqual(['33-CT/TW']);
    expect(
      implementsOf(
        'Quy định số 88-QĐ/TU ngày 2/3/2019 được ban hành trên cơ sở cụ thể hóa Quy định số 105-QĐ/TW của Bộ Chính trị.',
        '88-QĐ/TU',
      ),
    ).toEqual(['105-QĐ/TW']);
  });
  it('reads a fronted "Dựa trên tinh thần A" / "Trên cơ sở A" before "ORG ban hành B"', () => {
    expect(
      implementsOf(
        'Dựa trên tinh thần Quy định số 11-QĐi/TW của Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy ban hành Quy định số 30-QĐ/TU.',
        '30-QĐ/TU',
      ),
    ).toEqual(['11-QĐi/TW']);
    expect(
      implementsOf(
        'Trên cơ sở Nghị quyết số 18-NQ/TW của Bộ Chính trị, Tỉnh ủy ban hành Đề án số 07-ĐA/TU.',
        '07-ĐA/TU',
      ),
    ).toEqual(['18-NQ/TW']);
  });
  it('gives every document issued, and every document listed after "Thực hiện", the link', () => {
    const text =
      'Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị và Kế hoạch số 12-KH/TU của Tỉnh ủy, Huyện ủy đã ban hành Kế hoạch số 40-KH/HU và Hướng dẫn số 41-HD/HU.';
    expect(implementsOf(text, '40-KH/HU')).toEqual(['35-CT/TW', '12-KH/TU']);
    expect(implementsOf(text, '41-HD/HU')).toEqual(['35-CT/TW', '12-KH/TU']);
  });
  it('does not take "ban hành" inside a law’s name for the issuing of a later document', () => {
    const text =
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2015; căn cứ Nghị định số 20/2016/NĐ-CP ngày 10/3/2016 của Chính phủ; theo đề nghị của Sở Tài chính tại Tờ trình số 77/TTr-STC ngày 5/1/2017.';
    expect(implementsOf(text, '77/TTr-STC')).toEqual([]);
  });
  it('reads a lineage verb with a manner word before the document ("thực hiện có hiệu quả")', () => {
    expect(
      implementsOf(
        'Để triển khai thực hiện có hiệu quả Chỉ thị số 29-CT/TW của Ban Bí thư, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 18-KH/HU.',
        '18-KH/HU',
      ),
    ).toEqual(['29-CT/TW']);
    expect(
      implementsOf(
        'Quán triệt sâu sắc Nghị quyết số 36-NQ/TW, Thị ủy ban hành Chương trình hành động số 09-CTr/TX.',
        '09-CTr/TX',
      ),
    ).toEqual(['36-NQ/TW']);
  });
  it('joins two lineage verbs by a comma ("để triển khai, quán triệt A")', () => {
    const text =
      'Ban Thường vụ Thành ủy đã ban hành Kế hoạch số 62-KH/TU ngày 2/3/2019 để triển khai, quán triệt Nghị quyết số 37-NQ/TW.';
    expect(implementsOf(text, '62-KH/TU')).toEqual(['37-NQ/TW']);
  });
  it('does not give a document issued after a ";" the parents of the clause before it', () => {
    const text =
      'Năm 2016, huyện thực hiện tốt Nghị quyết số 30a/2008/NQ-CP; UBND huyện ban hành Quyết định số 1408/QĐ-UBND phê duyệt dự án đường.';
    expect(implementsOf(text, '1408/QĐ-UBND')).toEqual([]);
  });
  it('gives the plan every ground of a "Căn cứ A; căn cứ B, ORG ban hành C" list', () => {
    const text =
      'Căn cứ Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương; căn cứ Kế hoạch số 31-KH/TU của Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 09-KH/HU.';
    expect(implementsOf(text, '09-KH/HU')).toEqual(['22-QĐ/TW', '31-KH/TU']);
  });
  it('reads "Thông tư B hướng dẫn Nghị định A" as B carrying out A', () => {
    const text =
      'Bộ Tài chính vừa sửa đổi Thông tư 12/2019/TT-BTC hướng dẫn Nghị định 30/2018/NĐ-CP về phí cầu đường và Thông tư 13/2019/TT-BTC hướng dẫn thi hành Nghị định 31/2018/NĐ-CP về lệ phí.';
    expect(implementsOf(text, '12/2019/TT-BTC')).toEqual(['30/2018/NĐ-CP']);
    expect(implementsOf(text, '13/2019/TT-BTC')).toEqual(['31/2018/NĐ-CP']);
  });
  it('reads a document issued "theo chỉ đạo … tại Công văn số A"', () => {
    const text =
      'Bộ Xây dựng vừa có Quyết định 450/QĐ-BXD ngày 3/4/2019 về việc thành lập đoàn kiểm tra tại tỉnh Nam Định, theo chỉ đạo của Phó Thủ tướng Trịnh Đình Dũng tại Công văn số 2210/VPCP-CN ngày 20/3/2019 của Văn phòng Chính phủ.';
    expect(implementsOf(text, '450/QĐ-BXD')).toEqual(['2210/VPCP-CN']);
  });
  it('reads a directive "của X về tiếp tục triển khai hiệu quả" a resolution', () => {
    const text =
      'Tại Chỉ thị 15/CT-TTg của Thủ tướng về tiếp tục triển khai hiệu quả Nghị quyết số 19/NQ-CP ngày 12/3/2018, các bộ phải cắt giảm thủ tục.';
    expect(implementsOf(text, '15/CT-TTg')).toEqual(['19/NQ-CP']);
  });
  it('reads "ban hành B; trên tinh thần triển khai A" but not a list of tasks after ";"', () => {
    const spirit =
      'Chính phủ đã ban hành Chỉ thị 09/CT-TTg về cải cách thủ tục; trên tinh thần triển khai có hiệu quả Nghị quyết 02/NQ-CP của Chính phủ.';
    expect(implementsOf(spirit, '09/CT-TTg')).toEqual(['02/NQ-CP']);
    const tasks =
      'Năm qua, tỉnh đã ban hành Kế hoạch số 12/KH-UBND về phòng dịch; triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị.';
    expect(implementsOf(tasks, '12/KH-UBND')).toEqual([]);
  });
  it('links a document that details articles of another ("quy định chi tiết một số điều của A")', () => {
    const text =
      'Theo Thông tư 08/2019/TT-BTC quy định chi tiết một số điều của Nghị định số 41/2018/NĐ-CP, hồ sơ phải nộp trước ngày 15.';
    expect(implementsOf(text, '08/2019/TT-BTC')).toEqual(['41/2018/NĐ-CP']);
    const guides =
      'Bộ Tài chính ban hành Thông tư 17/2020/TT-BTC hướng dẫn thi hành các điều, khoản của Luật Kế toán số 88/2015/QH13.';
    expect(implementsOf(guides, '17/2020/TT-BTC')).toEqual(['88/2015/QH13']);
    const cites =
      'Quyết định số 215/QĐ-UBND xử phạt công ty theo một số điều của Nghị định số 41/2018/NĐ-CP.';
    expect(implementsOf(cites, '215/QĐ-UBND')).toEqual([]);
  });
  it('reads "A được ORG cụ thể hóa bằng B" as B carrying out A', () => {
    const text = 'Chỉ thị số 08-CT/TW được Tỉnh ủy cụ thể hóa bằng Kế hoạch số 41-KH/TU.';
    expect(implementsOf(text, '41-KH/TU')).toEqual(['08-CT/TW']);
    expect(implementsOf(text, '08-CT/TW')).toEqual([]);
  });
  it('reads a plain "có" right before the document issued in a lineage frame', () => {
    const text =
      'Thực hiện Công văn số 215/UBND-VX của UBND tỉnh, Phòng Giáo dục huyện đã có Công văn số 61/PGD-GDTH gửi các trường.';
    expect(implementsOf(text, '61/PGD-GDTH')).toEqual(['215/UBND-VX']);
  });
  it('links nothing to a report read as a source ("Theo Báo cáo số A, … ban hành Nghị định B")', () => {
    const text =
      'Theo Báo cáo số 12/BC-BTP, thực hiện quy định của Luật, Bộ Tư pháp đã tham mưu Chính phủ ban hành Nghị định số 41/2018/NĐ-CP quy định về công chứng.';
    expect(implementsOf(text, '41/2018/NĐ-CP')).toEqual([]);
  });
});
