/**
 * Minimal XML text helpers for the few package parts this adapter edits after ExcelJS has
 * written them (workbook.xml defined names, drawings and charts). The parts are machine-written
 * by ExcelJS, so a tag-level scanner is enough; nothing here evaluates the XML.
 */

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return XML_ENTITIES[body] ?? whole;
  });
}

/** Attributes of a start tag's text (`<sheet name="A" r:id="rId1"/>`), values unescaped. */
export function parseAttributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    attrs.set(m[1], unescapeXml(m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** Every start (or empty) tag with the given qualified name, as raw text. */
export function findTags(xml: string, qname: string): string[] {
  const re = new RegExp(`<${qname.replace('.', '\\.')}(?=[\\s/>])[^>]*>`, 'g');
  return xml.match(re) ?? [];
}
