/** Whole-document behaviour: evidence offsets, boilerplate, authors, outlets, bad input. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractDocument, extractText } from '../../src/extract/index';

const SEEDS = path.resolve(__dirname, '../../seeds');
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

describe('evidence', () => {
  it.each(seedFiles)('every fact of %s points at its quote', (f) => {
    const content = new Uint8Array(readFileSync(path.join(SEEDS, f)));
    const { text, result } = extractDocument({ id: f, content, fileName: f });
    for (const o of result.officials) {
      expect(o.evidence.length).toBeGreaterThan(0);
      for (const e of o.evidence) expect(text.slice(e.start, e.end)).toBe(o.name);
    }
    for (const d of result.directives) {
      for (const e of d.evidence) expect(text.slice(e.start, e.end)).toContain(d.symbol);
    }
    for (const s of result.supervisions) {
      expect(s.evidence.length).toBeGreaterThan(0);
      for (const e of s.evidence) expect(e.end).toBeGreaterThan(e.start);
    }
  });
});

describe('zones', () => {
  it('extracts nothing from related-article lists', () => {
    const text =
      '(HBĐT) - Đồng chí Trần Văn Hải, Giám đốc Sở Xây dựng cho biết kết quả năm 2019 của ngành trong công tác dân vận chính quyền, cải cách hành chính.\n\nHải Yến\n\nCác tin khác\n\nThực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, đồng chí Lê Văn Bình, Bí thư Huyện ủy Kim Bôi phát biểu.';
    const r = extractText('t', text);
    expect(r.officials.map((o) => o.name)).toEqual(['Trần Văn Hải']);
    expect(r.directives).toEqual([]);
    expect(r.document.jurisdiction).toBe('Hòa Bình');
    expect(r.document.author).toBe('Hải Yến');
  });
  it('never takes the byline for an official', () => {
    const r = extractText('t', 'Bài viết về dân vận.\n\nPhan Văn Nga\n\nTin khác');
    expect(r.officials).toEqual([]);
  });
});

describe('intake errors', () => {
  it('become a result with an error and empty lists', () => {
    const { result } = extractDocument({ id: 'empty', content: new Uint8Array(0) });
    expect(result.error).toBeTruthy();
    expect(result.officials).toEqual([]);
    expect(result.supervisions).toEqual([]);
  });
});

describe('jurisdiction', () => {
  const j = (text: string) => extractText('t', text).document.jurisdiction;
  it('comes from the outlet, with the name in force at the article’s date', () => {
    expect(
      j('(Baohoabinh.com.vn) - Sáng ngày 5/3/2025, Ban Dân vận Tỉnh ủy làm việc với Huyện ủy.'),
    ).toBe('Hòa Bình');
    expect(
      j('(Baohoabinh.com.vn) - Sáng ngày 5/8/2025, Ban Dân vận Tỉnh ủy làm việc với Đảng ủy xã.'),
    ).toBe('Phú Thọ');
    expect(j('(Thanhuytphcm.vn) – Chiều 1/7, Ban Dân vận Thành ủy kiểm tra.')).toBe('Hồ Chí Minh');
    expect(j('Bài viết.\n\nNguồn tin: haiphong.gov.vn')).toBe('Hải Phòng');
  });
  it('is null when nothing says where', () => {
    expect(
      j(
        'Sáng 5/3, Ban Dân vận Huyện ủy giám sát tại Đảng ủy xã Tân Lập. Học tập tư tưởng Hồ Chí Minh.',
      ),
    ).toBeNull();
  });
});
