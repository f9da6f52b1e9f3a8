/**
 * A team named first without the body it inspects, the body told in a sentence of its own before
 * any other session ("Đối tượng thanh tra là …"; lexicon statedTargetLeads). Invented sentences.
 */
import { oneSupervision as one, supervisionsOf as sups } from '../support/extract';

const team =
  'UBND tỉnh Hà Nam vừa có quyết định thành lập đoàn thanh tra liên ngành thanh tra việc sử dụng đất tại khu đô thị mới.';
const stated =
  'Đối tượng thanh tra là UBND huyện Kim Bảng và ông Trần Văn Hòa cùng các tổ chức, cá nhân có liên quan.';

describe('a target stated after the team', () => {
  it('gives the team its target ("Đối tượng thanh tra là ORG")', () => {
    const s = one(`${team} Đoàn sẽ làm rõ việc cấp phép xây dựng tại khu đất. ${stated}`);
    expect(s.conductedBy).toEqual(['Ủy ban nhân dân tỉnh Hà Nam']);
    expect(s.targets).toEqual(['Ủy ban nhân dân huyện Kim Bảng']);
  });
  it('is the team of the body told to set it up ("chỉ đạo Thanh tra tỉnh thành lập đoàn thanh tra")', () => {
    const s = one(
      `${team} Lãnh đạo tỉnh cho biết, tỉnh đã chỉ đạo Thanh tra tỉnh thành lập đoàn thanh tra liên ngành để làm rõ. ${stated}`,
    );
    expect(s.conductedBy).toEqual(['Thanh tra tỉnh Hà Nam']);
    expect(s.targets).toEqual(['Ủy ban nhân dân huyện Kim Bảng']);
  });
  it('takes its leader from the sentences after the one stating its targets', () => {
    const s = one(
      `${team} Đoàn sẽ làm rõ việc cấp phép xây dựng. Khu đất rộng 2 ha. ${stated} Đoàn thanh tra liên ngành do ông Lê Văn Bình, Phó Chánh thanh tra tỉnh làm trưởng đoàn.`,
    );
    expect(s.targets).toEqual(['Ủy ban nhân dân huyện Kim Bảng']);
    expect(s.leader).toBe('Lê Văn Bình');
  });
  it('has no hosts nor members by side when only set up ("ông A, Chủ tịch UBND huyện X" named later)', () => {
    const s = one(
      `${team} ${stated} Trước đó, ông Đỗ Văn Lâm, Chủ tịch UBND huyện Kim Bảng đã ký nhiều quyết định giao đất.`,
    );
    expect(s.hosts).toEqual([]);
    expect(s.participants).toEqual([]);
  });
  it('is too far when told more than three sentences later', () => {
    const filler = 'Khu đất rộng 2 ha. Khu đất có nhiều biệt thự. Người dân phản ánh nhiều lần.';
    expect(sups(`${team} ${filler} Việc này kéo dài nhiều năm. ${stated}`)).toEqual([]);
  });
  it('is no session without a team told before it', () => {
    expect(sups(`Khu đất rộng 2 ha ở tỉnh Hà Nam. ${stated}`)).toEqual([]);
  });
  it('adds nothing to a session that already has its target', () => {
    const s = one(
      `Ngày 5/6/2023, Đoàn kiểm tra của UBND tỉnh Hà Nam đã kiểm tra UBND huyện Lý Nhân. ${stated}`,
    );
    expect(s.targets).toEqual(['Ủy ban nhân dân huyện Lý Nhân']);
  });
});
