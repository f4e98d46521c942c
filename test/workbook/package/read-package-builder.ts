/**
 * Hand-written packages for the reader's tests: the XML a test needs, in a real zip (zip.ts's
 * writeZip), with the workbook part, relationships and content types filled in around it.
 */
import { writeZip } from '../../../src/workbook/package/zip';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_R = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export interface SheetSpec {
  name: string;
  /** The worksheet part's whole XML (see sheetXml), or a chartsheet. */
  xml?: string;
  state?: 'hidden' | 'veryHidden' | 'visible';
  kind?: 'worksheet' | 'chartsheet';
}

export interface PackageSpec {
  sheets: SheetSpec[];
  /** The shared strings part's XML (see sharedStringsXml). */
  sharedStrings?: string;
  activeTab?: number;
  date1904?: boolean;
  /** Raw <definedName> elements. */
  definedNames?: string;
  macroEnabled?: boolean;
  /** Namespace of the workbook part (Strict Open XML's, to test the refusal). */
  namespace?: string;
  /** Where the workbook part lives (default xl/workbook.xml); sheet targets are absolute then. */
  workbookPart?: string;
}

const encoder = new TextEncoder();

/** A worksheet part: `head` before <sheetData> (cols), `rows` inside, `tail` after (mergeCells). */
export function sheetXml(rows: string, options: { head?: string; tail?: string; prefix?: string } = {}): string {
  const p = options.prefix ? `${options.prefix}:` : '';
  const ns = options.prefix ? `xmlns:${options.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns} xmlns:r="${R}">${options.head ?? ''}`
    + `<${p}sheetData>${rows}</${p}sheetData>${options.tail ?? ''}</${p}worksheet>`;
}

/** A shared strings part of raw <si> items. */
export function sharedStringsXml(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
}

/** A package holding the spec's sheets. */
export function buildPackage(spec: PackageSpec): Uint8Array {
  const wbPart = spec.workbookPart ?? 'xl/workbook.xml';
  const absolute = spec.workbookPart !== undefined;
  const parts = new Map<string, Uint8Array>();
  const overrides: string[] = [];
  const rels: string[] = [];
  const sheets: string[] = [];
  spec.sheets.forEach((sheet, i) => {
    const kind = sheet.kind ?? 'worksheet';
    const part = kind === 'worksheet' ? `xl/worksheets/sheet${i + 1}.xml` : `xl/chartsheets/sheet${i + 1}.xml`;
    const xml = sheet.xml ?? (kind === 'worksheet' ? sheetXml('') : `<chartsheet xmlns="${MAIN}" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`);
    parts.set(part, encoder.encode(xml));
    overrides.push(`<Override PartName="/${part}" ContentType="${CT}.${kind}+xml"/>`);
    const target = absolute ? `/${part}` : part.slice('xl/'.length);
    rels.push(`<Relationship Id="rId${i + 1}" Type="${R}/${kind}" Target="${target}"/>`);
    const state = sheet.state ? ` state="${sheet.state}"` : '';
    sheets.push(`<sheet name="${sheet.name.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`);
  });
  if (spec.sharedStrings !== undefined) {
    parts.set('xl/sharedStrings.xml', encoder.encode(spec.sharedStrings));
    overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`);
    rels.push(`<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="${absolute ? '/xl/sharedStrings.xml' : 'sharedStrings.xml'}"/>`);
  }
  const mainType = spec.macroEnabled ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' : `${CT}.sheet.main+xml`;
  const pr = spec.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>';
  const view = `<bookViews><workbookView activeTab="${spec.activeTab ?? 0}"/></bookViews>`;
  const names = spec.definedNames ? `<definedNames>${spec.definedNames}</definedNames>` : '';
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${spec.namespace ?? MAIN}" xmlns:r="${R}">${pr}${view}<sheets>${sheets.join('')}</sheets>${names}</workbook>`;
  const slash = wbPart.lastIndexOf('/');
  const wbRels = `${wbPart.slice(0, slash + 1)}_rels/${wbPart.slice(slash + 1)}.rels`;
  const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + `<Override PartName="/${wbPart}" ContentType="${mainType}"/>${overrides.join('')}</Types>`;
  const all = new Map<string, Uint8Array | null>([
    ['[Content_Types].xml', encoder.encode(contentTypes)],
    ['_rels/.rels', encoder.encode(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="${wbPart}"/></Relationships>`)],
    [wbPart, encoder.encode(workbook)],
    [wbRels, encoder.encode(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_R}">${rels.join('')}</Relationships>`)],
    ...parts,
  ]);
  return writeZip(undefined, all);
}

/** A package of one worksheet "Dữ liệu" holding the rows given. */
export function oneSheet(rows: string, options: { head?: string; tail?: string; prefix?: string; strings?: readonly string[]; date1904?: boolean } = {}): Uint8Array {
  return buildPackage({
    sheets: [{ name: 'Dữ liệu', xml: sheetXml(rows, options) }],
    sharedStrings: options.strings ? sharedStringsXml(options.strings) : undefined,
    date1904: options.date1904,
  });
}
