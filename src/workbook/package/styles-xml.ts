/**
 * The SpreadsheetML entries of a plan style: font, fill, border, number format and cell format
 * (xf), rendered to the same text every time so an entry written by an earlier run is found and
 * reused instead of appended again. A new styles part, for a package that has none.
 */
import type { CellStyle } from '../../appendix/types';
import { argbOf } from '../xlsx/style';
import { XML_DECLARATION, escapeAttr } from './splice-xml';

/** Number formats every reader knows by id (ECMA-376 18.8.30), which need no <numFmt>. */
export const BUILT_IN_FORMATS: ReadonlyMap<string, number> = new Map([
  ['General', 0], ['0', 1], ['0.00', 2], ['#,##0', 3], ['#,##0.00', 4], ['0%', 9], ['0.00%', 10],
  ['0.00E+00', 11], ['# ?/?', 12], ['# ??/??', 13], ['@', 49],
]);

/** The first id of a number format a workbook defines. */
export const FIRST_CUSTOM_FORMAT = 164;

export interface DefaultFont {
  name: string;
  size: number;
}

/** `<font>` of a style with a font property, the workbook's default font filling what is not set. */
export function fontXml(p: string, style: CellStyle, base: DefaultFont): string | undefined {
  if (style.fontName === undefined && style.fontSize === undefined && style.bold === undefined && style.italic === undefined && style.color === undefined) {
    return undefined;
  }
  const size = style.fontSize ?? base.size;
  if (!Number.isFinite(size) || size <= 0) throw new RangeError(`font size ${size} is not a size`);
  return (
    `<${p}font>` +
    (style.bold ? `<${p}b/>` : '') +
    (style.italic ? `<${p}i/>` : '') +
    `<${p}sz val="${size}"/>` +
    (style.color !== undefined ? `<${p}color rgb="${argbOf(style.color)}"/>` : '') +
    `<${p}name val="${escapeAttr(style.fontName ?? base.name)}"/>` +
    `</${p}font>`
  );
}

export function fillXml(p: string, style: CellStyle): string | undefined {
  if (style.fill === undefined) return undefined;
  return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argbOf(style.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
}

export function borderXml(p: string, style: CellStyle): string | undefined {
  if (!style.border) return undefined;
  const edge = (name: string): string => `<${p}${name} style="thin"><${p}color rgb="FF000000"/></${p}${name}>`;
  return `<${p}border>${edge('left')}${edge('right')}${edge('top')}${edge('bottom')}<${p}diagonal/></${p}border>`;
}

export function numFmtXml(p: string, id: number, code: string): string {
  return `<${p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`;
}

const VERTICAL = { top: 'top', middle: 'center', bottom: 'bottom' } as const;

export function alignmentXml(p: string, style: CellStyle): string {
  let attrs = '';
  if (style.hAlign !== undefined) attrs += ` horizontal="${style.hAlign}"`;
  if (style.vAlign !== undefined) attrs += ` vertical="${VERTICAL[style.vAlign]}"`;
  if (style.wrap) attrs += ' wrapText="1"';
  return attrs ? `<${p}alignment${attrs}/>` : '';
}

export interface XfIds {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
  /** Whether the workbook has a cell style (cellStyleXfs) the format may be based on. */
  withStyleXf: boolean;
}

/** `<xf>` of cellXfs. */
export function xfXml(p: string, ids: XfIds, alignment: string): string {
  const apply =
    (ids.numFmtId ? ' applyNumberFormat="1"' : '') +
    (ids.fontId ? ' applyFont="1"' : '') +
    (ids.fillId ? ' applyFill="1"' : '') +
    (ids.borderId ? ' applyBorder="1"' : '') +
    (alignment ? ' applyAlignment="1"' : '');
  const head = `<${p}xf numFmtId="${ids.numFmtId}" fontId="${ids.fontId}" fillId="${ids.fillId}" borderId="${ids.borderId}"${ids.withStyleXf ? ' xfId="0"' : ''}${apply}`;
  return alignment ? `${head}>${alignment}</${p}xf>` : `${head}/>`;
}

/** A styles part for a package without one: Excel's defaults (Calibri 11, the two required fills). */
export function defaultStylesXml(): string {
  return (
    XML_DECLARATION +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    '</styleSheet>'
  );
}
