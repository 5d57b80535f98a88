// What `check` looks at in a PDF before upload (docs/proceedings.md): the datatracker's own limits
// (size, title), which refuse an upload, and house rules (slide numbers, 16:9, text), which keep
// slides readable in the proceedings and in the room but which the datatracker does not enforce.
import { MAX_TITLE_CHARS, MAX_UPLOAD_BYTES, outsideBmp } from '../ietf/upload-rules.js';
import type { PdfFacts } from './pdf-info.js';

/** How far a page may be from 16:9 (relative): Chromium rounds page sizes to whole points. */
const RATIO_TOLERANCE = 0.01;
/** Slide numbers sit in the page's top or bottom band, never in the middle of the content. */
const NUMBER_BAND = 0.2;

export interface RuleResult {
  rule: 'size' | 'title' | 'slide numbers' | '16:9' | 'text';
  /** the datatracker's limit (an upload over it is refused), or a house rule of wgdeck's */
  source: 'datatracker' | 'house';
  ok: boolean;
  /** passed, but worth a look: e.g. 4:3 pages, which the datatracker takes and the room's screens crop */
  warning?: boolean;
  detail: string;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "1, 2, 5 and 9 more": the first pages of a list, enough to find them. */
function pageList(pages: number[]): string {
  const shown = pages.slice(0, 8).join(', ');
  return pages.length > 8 ? `${shown} and ${pages.length - 8} more` : shown;
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function sizeRule(f: PdfFacts): RuleResult {
  const detail = `${f.bytes.toLocaleString('en')} bytes (limit ${MAX_UPLOAD_BYTES.toLocaleString('en')})`;
  return {
    rule: 'size',
    source: 'datatracker',
    ok: f.bytes <= MAX_UPLOAD_BYTES,
    detail: f.bytes <= MAX_UPLOAD_BYTES ? detail : `too large: ${detail}`,
  };
}

function titleRule(f: PdfFacts): RuleResult {
  const title = f.title?.trim() ?? '';
  if (title === '')
    return {
      rule: 'title',
      source: 'datatracker',
      ok: false,
      detail: 'the PDF has no title (document properties, Title)',
    };
  const problems: string[] = [];
  const length = [...title].length;
  if (length > MAX_TITLE_CHARS) problems.push(`${length} characters, more than ${MAX_TITLE_CHARS}`);
  const wide = outsideBmp(title);
  if (wide.length > 0) {
    const shown = [...new Set(wide)].map((c) => `${c} (${codePoint(c)})`).join(', ');
    problems.push(`characters above U+FFFF, which the datatracker refuses: ${shown}`);
  }
  return {
    rule: 'title',
    source: 'datatracker',
    ok: problems.length === 0,
    detail: problems.length === 0 ? `"${title}"` : `"${title}": ${problems.join('; ')}`,
  };
}

/** Each page after the first shows its own number as a word near its top or bottom edge. */
function numbersRule(f: PdfFacts): RuleResult {
  if (f.pages.length < 2)
    return { rule: 'slide numbers', source: 'house', ok: true, detail: 'a single page needs none' };
  const missing = f.pages.flatMap((page, i) => {
    if (i === 0) return [];
    const n = new RegExp(`(?<!\\d)${i + 1}(?!\\d)`);
    const inBand = page.words.some(
      (w) => n.test(w.text) && (w.yMax <= page.height * NUMBER_BAND || w.yMin >= page.height * (1 - NUMBER_BAND)),
    );
    return inBand ? [] : [i + 1];
  });
  return missing.length === 0
    ? { rule: 'slide numbers', source: 'house', ok: true, detail: `pages 2 to ${f.pages.length} show their numbers` }
    : {
        rule: 'slide numbers',
        source: 'house',
        ok: false,
        detail:
          `no slide number on ${plural(missing.length, 'page')} ${pageList(missing)} ` +
          "(the datatracker's upload form asks for numbered slides)",
      };
}

function ratioRule(f: PdfFacts): RuleResult {
  if (f.pages.length === 0) return { rule: '16:9', source: 'house', ok: false, detail: 'the PDF has no pages' };
  const pt = (p: { width: number; height: number }) => `${Math.round(p.width)} x ${Math.round(p.height)} pt`;
  const off = f.pages.flatMap((p, i) => (Math.abs(p.width / p.height / (16 / 9) - 1) > RATIO_TOLERANCE ? [i + 1] : []));
  if (off.length === 0)
    return { rule: '16:9', source: 'house', ok: true, detail: `${plural(f.pages.length, 'page')}, ${pt(f.pages[0]!)}` };
  // The datatracker takes any page size; the rooms' screens and the templates are 16:9.
  const detail =
    `${plural(off.length, 'page')} not 16:9: ${pageList(off)} (page ${off[0]} ` +
    `is ${pt(f.pages[off[0]! - 1]!)}); the room's screens are 16:9`;
  return { rule: '16:9', source: 'house', ok: true, warning: true, detail };
}

/** Text a reader can search and copy: a page without any is a picture of a slide. */
function textRule(f: PdfFacts): RuleResult {
  const empty = f.pages.flatMap((p, i) => (p.words.length === 0 ? [i + 1] : []));
  return empty.length === 0
    ? { rule: 'text', source: 'house', ok: true, detail: 'every page has extractable text' }
    : {
        rule: 'text',
        source: 'house',
        ok: false,
        detail: `no extractable text on ${plural(empty.length, 'page')} ${pageList(empty)} (images only?)`,
      };
}

export function checkPdf(facts: PdfFacts): RuleResult[] {
  return [sizeRule(facts), titleRule(facts), numbersRule(facts), ratioRule(facts), textRule(facts)];
}
