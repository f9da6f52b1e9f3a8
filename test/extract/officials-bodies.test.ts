/**
 * Bodies named the short way news writing names them: by abbreviation, by field or province
 * alone, or not at all when the sentence has already named the agency. Invented sentences.
 */
import { officialsOf as officials } from '../support/extract';

function roles(text: string, name: string): string[] | undefined {
  return officials(text).get(name);
}

describe('bodies written by abbreviation or by field', () => {
  it('reads a state group or central body written by its abbreviation as its full name', () => {
    expect(roles('Tổng Giám đốc EVN Trần Văn Bình cho biết.', 'Trần Văn Bình')).toEqual([
      'Tổng Giám đốc Tập đoàn Điện lực Việt Nam',
    ]);
    expect(
      roles('Ông Lê Văn Tâm, Phó Tổng Giám đốc Tập đoàn VNPT, cho biết.', 'Lê Văn Tâm'),
    ).toEqual(['Phó Tổng Giám đốc Tập đoàn Bưu chính Viễn thông Việt Nam']);
    expect(roles('Tổng Giám đốc TTXVN Hà Văn Lợi phát biểu.', 'Hà Văn Lợi')).toEqual([
      'Tổng Giám đốc Thông tấn xã Việt Nam',
    ]);
  });
  it('does not read a sports federation abbreviation as a body', () => {
    expect(roles('Phó Chủ tịch VFF Nguyễn Văn An nói.', 'Nguyễn Văn An')).toBeUndefined();
  });
  it('reads a ministry named by its field without "và"', () => {
    expect(roles('Bộ trưởng Khoa học Công nghệ Phạm Văn Định phát biểu.', 'Phạm Văn Định')).toEqual(
      ['Bộ trưởng Bộ Khoa học và Công nghệ'],
    );
  });
  it('reads a journal, whose name ends at the first lower-case word after its last word', () => {
    expect(
      roles('Ông Lê Văn Hùng được bổ nhiệm làm Tổng Biên tập Tạp chí Cộng sản.', 'Lê Văn Hùng'),
    ).toEqual(['Tổng Biên tập Tạp chí Cộng sản']);
    expect(
      roles(
        'Bà Trần Thị Lan, Phó Tổng Biên tập Tạp chí Tuyên giáo bị kỷ luật bằng hình thức khiển trách.',
        'Trần Thị Lan',
      ),
    ).toEqual(['Phó Tổng Biên tập Tạp chí Tuyên giáo']);
  });
  it('reads the national traffic safety committee as a second post', () => {
    expect(
      roles(
        'Phó Thủ tướng Trương Văn Bình, Chủ tịch Ủy ban An toàn giao thông Quốc gia, chỉ đạo.',
        'Trương Văn Bình',
      ),
    ).toEqual(['Phó Thủ tướng Chính phủ', 'Chủ tịch Ủy ban An toàn giao thông Quốc gia']);
  });
  it('reads a deputy written after the unit (Chi cục phó) and a bar association', () => {
    expect(
      roles(
        'Ông Nguyễn Minh Phú, Chi cục phó Chi cục Thủy sản tỉnh Phú Yên, cho biết.',
        'Nguyễn Minh Phú',
      ),
    ).toEqual(['Chi cục phó Chi cục Thủy sản tỉnh Phú Yên']);
    expect(
      roles(
        'Đại biểu Nguyễn Văn Chiến (Chủ nhiệm Đoàn Luật sư Hà Nội) cho rằng cần xem xét.',
        'Nguyễn Văn Chiến',
      ),
    ).toEqual(['Chủ nhiệm Đoàn Luật sư Hà Nội']);
  });
  it('gives the deputies listed after a colon the body their head is named with', () => {
    const text =
      'Về phía VOV có ông Nguyễn Văn Kỷ, Tổng Giám đốc VOV; các Phó Tổng Giám đốc: Vũ Văn Hải, Trần Văn Hùng.';
    expect(roles(text, 'Trần Văn Hùng')).toEqual(['Phó Tổng Giám đốc Đài Tiếng nói Việt Nam']);
  });
  it('reads a name after "nông thôn" (rural), which is no hamlet', () => {
    expect(
      roles(
        'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Văn Cường đến thăm.',
        'Nguyễn Văn Cường',
      ),
    ).toEqual(['Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn']);
  });
  it('reads the deputy head of a Chi cục', () => {
    expect(
      roles(
        'Ông Đỗ Văn Hải, Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh Lạng Sơn, cho biết.',
        'Đỗ Văn Hải',
      ),
    ).toEqual(['Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh Lạng Sơn']);
  });
});

describe('a company whose name ends with its province', () => {
  it('keeps the lower-case words of the name that run up to the province', () => {
    expect(
      roles(
        'Ông Phạm Văn Cường, Giám đốc Công ty TNHH MTV Cấp thoát nước Quảng Ngãi, nói.',
        'Phạm Văn Cường',
      ),
    ).toEqual(['Giám đốc Công ty TNHH MTV Cấp thoát nước Quảng Ngãi']);
  });
  it('does not run the name on over a verb up to a person', () => {
    const text =
      'Ông Lê Văn Tú, Giám đốc Công ty Hoa Sen, cho biết đã xử phạt Nguyễn Văn Bảy. Ông Hồ Văn Ba, Giám đốc Công ty Hoa Sen đề nghị Nguyễn Văn Bảy nộp phạt.';
    expect(roles(text, 'Hồ Văn Ba')).toEqual(['Giám đốc Công ty Hoa Sen']);
  });
});

