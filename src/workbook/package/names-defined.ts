/**
 * The defined names of workbook.xml as the splicing writer changes them (src/workbook/ownership.md):
 * the marks CCHC_OWNED.<enc(key)> of the sheets written (workbook scope, with the comment,
 * hidden), the print titles of the sheets written (_xlnm.Print_Titles, scoped to the sheet), and
 * the names scoped to a result sheet that is replaced dropped. Every other name is kept as written,
 * character for character, in its place.
 */
import {
  OWNED_NAME_COMMENT,
  keyFromOwnedName,
  ownedNameForKey,
  ownedNameFormula,
  quoteSheetName,
} from '../office/ownership';
import type { WorkbookXml } from './splice-workbook';
import { contentOf, elementsIn, escapeAttr, escapeText, findBlock, parseAttributes, startTagOf } from './splice-xml';
import { unescapeXml } from '../xlsx/xml-text';

export interface DefinedName {
  name: string;
  localSheetId?: number;
  /** Formula text, unescaped, without "=". */
  formula: string;
  start: number;
  end: number;
}

export function parseDefinedNames(wb: WorkbookXml): DefinedName[] {
  const block = findBlock(wb.xml, `${wb.prefix}definedNames`);
  if (!block || block.selfClosing) return [];
  return elementsIn(wb.xml, `${wb.prefix}definedName`, block.openEnd, block.closeStart).map((span) => {
    const attrs = parseAttributes(startTagOf(span.raw));
    const local = attrs.get('localSheetId');
    return {
      name: attrs.get('name') ?? '',
      localSheetId: local === undefined ? undefined : Number(local),
      formula: unescapeXml(contentOf(span.raw)),
      start: span.start,
      end: span.end,
    };
  });
}

/** The formula (without "=") of the workbook-scoped mark of each key, as stored. */
export function ownershipMarks(names: readonly DefinedName[]): Map<string, string> {
  const marks = new Map<string, string>();
  for (const n of names) {
    if (n.localSheetId !== undefined) continue;
    const key = keyFromOwnedName(n.name);
    if (key !== undefined && !marks.has(key)) marks.set(key, n.formula);
  }
  return marks;
}

/** Rows repeated on every printed page (0-based, inclusive) as a print-titles formula. */
export function printTitlesFormula(sheetName: string, first: number, last: number): string {
  return `${quoteSheetName(sheetName)}!$${first + 1}:$${last + 1}`;
}

/** Collects the name changes of one splice and writes them into workbook.xml's text. */
export class DefinedNamesEditor {
  private readonly names: DefinedName[];
  private readonly marks = new Map<string, string>();
  private readonly dropScopes = new Set<number>();
  private readonly printTitles = new Map<number, string>();

  constructor(private readonly wb: WorkbookXml) {
    this.names = parseDefinedNames(wb);
  }

  /** The marks as they stand in the file, by key. */
  existingMarks(): Map<string, string> {
    return ownershipMarks(this.names);
  }

  /** (Re)points the mark of `key` at A1 of `sheetName`. */
  mark(key: string, sheetName: string): void {
    this.marks.set(key, sheetName);
  }

  /** Drops every name scoped to the sheet at `index` (a result sheet being replaced). */
  dropScope(index: number): void {
    this.dropScopes.add(index);
  }

  printTitlesOf(index: number, sheetName: string, rows: { first: number; last: number }): void {
    this.printTitles.set(index, printTitlesFormula(sheetName, rows.first, rows.last));
  }

  /** Records the edits into the workbook part. */
  apply(): void {
    const p = this.wb.prefix;
    const markNames = new Set([...this.marks.keys()].map((k) => ownedNameForKey(k).toUpperCase()));
    const removed = this.names.filter((n) =>
      n.localSheetId === undefined
        ? markNames.has(n.name.toUpperCase())
        : this.dropScopes.has(n.localSheetId) || (this.printTitles.has(n.localSheetId) && n.name.toUpperCase() === '_XLNM.PRINT_TITLES'),
    );
    const added: string[] = [];
    for (const [key, sheetName] of this.marks) {
      const formula = ownedNameFormula(sheetName).slice(1);
      added.push(`<${p}definedName name="${escapeAttr(ownedNameForKey(key))}" comment="${escapeAttr(OWNED_NAME_COMMENT)}" hidden="1">${escapeText(formula)}</${p}definedName>`);
    }
    for (const [index, formula] of [...this.printTitles].sort((a, b) => a[0] - b[0])) {
      added.push(`<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(formula)}</${p}definedName>`);
    }
    for (const n of removed) this.wb.edit({ start: n.start, end: n.end, text: '' });
    if (added.length === 0) return;
    const block = findBlock(this.wb.xml, `${p}definedNames`);
    if (block && !block.selfClosing) {
      this.wb.edit({ start: block.closeStart, end: block.closeStart, text: added.join('') });
    } else if (block) {
      const open = block.startTag.replace(/\s*\/>$/, '>');
      this.wb.edit({ start: block.start, end: block.end, text: `${open}${added.join('')}</${p}definedNames>` });
    } else {
      const at = this.wb.definedNamesInsertAt();
      this.wb.edit({ start: at, end: at, text: `<${p}definedNames>${added.join('')}</${p}definedNames>` });
    }
  }
}
