/** SheetJS is loaded by the first read of an .xls or .ods file, not when the module is imported. */
import { execFileSync } from 'child_process';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..', '..');

it('importing the legacy reader and telling file kinds apart do not load SheetJS; reading does', () => {
  const script = `
    require(${JSON.stringify(path.join(ROOT, 'scripts', 'register-ts.js'))}).registerTypeScript();
    const fs = require('fs');
    const legacy = require(${JSON.stringify(path.join(ROOT, 'src', 'workbook', 'legacy'))});
    const loaded = () => Object.keys(require.cache).some((k) => k.includes('@e965'));
    const bytes = new Uint8Array(fs.readFileSync(${JSON.stringify(path.join(ROOT, 'test', 'fixtures', 'programs', 'thanh-tri-2021.xls'))}));
    const before = [loaded(), legacy.workbookFormatOf(bytes), loaded()];
    legacy.readLegacyWorkbook(bytes, 'xls').then((wb) => console.log(JSON.stringify([...before, wb.sheets.length, loaded()])));
  `;
  const out = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(JSON.parse(out)).toEqual([false, 'xls', false, 1, true]);
});
