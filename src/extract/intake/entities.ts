/**
 * HTML character references: numeric (&#7885; &#x1ECD;) and the named ones Vietnamese pages
 * use (Latin-1 letters such as &agrave; &ocirc;, the HTML5 &abreve; &dstrok; &itilde; &utilde;,
 * punctuation and spaces). Unknown names are left as written.
 */

const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn ' +
  'sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave ' +
  'Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN ' +
  'szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute ' +
  'icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml ' +
  'yacute thorn yuml';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  Abreve: '\u0102',
  abreve: '\u0103',
  Dstrok: '\u0110',
  dstrok: '\u0111',
  Itilde: '\u0128',
  itilde: '\u0129',
  Utilde: '\u0168',
  utilde: '\u0169',
  OElig: '\u0152',
  oelig: '\u0153',
  Scaron: '\u0160',
  scaron: '\u0161',
  Yuml: '\u0178',
  fnof: '\u0192',
  circ: '\u02c6',
  tilde: '\u02dc',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  ndash: '\u2013',
  mdash: '\u2014',
  horbar: '\u2015',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  dagger: '\u2020',
  Dagger: '\u2021',
  bull: '\u2022',
  hellip: '\u2026',
  permil: '\u2030',
  prime: '\u2032',
  Prime: '\u2033',
  lsaquo: '\u2039',
  rsaquo: '\u203a',
  euro: '\u20ac',
  dong: '\u20ab',
  trade: '\u2122',
  larr: '\u2190',
  rarr: '\u2192',
  uarr: '\u2191',
  darr: '\u2193',
  minus: '\u2212',
  le: '\u2264',
  ge: '\u2265',
  ne: '\u2260',
  infin: '\u221e',
  NewLine: '\n',
  Tab: '\t',
  grave: '`',
  lowbar: '_',
  sol: '/',
  bsol: '\\',
  colon: ':',
  comma: ',',
  period: '.',
  excl: '!',
  quest: '?',
  num: '#',
  percnt: '%',
  lpar: '(',
  rpar: ')',
  lsqb: '[',
  rsqb: ']',
  lbrack: '[',
  rbrack: ']',
  lcub: '{',
  rcub: '}',
  verbar: '|',
  vert: '|',
  ast: '*',
  plus: '+',
  equals: '=',
  semi: ';',
  dollar: '$',
  commat: '@',
  hyphen: '\u2010',
  dash: '\u2010',
};
LATIN1_NAMES.split(' ').forEach((name, i) => {
  NAMED[name] = String.fromCharCode(0xa0 + i);
});
const NAMED_MAP = new Map(Object.entries(NAMED));

/** Names browsers also accept without the final ";" (legacy pages write "&nbsp" and "&amp"). */
const WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/** HTML maps numeric references 0x80-0x9F to their Windows-1252 characters. */
const C1_AS_CP1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  if (code >= 0x80 && code <= 0x9f) return C1_AS_CP1252[code - 0x80];
  return String.fromCodePoint(code);
}

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([\da-fA-F]{1,7})|([A-Za-z][A-Za-z\d]{1,31}))(;?)/g;

function replaceReference(
  whole: string,
  dec: string | undefined,
  hex: string | undefined,
  name: string | undefined,
  semi: string,
): string {
  if (dec !== undefined) return fromCodePoint(parseInt(dec, 10));
  if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
  if (name === undefined) return whole;
  const value = NAMED_MAP.get(name);
  if (value === undefined) return whole;
  if (semi === '' && !WITHOUT_SEMICOLON.has(name)) return whole;
  return value;
}

/**
 * Decodes character references. Double-escaped ones ("&amp;ocirc;", common in scraped feeds)
 * are decoded too: an "&amp;" directly followed by a known reference collapses to that reference.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  const once = s.replace(
    /&amp;(?=#\d{1,8};|#[xX][\da-fA-F]{1,7};|[A-Za-z][A-Za-z\d]{1,31};)/g,
    (m, offset: number) => {
      const rest = s.slice(offset + 5, offset + 40);
      const name = /^([A-Za-z][A-Za-z\d]*);/.exec(rest);
      return name === null || NAMED_MAP.has(name[1]) ? '&' : m;
    },
  );
  return once.replace(REFERENCE, replaceReference);
}