describe('a province named bare after a title', () => {
  it("is the province's Party committee or people's committee when the holder's name follows", () => {
    expect(roles('Bí thư Hà Nội Hoàng Văn Cường dự hội nghị.', 'Hoàng Văn Cường')).toEqual([
      'Bí thư Thành ủy Hà Nội',
    ]);
    expect(roles('Chủ tịch Quảng Ninh Nguyễn Văn Đức nói.', 'Nguyễn Văn Đức')).toEqual([
      'Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh',
    ]);
  });
  it('is not a body when something other than a name follows the place', () => {
    expect(roles('Chủ tịch Hà Nội FC Nguyễn Văn Hội nói.', 'Nguyễn Văn Hội')).toBeUndefined();
  });
});

describe('a unit named without the agency it belongs to', () => {
  it('is the unit of the agency the sentence named before it', () => {
    expect(
      roles(
        'Đảng ủy Sở Y tế tỉnh Bắc Giang đã kỷ luật ông Vũ Văn An, Trưởng phòng Nghiệp vụ Y.',
        'Vũ Văn An',
      ),
    ).toEqual(['Trưởng Phòng Nghiệp vụ Y Sở Y tế tỉnh Bắc Giang']);
  });
  it("takes only the place of a district's government, even one another person heads", () => {
    expect(
      roles(
        'Đoàn gồm ông Lưu Văn Vinh, Phó Chủ tịch UBND huyện Tánh Linh, ông Phạm Văn Kha, Phó Trưởng phòng Nông nghiệp, cùng đi.',
        'Phạm Văn Kha',
      ),
    ).toEqual(['Phó Trưởng Phòng Nông nghiệp huyện Tánh Linh']);
  });
  it('is not a court, a procuracy or a company the sentence names', () => {
    const text =
      'Viện Kiểm sát nhân dân tỉnh Phú Yên nhận định sai phạm có vai trò của bà Trương Thị Lan, Trưởng phòng Kế hoạch - Tài chính.';
    expect(roles(text, 'Trương Thị Lan')).toEqual(['Trưởng Phòng Kế hoạch - Tài chính Phú Yên']);
  });
  it("is not the body of another person's title", () => {
    expect(
      roles(
        'Ông Lê Văn Tú, Giám đốc Trung tâm Kỹ thuật Sao Mai, và ông Lý Văn Sơn, Trưởng phòng Kế hoạch, cùng dự.',
        'Lý Văn Sơn',
      ),
    ).toEqual(['Trưởng Phòng Kế hoạch']);
  });
});

describe('names and places a caption or a roundup runs together', () => {
  it('does not take the first word of the next sentence as a fourth syllable of a name', () => {
    const people = officials(
      'Thứ trưởng Bộ Nội vụ Nguyễn Văn Thắng Trong thời gian tới, Bộ sẽ tiếp tục rà soát.',
    );
    expect(people.get('Nguyễn Văn Thắng')).toEqual(['Thứ trưởng Bộ Nội vụ']);
    expect(people.has('Nguyễn Văn Thắng Trong')).toBe(false);
  });
  it('keeps a four-syllable name whose last syllable opens no sentence', () => {
    expect(
      roles(
        'Trao quyết định cho ông Hoàng Minh Dũng Tiến, Chánh Văn phòng Thành ủy Hà Nội.',
        'Hoàng Minh Dũng Tiến',
      ),
    ).toEqual(['Chánh Văn phòng Thành ủy Hà Nội']);
  });
  it('reads a bare "thành phố" under a centrally run city\'s heading as that city', () => {
    const text =
      'Hà Nội: Chiều 2/6, Bí thư Thành ủy Hà Nội Lê Văn Hải trao quyết định. TP.HCM: Các cán bộ nhận quyết định gồm Phó Giám đốc Sở Tài chính thành phố Trần Văn Tài.';
    expect(roles(text, 'Trần Văn Tài')).toEqual([
      'Phó Giám đốc Sở Tài chính thành phố Hồ Chí Minh',
    ]);
  });
});

describe('a rank written bare before a post', () => {
  it('is not completed later with another body of that title', () => {
    const text =
      'Trước đó, Bộ trưởng Bộ Công Thương đã có văn bản đề nghị. Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Văn Dũng phát biểu. Bộ trưởng Mai Văn Dũng nhấn mạnh yêu cầu.';
    expect(roles(text, 'Mai Văn Dũng')).toEqual(['Chủ nhiệm Văn phòng Chính phủ']);
  });
});

describe('bodies whose name ends with "Trung ương"', () => {
  it('are central and take no province from the article', () => {
    const o = officials(
      'Ông Nguyễn Văn Bình, Phó Bí thư Đảng ủy Khối Doanh nghiệp Trung ương, làm việc tại tỉnh Khánh Hòa. Ông Phạm Văn Nhung, Giám đốc Bệnh viện Phổi Trung ương, cũng dự.',
    );
    expect(o.get('Nguyễn Văn Bình')).toEqual(['Phó Bí thư Đảng ủy Khối Doanh nghiệp Trung ương']);
    expect(o.get('Phạm Văn Nhung')).toEqual(['Giám đốc Bệnh viện Phổi Trung ương']);
  });
});
