/**
 * HTML → text for news pages, with a small single-pass tokenizer (no DOM): drops scripts, styles,
 * navigation, page header/footer, asides, forms, comments, embeds and boilerplate blocks (cookie
 * banners, share bars, related links) recognised by tag, role, class or id; keeps block structure
 * as line breaks; decodes character references; puts the title (first <h1>, else <title>) first.
 * Malformed markup never throws: unclosed skipped blocks are retried as kept.
 */
import { decodeEntities } from './entities';

/** Content is raw text up to the matching end tag, never shown. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'noembed',
  'noframes',
  'xmp',
  'textarea',
  'template',
  'title',
]);

/** Elements whose whole subtree is boilerplate. */
const SKIPPED = new Set([
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'svg',
  'math',
  'select',
  'button',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'map',
  'dialog',
  'menu',
]);

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
]);

const PARAGRAPH = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'table',
  'figure',
  'figcaption',
  'pre',
  'address',
  'fieldset',
  'details',
  'summary',
  'center',
  'hgroup',
  'hr',
  'body',
]);
const LINE = new Set(['br', 'li', 'tr', 'dt', 'dd', 'option', 'caption']);
const CELL = new Set(['td', 'th']);

/** Never skipped for a class or id: they hold the article itself. */
const NEVER_HINT_SKIPPED = new Set(['html', 'body', 'main', 'article', 'h1', 'h2', 'h3']);

/** class/id words of boilerplate blocks, matched as whole hyphen/underscore-separated parts. */
const BOILERPLATE_WORD =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|advert|advertisement|ads|adv|banner|social|share|sharing|related|comments?|breadcrumbs?|menu|navbar|navigation|sidebar|popup|modal|newsletter|subscribe|login|signup|tags|widget|toolbar|sticky-bar|hotline)(?=$|[\s_-])/i;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const BOILERPLATE_ROLE =
  /^(?:navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar)$/i;

function isBoilerplateElement(name: string, attrs: string): boolean {
  if (attrs.length < 4 || NEVER_HINT_SKIPPED.has(name)) return false;
  for (const m of attrs.matchAll(ATTRIBUTE)) {
    const key = m[1].toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    if (key === 'class' || key === 'id') {
      if (BOILERPLATE_WORD.test(value)) return true;
    } else if (key === 'role') {
      if (BOILERPLATE_ROLE.test(value.trim())) return true;
    } else if (key === 'hidden') {
      return true;
    } else if (key === 'aria-hidden') {
      if (value.trim().toLowerCase() === 'true') return true;
    } else if (key === 'style') {
      if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(value)) return true;
    }
  }
  return false;
}

/** Index just past the ">" closing a tag whose name ends at `from`; quotes may hide ">". */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      continue;
    }
    if (c === 0x3e /* > */) return i + 1;
    if ((c === 0x22 || c === 0x27) && afterEquals) {
      quote = c;
      afterEquals = false;
      continue;
    }
    if (c === 0x3d /* = */) afterEquals = true;
    else if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) afterEquals = false;
  }
  // An unbalanced quote: fall back to the first ">".
  const gt = html.indexOf('>', from);
  return gt < 0 ? html.length : gt + 1;
}

const endTagCache = new Map<string, RegExp>();
function endTagPattern(name: string): RegExp {
  let re = endTagCache.get(name);
  if (re === undefined) {
    re = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
    endTagCache.set(name, re);
  }
  return re;
}

function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function readName(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x2d ||
      c === 0x3a ||
      c === 0x5f
    ) {
      i++;
    } else {
      break;
    }
  }
  return i;
}

interface Pass {
  text: string;
  /** Source index of an outermost skipped element left unclosed, or -1. */
  unclosedSkip: number;
  /** Characters of source dropped because of class/id/role hints. */
  hintSkipped: number;
}

function whitespaceToSpace(s: string): string {
  return s.replace(/[\t\n\r\f ]+/g, ' ');
}

/**
 * One tokenizer pass. `keep` holds source indexes of start tags not to skip (unclosed skips
 * found by an earlier pass); `useHints` turns class/id boilerplate detection on.
 */
