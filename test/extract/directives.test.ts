/** Directive references as real outlets write them, one invented sentence at a time. */
import { extractText } from '../../src/extract/index';

function directives(text: string): [string, string | null, string | null, string | null][] {
  return extractText('t', text).directives.map((d) => [d.symbol, d.type, d.date, d.issuer]);
}

describe('directive references', () => {
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
