/**
 * Text-level XML helpers of the splicing writer. The parts it edits (workbook.xml, .rels,
 * [Content_Types].xml, styles.xml) are edited as text: elements are found, cut out or inserted,
 * and everything else is kept character for character. A tag's attributes may hold ">" inside
 * quotes (number formats like "[>=100]0"), so tags are matched quote-aware. Comments and CDATA
 * inside these parts are not expected (no writer puts them there) and are not looked into.
 */
import { parseAttributes } from '../xlsx/xml-text';

export { parseAttributes };

/** The inside of a start tag after its name: attributes, quote-aware. */
const TAG_BODY = `(?:[^>"']|"[^"]*"|'[^']*')*`;

/** Escapes text for element content. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for an attribute value in double quotes (whitespace kept as character references). */
export function escapeAttr(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface RootElement {
  /** "x:" when the root is written with a prefix, else "". */
  prefix: string;
  localName: string;
  /** The root's start tag, as written. */
  tag: string;
}

/** The document element (after the XML declaration, comments and a doctype). */
export function rootElement(xml: string): RootElement | undefined {
  const re = new RegExp(`<([A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)${TAG_BODY}>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const before = xml[m.index + 1];
    if (before === '?' || before === '!') continue;
    return { prefix: m[1] ?? '', localName: m[2], tag: m[0] };
  }
  return undefined;
}

/** The prefix bound to a namespace URI on the root (or anywhere), "" when it is the default, undefined when unbound. */
export function prefixOf(xml: string, uri: string): string | undefined {
  const root = rootElement(xml);
  const look = (text: string): string | undefined => {
    const m = new RegExp(`\\sxmlns(?::([\\w.-]+))?\\s*=\\s*["']${escapeRegExp(uri)}["']`).exec(text);
    if (!m) return undefined;
    return m[1] === undefined ? '' : `${m[1]}:`;
  };
  return (root && look(root.tag)) ?? look(xml);
}

/** Where an element sits in the text. */
export interface Span {
  start: number;
  end: number;
  /** The raw text of the element (start tag to end tag, or the empty-element tag). */
  raw: string;
}

export interface Block extends Span {
  /** End of the start tag (where children may be inserted first). */
  openEnd: number;
  /** Start of the end tag (where children are appended); equals `openEnd` for an empty-element tag. */
  closeStart: number;
  selfClosing: boolean;
  /** The start tag as written. */
  startTag: string;
}

/**
 * The first element named `qname` (e.g. "sheets", "x:fonts") at or after `from`. Assumes the
 * element does not contain another of the same name (true of every element looked up here).
 */
export function findBlock(xml: string, qname: string, from = 0): Block | undefined {
  const re = new RegExp(`<${escapeRegExp(qname)}(?=[\\s/>])${TAG_BODY}>`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return undefined;
  const start = m.index;
  const openEnd = start + m[0].length;
  if (m[0].endsWith('/>')) {
    return { start, end: openEnd, raw: m[0], openEnd, closeStart: openEnd, selfClosing: true, startTag: m[0] };
  }
  const close = `</${qname}>`;
  const closeStart = xml.indexOf(close, openEnd);
  if (closeStart < 0) return undefined;
  const end = closeStart + close.length;
  return { start, end, raw: xml.slice(start, end), openEnd, closeStart, selfClosing: false, startTag: m[0] };
}

/** Every element named `qname` between `from` and `to`, with its place (no nesting of the same name). */
export function elementsIn(xml: string, qname: string, from = 0, to = xml.length): Span[] {
  const q = escapeRegExp(qname);
  const re = new RegExp(`<${q}(?=[\\s/>])${TAG_BODY}/>|<${q}(?=[\\s/>])${TAG_BODY}>[\\s\\S]*?</${q}>`, 'g');
  re.lastIndex = from;
  const out: Span[] = [];
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0] });
  }
  return out;
}

/** The start tag of an element's raw text. */
export function startTagOf(raw: string): string {
  const m = new RegExp(`^<[^\\s/>]+${TAG_BODY}>`).exec(raw);
  return m ? m[0] : raw;
}

/** The text between an element's start and end tags ("" for an empty element). */
export function contentOf(raw: string): string {
  const tag = startTagOf(raw);
  if (tag.endsWith('/>')) return '';
  const close = raw.lastIndexOf('</');
  return close >= tag.length ? raw.slice(tag.length, close) : '';
}

/** The start tag with one attribute set (replaced in place when present, else appended). */
export function withAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${escapeRegExp(name)}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, (_whole, lead: string) => `${lead}"${escapeAttr(value)}"`);
  const at = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, at)} ${name}="${escapeAttr(value)}"${tag.slice(at)}`;
}

/** A text edit: the characters [start, end) replaced by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits; inserts at the same place keep their order. */
export function applyEdits(xml: string, edits: readonly Edit[]): string {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error('overlapping edits of an XML part');
    parts.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(xml.slice(at));
  return parts.join('');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
