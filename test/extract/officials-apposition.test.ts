/** Officials named in appositions of news writing whose names or titles read like something else. */
import { officialsOf as officials } from '../support/extract';

describe('rarer family names', () => {
  it('reads a dash apposition after a name with the family name Quảng', () => {
    const text =
      'Mưa đã ngớt. Theo ông Quảng Văn Tài - Phó Giám đốc Sở Y tế tỉnh Sơn La, số ca bệnh đã giảm.';
    expect(officials(text).get('Quảng Văn Tài')).toEqual(['Phó Giám đốc Sở Y tế tỉnh Sơn La']);
  });
});
