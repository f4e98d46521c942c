/**
 * What the reader needs to know about a package before reading a sheet: where the workbook part
 * is (the package's `officeDocument` relationship), whether it is a macro-enabled workbook, its
 * sheets (name, sheetId, relationship, state, the part and what kind of sheet it is), the active
 * tab, the date system, the defined names, and the shared strings.
 */
import { WorkbookError } from '../port';
import { resolvePartPath } from '../xlsx/workbook-xml';
import { elements, firstElement, rootElement, stringItemText, xmlText } from './read-xml';
import type { PackageSource } from './splice';
import type { ZipProblem } from './zip';

export type PackageProblem = ZipProblem | 'strict' | 'not-a-workbook';

/**
 * A package this adapter cannot read: not a zip, cut off, encrypted (ZipError's problems), a
 * zip that holds no spreadsheet (`not-a-workbook`), or a workbook saved as Strict Open XML
 * (`strict`). A WorkbookError (`unsupported` or `read-failed`), so a shell that knows only the
 * port still reports it; the message is a detail for logs, the shells word the problem.
 */
export class PackageError extends WorkbookError {
  constructor(readonly problem: PackageProblem, message: string, options?: { cause?: unknown }) {
    super(problem === 'strict' || problem === 'encrypted' || problem === 'unsupported' ? 'unsupported' : 'read-failed', message, options);
    this.name = 'PackageError';
  }
}

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const STRICT_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const STRICT_RELATIONSHIPS = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

export type SheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'missing';

export interface SheetEntry {
  name: string;
  sheetId: string;
  relId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The sheet's part ("xl/worksheets/sheet1.xml"), when its relationship resolves to one. */
  part: string | undefined;
  /** `missing` when the relationship or its part is not in the package. */
  kind: SheetKind;
}

export interface DefinedName {
  name: string;
  /** Index into `sheets` (every sheet, of every kind) for a sheet-scoped name. */
  localSheetId: number | undefined;
  /** The formula as stored, entities decoded, without "=". */
  formula: string;
  hidden: boolean;
}

export interface WorkbookInfo {
  /** The workbook part ("xl/workbook.xml"). */
  part: string;
  kind: 'xlsx' | 'xlsm';
  /** Namespace prefix of the workbook part's elements ("" or "x:"). */
  prefix: string;
  /** Every sheet of the workbook, in tab order. */
  sheets: SheetEntry[];
  /** `workbookView activeTab`: an index into `sheets`. */
  activeTab: number;
  date1904: boolean;
  definedNames: DefinedName[];
  /** The shared strings part, when the workbook has one. */
  sharedStringsPart: string | undefined;
}

export interface Relationship {
  id: string;
  type: string;
  /** The part it points at, resolved; undefined for an external target. */
  part: string | undefined;
}

/** The .rels part of a part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

/** The package's part names, to ask whether a part exists without inflating it. */
export class PartIndex {
  private readonly byLower = new Map<string, string>();

  constructor(pkg: PackageSource) {
    for (const name of pkg.names()) if (!this.byLower.has(name.toLowerCase())) this.byLower.set(name.toLowerCase(), name);
  }

  /** The part's name as stored (part names compare without case), or undefined. */
  find(name: string): string | undefined {
    return this.byLower.get(name.toLowerCase());
  }

  /** A relationship's resolved target as a part name, trying it percent-decoded too ("sheet%201.xml"). */
  resolve(target: string): string {
    const found = this.find(target);
    if (found !== undefined || !target.includes('%')) return found ?? target;
    try {
      return this.find(decodeURIComponent(target)) ?? target;
    } catch {
      return target; // not a percent-encoding: the name as written
    }
  }
}

