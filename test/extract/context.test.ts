/** Where the article is (jurisdiction), on invented texts. */
import { analyse, extractText } from '../../src/extract/index';

const jurisdiction = (text: string): string | null => extractText('t', text).document.jurisdiction;

describe('jurisdiction', () => {
  it('takes the one province the lede places the event in over the later stops of a wire story', () => {
    const text = [
      'Kiểm tra công tác chuẩn bị kỳ thi',
      '',
      'Chiều 21/6, Thứ trưởng Bộ Giáo dục và Đào tạo đến kiểm tra công tác chuẩn bị kỳ thi tại tỉnh Quảng Ngãi.',
      'Cùng ngày, đoàn công tác của Bộ kiểm tra tại tỉnh Lào Cai. Tại Lào Cai, Sở Giáo dục và Đào tạo tỉnh Lào Cai báo cáo. Lãnh đạo tỉnh Lào Cai cho biết các điểm thi ở Lào Cai đã sẵn sàng.',
    ].join('\n');
    expect(jurisdiction(text)).toBe('Quảng Ngãi');
  });
  it('does not let a lede venue win when the lede names another province too', () => {
    const text = [
      'Lễ hội cà phê sắp diễn ra',
      '',
      'Sáng 6/2, tại Hà Nội, UBND tỉnh Gia Lai họp báo giới thiệu lễ hội cà phê.',
      'Lễ hội diễn ra tại thành phố Pleiku, tỉnh Gia Lai. Tỉnh Gia Lai mời du khách đến Gia Lai.',
    ].join('\n');
    expect(jurisdiction(text)).toBe('Gia Lai');
  });
  it('does not take the venue of a background lede that reports no event of its own', () => {
    const text = [
      'Lo khâu bảo quản hồ sơ đất đai',
      '',
      'Việc thất lạc hồ sơ tại Bạc Liêu khiến dư luận lo lắng.',
      'Trong buổi làm việc với Sở Tài nguyên và Môi trường tỉnh Phú Yên, sáng 10/5, Thứ trưởng nhắc lại sự việc. Lãnh đạo tỉnh Phú Yên cho biết hồ sơ ở Phú Yên được số hóa. Các huyện của Phú Yên đã kiểm tra.',
    ].join('\n');
    expect(jurisdiction(text)).toBe('Phú Yên');
  });
  it('keeps an undated lede venue against a province the body names only a little more', () => {
    const text = [
      'Bắt đối tượng trộm xe máy',
      '',
      'Sau khi trộm xe máy, một người đàn ông bị bắt tại Quảng Trị.',
      'Ngày 17/5, Công an huyện cho biết đối tượng trú tại tỉnh Quảng Bình. Đối tượng từng bị xử phạt ở tỉnh Quảng Bình.',
    ].join('\n');
    expect(jurisdiction(text)).toBe('Quảng Trị');
  });
  it('reads no province from a list of many provinces in a nationwide story', () => {
    const text = [
      'Triển khai phần mềm trên cả nước',
      '',
      'Bộ Giáo dục và Đào tạo vừa ban hành Công văn số 576/BGDĐT-CTHSSV hướng dẫn triển khai phần mềm.',
      'Nhiều địa phương đã triển khai, cụ thể là các tỉnh Tuyên Quang, Hậu Giang, Bình Phước, Ninh Thuận, Phú Yên.',
    ].join('\n');
    expect(jurisdiction(text)).toBeNull();
  });
  it('reads no province from a postal address in brackets', () => {
    const text = [
      'Hội thi Olympic các môn khoa học Mác - Lênin',
      '',
      'Trung ương Đoàn tổ chức hội thi dành cho sinh viên trong cả nước.',
      'Hồ sơ gửi về Ban Thanh niên Trường học (số 62, Bà Triệu, Q.Hoàn Kiếm, Hà Nội) trước ngày 29/3.',
    ].join('\n');
    expect(jurisdiction(text)).toBeNull();
  });
  it('still reads the province of a place written with its commune and district', () => {
    const text = [
      'Chập điện tại khu du lịch',
      '',
      'Sự cố xảy ra chiều 5/2 tại khu du lịch (xã Hương Sơn, Mỹ Đức, Hà Nội).',
    ].join('\n');
    expect(jurisdiction(text)).toBe('Hà Nội');
  });
  it('does not read the Pacific ("Thái Bình Dương") as Thái Bình', () => {
    const text = [
      'Tàu hải quân cập cảng',
      '',
      'Chiều 8/5, tàu bệnh viện cập cảng Tiên Sa, TP. Đà Nẵng, bắt đầu chương trình Đối tác Thái Bình Dương.',
      'Chương trình Đối tác Thái Bình Dương quy tụ nhiều nước quanh Thái Bình Dương.',
    ].join('\n');
    expect(jurisdiction(text)).toBe('Đà Nẵng');
  });
  it('reads no province from another country’s capital ("Thủ đô Moscow") in foreign news', () => {
    const text = [
      'Lực lượng phòng không báo động',
      '',
      'Bộ Quốc phòng Nga sáng 8/2 đã chỉ thị lực lượng phòng không bảo vệ Thủ đô Moscow.',
      'Các đơn vị bảo vệ Thủ đô Moscow và các khu công nghiệp.',
    ].join('\n');
    expect(jurisdiction(text)).toBeNull();
  });
  it('reads no province from a writer’s signature that is also a place name', () => {
    const text = [
      'Mẫu xe bán tải không bị ảnh hưởng',
      '',
      'Hãng xe cho biết dòng xe bán tải tại thị trường trong nước không bị ảnh hưởng. Hãng vẫn chưa triệu hồi xe. Phúc Vinh',
    ].join('\n');
    expect(jurisdiction(text)).toBeNull();
  });
  it('reads no province for a headline and lede about another country', () => {
    const text = [
      'Australia bắt giữ lượng ma túy kỷ lục',
      '',
      'Các cơ quan thực thi pháp luật Australia vừa thu giữ 1,4 tấn cocaine trên một du thuyền.',
      'Một thủy thủ quê ở Hà Tĩnh từng làm việc trên tàu.',
    ].join('\n');
    expect(jurisdiction(text)).toBeNull();
  });
  it('keeps the province of a Vietnamese story whose lede names a destination abroad', () => {
    const text = [
      'Giấc mộng vượt biên',
      '',
      'Nhóm người tổ chức vượt biên sang Trung Quốc lao động chui đã bị bắt.',
      'Công an tỉnh Hà Giang đã khởi tố vụ án. Công an tỉnh Hà Giang cho biết thêm.',
    ].join('\n');
    expect(jurisdiction(text)).toBe('Hà Giang');
  });
  it('keeps a province the body keeps naming even when the headline names a foreign country', () => {
    const text = [
      'Công ty cấp nước nói gì khi dùng ống gang Trung Quốc?',
      '',
      'Công ty giải thích việc sử dụng ống gang dẻo của Trung Quốc vì giá thành rẻ hơn.',
      'Ngày 23/5, đại diện công ty làm việc với Sở Xây dựng tỉnh Bình Dương. UBND tỉnh Bình Dương yêu cầu kiểm tra. Các tuyến ống ở Bình Dương được rà soát.',
    ].join('\n');
    expect(jurisdiction(text)).toBe('Bình Dương');
  });
  it('reads no province from one passing mention the headline and lede do not name', () => {
    const text = [
      'Hai công ty mua lại nhà máy đường',
      '',
      'Hai công ty vừa công bố nghị quyết về việc mua lại một nhà máy đường.',
      'Công ty Cổ phần Mía đường Thành Công Tây Ninh sẽ trả 500 tỷ đồng. Giao dịch hoàn tất trong năm.',
    ].join('\n');
    expect(jurisdiction(text)).toBeNull();
  });
  it('keeps one mention that places what it follows, in brackets or as a venue', () => {
    const bracket = [
      'Kết luận thanh tra một trường đại học',
      '',
      'Bộ Giáo dục và Đào tạo vừa có kết luận thanh tra về nhiều sai phạm.',
      'Trường Đại học Tân Hưng (Long An) đã tuyển sinh vượt chỉ tiêu.',
    ].join('\n');
    expect(jurisdiction(bracket)).toBe('Long An');
    const venue = [
      'Sơ kết công tác phối hợp',
      '',
      'Các cơ quan đã sơ kết công tác phối hợp năm qua.',
      'Hội nghị được tổ chức tại Hà Nội.',
    ].join('\n');
    expect(jurisdiction(venue)).toBe('Hà Nội');
  });
  it('reads no province from the capital named only as the venue of a central body’s event', () => {
    const text = [
      'Tập huấn công tác thi đua khen thưởng',
      '',
      'Sáng 12/4, tại Hà Nội, Ban Tổ chức Trung ương và Bộ Nội vụ tổ chức hội nghị tập huấn cho các bộ, ngành.',
      'Hội nghị được truyền trực tuyến tới các địa phương.',
    ].join('\n');
    expect(jurisdiction(text)).toBeNull();
  });
  it('keeps the capital when a central body’s event names a body of the city itself', () => {
    const text = [
      'Làm việc về cải cách hành chính',
      '',
      'Sáng 12/4, tại Hà Nội, Bộ Nội vụ làm việc với UBND thành phố Hà Nội về cải cách hành chính.',
    ].join('\n');
    expect(jurisdiction(text)).toBe('Hà Nội');
  });
  it('reads no province from a lone aside in a story about another country', () => {
    const text = [
      'Kỹ sư gốc Việt làm giám đốc hãng xe',
      '',
      'Ông phụ trách thiết kế toàn bộ dòng xe mới của hãng.',
      'Hãng xe Mỹ vừa công bố bổ nhiệm. Ông kể từng thấy chiếc xe đầu tiên khi còn ở Cần Thơ.',
    ].join('\n');
    expect(jurisdiction(text)).toBeNull();
  });
  it('reads no province from a national story that names one only in a person’s post', () => {
    const text = [
      'Hiệp thương bổ sung Đoàn Chủ tịch',
      '',
      'Ngày 22/6, Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị hiệp thương nhân sự.',
      'Hội nghị cử ông Lê Văn Tâm, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Trị, tham gia Đoàn Chủ tịch.',
    ].join('\n');
    expect(jurisdiction(text)).toBeNull();
    const local = [
      'Hiệp thương bổ sung Ủy ban',
      '',
      'Ngày 22/6, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức hội nghị hiệp thương nhân sự.',
      'Hội nghị cử ông Lê Văn Tâm, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Trị, làm Chủ tịch.',
    ].join('\n');
    expect(jurisdiction(local)).toBe('Quảng Trị');
  });
  it('reads no province from a roundup whose headline names three or more', () => {
    const text = [
      'Nhân sự mới Nghệ An, Hà Tĩnh, Quảng Bình',
      '',
      'Nghệ An: UBND tỉnh Nghệ An bổ nhiệm Giám đốc Sở Y tế. Hà Tĩnh: Tỉnh ủy Hà Tĩnh điều động cán bộ.',
      'Quảng Bình: UBND tỉnh Quảng Bình bổ nhiệm Phó Giám đốc Sở Tài chính. Sở Y tế tỉnh Nghệ An có giám đốc mới.',
    ].join('\n');
    expect(jurisdiction(text)).toBeNull();
  });
});

