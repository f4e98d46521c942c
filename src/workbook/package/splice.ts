/**
 * The splicing writer: the result sheets of a plan put into the user's own package. Only the
 * parts that list sheets or styles are edited, as text (workbook.xml, its relationships,
 * [Content_Types].xml, styles.xml); the result sheets and their charts are new parts (or a result
 * sheet of ours overwritten in place); every other part is left alone, so the caller's `writeZip`
 * copies it byte for byte. Ownership follows src/workbook/ownership.md. See "Writing by splicing"
 * in src/workbook/README.md.
 */
import type { SheetPlan, WritePlan } from '../../appendix/types';
import { freeSheetName, sameSheetName, sheetOfReference } from '../office/ownership';
import { WorkbookError, type ApplyReport, type ProgressReport, type WrittenSheet } from '../port';
import { DefinedNamesEditor } from './names-defined';
import { renderCharts } from './render-charts';
import { PlanRenderError, SheetCells } from './render-cells';
import { renderWorksheet } from './render-worksheet';
import {
  CONTENT_TYPE,
  ContentTypesEditor,
  PackageEditError,
  PartNames,
  REL,
  RelationshipsEditor,
  folderOf,
  parseRelationshipsPart,
  relationshipsXml,
  relativeTarget,
  relsPartOf,
  resolveTarget,
} from './splice-parts';
import { PackageLinks, calcChainNames, partsHangingOff } from './splice-remove';
import { WorkbookXml } from './splice-workbook';
import { StylesBook } from './styles-book';

/** The package as it stands: the stored parts and the changes made since it was opened. */
export interface PackageSource {
  /** Every part's name, in package order. */
  names(): string[];
  text(name: string): string | undefined;
  bytes(name: string): Uint8Array | undefined;
}

export interface SpliceOutcome {
  /** New content of each part changed, null for a part removed. */
  changes: Map<string, Uint8Array | null>;
  report: ApplyReport;
}

const CONTENT_TYPES_PART = '[Content_Types].xml';
/** Characters Excel does not allow in a sheet name. */
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;

const encoder = new TextEncoder();

function required(pkg: PackageSource, name: string): string {
  const text = pkg.text(name);
  if (text === undefined) throw new PackageEditError(`the package has no ${name}`);
  return text;
}

/** The workbook part, from the package relationships (xl/workbook.xml in every known writer). */
function workbookPart(pkg: PackageSource, links: PackageLinks): string {
  const root = pkg.text('_rels/.rels');
  const rel = root === undefined ? undefined : parseRelationshipsPart(root).find((r) => r.type === REL.officeDocument && !r.external);
  const part = rel === undefined ? 'xl/workbook.xml' : resolveTarget('', rel.target);
  return links.actual(part) ?? part;
}

function checkSheetName(plan: SheetPlan): void {
  if (plan.name.trim() === '' || FORBIDDEN_IN_SHEET_NAME.test(plan.name) || plan.name.startsWith("'") || plan.name.endsWith("'")) {
    throw new PlanRenderError(`"${plan.name}" is not a sheet name Excel allows`);
  }
}

/** One splice: the package's editors and the changes they collect. */
class Splice {
  readonly changes = new Map<string, Uint8Array | null>();
  private readonly links: PackageLinks;
  private readonly partNames: PartNames;
  private readonly wbPart: string;
  private readonly folder: string;
  private readonly wb: WorkbookXml;
  private readonly wbRels: RelationshipsEditor;
  private readonly types: ContentTypesEditor;
  private readonly names: DefinedNamesEditor;
  private readonly marks: Map<string, string>;
  private readonly styles: StylesBook;
  /** The styles part, when the package has one; where its relationship points, when it has one. */
  private readonly stylesPart: string | undefined;
  private readonly stylesTarget: string | undefined;
  /** Indexes (in <sheets>) of the sheets written by this splice. */
  private readonly written = new Set<number>();
  private readonly replacedSheetIds = new Set<number>();
  private newRelsParts = false;