/** The relationships of a part (its .rels), targets resolved against the part's folder. */
export function relationshipsOf(pkg: PackageSource, part: string, index = new PartIndex(pkg)): Relationship[] {
  const xml = pkg.text(relsPartOf(part));
  if (xml === undefined) return [];
  const root = rootElement(xml);
  const prefix = root?.prefix ?? '';
  return elements(xml, `${prefix}Relationship`).map(({ attrs }) => {
    const target = attrs.get('Target') ?? '';
    const external = attrs.get('TargetMode') === 'External';
    return {
      id: attrs.get('Id') ?? '',
      type: attrs.get('Type') ?? '',
      part: external ? undefined : index.resolve(resolvePartPath(folderOf(part), target)),
    };
  });
}

export interface ContentTypes {
  /** Content type of a part, by override, else by its extension's default. */
  of(part: string): string | undefined;
}

export function readContentTypes(pkg: PackageSource): ContentTypes {
  const xml = pkg.text('[Content_Types].xml') ?? '';
  const prefix = rootElement(xml)?.prefix ?? '';
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const { attrs } of elements(xml, `${prefix}Override`)) {
    overrides.set((attrs.get('PartName') ?? '').replace(/^\//, '').toLowerCase(), attrs.get('ContentType') ?? '');
  }
  for (const { attrs } of elements(xml, `${prefix}Default`)) {
    defaults.set((attrs.get('Extension') ?? '').toLowerCase(), attrs.get('ContentType') ?? '');
  }
  return {
    of(part) {
      const lower = part.toLowerCase();
      const override = overrides.get(lower);
      if (override !== undefined) return override;
      const dot = lower.lastIndexOf('.');
      return dot < 0 ? undefined : defaults.get(lower.slice(dot + 1));
    },
  };
}

/** Content types of a workbook part (.xlsx, .xlsm, templates, add-ins). */
const WORKBOOK_TYPES = new Map<string, 'xlsx' | 'xlsm'>([
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'xlsx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml', 'xlsx'],
  ['application/vnd.ms-excel.sheet.macroEnabled.main+xml', 'xlsm'],
  ['application/vnd.ms-excel.template.macroEnabled.main+xml', 'xlsm'],
  ['application/vnd.ms-excel.addin.macroEnabled.main+xml', 'xlsm'],
]);

const SHEET_TYPES: readonly [string, SheetKind][] = [
  ['spreadsheetml.worksheet+xml', 'worksheet'],
  ['spreadsheetml.chartsheet+xml', 'chartsheet'],
  ['spreadsheetml.dialogsheet+xml', 'dialogsheet'],
  ['macrosheet+xml', 'macrosheet'],
];

const REL_KINDS: readonly [string, SheetKind][] = [
  ['/worksheet', 'worksheet'],
  ['/chartsheet', 'chartsheet'],
  ['/dialogsheet', 'dialogsheet'],
  ['/xlMacrosheet', 'macrosheet'],
  ['/xlIntlMacrosheet', 'macrosheet'],
];

function sheetKind(index: PartIndex, types: ContentTypes, rel: Relationship | undefined): SheetKind {
  if (!rel?.part || index.find(rel.part) === undefined) return 'missing';
  const type = types.of(rel.part) ?? '';
  for (const [suffix, kind] of SHEET_TYPES) if (type.endsWith(suffix)) return kind;
  for (const [suffix, kind] of REL_KINDS) if (rel.type.endsWith(suffix)) return kind;
  return 'missing';
}

/** The workbook part: the package's officeDocument relationship, else xl/workbook.xml. */
function workbookPart(pkg: PackageSource, index: PartIndex): string {
  const rels = relationshipsOf(pkg, '', index);
  const main = rels.find((r) => r.type.endsWith('/officeDocument') && r.part !== undefined && index.find(r.part) !== undefined);
  if (main?.type.startsWith(STRICT_RELATIONSHIPS)) throw new PackageError('strict', 'the package is Strict Open XML');
  if (main?.part) return main.part;
  const fallback = index.find('xl/workbook.xml');
  if (fallback !== undefined) return fallback;
  throw new PackageError('not-a-workbook', 'the package has no workbook part');
}

const isTrue = (v: string | undefined): boolean => v === '1' || v === 'true';

