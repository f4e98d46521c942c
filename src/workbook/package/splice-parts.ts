/**
 * Package plumbing of the splicing writer (OPC): part names, relationships parts and
 * [Content_Types].xml, each edited as text (elements inserted or cut out, the rest verbatim).
 */
import {
  XML_DECLARATION,
  applyEdits,
  elementsIn,
  escapeAttr,
  findBlock,
  parseAttributes,
  rootElement,
  startTagOf,
  type Edit,
} from './splice-xml';

export const NS_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const NS_CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const REL = {
  officeDocument: `${OFFICE_REL}/officeDocument`,
  worksheet: `${OFFICE_REL}/worksheet`,
  styles: `${OFFICE_REL}/styles`,
  drawing: `${OFFICE_REL}/drawing`,
  chart: `${OFFICE_REL}/chart`,
  calcChain: `${OFFICE_REL}/calcChain`,
} as const;

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

export class PackageEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageEditError';
  }
}

// --- part names ----------------------------------------------------------------------------

export function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

/** The relationships part of a part: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPartOf(part: string): string {
  const folder = folderOf(part);
  const file = part.slice(folder.length ? folder.length + 1 : 0);
  return `${folder ? `${folder}/` : ''}_rels/${file}.rels`;
}

/** Resolves a relationship target against the folder of its source part ("" for the package root). */
export function resolveTarget(sourceFolder: string, target: string): string {
  const path = target.split('#')[0];
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A target that is not valid percent-encoding is taken as written.
  }
  if (decoded.startsWith('/')) return decoded.slice(1);
  const parts = sourceFolder.split('/').filter(Boolean);
  for (const seg of decoded.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The relative target from a source part's folder to a part: ("xl/worksheets", "xl/drawings/d1.xml") -> "../drawings/d1.xml". */
export function relativeTarget(sourceFolder: string, part: string): string {
  const from = sourceFolder.split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** Part names taken in the package (compared without case, as OPC does), and new ones handed out. */
export class PartNames {
  private readonly taken = new Set<string>();

  constructor(names: readonly string[]) {
    for (const n of names) this.taken.add(n.toLowerCase());
  }

  has(name: string): boolean {
    return this.taken.has(name.toLowerCase());
  }

  /** The first `${stem}${n}${ext}` (n = 1, 2 ...) not taken; it is taken from now on. */
  claim(stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const name = `${stem}${n}${ext}`;
      if (!this.has(name)) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}

// --- relationships -------------------------------------------------------------------------

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  start: number;
  end: number;
}

export function parseRelationshipsPart(xml: string): Relationship[] {
  const prefix = rootElement(xml)?.prefix ?? '';
  return elementsIn(xml, `${prefix}Relationship`).map((span) => {
    const attrs = parseAttributes(startTagOf(span.raw));
    return {
      id: attrs.get('Id') ?? '',
      type: attrs.get('Type') ?? '',
      target: attrs.get('Target') ?? '',
      external: attrs.get('TargetMode') === 'External',
      start: span.start,
      end: span.end,
    };
  });
}

export interface NewRelationship {
  id: string;
  type: string;
  target: string;
}

function relationshipElement(prefix: string, rel: NewRelationship): string {
  return `<${prefix}Relationship Id="${escapeAttr(rel.id)}" Type="${escapeAttr(rel.type)}" Target="${escapeAttr(rel.target)}"/>`;
}

/** A new relationships part. */
export function relationshipsXml(rels: readonly NewRelationship[]): string {
  return `${XML_DECLARATION}<Relationships xmlns="${NS_RELATIONSHIPS}">${rels.map((r) => relationshipElement('', r)).join('')}</Relationships>`;
}

/** An existing relationships part, edited: some relationships removed, some added at the end. */
export class RelationshipsEditor {
  readonly rels: Relationship[];
  private readonly prefix: string;
  private readonly removed = new Set<string>();
  private readonly added: NewRelationship[] = [];

  constructor(private readonly xml: string, private readonly partName: string) {
    const root = rootElement(xml);
    if (!root || root.localName !== 'Relationships') throw new PackageEditError(`${partName} is not a relationships part`);
    this.prefix = root.prefix;
    this.rels = parseRelationshipsPart(xml);
  }

  get changed(): boolean {
    return this.removed.size > 0 || this.added.length > 0;
  }

  ids(): Set<string> {
    return new Set([...this.rels.map((r) => r.id), ...this.added.map((r) => r.id)]);
  }

  /** A relationship id not used in this part: rId<n>. */
  freeId(): string {
    const ids = this.ids();
    for (let n = this.rels.length + this.added.length + 1; ; n++) if (!ids.has(`rId${n}`)) return `rId${n}`;
  }

  add(type: string, target: string, id = this.freeId()): string {
    this.added.push({ id, type, target });
    return id;
  }

  remove(id: string): void {
    this.removed.add(id);
  }

  text(): string {
    const edits: Edit[] = [];
    for (const r of this.rels) if (this.removed.has(r.id)) edits.push({ start: r.start, end: r.end, text: '' });
    if (this.added.length) {
      const block = findBlock(this.xml, `${this.prefix}Relationships`);
      if (!block) throw new PackageEditError(`${this.partName} is malformed`);
      const items = this.added.map((r) => relationshipElement(this.prefix, r)).join('');
      if (block.selfClosing) {
        const open = block.startTag.replace(/\s*\/>$/, '>');
        edits.push({ start: block.start, end: block.end, text: `${open}${items}</${this.prefix}Relationships>` });
      } else {
        edits.push({ start: block.closeStart, end: block.closeStart, text: items });
      }
    }
    return applyEdits(this.xml, edits);
  }
}

// --- content types -------------------------------------------------------------------------

/** [Content_Types].xml, edited: overrides removed and added, defaults added. */
export class ContentTypesEditor {
  private readonly prefix: string;
  private readonly overrides: { part: string; start: number; end: number }[];
  private readonly defaults: Set<string>;
  private readonly removed = new Set<string>();
  private readonly added: string[] = [];

  constructor(private readonly xml: string) {
    const root = rootElement(xml);
    if (!root || root.localName !== 'Types') throw new PackageEditError('[Content_Types].xml is malformed');
    this.prefix = root.prefix;
    this.overrides = elementsIn(xml, `${this.prefix}Override`).map((span) => ({
      part: (parseAttributes(startTagOf(span.raw)).get('PartName') ?? '').replace(/^\//, '').toLowerCase(),
      start: span.start,
      end: span.end,
    }));
    this.defaults = new Set(
      elementsIn(xml, `${this.prefix}Default`).map((span) => (parseAttributes(startTagOf(span.raw)).get('Extension') ?? '').toLowerCase()),
    );
  }

  get changed(): boolean {
    return this.removed.size > 0 || this.added.length > 0;
  }

  /** Sets the content type of a part (its old override, if any, is replaced). */
  setOverride(part: string, contentType: string): void {
    this.removeOverride(part);
    this.added.push(`<${this.prefix}Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`);
  }

  removeOverride(part: string): void {
    const lower = part.toLowerCase();
    if (this.overrides.some((o) => o.part === lower)) this.removed.add(lower);
  }

  ensureDefault(extension: string, contentType: string): void {
    if (this.defaults.has(extension.toLowerCase())) return;
    this.defaults.add(extension.toLowerCase());
    this.added.unshift(`<${this.prefix}Default Extension="${escapeAttr(extension)}" ContentType="${escapeAttr(contentType)}"/>`);
  }

  text(): string {
    const edits: Edit[] = [];
    for (const o of this.overrides) if (this.removed.has(o.part)) edits.push({ start: o.start, end: o.end, text: '' });
    if (this.added.length) {
      const block = findBlock(this.xml, `${this.prefix}Types`);
      if (!block || block.selfClosing) throw new PackageEditError('[Content_Types].xml is malformed');
      edits.push({ start: block.closeStart, end: block.closeStart, text: this.added.join('') });
    }
    return applyEdits(this.xml, edits);
  }
}