  constructor(private readonly pkg: PackageSource, private readonly inputSheets: ReadonlySet<string>) {
    this.links = new PackageLinks(pkg);
    this.partNames = new PartNames(pkg.names());
    this.wbPart = workbookPart(pkg, this.links);
    this.folder = folderOf(this.wbPart);
    this.wb = new WorkbookXml(required(pkg, this.wbPart), this.wbPart);
    const wbRelsPart = this.links.actual(relsPartOf(this.wbPart)) ?? relsPartOf(this.wbPart);
    this.wbRels = new RelationshipsEditor(required(pkg, wbRelsPart), wbRelsPart);
    this.types = new ContentTypesEditor(required(pkg, CONTENT_TYPES_PART));
    this.names = new DefinedNamesEditor(this.wb);
    this.marks = this.names.existingMarks();
    const stylesRel = this.wbRels.rels.find((r) => r.type === REL.styles && !r.external);
    this.stylesTarget = stylesRel && resolveTarget(this.folder, stylesRel.target);
    this.stylesPart = this.stylesTarget && this.links.actual(this.stylesTarget);
    this.styles = new StylesBook(this.stylesPart === undefined ? undefined : required(pkg, this.stylesPart));
  }

  private sheetPart(index: number): string | undefined {
    const rel = this.wbRels.rels.find((r) => r.id === this.wb.sheets[index].relId);
    if (!rel || rel.external || rel.type !== REL.worksheet) return undefined;
    return this.links.actual(resolveTarget(this.folder, rel.target));
  }

  /** The sheet our mark of `key` points at, when it may be replaced (rules 1, 3 and 4 of ownership.md). */
  private ownSheet(key: string): { index: number; part: string } | undefined {
    const formula = this.marks.get(key);
    const target = formula === undefined ? undefined : sheetOfReference(formula);
    if (target === undefined) return undefined;
    const index = this.wb.sheets.findIndex((s) => sameSheetName(s.name, target));
    if (index < 0 || this.written.has(index)) return undefined;
    if ([...this.inputSheets].some((n) => sameSheetName(n, this.wb.sheets[index].name))) return undefined;
    const part = this.sheetPart(index);
    return part === undefined ? undefined : { index, part };
  }

  private remove(part: string): void {
    this.changes.set(part, null);
    this.types.removeOverride(part);
  }

  /** Writes one plan sheet; returns what the report says of it. */
  writeSheet(plan: SheetPlan): WrittenSheet {
    checkSheetName(plan);
    const own = this.ownSheet(plan.key);
    let index: number;
    let part: string;
    let name: string;
    if (own) {
      ({ index, part } = own);
      name = freeSheetName(plan.name, this.wb.sheets.filter((_, i) => i !== index).map((s) => s.name));
      this.wb.rename(index, name);
      this.names.dropScope(index);
      this.replacedSheetIds.add(this.wb.sheets[index].sheetId);
      for (const gone of partsHangingOff(this.links, part)) this.remove(gone);
    } else {
      name = freeSheetName(plan.name, this.wb.sheets.map((s) => s.name));
      part = this.partNames.claim(`${this.folder ? `${this.folder}/` : ''}worksheets/sheet`, '.xml');
      const relId = this.wbRels.add(REL.worksheet, relativeTarget(this.folder, part));
      index = this.wb.addSheet(name, relId);
      this.types.setOverride(part, CONTENT_TYPE.worksheet);
    }
    this.written.add(index);

    const cells = new SheetCells(plan);
    const relsPart = this.links.actual(relsPartOf(part)) ?? relsPartOf(part);
    let drawingRelId: string | undefined;
    if (plan.charts?.length) {
      const charts = renderCharts(name, plan.charts, cells, this.partNames, this.folder);
      for (const [p, text] of charts.parts) this.changes.set(p, encoder.encode(text));
      for (const o of charts.overrides) this.types.setOverride(o.part, o.type);
      drawingRelId = 'rId1';
      this.changes.set(relsPart, encoder.encode(relationshipsXml([{ id: drawingRelId, type: REL.drawing, target: relativeTarget(folderOf(part), charts.drawing) }])));
      this.newRelsParts = true;
    } else if (this.links.actual(relsPart) !== undefined) {
      this.changes.set(relsPart, null);
    }
    this.changes.set(part, renderWorksheet(plan, cells, (style) => this.styles.xfOf(style), drawingRelId));
    this.names.mark(plan.key, name);
    if (plan.print?.repeatRows) this.names.printTitlesOf(index, name, plan.print.repeatRows);
    return { key: plan.key, name, renamed: name !== plan.name, replaced: own !== undefined };
  }

