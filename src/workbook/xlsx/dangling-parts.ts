/**
 * ExcelJS always lists a theme part (a relationship of the workbook and a content-type
 * override) but writes none when the workbook it read had no theme (LibreOffice files). Excel
 * reports such packages as damaged. This removes relationships of the workbook part and
 * content-type overrides that name parts missing from the package.
 */
import type JSZip from 'jszip';
import { findTags, parseAttributes } from './xml-text';
import { resolvePartPath } from './workbook-xml';

const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';

export async function dropDanglingReferences(zip: JSZip): Promise<void> {
  const rels = zip.file(WORKBOOK_RELS);
  if (rels) {
    let xml = await rels.async('string');
    for (const tag of findTags(xml, 'Relationship')) {
      const attrs = parseAttributes(tag);
      const target = attrs.get('Target') ?? '';
      if (attrs.get('TargetMode') === 'External') continue;
      if (!zip.file(resolvePartPath('xl', target))) xml = xml.replace(tag, '');
    }
    zip.file(WORKBOOK_RELS, xml);
  }
  const types = zip.file(CONTENT_TYPES);
  if (types) {
    let xml = await types.async('string');
    for (const tag of findTags(xml, 'Override')) {
      const part = parseAttributes(tag).get('PartName') ?? '';
      if (!zip.file(part.replace(/^\//, ''))) xml = xml.replace(tag, '');
    }
    zip.file(CONTENT_TYPES, xml);
  }
}
