/** The tokenizer and its shape cache, on invented text. */
import { normWord, tokenize } from '../../src/extract/tokens';

/** A syllable-like string for n: letters, some with Vietnamese vowels, 1 to 7 characters. */
function syllable(n: number): string {
  const letters = 'abcdeghiklmnopqrstuvxyăâđêôơưáàảãạếềểễệ';
  let s = '';
  let x = n + 1;
  while (x > 0) {
    s += letters[x % letters.length];
    x = Math.floor(x / letters.length);
  }
  return s;
}

describe('tokens', () => {
  it('splits syllables, signs, numbers and punctuation with their offsets', () => {
    const text = 'Ngày 30/7/2021, Ban Dân vận ban hành Kế hoạch số 23-KH/TU.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([
      'Ngày',
      '30/7/2021',
      ',',
      'Ban',
      'Dân',
      'vận',
      'ban',
      'hành',
      'Kế',
      'hoạch',
      'số',
      '23-KH/TU',
      '.',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[0]).toMatchObject({ norm: 'ngày', word: true, cap: true, titleCase: true });
    expect(tokens[1]).toMatchObject({ digits: false, hasDigit: true, word: false });
  });

  it('never gives one token the cached shape of another (more syllables than cache slots)', () => {
    // Enough distinct syllables that many share a cache slot; each read twice, interleaved, so a
    // slot holds another syllable when one comes back.
    const words = Array.from({ length: 300_000 }, (_, n) => syllable(n));
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k < words.length; k += 1000) {
        const chunk = words.slice(k, k + 1000);
        const tokens = tokenize(chunk.join(' '));
        expect(tokens.map((t) => t.text)).toEqual(chunk);
        expect(tokens.map((t) => t.norm)).toEqual(chunk.map(normWord));
      }
    }
  });

  it('keeps a character above the packed range apart from a syllable that shares its bits', () => {
    // 'a' + U+8062 would pack like 'ab' if the scan compared packed pairs of such characters.
    const tokens = tokenize('ab a\u8062 ab \ud83d\ude00 ab');
    expect(tokens.map((t) => t.text)).toEqual(['ab', 'a', '\u8062', 'ab', '\ud83d\ude00', 'ab']);
  });
});