  /** The calculation chain goes when it names cells of a replaced sheet (Excel rebuilds it). */
  private dropStaleCalcChain(): void {
    if (this.replacedSheetIds.size === 0) return;
    for (const rel of this.wbRels.rels) {
      if (rel.type !== REL.calcChain || rel.external) continue;
      const part = this.links.actual(resolveTarget(this.folder, rel.target));
      const text = part === undefined ? undefined : this.pkg.text(part);
      if (part === undefined || text === undefined || !calcChainNames(text, this.replacedSheetIds)) continue;
      this.remove(part);
      this.wbRels.remove(rel.id);
    }
  }

  private finishStyles(): void {
    const text = this.styles.text();
    if (text === undefined) return;
    let part = this.stylesPart;
    if (part === undefined) {
      // A new styles part: where the workbook's relationship already points, else a free name.
      part = this.stylesTarget;
      if (part === undefined) {
        const base = `${this.folder ? `${this.folder}/` : ''}styles`;
        part = this.partNames.has(`${base}.xml`) ? this.partNames.claim(base, '.xml') : `${base}.xml`;
        this.wbRels.add(REL.styles, relativeTarget(this.folder, part));
      }
      this.types.setOverride(part, CONTENT_TYPE.styles);
    }
    this.changes.set(part, encoder.encode(text));
  }

  finish(): void {
    this.dropStaleCalcChain();
    this.finishStyles();
    this.names.apply();
    this.changes.set(this.wbPart, encoder.encode(this.wb.text()));
    if (this.newRelsParts) this.types.ensureDefault('rels', CONTENT_TYPE.relationships);
    if (this.wbRels.changed) {
      const relsPart = this.links.actual(relsPartOf(this.wbPart)) ?? relsPartOf(this.wbPart);
      this.changes.set(relsPart, encoder.encode(this.wbRels.text()));
    }
    if (this.types.changed) this.changes.set(this.links.actual(CONTENT_TYPES_PART) ?? CONTENT_TYPES_PART, encoder.encode(this.types.text()));
  }
}

/**
 * The changes that put the plan's result sheets into the package. Sheets in `inputSheets` (read
 * during the adapter's life) are never written, even when a mark points at them.
 */
export function splicePlan(
  pkg: PackageSource, plan: WritePlan, inputSheets: ReadonlySet<string>, onProgress?: (p: ProgressReport) => void,
): SpliceOutcome {
  let splice: Splice;
  try {
    splice = new Splice(pkg, inputSheets);
  } catch (cause) {
    const strict = cause instanceof PackageEditError && /Strict Open XML/.test(cause.message);
    throw new WorkbookError(strict ? 'unsupported' : 'write-failed', 'Cannot add the result sheets to this workbook package', { cause });
  }
  const sheets: WrittenSheet[] = [];
  const total = plan.sheets.length;
  onProgress?.({ fraction: 0, step: 'clear' });
  for (const [i, sheetPlan] of plan.sheets.entries()) {
    onProgress?.({ fraction: (i + 0.5) / Math.max(total, 1), step: 'write' });
    try {
      sheets.push(splice.writeSheet(sheetPlan));
    } catch (cause) {
      throw new WorkbookError('write-failed', `Cannot write result sheet "${sheetPlan.name}"`, { cause });
    }
    onProgress?.({ fraction: (i + 1) / total, step: 'format' });
  }
  try {
    splice.finish();
  } catch (cause) {
    throw new WorkbookError('write-failed', 'Cannot add the result sheets to this workbook package', { cause });
  }
  onProgress?.({ fraction: 1, step: 'done' });
  return { changes: splice.changes, report: { sheets } };
}
