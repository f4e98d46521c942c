/**
 * xl/workbook.xml as the splicing writer sees it: the sheet list (name, sheetId, relationship id,
 * place in the text) and where the defined names go. Edits are collected and applied to the text
 * at the end, so every other character of the part stays as it was.
 */
import { PackageEditError } from './splice-parts';
import {
  applyEdits,
  elementsIn,
  escapeAttr,
  findBlock,
  parseAttributes,
  prefixOf,
  rootElement,
  startTagOf,
  withAttribute,
  type Block,
  type Edit,
} from './splice-xml';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_MAIN_STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** The <sheet> element's place in the text (undefined for a sheet added by this edit). */
  start?: number;
  end?: number;
  raw?: string;
}

/** Elements of CT_Workbook that follow <definedNames>, in schema order. */
const AFTER_DEFINED_NAMES = [
  'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes',
  'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
];

export class WorkbookXml {
  /** "x:" when the part writes SpreadsheetML with a prefix. */
  readonly prefix: string;
  /** Prefix of the relationships namespace ("r:"); undefined when the root does not bind it. */
  private readonly relPrefix: string | undefined;
  readonly sheets: WorkbookSheet[];
  private readonly sheetsBlock: Block;
  private readonly edits: Edit[] = [];
  private readonly appended: string[] = [];

  constructor(readonly xml: string, readonly partName: string) {
    const root = rootElement(xml);
    if (!root || root.localName !== 'workbook') throw new PackageEditError(`${partName} is not a workbook part`);
    if (xml.includes(NS_MAIN_STRICT)) throw new PackageEditError(`${partName} is Strict Open XML, which this writer does not add sheets to`);
    if (prefixOf(xml, NS_MAIN) === undefined) throw new PackageEditError(`${partName} has no SpreadsheetML namespace`);
    this.prefix = root.prefix;
    const relPrefix = prefixOf(root.tag, NS_R);
    this.relPrefix = relPrefix === '' ? undefined : relPrefix;
    const block = findBlock(xml, `${this.prefix}sheets`);
    if (!block) throw new PackageEditError(`${partName} has no <sheets>`);
    this.sheetsBlock = block;
    this.sheets = elementsIn(xml, `${this.prefix}sheet`, block.openEnd, block.closeStart).map((span) => {
      const attrs = parseAttributes(startTagOf(span.raw));
      const relId = [...attrs].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1] ?? '';
      return { name: attrs.get('name') ?? '', sheetId: Number(attrs.get('sheetId')), relId, start: span.start, end: span.end, raw: span.raw };
    });
  }

  /** A sheetId no sheet has. */
  freeSheetId(): number {
    return Math.max(0, ...this.sheets.map((s) => (Number.isFinite(s.sheetId) ? s.sheetId : 0))) + 1;
  }

  /** Renames a sheet of the file, keeping its element otherwise as written. */
  rename(index: number, name: string): void {
    const sheet = this.sheets[index];
    if (sheet.raw === undefined || sheet.start === undefined || sheet.end === undefined) {
      throw new PackageEditError('only sheets of the file are renamed in place');
    }
    if (sheet.name === name) return;
    const tag = startTagOf(sheet.raw);
    this.edits.push({ start: sheet.start, end: sheet.start + tag.length, text: withAttribute(tag, 'name', name) });
    sheet.name = name;
  }

  /** Appends a sheet at the end of the tab order; returns its index. */
  addSheet(name: string, relId: string): number {
    const sheetId = this.freeSheetId();
    const rel = this.relPrefix ?? 'r:';
    const declare = this.relPrefix === undefined ? ` xmlns:r="${NS_R}"` : '';
    this.appended.push(`<${this.prefix}sheet${declare} name="${escapeAttr(name)}" sheetId="${sheetId}" ${rel}id="${escapeAttr(relId)}"/>`);
    this.sheets.push({ name, sheetId, relId });
    return this.sheets.length - 1;
  }

  /** Records a raw edit of the text (defined names). */
  edit(edit: Edit): void {
    this.edits.push(edit);
  }

  /** Where a new <definedNames> element goes: after sheets, functionGroups and externalReferences. */
  definedNamesInsertAt(): number {
    const next = AFTER_DEFINED_NAMES.map((n) => findBlock(this.xml, `${this.prefix}${n}`, this.sheetsBlock.end)?.start)
      .filter((at): at is number => at !== undefined);
    if (next.length) return Math.min(...next);
    const close = this.xml.lastIndexOf(`</${this.prefix}workbook>`);
    if (close < 0) throw new PackageEditError(`${this.partName} is malformed`);
    return close;
  }

  text(): string {
    const edits = [...this.edits];
    if (this.appended.length) {
      const block = this.sheetsBlock;
      if (block.selfClosing) {
        const open = block.startTag.replace(/\s*\/>$/, '>');
        edits.push({ start: block.start, end: block.end, text: `${open}${this.appended.join('')}</${this.prefix}sheets>` });
      } else {
        edits.push({ start: block.closeStart, end: block.closeStart, text: this.appended.join('') });
      }
    }
    return applyEdits(this.xml, edits);
  }
}
