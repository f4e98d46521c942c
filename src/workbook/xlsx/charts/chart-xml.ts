/**
 * DrawingML for a clustered horizontal bar chart (one series) and the drawing that anchors it
 * to cells. ExcelJS cannot write charts, so these parts are added to the saved package.
 *
 * Bars are horizontal with the first category on top (category axis reversed, value axis at the
 * bottom), so a ranking in rank order reads top-down like the table beside it.
 */
import type { CellBox } from '../../../engine/grid';
import { a1 } from '../../../engine/grid';
import { escapeXml } from '../xml-text';

export interface BarChartData {
  title: string;
  /** Sheet the ranges are on (the chart's own sheet). */
  sheetName: string;
  categories: CellBox;
  values: CellBox;
  /** Cached category labels and values, read from the written cells. */
  categoryLabels: string[];
  numbers: (number | null)[];
  anchor: CellBox;
}

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const FONT = 'Times New Roman';
const BAR_COLOUR = '2F5597';

/** Absolute reference to a box on a sheet: 'Xếp hạng'!$B$5:$B$20. */
export function absoluteRef(sheetName: string, box: CellBox): string {
  const abs = (row: number, col: number): string => a1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const start = abs(box.row, box.col);
  const end = abs(box.row + box.rows - 1, box.col + box.cols - 1);
  return `'${sheetName.replace(/'/g, "''")}'!${start}:${end}`;
}

function textRun(text: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return (
    `<a:p><a:pPr><a:defRPr sz="${size}"${b}><a:latin typeface="${FONT}"/></a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="${size}"${b}><a:latin typeface="${FONT}"/></a:rPr>` +
    `<a:t>${escapeXml(text)}</a:t></a:r></a:p>`
  );
}

function stringCache(labels: readonly string[]): string {
  const pts = labels.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${labels.length}"/>${pts}</c:strCache>`;
}

function numberCache(numbers: readonly (number | null)[]): string {
  const pts = numbers
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${numbers.length}"/>${pts}</c:numCache>`;
}

/** The chart part (xl/charts/chartN.xml). */
export function barChartXml(chart: BarChartData): string {
  const catAxId = 50010;
  const valAxId = 50020;
  const dataLabels =
    '<c:dLbls><c:numFmt formatCode="0.00" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    '<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>' +
    '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
  const series =
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:spPr><a:solidFill><a:srgbClr val="${BAR_COLOUR}"/></a:solidFill></c:spPr>` +
    '<c:invertIfNegative val="0"/>' +
    dataLabels +
    `<c:cat><c:strRef><c:f>${escapeXml(absoluteRef(chart.sheetName, chart.categories))}</c:f>${stringCache(chart.categoryLabels)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(absoluteRef(chart.sheetName, chart.values))}</c:f>${numberCache(chart.numbers)}</c:numRef></c:val>` +
    '</c:ser>';
  const catAx =
    `<c:catAx><c:axId val="${catAxId}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
    '<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>' +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${valAxId}"/>` +
    '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>' +
    '<c:noMultiLvlLbl val="0"/></c:catAx>';
  const valAx =
    `<c:valAx><c:axId val="${valAxId}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>` +
    '<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/>' +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${catAxId}"/>` +
    '<c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:roundedCorners val="0"/>' +
    '<c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>${textRun(chart.title, 1400, true)}</c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>' +
    '<c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    series +
    `<c:gapWidth val="50"/><c:axId val="${catAxId}"/><c:axId val="${valAxId}"/></c:barChart>` +
    catAx +
    valAx +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100"><a:latin typeface="${FONT}"/></a:defRPr></a:pPr>` +
    '<a:endParaRPr lang="vi-VN"/></a:p></c:txPr>' +
    '</c:chartSpace>'
  );
}

/** One anchored chart frame of a drawing part; `relId` points at the chart part. */
function chartAnchor(anchor: CellBox, relId: string, shapeId: number): string {
  const marker = (tag: string, row: number, col: number): string =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker('from', anchor.row, anchor.col) +
    marker('to', anchor.row + anchor.rows, anchor.col + anchor.cols) +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>' +
    `<xdr:cNvPr id="${shapeId}" name="Chart ${shapeId - 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/** The drawing part (xl/drawings/drawingN.xml) holding the given charts, rIdChart1.. in order. */
export function drawingXml(anchors: readonly CellBox[]): string {
  const frames = anchors.map((box, i) => chartAnchor(box, `rIdChart${i + 1}`, i + 2)).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${frames}</xdr:wsDr>`
  );
}
