/**
 * The user's styles part with the plan's cell formats added. Fonts, fills, borders, number formats
 * and cell formats (xf) are appended after the user's own, so every xf index the user's cells use
 * keeps its meaning; each entry is looked up first (by its exact text, a number format by its
 * code) so identical formats are shared and a re-run adds nothing new. The `count` attributes are
 * set to the number of entries. Only the lists that grow are edited; the rest of the part is kept
 * as written.
 */
import type { CellStyle } from '../../appendix/types';
import { PackageEditError } from './splice-parts';
import { applyEdits, elementsIn, findBlock, parseAttributes, rootElement, startTagOf, withAttribute, type Edit } from './splice-xml';
import {
  BUILT_IN_FORMATS,
  FIRST_CUSTOM_FORMAT,
  alignmentXml,
  borderXml,
  defaultStylesXml,
  fillXml,
  fontXml,
  numFmtXml,
  xfXml,
  type DefaultFont,
} from './styles-xml';

/** The lists of CT_Stylesheet, in schema order, and the name of their entries. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
type ListName = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs';
const ENTRY: Record<ListName, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' };

class EntryList {
  readonly index = new Map<string, number>();
  readonly added: string[] = [];
  constructor(readonly existing: number, raws: readonly string[]) {
    raws.forEach((raw, i) => {
      if (!this.index.has(raw)) this.index.set(raw, i);
    });
  }

  /** The index of an entry with this exact text, appended when there is none. */
  idOf(raw: string): number {
    let id = this.index.get(raw);
    if (id === undefined) {
      id = this.existing + this.added.length;
      this.added.push(raw);
      this.index.set(raw, id);
    }
    return id;
  }
}

export class StylesBook {
  private readonly xml: string;
  private readonly p: string;
  private readonly lists = {} as Record<ListName, EntryList>;
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly newFormats: string[] = [];
  private readonly defaultFont: DefaultFont;
  private readonly withStyleXf: boolean;
  private readonly byStyle = new Map<string, number>();
  /** Counts of entries when opened, to tell whether anything was added. */
  private readonly openedSizes: number;

  /** `xml` undefined: the package has no styles part; one is made. */
  constructor(xml: string | undefined) {
    this.xml = xml ?? defaultStylesXml();
    const root = rootElement(this.xml);
    if (!root || root.localName !== 'styleSheet') throw new PackageEditError('the styles part is not a styleSheet');
    this.p = root.prefix;
    for (const name of Object.keys(ENTRY) as ListName[]) {
      const block = findBlock(this.xml, `${this.p}${name}`);
      const raws = block && !block.selfClosing ? elementsIn(this.xml, `${this.p}${ENTRY[name]}`, block.openEnd, block.closeStart).map((s) => s.raw) : [];
      this.lists[name] = new EntryList(raws.length, raws);
    }
    for (const raw of this.lists.numFmts.index.keys()) {
      const attrs = parseAttributes(startTagOf(raw));
      const id = Number(attrs.get('numFmtId'));
      const code = attrs.get('formatCode');
      if (!Number.isInteger(id)) continue;
      if (code !== undefined && !this.formatIds.has(code)) this.formatIds.set(code, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
    this.seedRequiredEntries();
    this.openedSizes = this.size();
    // The font of the workbook's default cell format fills what a plan style leaves unset.
    const firstFont = [...this.lists.fonts.index.keys()][0] ?? '';
    const valOf = (element: string): string | undefined => {
      const tag = new RegExp(`<(?:[\\w.-]+:)?${element}\\s[^>]*>`).exec(firstFont)?.[0];
      return tag === undefined ? undefined : parseAttributes(tag).get('val');
    };
    this.defaultFont = { name: valOf('name') ?? 'Calibri', size: Number(valOf('sz')) || 11 };
    const styleXfs = findBlock(this.xml, `${this.p}cellStyleXfs`);
    this.withStyleXf = !!styleXfs && !styleXfs.selfClosing && elementsIn(this.xml, `${this.p}xf`, styleXfs.openEnd, styleXfs.closeStart).length > 0;
  }

  /** A list a broken part lacks gets the entries index 0 (and fill 1) must be. */
  private seedRequiredEntries(): void {
    const p = this.p;
    if (this.lists.fonts.existing === 0) this.lists.fonts.idOf(`<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`);
    if (this.lists.fills.existing === 0) {
      this.lists.fills.idOf(`<${p}fill><${p}patternFill patternType="none"/></${p}fill>`);
      this.lists.fills.idOf(`<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`);
    }
    if (this.lists.borders.existing === 0) this.lists.borders.idOf(`<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`);
    if (this.lists.cellXfs.existing === 0) this.lists.cellXfs.idOf(`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
  }

  private size(): number {
    return Object.values(this.lists).reduce((n, l) => n + l.added.length, 0) + this.newFormats.length;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS.get(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.formatIds.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formatIds.set(code, id);
      this.newFormats.push(numFmtXml(this.p, id, code));
    }
    return id;
  }

  /** The cellXfs index of a (merged) plan style. */
  xfOf(style: CellStyle): number {
    const key = JSON.stringify(style);
    const known = this.byStyle.get(key);
    if (known !== undefined) return known;
    const p = this.p;
    const font = fontXml(p, style, this.defaultFont);
    const fill = fillXml(p, style);
    const border = borderXml(p, style);
    const xf = xfXml(
      p,
      {
        numFmtId: style.numberFormat === undefined ? 0 : this.formatId(style.numberFormat),
        fontId: font === undefined ? 0 : this.lists.fonts.idOf(font),
        fillId: fill === undefined ? 0 : this.lists.fills.idOf(fill),
        borderId: border === undefined ? 0 : this.lists.borders.idOf(border),
        withStyleXf: this.withStyleXf,
      },
      alignmentXml(p, style),
    );
    const id = this.lists.cellXfs.idOf(xf);
    this.byStyle.set(key, id);
    return id;
  }

  /** The styles part with the new entries, or undefined when nothing had to be added. */
  text(): string | undefined {
    if (this.size() === this.openedSizes) return undefined;
    const edits: Edit[] = [];
    const close = this.xml.lastIndexOf(`</${this.p}styleSheet>`);
    if (close < 0) throw new PackageEditError('the styles part is malformed');
    const insertAt = (name: string): number => {
      for (const later of ORDER.slice(ORDER.indexOf(name) + 1)) {
        const block = findBlock(this.xml, `${this.p}${later}`);
        if (block) return block.start;
      }
      return close;
    };
    const grow = (name: string, added: readonly string[], total: number): void => {
      if (added.length === 0) return;
      const block = findBlock(this.xml, `${this.p}${name}`);
      if (!block) {
        const at = insertAt(name);
        edits.push({ start: at, end: at, text: `<${this.p}${name} count="${total}">${added.join('')}</${this.p}${name}>` });
      } else if (block.selfClosing) {
        const open = withAttribute(block.startTag, 'count', String(total)).replace(/\s*\/>$/, '>');
        edits.push({ start: block.start, end: block.end, text: `${open}${added.join('')}</${this.p}${name}>` });
      } else {
        edits.push({ start: block.start, end: block.openEnd, text: withAttribute(block.startTag, 'count', String(total)) });
        edits.push({ start: block.closeStart, end: block.closeStart, text: added.join('') });
      }
    };
    grow('numFmts', this.newFormats, this.lists.numFmts.existing + this.newFormats.length);
    for (const name of ['fonts', 'fills', 'borders', 'cellXfs'] as const) {
      const list = this.lists[name];
      grow(name, list.added, list.existing + list.added.length);
    }
    return applyEdits(this.xml, edits);
  }
}
