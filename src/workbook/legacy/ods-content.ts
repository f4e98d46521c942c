/**
 * What SheetJS does not report of an .ods file, read from its parts with a few patterns (no XML
 * parser): each table's hidden rows and columns (`table:visibility="collapse"` or "filter"),
 * its formula cells stored without a value (written by a program that does not calculate),
 * hidden tables (their style's `table:display="false"`), the active table (settings.xml's
 * ActiveTable), and the objects and settings the new .xlsx will not carry.
 */
import { ZipArchive } from '../package/zip';
import type { LostFeature } from './not-carried';

/** A run of rows or columns: `count` of them from `start` (0-based). */
export interface Run {
  start: number;
  count: number;
}

export interface OdsTable {
  name: string;
  visible: boolean;
  hiddenRows: Run[];
  hiddenCols: Run[];
  /** Formula cells stored without a value (SheetJS leaves them out), their formula in A1 style. */
  uncached: { row: number; col: number; formula: string }[];
}

export interface OdsFacts {
  tables: OdsTable[];
  activeTable?: string;
  features: Set<LostFeature>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e];
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3]) : undefined;
}

/** Styles of the family "table" whose table properties say `table:display="false"`. */
function hiddenTableStyles(xml: string): Set<string> {
  const hidden = new Set<string>();
  for (const m of xml.matchAll(/<style:style\s[^>]*>[\s\S]*?<\/style:style>/g)) {
    const open = /^<style:style\s[^>]*>/.exec(m[0])?.[0] ?? '';
    if (attr(open, 'style:family') !== 'table') continue;
    const props = /<style:table-properties\s[^>]*>/.exec(m[0])?.[0];
    const name = attr(open, 'style:name');
    if (name && props && attr(props, 'table:display') === 'false') hidden.add(name);
  }
  return hidden;
}

/** Adds `count` items from `next` to `runs` when hidden; answers the index after them. */
function advance(runs: Run[], next: number, tag: string, repeatAttr: string): number {
  const count = Math.max(1, Number(attr(tag, repeatAttr) ?? 1) || 1);
  const visibility = attr(tag, 'table:visibility');
  if (visibility === 'collapse' || visibility === 'filter') runs.push({ start: next, count });
  return next + count;
}

/** More formula cells without values than a scoring sheet has: the rest are not listed. */
const MAX_UNCACHED = 100_000;

/**
 * An OpenFormula (`of:=SUM([.D6:.D8];[$'Sheet 2'.A1])`) in Excel's A1 style (`SUM(D6:D8,'Sheet 2'!A1)`),
 * without its "=": references unbracketed, the sheet separated by "!", arguments by ",".
 */
export function openFormulaToA1(formula: string): string {
  const text = formula.replace(/^(?:[a-z]+:)?=?/, '');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const end = text.indexOf('"', i + 1);
      const stop = end < 0 ? text.length : end;
      out += text.slice(i, stop + 1);
      i = stop;
    } else if (ch === '[') {
      const end = text.indexOf(']', i);
      const stop = end < 0 ? text.length : end;
      out += text.slice(i + 1, stop).split(':').map((part) => {
        const dot = part.lastIndexOf('.');
        const sheet = part.slice(0, Math.max(0, dot)).replace(/^\$/, '');
        return (sheet ? `${sheet}!` : '') + part.slice(dot + 1);
      }).join(':');
      i = stop;
    } else {
      out += ch === ';' ? ',' : ch;
    }
  }
  return out;
}

