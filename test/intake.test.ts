import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import iconv from 'iconv-lite';
import {
  IntakeError,
  encodeLegacy,
  intake,
  isVietnameseSyllable,
  type SourceText,
} from '../src/extract/intake';

const FIXTURES = path.join(__dirname, 'fixtures/intake');
const fixture = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));
const EXPECTED = fixture('expected.txt').toString('utf8').trimEnd();

const SENTENCE =
  'Chiều 5/6, Đoàn giám sát của Ban Thường vụ Thành ủy do đồng chí Nguyễn Thị Hương, Ủy viên ' +
  'Ban Thường vụ, Trưởng Ban Dân vận Thành ủy làm trưởng đoàn đã giám sát việc thực hiện Quyết ' +
  'định số 99-QĐ/TW đối với Đảng ủy phường Điện Biên; tiếp đoàn có đồng chí Phạm Quốc Khánh, ' +
  'Bí thư Đảng ủy phường. Đây là dịp để các chi bộ rút kinh nghiệm, giữ vững kỷ cương.';

function run(content: Uint8Array | string, fileName?: string): SourceText {
  return intake({ id: 'doc', content, fileName });
}

function intakeError(content: Uint8Array | string, fileName?: string): IntakeError {
  try {
    run(content, fileName);
  } catch (e) {
    if (e instanceof IntakeError) return e;
    throw e;
  }
  throw new Error('intake accepted input it should refuse');
}

/** Windows-1258 as Windows writes it: â ê ô ă ơ ư đ precomposed, most tones combining. */
function windows1258(text: string): Buffer {
  const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
  const form = [...text.normalize('NFD').matchAll(/\P{M}\p{M}*/gu)]
    .map(([g]) => {
      const tone = TONE.exec(g);
      const base = g.replace(TONE, '').normalize('NFC');
      if (!tone) return base;
      const pre = (base + tone[0]).normalize('NFC');
      return pre.length === 1 && !iconv.encode(pre, 'windows1258').includes(0x3f)
        ? pre
        : base + tone[0];
    })
    .join('');
  return iconv.encode(form, 'windows1258');
}

describe('intake: Unicode text', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const r = run(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]));
    expect(r.text).toBe(SENTENCE);
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.format).toBe('text');
  });

  it('hashes the raw bytes', () => {
    const bytes = fixture('nfd-new-tones.txt');
    expect(run(bytes).sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('reads UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]);
    expect(run(le).text).toBe(SENTENCE);
    expect(run(le).encoding).toBe('utf-16le');
  });

  it('reads UTF-16 without a BOM', () => {
    const r = run(Buffer.from(SENTENCE, 'utf16le'));
    expect(r.encoding).toBe('utf-16le');
    expect(r.text).toBe(SENTENCE);
  });

  it('composes NFD input (typed on macOS) to NFC', () => {
    const r = run(Buffer.from(SENTENCE.normalize('NFD'), 'utf8'));
    expect(r.text).toBe(SENTENCE);
    expect(r.text).toBe(r.text.normalize('NFC'));
  });

  it('unifies the new tone-mark placement to the traditional one', () => {
    const r = run(
      'Đồng chí Lê Văn Hoà, Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ, chúc sức khoẻ; Thuý, quý.',
    );
    expect(r.text).toBe(
      'Đồng chí Lê Văn Hòa, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, chúc sức khỏe; Thúy, quý.',
    );
  });

  it('turns the NFD, new-tone, CRLF fixture into the expected text', () => {
    expect(run(fixture('nfd-new-tones.txt')).text).toBe(EXPECTED);
    expect(run(fixture('utf8-bom.txt')).text).toBe(EXPECTED);
  });

  it('normalises spaces, zero-width characters, quotes and line ends', () => {
    const r = run(
      '  Tỉnh\u00a0ủy\u200b  Thanh\u2009Hóa\r\n\r\n\r\n\u201cDân vận\u201d \u2018khéo\u2019\t \n',
    );
    expect(r.text).toBe('Tỉnh ủy Thanh Hóa\n\n"Dân vận" \'khéo\'');
  });

  it('decodes character references left in plain text', () => {
    expect(run('Ban D&acirc;n v&#7853;n T&#x1EC9;nh &amp;#7911;y &amp; MTTQ').text).toBe(
      'Ban Dân vận Tỉnh ủy & MTTQ',
    );
  });
});