describe('jurisdiction of sports stories', () => {
  it('reads no province from a football story whose clubs and fans carry place names', () => {
    const text = [
      'CĐV Hải Phòng nhận án phạt nặng',
      '',
      'Sau trận đấu giữa Hà Nội FC và Hải Phòng cuối tuần qua, các CĐV Hải Phòng bị Ban Kỷ luật VFF phạt.',
      'Các CĐV Hải Phòng đã đốt pháo sáng. Đội Hải Phòng sẽ phải thi đấu không có khán giả.',
    ].join('\n');
    expect(jurisdiction(text)).toBeNull();
  });
  it('keeps the province of a local story that names one word of sport', () => {
    const text = [
      'Huyện Tân Lạc khánh thành nhà văn hóa',
      '',
      'Sáng 5/3, UBND huyện Tân Lạc, tỉnh Hòa Bình khánh thành nhà văn hóa, nơi đội tuyển bóng chuyền của huyện tập luyện.',
      'Lãnh đạo tỉnh Hòa Bình dự lễ khánh thành.',
    ].join('\n');
    expect(jurisdiction(text)).toBe('Hòa Bình');
  });
});

describe('the article’s year', () => {
  const year = (text: string): number | null => analyse(text).ctx.year;
  it('reads no year from a birth year, a decade, a compared year or a span’s bound', () => {
    const text = [
      'Gặp mặt cựu chiến binh',
      '',
      'Ông Trần Văn Bình sinh năm 1958, nhập ngũ từ năm 1976 và từng công tác ở xã trong những năm 1990.',
      'Thu nhập của xã tăng gấp đôi so với năm 2010; xã phấn đấu trở thành xã nông thôn mới đến cuối năm 2020.',
    ].join('\n');
    expect(year(text)).toBeNull();
  });
  it('reads the year of the programme, not of a term named before it', () => {
    const text = [
      'Triển khai nhiệm vụ',
      '',
      'Đảng bộ xã đề ra nghị quyết nhiệm kỳ năm 2015 - 2020 và triển khai kế hoạch năm 2017.',
    ].join('\n');
    expect(year(text)).toBe(2017);
  });
  it('ends an organisation’s name at a span’s bound before a year', () => {
    const orgs = extractText(
      't',
      'Tin kinh tế\n\nNgân hàng Nhà nước những năm gần đây điều hành lãi suất linh hoạt.',
    ).organizations.map((o) => o.name);
    expect(orgs).toContain('Ngân hàng Nhà nước');
  });
});