/** Reads the workbook part and what it points at. Throws PackageError when there is none. */
export function readWorkbookInfo(pkg: PackageSource): WorkbookInfo {
  const index = new PartIndex(pkg);
  const part = workbookPart(pkg, index);
  const types = readContentTypes(pkg);
  // The content type tells .xlsm from .xlsx; whether it is a workbook at all is the root
  // element's say (a package listing its workbook part as plain application/xml still is one).
  const type = types.of(part);
  const xml = pkg.text(part) ?? '';
  const root = rootElement(xml);
  if (!root || root.name !== 'workbook') throw new PackageError('not-a-workbook', `${part} holds no workbook element`);
  if (root.namespace === STRICT_NS) throw new PackageError('strict', 'the workbook is Strict Open XML');
  const p = root.prefix;

  const rels = relationshipsOf(pkg, part, index);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const sheetsEl = firstElement(xml, `${p}sheets`);
  const sheets: SheetEntry[] = sheetsEl
    ? elements(xml, `${p}sheet`, sheetsEl.tagEnd, sheetsEl.contentEnd).map(({ attrs }) => {
      const relId = [...attrs].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1] ?? '';
      const rel = relById.get(relId);
      const state = attrs.get('state');
      return {
        name: attrs.get('name') ?? '',
        sheetId: attrs.get('sheetId') ?? '',
        relId,
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        part: rel?.part,
        kind: sheetKind(index, types, rel),
      };
    })
    : [];

  const view = firstElement(xml, `${p}workbookView`);
  const activeTab = Number(view?.attrs.get('activeTab') ?? '0');
  const pr = firstElement(xml, `${p}workbookPr`);
  const namesEl = firstElement(xml, `${p}definedNames`);
  const definedNames: DefinedName[] = namesEl
    ? elements(xml, `${p}definedName`, namesEl.tagEnd, namesEl.contentEnd).map((el) => {
      const local = el.attrs.get('localSheetId');
      return {
        name: el.attrs.get('name') ?? '',
        localSheetId: local === undefined || !/^\d+$/.test(local) ? undefined : Number(local),
        formula: el.contentEnd > el.tagEnd + 1 ? xmlText(xml, el.tagEnd + 1, el.contentEnd) : '',
        hidden: isTrue(el.attrs.get('hidden')),
      };
    })
    : [];
  const strings = rels.find((r) => r.type.endsWith('/sharedStrings') && r.part !== undefined && index.find(r.part) !== undefined);

  return {
    part,
    kind: (type !== undefined ? WORKBOOK_TYPES.get(type) : undefined) ?? 'xlsx',
    prefix: p,
    sheets,
    activeTab: Number.isInteger(activeTab) && activeTab >= 0 ? activeTab : 0,
    date1904: isTrue(pr?.attrs.get('date1904')),
    definedNames,
    // Without the relationship, the part where every writer puts it (ExcelJS reads it there too).
    sharedStringsPart: strings?.part ?? index.find(`${folderOf(part)}/sharedStrings.xml`.replace(/^\//, '')),
  };
}

/** The shared strings, rich text runs joined, phonetic runs left out, escapes decoded. */
export function parseSharedStrings(xml: string): string[] {
  const root = rootElement(xml);
  const p = root?.prefix ?? '';
  const strings: string[] = [];
  const open = `<${p}si`;
  const close = `</${p}si>`;
  let at = root ? root.tagEnd + 1 : 0;
  for (;;) {
    const lt = xml.indexOf(open, at);
    if (lt < 0) return strings;
    const next = xml.charCodeAt(lt + open.length);
    if (next !== 62 && next !== 32 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
      at = lt + open.length;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return strings;
    if (xml.charCodeAt(gt - 1) === 47) {
      strings.push('');
      at = gt + 1;
      continue;
    }
    const end = xml.indexOf(close, gt);
    const stop = end < 0 ? xml.length : end;
    strings.push(stringItemText(xml, gt + 1, stop, p));
    at = stop + close.length;
  }
}