describe('intake: legacy Vietnamese encodings', () => {
  it.each([
    ['tcvn3', (s: string) => encodeLegacy(s, 'tcvn3')],
    ['vni', (s: string) => encodeLegacy(s, 'vni')],
    ['windows-1258', windows1258],
  ])('detects and converts %s', (encoding, encode) => {
    const bytes = encode(SENTENCE);
    // The bytes really are legacy: not valid UTF-8.
    expect(Buffer.from(bytes).toString('utf8')).not.toBe(SENTENCE);
    const r = run(bytes);
    expect(r.encoding).toBe(encoding);
    expect(r.text).toBe(SENTENCE);
  });

  it.each(['tcvn3.txt', 'vni.txt', 'windows-1258.txt'])('converts the %s fixture', (name) => {
    const r = run(fixture(name));
    expect(r.text).toBe(EXPECTED);
    expect(r.encoding).toBe(name.replace(/\.txt$/, ''));
  });

  it('repairs legacy text that was read as Windows-1252 and saved as UTF-8 ("ViÖt Nam")', () => {
    for (const encoding of ['tcvn3', 'vni'] as const) {
      const misread = Buffer.from(encodeLegacy(SENTENCE, encoding)).toString('latin1');
      const r = run(Buffer.from(misread, 'utf8'));
      expect(r.text).toBe(SENTENCE);
      expect(r.encoding).toContain(encoding);
    }
  });

  it('leaves ordinary Unicode Vietnamese alone', () => {
    const r = run(Buffer.from(SENTENCE, 'utf8'));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(SENTENCE);
  });

  it('names the encoding when legacy text cannot be converted reliably', () => {
    // VNI with every other tone mark byte damaged: recognisably VNI, not convertible.
    const bytes = Buffer.from(encodeLegacy(SENTENCE, 'vni'));
    let damaged = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] >= 0xe0 && damaged++ % 2 === 0) bytes[i] = 0xa4;
    }
    const e = intakeError(bytes);
    expect(e.reason).toBe('encoding');
    expect(e.message).toMatch(/^looks like \S+-encoded text, which could not be converted/);
  });

  it('recognises Vietnamese syllables and rejects garbage', () => {
    for (const w of ['nghiêng', 'Nguyễn', 'khuya', 'quốc', 'giữa', 'thuở', 'Đắk']) {
      expect(isVietnameseSyllable(w)).toBe(true);
    }
    for (const w of ['ViÖt', 'Vieọt', 'Th\u00adêng', 'hoµ', 'tóc̀', 'lậṕ']) {
      expect(isVietnameseSyllable(w)).toBe(false);
    }
  });
});

