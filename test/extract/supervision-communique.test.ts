/**
 * Communiqués of an inspection committee's session (invented sentences): each inspection or
 * supervision its session concluded on is one, conducted by the committee.
 */
import { supervisionsOf } from '../support/extract';

const HEAD =
  'Từ ngày 3 đến ngày 5-9, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 21. Tại kỳ họp, Ủy ban Kiểm tra Trung ương đã xem xét, kết luận các nội dung sau: ';

describe("an inspection committee's communiqué", () => {
  it('reads each item with its body after "đối với" or after "giám sát", undated', () => {
    const s = supervisionsOf(
      `${HEAD}1- Về kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Tỉnh ủy Sóc Trăng nhiệm kỳ 2010-2015 có khuyết điểm, vi phạm. 2- Xem xét báo cáo kết quả giám sát Ban cán sự đảng Bộ Xây dựng và đồng chí Bí thư Ban cán sự đảng.`,
    );
    expect(s.map((x) => [x.kind, x.conductedBy, x.targets, x.date])).toEqual([
      ['kiểm tra', ['Ủy ban Kiểm tra Trung ương'], ['Ban Thường vụ Tỉnh ủy Sóc Trăng'], null],
      ['giám sát', ['Ủy ban Kiểm tra Trung ương'], ['Ban cán sự đảng Bộ Xây dựng'], null],
    ]);
  });
  it('distributes "X và Y các tỉnh A, B" over the provinces, one item per clause', () => {
    const s = supervisionsOf(
      `${HEAD}3- Xem xét kết quả kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát đối với Ban Thường vụ Tỉnh ủy và UBKT Tỉnh ủy các tỉnh Cao Bằng, Lạng Sơn; kiểm tra tài chính đảng đối với Ban Thường vụ Tỉnh ủy các tỉnh Bắc Kạn, Sơn La.`,
    );
    expect(s.map((x) => x.targets)).toEqual([
      [
        'Ban Thường vụ Tỉnh ủy Cao Bằng',
        'Ủy ban Kiểm tra Tỉnh ủy Cao Bằng',
        'Ban Thường vụ Tỉnh ủy Lạng Sơn',
        'Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn',
      ],
      ['Ban Thường vụ Tỉnh ủy Bắc Kạn', 'Ban Thường vụ Tỉnh ủy Sơn La'],
    ]);
  });
  it('completes a committee written bare from the next body of the list ("Ban Thường vụ Đảng ủy và UBKT Đảng ủy Khối X")', () => {
    const s = supervisionsOf(
      `${HEAD}4- Kiểm tra tài chính đảng đối với Ban Thường vụ Đảng ủy và UBKT Đảng ủy Khối Doanh nghiệp Trung ương.`,
    );
    expect(s.map((x) => x.targets)).toEqual([
      [
        'Ban Thường vụ Đảng ủy Khối Doanh nghiệp Trung ương',
        'Ủy ban Kiểm tra Đảng ủy Khối Doanh nghiệp Trung ương',
      ],
    ]);
  });
  it('reads a clause whose subject is the committee itself', () => {
    const s = supervisionsOf(
      `${HEAD}Ủy ban Kiểm tra Trung ương đã ra kết luận về việc kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Huyện ủy Mai Sơn.`,
    );
    expect(s.map((x) => [x.conductedBy, x.targets])).toEqual([
      [['Ủy ban Kiểm tra Trung ương'], ['Ban Thường vụ Huyện ủy Mai Sơn']],
    ]);
  });
  it('reads no body when the item is about a person', () => {
    const s = supervisionsOf(
      `${HEAD}2- Về kiểm tra khi có dấu hiệu vi phạm đối với đồng chí Trần Văn Hùng, Phó Chủ tịch UBND tỉnh Sóc Trăng.`,
    );
    expect(s).toEqual([]);
  });
  it('leaves a clause with its own subject or an inspection asked for', () => {
    const s = supervisionsOf(
      `${HEAD}Trước đó, Thanh tra tỉnh Sơn La đã kiểm tra đối với Sở Xây dựng tỉnh Sơn La; Ủy ban Kiểm tra Trung ương yêu cầu kiểm tra đối với Ban Thường vụ Huyện ủy Mai Sơn.`,
    );
    expect(s.some((x) => x.conductedBy.includes('Ủy ban Kiểm tra Trung ương'))).toBe(false);
  });
  it('needs the session: the same items without it are not a communiqué', () => {
    const s = supervisionsOf(
      'Báo cáo nêu kết quả kiểm tra tài chính đảng đối với Ban Thường vụ Tỉnh ủy các tỉnh Bắc Kạn, Sơn La.',
    );
    expect(s.every((x) => !x.conductedBy.includes('Ủy ban Kiểm tra Trung ương'))).toBe(true);
  });
});
