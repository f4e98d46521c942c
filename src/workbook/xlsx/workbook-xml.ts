/**
 * Reading and editing xl/workbook.xml and its relationships inside a saved package: the sheet
 * list (to find each sheet's part) and the defined names (ownership marks, print titles).
 */
import { escapeXml, findTags, parseAttributes, unescapeXml } from './xml-text';

export interface SheetEntry {
  name: string;
  /** Relationship id of the sheet part in xl/_rels/workbook.xml.rels. */
  relId: string;
}

export interface DefinedNameEntry {
  name: string;
  /** Index into the sheet list for a sheet-scoped name; undefined for a workbook-scoped one. */
  localSheetId?: number;
  /** The formula text, unescaped, without "=" (as stored in the file). */
  formula: string;
  /** The element exactly as found, to write back untouched. */
  raw: string;
}

export function parseSheets(workbookXml: string): SheetEntry[] {
  return findTags(workbookXml, 'sheet').map((tag) => {
    const attrs = parseAttributes(tag);
    return { name: attrs.get('name') ?? '', relId: attrs.get('r:id') ?? '' };
  });
}

export function parseDefinedNames(workbookXml: string): DefinedNameEntry[] {
  const entries: DefinedNameEntry[] = [];
  const re = /<definedName(?=[\s>/])([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g;
  for (let m = re.exec(workbookXml); m; m = re.exec(workbookXml)) {
    const attrs = parseAttributes(m[1]);
    const local = attrs.get('localSheetId');
    entries.push({
      name: attrs.get('name') ?? '',
      localSheetId: local === undefined ? undefined : Number(local),
      formula: unescapeXml(m[2] ?? ''),
      raw: m[0],
    });
  }
  return entries;
}

/** Renders a defined name element; `formula` without "=". */
export function renderDefinedName(name: string, formula: string, localSheetId?: number): string {
  const local = localSheetId === undefined ? '' : ` localSheetId="${localSheetId}"`;
  return `<definedName name="${escapeXml(name)}"${local}>${escapeXml(formula)}</definedName>`;
}

/** Sets `<localSheetId>` of a raw element to another index. */
export function withLocalSheetId(raw: string, localSheetId: number): string {
  return raw.replace(/localSheetId\s*=\s*("[^"]*"|'[^']*')/, `localSheetId="${localSheetId}"`);
}

/**
 * Replaces the <definedNames> block of workbook.xml with the given elements (removes it when
 * there are none). A new block goes right after </sheets>, where the schema wants it.
 */
export function replaceDefinedNames(workbookXml: string, elements: readonly string[]): string {
  const block = elements.length ? `<definedNames>${elements.join('')}</definedNames>` : '';
  const existing = /<definedNames(?:\s[^>]*)?>[\s\S]*?<\/definedNames>|<definedNames(?:\s[^>]*)?\/>/;
  if (existing.test(workbookXml)) return workbookXml.replace(existing, () => block);
  if (!block) return workbookXml;
  const at = workbookXml.indexOf('</sheets>');
  if (at < 0) throw new Error('workbook.xml has no <sheets> element');
  const end = at + '</sheets>'.length;
  return workbookXml.slice(0, end) + block + workbookXml.slice(end);
}

/** Relationship targets by id, from a .rels part. */
export function parseRelationships(relsXml: string): Map<string, { target: string; type: string }> {
  const rels = new Map<string, { target: string; type: string }>();
  for (const tag of findTags(relsXml, 'Relationship')) {
    const attrs = parseAttributes(tag);
    const id = attrs.get('Id');
    if (id) rels.set(id, { target: attrs.get('Target') ?? '', type: attrs.get('Type') ?? '' });
  }
  return rels;
}

/** Resolves a relationship target relative to the folder of the part that owns the .rels. */
export function resolvePartPath(ownerFolder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ownerFolder.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

