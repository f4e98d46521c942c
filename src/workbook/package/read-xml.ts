/**
 * The few XML facts the package reader needs, found with indexOf and charCodeAt over the part's
 * text: the root element (its namespace prefix and namespace), start tags and their attributes
 * (quote-aware), element text with entities and CDATA decoded, SpreadsheetML's `_xHHHH_` escapes,
 * and the text of a string item (`<t>`, rich text runs `<r><t>`, phonetic runs `<rPh>` left out).
 * Nothing here builds a tree; the parts are machine-written, but by many programs, so namespace
 * prefixes (`<x:c>`) and single-quoted attributes are accepted.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function fromCode(code: number, whole: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** Decodes the XML entities of text (&amp; &lt; &gt; &quot; &apos; &#NN; &#xNN;). */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, body: string) => {
    if (body[0] !== '#') return NAMED[body] ?? whole;
    return fromCode(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10), whole);
  });
}

/** SpreadsheetML's escape of characters XML cannot hold: `_x000D_` -> CR, `_x005F_` -> `_`. */
export function decodeEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text content of xml[from, to): entities decoded, CDATA sections kept, comments dropped. */
export function xmlText(xml: string, from: number, to: number): string {
  const raw = xml.slice(from, to);
  if (raw.indexOf('<') < 0) return decodeEntities(raw);
  let out = '';
  let at = 0;
  while (at < raw.length) {
    const lt = raw.indexOf('<', at);
    if (lt < 0) {
      out += decodeEntities(raw.slice(at));
      break;
    }
    out += decodeEntities(raw.slice(at, lt));
    if (raw.startsWith('<![CDATA[', lt)) {
      const end = raw.indexOf(']]>', lt);
      out += raw.slice(lt + 9, end < 0 ? raw.length : end);
      at = end < 0 ? raw.length : end + 3;
    } else if (raw.startsWith('<!--', lt)) {
      const end = raw.indexOf('-->', lt);
      at = end < 0 ? raw.length : end + 3;
    } else {
      const end = raw.indexOf('>', lt);
      at = end < 0 ? raw.length : end + 1;
    }
  }
  return out;
}

const isNameEnd = (code: number): boolean => code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;

/** Does a start tag named `qname` begin at `lt` (the "<")? ("<c " yes, "<col " no for "c") */
export function isStartTag(xml: string, lt: number, qname: string): boolean {
  return xml.startsWith(qname, lt + 1) && isNameEnd(xml.charCodeAt(lt + 1 + qname.length));
}

/** Index of the ">" closing the tag that starts at `lt`, quotes respected; -1 when cut off. */
export function tagEnd(xml: string, lt: number): number {
  for (let at = lt + 1; at < xml.length; at++) {
    const c = xml.charCodeAt(at);
    if (c === 62) return at;
    if (c === 34 || c === 39) {
      const close = xml.indexOf(c === 34 ? '"' : "'", at + 1);
      if (close < 0) return -1;
      at = close;
    }
  }
  return -1;
}

/** Attributes of the start tag xml[lt, gt], values with entities decoded. */
export function attributesOf(xml: string, lt: number, gt: number): Map<string, string> {
  const attrs = new Map<string, string>();
  let at = lt + 1;
  while (at < gt && !isNameEnd(xml.charCodeAt(at))) at++;
  for (;;) {
    const eq = xml.indexOf('=', at);
    if (eq < 0 || eq > gt) return attrs;
    const name = xml.slice(at, eq).trim();
    let q = eq + 1;
    while (q < gt && xml[q] !== '"' && xml[q] !== "'") q++;
    if (q >= gt) return attrs;
    const end = xml.indexOf(xml[q], q + 1);
    if (end < 0 || end > gt) return attrs;
    attrs.set(name, decodeEntities(xml.slice(q + 1, end)));
    at = end + 1;
  }
}

export interface XmlElement {
  attrs: Map<string, string>;
  /** Where its start tag begins ("<") and ends (">"). */
  start: number;
  tagEnd: number;
  /** Where its content ends (the "<" of its end tag); equal to tagEnd + 1 when it is empty. */
  contentEnd: number;
  /** Just after the element. */
  end: number;
}

