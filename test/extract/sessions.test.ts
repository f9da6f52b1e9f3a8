/**
 * The general session reader (src/extract/sessions.ts) on invented sentences: a body or a titled
 * person as the subject of a session verb, a body as its object; requests, plans, ceremonies,
 * companies and foreign parties give nothing.
 */
import { analyse } from '../../src/extract/index';
import { sessionIn } from '../../src/extract/sessions';
import { LEXICON } from '../../src/extract/lexicon/index';

/** Province-level places by name, as the extractor's own lookup finds them. */
const places = (generic: string, key: string): string | null =>
  generic === 'tỉnh' || generic === 'thành phố'
    ? (LEXICON.provinceByName.get(key)?.name ?? null)
    : null;

/** What the reader makes of each sentence: kind, conductors, leader and targets as written. */
function read(text: string): (string | null)[][] {
  const { sentences } = analyse(text);
  return sentences.flatMap((items, si) => {
    const d = sessionIn(items, si, places);
    if (!d) return [];
    return [
      [
        d.kind,
        d.conductors.map((o) => text.slice(o.start, o.end)).join(' + ') || null,
        d.leader,
        [...d.targets.map((o) => text.slice(o.start, o.end)), ...d.placeTargets].join(' + '),
      ],
    ];
  });
}

describe('the general session reader', () => {
  it('reads a body as the subject of a session verb and the body after it as its target', () => {
    expect(
      read(
        'Ngày 3/4, Thanh tra Sở Y tế tỉnh Bình Định đã tiến hành kiểm tra Công ty TNHH Minh Phát.',
      ),
    ).toEqual([['kiểm tra', 'Thanh tra Sở Y tế tỉnh Bình Định', null, 'Công ty TNHH Minh Phát']]);
  });

  it('reads the target after the topic, introduced by "tại"', () => {
    expect(
      read('Sở Tài chính tỉnh Hà Nam thanh tra việc quản lý ngân sách tại UBND huyện Kim Bảng.'),
    ).toEqual([['kiểm tra', 'Sở Tài chính tỉnh Hà Nam', null, 'UBND huyện Kim Bảng']]);
  });

  it('reads a person with the titles written after the name as the leader', () => {
    expect(
      read('Ông Trần Văn Ba, Phó Chủ tịch UBND tỉnh Nam Định, đã làm việc với UBND huyện Hải Hậu.'),
    ).toEqual([['làm việc', null, 'Trần Văn Ba', 'UBND huyện Hải Hậu']]);
  });

  it('reads a titled person after the titles and the time that open the clause', () => {
    expect(
      read(
        'Chiều 8/3, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Phú Yên Lê Văn Tám đã đến làm việc với Đảng ủy Khối Doanh nghiệp tỉnh Phú Yên.',
      ),
    ).toEqual([['làm việc', null, 'Lê Văn Tám', 'Đảng ủy Khối Doanh nghiệp tỉnh Phú Yên']]);
  });

  it('reads "tại buổi kiểm tra và làm việc với ORG" after a titled person\'s own short predicate', () => {
    expect(
      read(
        'Bộ trưởng Bộ Quốc phòng - Đại tướng Ngô Văn Bình khẳng định như vậy tại buổi kiểm tra và làm việc với Tổng công ty Hàng hải Miền Trung.',
      ),
    ).toEqual([['kiểm tra', null, 'Ngô Văn Bình', 'Tổng công ty Hàng hải Miền Trung']]);
  });

  it('reads the province whose leaders a person worked with, past a list of other hosts', () => {
    expect(
      read(
        'Ngày 5/3, Phó Thủ tướng Lê Văn Hòa đã kiểm tra hiện trường và làm việc với lãnh đạo các bộ, ngành, TP Hải Phòng về dự án.',
      ),
    ).toEqual([['kiểm tra', null, 'Lê Văn Hòa', 'thành phố Hải Phòng']]);
  });

  it('reads the province a person visited, not the area a local body or an inspection worked in', () => {
    expect(
      read(
        'Bộ trưởng Bộ Tư pháp Trần Văn Năm đã làm việc tại tỉnh Sóc Trăng. Sở Y tế tỉnh Bình Định kiểm tra vệ sinh thực phẩm tại tỉnh Bình Định. Bộ trưởng Bộ Y tế Lê Văn Sáu kiểm tra phòng khám tư nhân tại TP Cần Thơ.',
      ),
    ).toEqual([['làm việc', null, 'Trần Văn Năm', 'tỉnh Sóc Trăng']]);
  });

  it('gives nothing for a request, a plan or an assignment to inspect', () => {
    expect(
      read(
        'Bộ Y tế yêu cầu Sở Y tế tỉnh Bình Định kiểm tra Công ty TNHH Minh Phát. Sở Y tế tỉnh Bình Định sẽ kiểm tra Công ty TNHH Minh Phát. Thanh tra tỉnh Hà Nam được giao thanh tra tại UBND huyện Kim Bảng.',
      ),
    ).toEqual([]);
  });

  it('gives nothing when a company, a foreign party or a ceremony is the frame', () => {
    expect(
      read(
        'Công ty TNHH Minh Phát đã làm việc với UBND huyện Kim Bảng. Đại sứ Nhật Bản đã làm việc với UBND tỉnh Hà Nam. Tại lễ khánh thành, Bộ trưởng Nguyễn Văn Tư đã kiểm tra Công ty TNHH Minh Phát.',
      ),
    ).toEqual([]);
  });

  it("gives nothing for the police's 'làm việc với' (an inquiry), and nothing without a named target", () => {
    expect(
      read(
        'Công an huyện Kim Bảng đã làm việc với Công ty TNHH Minh Phát. Sở Y tế tỉnh Bình Định đã kiểm tra 7 công ty sản xuất nước muối.',
      ),
    ).toEqual([]);
  });
});