function readTables(content: string, hiddenStyles: Set<string>): OdsTable[] {
  const tables: OdsTable[] = [];
  // `<table:table ` and not `<table:table-row`: the name is followed by white space or `>`.
  const starts = [...content.matchAll(/<table:table(?=[\s>])[^>]*>/g)];
  starts.forEach((start, i) => {
    const from = (start.index ?? 0) + start[0].length;
    const end = content.indexOf('</table:table>', from);
    const body = content.slice(from, end < 0 ? (starts[i + 1]?.index ?? content.length) : end);
    const table: OdsTable = {
      name: attr(start[0], 'table:name') ?? '',
      visible: !hiddenStyles.has(attr(start[0], 'table:style-name') ?? ''),
      hiddenRows: [],
      hiddenCols: [],
      uncached: [],
    };
    let row = 0;
    let col = 0;
    let rowRepeat = 1;
    let cell = 0;
    for (const m of body.matchAll(/<table:(table-row|table-column|table-cell|covered-table-cell)(?=[\s>/])[^>]*>/g)) {
      if (m[1] === 'table-column') {
        col = advance(table.hiddenCols, col, m[0], 'table:number-columns-repeated');
      } else if (m[1] === 'table-row') {
        rowRepeat = Math.max(1, Number(attr(m[0], 'table:number-rows-repeated') ?? 1) || 1);
        row = advance(table.hiddenRows, row, m[0], 'table:number-rows-repeated');
        cell = 0;
      } else {
        const repeat = Math.max(1, Number(attr(m[0], 'table:number-columns-repeated') ?? 1) || 1);
        const formula = attr(m[0], 'table:formula');
        if (formula !== undefined && attr(m[0], 'office:value-type') === undefined) {
          const text = openFormulaToA1(formula);
          for (let r = row - rowRepeat; r < row && table.uncached.length < MAX_UNCACHED; r++) {
            for (let c = cell; c < cell + repeat && table.uncached.length < MAX_UNCACHED; c++) table.uncached.push({ row: r, col: c, formula: text });
          }
        }
        cell += repeat;
      }
    }
    tables.push(table);
  });
  return tables;
}

/** Features of the document: objects in content.xml, macros in the package. */
function readFeatures(zip: ZipArchive, content: string): Set<LostFeature> {
  const found = new Set<LostFeature>();
  const has = (pattern: RegExp) => pattern.test(content);
  if (has(/<draw:object[\s>]/)) found.add('charts');
  // A chart's frame holds a replacement image too; only other images are the user's.
  for (const m of content.matchAll(/<draw:image\s[^>]*>/g)) {
    if (!(attr(m[0], 'xlink:href') ?? '').includes('ObjectReplacements/')) found.add('images');
  }
  if (has(/<draw:(?:rect|line|ellipse|circle|polygon|polyline|path|custom-shape|connector|g|text-box)[\s>]/)) found.add('shapes');
  if (has(/<draw:control[\s>]/)) found.add('controls');
  if (has(/<office:annotation[\s>]/)) found.add('comments');
  if (has(/<calcext:conditional-formats[\s>]/) || has(/<style:map\s[^>]*style:condition=/)) found.add('conditional-formats');
  if (has(/<table:content-validation[\s>]/)) found.add('data-validation');
  if (has(/<table:named-(?:range|expression)[\s>]/)) found.add('names');
  if (has(/<text:a[\s>]/)) found.add('hyperlinks');
  if (has(/<table:data-pilot-table[\s>]/)) found.add('pivot-tables');
  if (has(/<table:database-range\s[^>]*table:display-filter-buttons="true"/)) found.add('filters');
  if (has(/<table:table(?=[\s>])[^>]*table:protected="true"/) || has(/<office:spreadsheet\s[^>]*table:structure-protected="true"/)) found.add('protection');
  // LibreOffice Basic modules (Basic/<library>/<module>.xml), or scripts bound to events.
  const modules = zip.entries.some((e) => /^Basic\/[^/]+\/[^/]+\.xml$/.test(e.name) && !/\/(?:script|dialog)-(?:lb|lc)\.xml$/.test(e.name));
  if (modules || zip.entries.some((e) => e.name.startsWith('Scripts/') && !e.name.endsWith('/')) || has(/<office:event-listeners[\s>]/)) {
    found.add('macros');
  }
  return found;
}

export function readOdsFacts(bytes: Uint8Array): OdsFacts {
  const zip = ZipArchive.open(bytes);
  const content = zip.textOf('content.xml') ?? '';
  const styles = zip.textOf('styles.xml') ?? '';
  const hiddenStyles = new Set([...hiddenTableStyles(content), ...hiddenTableStyles(styles)]);
  const settings = zip.textOf('settings.xml') ?? '';
  const active = /<config:config-item\s[^>]*config:name="ActiveTable"[^>]*>([^<]*)</.exec(settings)?.[1];
  return {
    tables: readTables(content, hiddenStyles),
    activeTable: active !== undefined ? unescapeXml(active) : undefined,
    features: readFeatures(zip, content),
  };
}
