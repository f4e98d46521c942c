/**
 * manifest.xml as written: the schema's element order, string lengths, references, locales, the
 * ribbon button, and what office-addin-manifest reads from it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MIN_EXCEL_API } from '../../src/workbook/office';
import { lengthProblems, localeProblems, localizedElements, referenceProblems } from './checks';
import { sequenceProblems, structureProblems, TASKPANE_APP } from './schema';
import { child, childrenNamed, descendants, parseXml, type XmlElement } from './xml';

const MANIFEST = path.resolve(__dirname, '../../manifest.xml');
/** The English display languages of Office (desktop, Mac, and the web's browser locales). */
const ENGLISH_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN', 'en-NZ', 'en-IE', 'en-SG'];
const source = fs.readFileSync(MANIFEST, 'utf8');
const root = parseXml(source);

/** A copy of the manifest text with one change, parsed. */
function variant(from: string, to: string): XmlElement {
  if (!source.includes(from)) throw new Error(`manifest has no ${from}`);
  return parseXml(source.replace(from, to));
}

describe('manifest.xml structure', () => {
  it('is a task pane add-in for Excel workbooks that may read and write the document', () => {
    expect(root.local).toBe('OfficeApp');
    expect(root.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(child(root, 'Permissions').text).toBe('ReadWriteDocument');
    expect(childrenNamed(child(root, 'Hosts'), 'Host').map((h) => h.attrs.Name)).toEqual(['Workbook']);
  });

  it('is well-formed XML, comments included ("--" in a comment makes Office refuse the file)', () => {
    expect(() => parseXml('<!-- webpack --mode production --><a/>')).toThrow(/"--" inside a comment/);
    expect(parseXml('<!-- webpack, mode production --><a/>').local).toBe('a');
  });

  it('has a GUID id and a 4-part version', () => {
    expect(child(root, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, 'Version').text).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
  });

  it('has its elements in the order of the schema, everywhere', () => {
    expect(root.children.map((c) => c.local)).toEqual([
      'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
      'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides',
    ]);
    expect(structureProblems(root)).toEqual([]);
  });

  it('the order check catches a misplaced or unknown element', () => {
    const swapped = variant('<Permissions>ReadWriteDocument</Permissions>', '').children;
    expect(sequenceProblems({ ...root, children: swapped }, TASKPANE_APP)).toEqual(['<OfficeApp> needs <Permissions>']);
    const early = variant('  <SupportUrl', '  <Requirements><Sets><Set Name="ExcelApi"/></Sets></Requirements>\n  <SupportUrl');
    expect(structureProblems(early)).toContain('<SupportUrl> must come before <Requirements> in <OfficeApp>');
    const typo = variant('<SupportUrl ', '<SuportUrl ');
    expect(structureProblems(typo)).toContain('<SuportUrl> is not a valid child of <OfficeApp>');
    const supertip = variant('<Title resid="OpenPane.Label"/>\n                    <Description resid="OpenPane.Tooltip"/>',
      '<Description resid="OpenPane.Tooltip"/>\n                    <Title resid="OpenPane.Label"/>');
    expect(structureProblems(supertip)).toContain('<Title> must come before <Description> in <Supertip>');
  });

  it('keeps every string within the schema limits', () => {
    expect(lengthProblems(root)).toEqual([]);
    const long = variant('Value="PAR ranking"', `Value="${'x'.repeat(126)}"`);
    expect(lengthProblems(long)).toEqual([expect.stringMatching(/^ShortStrings OpenPane\.Label is 126 characters \(1\.\.125\)/)]);
  });

  it('references only resources it defines', () => {
    expect(referenceProblems(root)).toEqual([]);
    expect(referenceProblems(variant('resid="Icon.80x80"/>', 'resid="Icon.81x81"/>'))).toEqual([
      '<bt:Image resid="Icon.81x81"> names no Images resource',
    ]);
  });
});

describe('manifest.xml content', () => {
  it('is Vietnamese by default with English overrides for the names, description and button', () => {
    expect(child(root, 'DefaultLocale').text).toBe('vi-VN');
    // Office matches an Override's locale exactly: every English display language gets its own.
    expect(localeProblems(root, ENGLISH_LOCALES)).toEqual([]);
    expect(localizedElements(root).map((e) => e.attrs.id ?? e.local)).toEqual([
      'DisplayName', 'Description', 'GetStarted.Title', 'Group.Label', 'OpenPane.Label', 'GetStarted.Description', 'OpenPane.Tooltip',
    ]);
    const en = (el: XmlElement) => childrenNamed(el, 'Override').find((o) => o.attrs.Locale === 'en-US')?.attrs.Value;
    expect(child(root, 'DisplayName').attrs.DefaultValue).toBe('Chỉ số CCHC');
    expect(en(child(root, 'DisplayName'))).toBe('PAR Index');
    expect(en(child(root, 'Description'))).toMatch(/^Checks the Administrative Reform Index/);
    const strings = descendants(root).filter((e) => e.local === 'String');
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings) expect({ id: s.attrs.id, en: en(s) }).toEqual({ id: s.attrs.id, en: expect.any(String) });
  });

  it('the locale check catches a missing, stray, duplicated or different override', () => {
    const missing = variant('    <bt:Override Locale="en-GB" Value="PAR ranking"/>\n', '');
    expect(localeProblems(missing, ENGLISH_LOCALES)).toEqual(['<bt:String id="OpenPane.Label"> has no Override for en-GB']);
    const stray = variant('<Override Locale="en-SG" Value="PAR Index"/>', '<Override Locale="en-SG" Value="PAR Index"/><Override Locale="fr-FR" Value="PAR Index"/>');
    expect(localeProblems(stray, ENGLISH_LOCALES)).toEqual([`<DisplayName> has an Override for fr-FR, not one of ${ENGLISH_LOCALES.join(', ')}`]);
    const twice = variant('<Override Locale="en-SG" Value="PAR Index"/>', '<Override Locale="en-GB" Value="PAR Index"/>');
    expect(localeProblems(twice, ENGLISH_LOCALES)).toEqual(['<DisplayName> has no Override for en-SG', '<DisplayName> has more than one Override for en-GB']);
    const different = variant('<bt:Override Locale="en-AU" Value="PAR ranking"/>', '<bt:Override Locale="en-AU" Value="Xếp hạng CCHC"/>');
    expect(localeProblems(different, ENGLISH_LOCALES)).toEqual([
      '<bt:String id="OpenPane.Label"> has different texts for en-US, en-GB, en-AU, en-CA, en-IN, en-NZ, en-IE, en-SG: PAR ranking | Xếp hạng CCHC',
      '<bt:String id="OpenPane.Label"> overrides with its default (Vietnamese) text',
    ]);
  });

  it('asks for the ExcelApi set the Office adapter cannot work without, and no more', () => {
    const sets = childrenNamed(child(child(root, 'Requirements'), 'Sets'), 'Set');
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['ExcelApi', MIN_EXCEL_API]]);
    expect(MIN_EXCEL_API).toBe('1.7');
  });

  it('puts a button on the Home tab that opens the task pane', () => {
    const tab = descendants(root).find((e) => e.local === 'OfficeTab');
    expect(tab?.attrs.id).toBe('TabHome');
    const control = descendants(tab as XmlElement).find((e) => e.local === 'Control');
    expect(control?.attrs['xsi:type']).toBe('Button');
    const action = child(control as XmlElement, 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    const url = descendants(root).find((e) => e.local === 'Url' && e.attrs.id === child(action, 'SourceLocation').attrs.resid);
    expect(url?.attrs.DefaultValue).toBe('https://localhost:3000/taskpane.html');
    const sizes = childrenNamed(child(control as XmlElement, 'Icon'), 'Image').map((i) => i.attrs.size);
    expect(sizes).toEqual(['16', '32', '80']);
  });

  it('reads with office-addin-manifest (offline)', () => {
    // In a child Node: the package pulls in ES modules that Jest's CommonJS runtime cannot load.
    const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])
      .then((info) => process.stdout.write(JSON.stringify(info)), (e) => { console.error(e); process.exit(1); });`;
    const info = JSON.parse(execFileSync(process.execPath, ['-e', script, MANIFEST], { encoding: 'utf8', cwd: path.dirname(MANIFEST) })) as Record<string, unknown>;
    expect(info).toMatchObject({
      officeAppType: 'TaskPaneApp',
      defaultLocale: 'vi-VN',
      displayName: 'Chỉ số CCHC',
      hosts: ['Workbook'],
      permissions: 'ReadWriteDocument',
      iconUrl: 'https://localhost:3000/assets/icon-32.png',
      highResolutionIconUrl: 'https://localhost:3000/assets/icon-64.png',
      supportUrl: 'https://localhost:3000/help.html',
      defaultSettings: { sourceLocation: 'https://localhost:3000/taskpane.html' },
    });
    expect(info.id).toBe(child(root, 'Id').text);
  });
});