describe('intake: refused files', () => {
  it('refuses an empty file', () => {
    const e = intakeError(new Uint8Array(0));
    expect(e.reason).toBe('empty');
    expect(e.message).toMatch(/^empty file/);
    expect(intakeError(fixture('empty.txt')).message).toMatch(/^empty file/);
  });

  it('refuses a file of only whitespace', () => {
    expect(intakeError(fixture('blank.txt')).message).toMatch(/^empty file/);
    expect(intakeError(' \n\u200b\t ').reason).toBe('empty');
  });

  it('refuses a PNG image saved as .txt, naming it binary', () => {
    const e = intakeError(fixture('binary.txt'), 'binary.txt');
    expect(e.reason).toBe('binary');
    expect(e.message).toMatch(/^binary file \(PNG image\)/);
  });

  it('refuses unknown binary data with NUL bytes, and PDFs', () => {
    expect(
      intakeError(Uint8Array.from([0x41, 0x42, 0x00, 0x43, 0x99, 0x00, 0x01])).message,
    ).toMatch(/^binary file/);
    expect(intakeError(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj')).message).toMatch(
      /binary file \(PDF/,
    );
  });

  it('refuses a file over 20 MB, giving its size', () => {
    const e = intakeError(new Uint8Array(21 * 1024 * 1024).fill(0x61));
    expect(e.reason).toBe('too-large');
    expect(e.message).toMatch(/21\.0 MB/);
  });
});

describe('intake: HTML', () => {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Giám sát tại Đảng ủy phường - Báo Điện tử</title>
<script>var html = "<p>quảng cáo</p>"; if (a < b) {}</script><style>p { color: red }</style></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/thoi-su">Thời sự</a></nav>
<div class="cookie-banner">Chúng tôi sử dụng cookie. <button>Đồng ý</button></div>
<article><h1>Giám sát việc thực hiện Quyết định 99-QĐ/TW</h1>
<p>Chiều 5/6, Đoàn giám sát của Ban Thường vụ Thành ủy đã làm việc với Đảng ủy phường.</p>
<p>Đồng chí Nguyễn Thị Hương, Trưởng Ban Dân vận Thành ủy, phát biểu &ldquo;Kết luận&rdquo;
tại buổi làm việc.<br>Ảnh: Đức Anh</p></article>
<footer>Bản quyền thuộc về Báo Điện tử</footer></body></html>`;

  it('strips scripts, navigation and the cookie banner; keeps paragraphs; title first', () => {
    const r = run(Buffer.from(page), 'page.html');
    expect(r.format).toBe('html');
    expect(r.text).toBe(
      'Giám sát việc thực hiện Quyết định 99-QĐ/TW\n\n' +
        'Chiều 5/6, Đoàn giám sát của Ban Thường vụ Thành ủy đã làm việc với Đảng ủy phường.\n\n' +
        'Đồng chí Nguyễn Thị Hương, Trưởng Ban Dân vận Thành ủy, phát biểu "Kết luận" tại buổi làm việc.\n' +
        'Ảnh: Đức Anh',
    );
  });

  it('recognises HTML without an .html name', () => {
    expect(run(page, 'page.txt').format).toBe('html');
  });

  it('uses <title> when the page has no <h1>', () => {
    const r = run(
      '<html><head><title>Hội nghị Tỉnh ủy</title></head><body><p>Nội dung.</p></body></html>',
    );
    expect(r.text).toBe('Hội nghị Tỉnh ủy\n\nNội dung.');
  });

  it('decodes named, decimal and hex entities', () => {
    const r = run(
      '<p>Ban D&acirc;n v&#7853;n T&#x1EC9;nh &#7911;y &agrave; &ocirc;&nbsp;&amp; &lt;MTTQ&gt;</p>',
      'a.html',
    );
    expect(r.text).toBe('Ban Dân vận Tỉnh ủy à ô & <MTTQ>');
  });

  it('reads the article fixture: boilerplate gone, entities decoded, title first', () => {
    const r = run(fixture('article.html'), 'article.html');
    expect(r.text).toBe(EXPECTED);
  });

  it('honours <meta charset> for a Windows-1258 page', () => {
    const r = run(fixture('article-windows-1258.html'), 'article-windows-1258.html');
    expect(r.encoding).toBe('windows-1258');
    expect(r.text).toBe(EXPECTED);
  });

  it('survives malformed markup without throwing', () => {
    expect(run('<div><nav>menu <p>Nội dung chính của bài.</p>', 'x.html').text).toBe(
      'menu\n\nNội dung chính của bài.',
    );
    expect(run('<p>a < b và <b>đậm</b> <a href="x>y">liên kết</a> <p', 'x.html').text).toBe(
      'a < b và đậm liên kết',
    );
    expect(() => run('<html><script>không đóng <p>xin chào</p>', 'x.html')).not.toThrow();
  });
});
