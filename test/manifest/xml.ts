/**
 * A small XML reader for the manifest test: elements, attributes and text, with the five
 * predefined entities and character references. Enough for an add-in manifest (no DTD, no CDATA);
 * anything else it meets is an error, so a malformed manifest fails the test.
 */
export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  /** Name without prefix, e.g. "Image". */
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const named = ENTITIES[ref];
    if (named === undefined) throw new Error(`Unknown entity ${whole}`);
    return named;
  });
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (msg: string): never => {
    const line = source.slice(0, i).split('\n').length;
    throw new Error(`XML error at line ${line}: ${msg}`);
  };
  while (i < source.length) {
    if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i);
      if (end < 0) fail('unterminated declaration');
      i = end + 2;
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i);
      if (end < 0) fail('unterminated comment');
      // XML forbids "--" inside a comment (office-addin-manifest's parser refuses the file).
      if (source.slice(i + 4, end).includes('--')) fail('"--" inside a comment');
      i = end + 3;
    } else if (source.startsWith('<!', i)) {
      fail('DTD and CDATA are not expected in a manifest');
    } else if (source.startsWith('</', i)) {
      const end = source.indexOf('>', i);
      const name = source.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) fail(`closing </${name}> does not match <${open?.name}>`);
      i = end + 1;
    } else if (source[i] === '<') {
      const m = /^<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(source.slice(i));
      if (!m) fail('malformed start tag');
      const [whole, name, attrText, selfClosing] = m as RegExpExecArray;
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1] in attrs) fail(`duplicate attribute ${a[1]}`);
        attrs[a[1]] = decode(a[2] ?? a[3] ?? '');
      }
      const el: XmlElement = { name, local: name.includes(':') ? name.split(':')[1] : name, attrs, children: [], text: '' };
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else if (root) fail('more than one root element');
      else root = el;
      if (!selfClosing) stack.push(el);
      i += whole.length;
    } else {
      const end = source.indexOf('<', i);
      const text = source.slice(i, end < 0 ? source.length : end);
      if (stack.length > 0) stack[stack.length - 1].text += decode(text);
      else if (text.trim() !== '') fail('text outside the root element');
      i = end < 0 ? source.length : end;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1].name}> is not closed`);
  if (!root) fail('no root element');
  return root as XmlElement;
}

/** Children with this local name. */
export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}

export function child(el: XmlElement, local: string): XmlElement {
  const found = childrenNamed(el, local);
  if (found.length !== 1) throw new Error(`<${el.name}> has ${found.length} <${local}>, expected 1`);
  return found[0];
}

/** Every element of the tree, depth first. */
export function descendants(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(descendants)];
}