function pass(html: string, keep: Set<number>, useHints: boolean): Pass {
  const out: string[] = [];
  let title: string | null = null;
  let h1Start = -1;
  let h1End = -1;
  let h1Open = false;
  let skipName = '';
  let skipDepth = 0;
  let skipStart = -1;
  let skipByHint = false;
  let hintSkipped = 0;
  let preDepth = 0;
  let articleDepth = 0;
  let i = 0;
  const n = html.length;

  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && skipDepth === 0) {
      const raw = html.slice(i, textEnd);
      out.push(decodeEntities(preDepth > 0 ? raw : whitespaceToSpace(raw)));
    }
    if (lt < 0) break;
    i = lt;
    const next = html.charCodeAt(lt + 1);

    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      if (html.startsWith('<!--', lt)) {
        const end = html.indexOf('-->', lt + 4);
        i = end < 0 ? n : end + 3;
      } else if (html.startsWith('<![CDATA[', lt)) {
        const end = html.indexOf(']]>', lt + 9);
        if (skipDepth === 0) out.push(html.slice(lt + 9, end < 0 ? n : end));
        i = end < 0 ? n : end + 3;
      } else {
        const end = html.indexOf('>', lt);
        i = end < 0 ? n : end + 1;
      }
      continue;
    }

    const closing = next === 0x2f; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isNameStart(html.charCodeAt(nameStart))) {
      // A bare "<" ("a < b") is text.
      if (skipDepth === 0) out.push('<');
      i = lt + 1;
      continue;
    }
    const nameEnd = readName(html, nameStart);
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const end = tagEnd(html, nameEnd);
    const selfClosing = html.charCodeAt(end - 2) === 0x2f;
    i = end;

    if (closing) {
      if (skipDepth > 0) {
        if (name === skipName && --skipDepth === 0) {
          if (skipByHint) hintSkipped += end - skipStart;
          skipName = '';
          skipStart = -1;
        }
        continue;
      }
      if (name === 'pre' && preDepth > 0) preDepth--;
      if ((name === 'article' || name === 'main') && articleDepth > 0) articleDepth--;
      if (name === 'h1' && h1Open) {
        h1Open = false;
        h1End = out.length;
      }
      if (PARAGRAPH.has(name)) out.push('\n\n');
      else if (LINE.has(name)) out.push('\n');
      else if (CELL.has(name)) out.push(' ');
      continue;
    }

    if (RAW_TEXT.has(name) && !selfClosing) {
      const re = endTagPattern(name);
      re.lastIndex = end;
      const m = re.exec(html);
      if (m === null) continue; // never closed: treat the tag as empty
      if (name === 'title' && title === null && skipDepth === 0) {
        title = whitespaceToSpace(decodeEntities(html.slice(end, m.index))).trim();
      }
      i = tagEnd(html, m.index + 2 + name.length);
      continue;
    }

    if (skipDepth > 0) {
      if (name === skipName && !selfClosing && !VOID.has(name)) skipDepth++;
      continue;
    }

    const attrs = html.slice(nameEnd, end - 1);
    const structural = SKIPPED.has(name) && !(name === 'header' && articleDepth > 0);
    const hinted = !structural && useHints && isBoilerplateElement(name, attrs);
    if ((structural || hinted) && !VOID.has(name) && !selfClosing && !keep.has(lt)) {
      skipName = name;
      skipDepth = 1;
      skipStart = lt;
      skipByHint = hinted;
      continue;
    }

    if (name === 'pre') preDepth++;
    if (name === 'article' || name === 'main') articleDepth++;
    if (PARAGRAPH.has(name)) out.push('\n\n');
    else if (LINE.has(name)) out.push('\n');
    else if (CELL.has(name)) out.push(' ');
    if (name === 'h1' && h1Start < 0) {
      h1Start = out.length;
      h1Open = true;
    }
  }

  if (h1Open) h1End = out.length;
  let heading: string | null = null;
  if (h1Start >= 0) {
    const h = whitespaceToSpace(out.slice(h1Start, h1End).join('')).trim();
    if (h !== '') {
      heading = h;
      for (let k = h1Start; k < h1End; k++) out[k] = '';
    }
  }
  const head = heading ?? title;
  const body = out.join('');
  return {
    text: head ? `${head}\n\n${body}` : body,
    unclosedSkip: skipDepth > 0 ? skipStart : -1,
    hintSkipped,
  };
}

/** Plain text of an HTML page: title line first, then the body's blocks as paragraphs. */
export function htmlToText(html: string): string {
  const keep = new Set<number>();
  let useHints = true;
  let result = pass(html, keep, useHints);
  // An unclosed <nav> or <div class="share"> would swallow the rest of the page: keep it instead.
  for (let retry = 0; retry < 4 && result.unclosedSkip >= 0; retry++) {
    keep.add(result.unclosedSkip);
    result = pass(html, keep, useHints);
  }
  // A page whose article container carries a boilerplate-looking class ("has-sidebar"): if the
  // hints removed far more than they left, they were wrong.
  if (result.hintSkipped > 2000 && result.text.trim().length * 20 < result.hintSkipped) {
    useHints = false;
    result = pass(html, keep, useHints);
  }
  return result.text;
}

/** True when text looks like HTML rather than plain text that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  if (!text.includes('<')) return false;
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (
    /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/.test(
      head,
    )
  )
    return true;
  const sample = text.slice(0, 65536);
  const tags = sample.match(
    /<\/?(?:p|div|br|span|a|li|ul|h[1-6]|table|td|tr|img|strong|em|b|i|section|article|meta|script)\b[^<>]*>/gi,
  );
  return tags !== null && tags.length >= 8 && tags.length * 400 >= sample.length;
}

/**
 * Tags left in plain text (a copy from a web page): paragraph and line tags become line breaks,
 * inline ones disappear. Anything else stays as written.
 */
export function stripStrayTags(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(
    /<\/?(p|br|div|span|b|i|u|strong|em|a|font|li|h[1-6])\b(?:[^<>"']|"[^"]*"|'[^']*')*\/?>/gi,
    (_m, name: string) => {
      const lower = name.toLowerCase();
      if (lower === 'br' || lower === 'li') return '\n';
      if (lower === 'p' || lower === 'div' || lower[0] === 'h') return '\n\n';
      return '';
    },
  );
}