/** The element `qname` whose start tag begins at `lt`: its attributes and extent. */
function elementAt(xml: string, lt: number, qname: string, limit: number): XmlElement | undefined {
  const gt = tagEnd(xml, lt);
  if (gt < 0 || gt >= limit) return undefined;
  const attrs = attributesOf(xml, lt, gt);
  if (xml.charCodeAt(gt - 1) === 47) return { attrs, start: lt, tagEnd: gt, contentEnd: gt + 1, end: gt + 1 };
  const close = xml.indexOf(`</${qname}`, gt + 1);
  if (close < 0 || close >= limit) return { attrs, start: lt, tagEnd: gt, contentEnd: limit, end: limit };
  const closeGt = xml.indexOf('>', close);
  return { attrs, start: lt, tagEnd: gt, contentEnd: close, end: closeGt < 0 ? limit : closeGt + 1 };
}

/** Every element `qname` in xml[from, to), in order (elements of that name are not nested). */
export function elements(xml: string, qname: string, from = 0, to = xml.length): XmlElement[] {
  const found: XmlElement[] = [];
  const open = `<${qname}`;
  let at = from;
  for (;;) {
    const lt = xml.indexOf(open, at);
    if (lt < 0 || lt >= to) return found;
    if (!isNameEnd(xml.charCodeAt(lt + open.length))) {
      at = lt + open.length;
      continue;
    }
    const el = elementAt(xml, lt, qname, to);
    if (!el) return found;
    found.push(el);
    at = el.end;
  }
}

/** The first element `qname` in xml[from, to), or undefined. */
export function firstElement(xml: string, qname: string, from = 0, to = xml.length): XmlElement | undefined {
  const open = `<${qname}`;
  let at = from;
  for (;;) {
    const lt = xml.indexOf(open, at);
    if (lt < 0 || lt >= to) return undefined;
    if (isNameEnd(xml.charCodeAt(lt + open.length))) return elementAt(xml, lt, qname, to);
    at = lt + open.length;
  }
}

export interface RootElement {
  /** Local name ("worksheet"). */
  name: string;
  /** The namespace prefix with its colon ("x:"), or "" when there is none. */
  prefix: string;
  /** The namespace of the root element's name. */
  namespace: string | undefined;
  attrs: Map<string, string>;
  tagEnd: number;
}

/** The document element, skipping the XML declaration, comments and a doctype. */
export function rootElement(xml: string): RootElement | undefined {
  let at = 0;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) return undefined;
    const next = xml[lt + 1];
    if (next === '?' || next === '!') {
      const end = xml.startsWith('<!--', lt) ? xml.indexOf('-->', lt) : xml.indexOf('>', lt);
      if (end < 0) return undefined;
      at = end + 1;
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (gt < 0) return undefined;
    let nameEnd = lt + 1;
    while (nameEnd < gt && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
    const qname = xml.slice(lt + 1, nameEnd);
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon + 1);
    const attrs = attributesOf(xml, lt, gt);
    const namespace = attrs.get(prefix ? `xmlns:${prefix.slice(0, -1)}` : 'xmlns');
    return { name: qname.slice(colon + 1), prefix, namespace, attrs, tagEnd: gt };
  }
}

/**
 * The text of a string item (a shared string `<si>` or an inline string `<is>`) whose content is
 * xml[from, to): its `<t>` elements in order, those of rich text runs included, those of
 * phonetic runs (`<rPh>`, the reading of East Asian text) left out; `_xHHHH_` escapes decoded.
 */
export function stringItemText(xml: string, from: number, to: number, prefix: string): string {
  const t = `${prefix}t`;
  const rPh = `${prefix}rPh`;
  let out = '';
  let at = from;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0 || lt >= to) break;
    if (isStartTag(xml, lt, t)) {
      const gt = tagEnd(xml, lt);
      if (gt < 0 || gt >= to) break;
      if (xml.charCodeAt(gt - 1) === 47) { at = gt + 1; continue; }
      const close = xml.indexOf(`</${t}>`, gt + 1);
      const stop = close < 0 || close > to ? to : close;
      out += xmlText(xml, gt + 1, stop);
      at = stop;
      continue;
    }
    if (isStartTag(xml, lt, rPh)) {
      const close = xml.indexOf(`</${rPh}>`, lt);
      const gt = tagEnd(xml, lt);
      at = gt >= 0 && xml.charCodeAt(gt - 1) === 47 ? gt + 1 : close < 0 ? to : close + rPh.length + 3;
      continue;
    }
    const gt = tagEnd(xml, lt);
    at = gt < 0 ? to : gt + 1;
  }
  return decodeEscapes(out);
}
