/**
 * Officials of other countries are not officials of this graph, also when the country's name
 * opens with a Vietnamese family name ("Hà Lan", "Thái Lan"). Invented sentences.
 */
import { officialsOf as officials } from '../support/extract';

describe('a bare title, a country, then a name', () => {
  it('is a foreign official when the country opens with a family name', () => {
    const o = officials('Thủ tướng Hà Lan Mark Ruttemaker đã đến thăm Cần Thơ.');
    expect([...o.keys()]).toEqual([]);
    expect([...officials('Thủ tướng Thái Lan Som Chai phát biểu.').keys()]).toEqual([]);
  });
  it('keeps a Vietnamese name after a title that names its body', () => {
    expect(
      officials('Bí thư Tỉnh ủy Hà Lan Anh phát biểu tại Nam Định.').get('Hà Lan Anh'),
    ).toEqual(['Bí thư Tỉnh ủy Nam Định']);
  });
});
