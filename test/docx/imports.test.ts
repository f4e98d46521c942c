/**
 * The room's rules (src/docx/README.md), checked on the source: it imports the engine, i18n and
 * the appendix's plan, and of packages only `docx`; outside it, only the two shells import it, and
 * only with a dynamic `import()`, so neither the pane's first bundle nor a command line run
 * without --docx loads the library.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const SRC = path.resolve(__dirname, '../../src');
const ROOM = path.join(SRC, 'docx');
const MAY_IMPORT = ['engine', 'i18n', 'appendix'];
const PACKAGES = ['docx'];
const SHELLS = ['taskpane', 'cli'];

function sources(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(dir, f));
}

/** Every module a file names, and whether it is named by a dynamic import. */
function imports(file: string): { module: string; dynamic: boolean }[] {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: { module: string; dynamic: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ module: node.moduleSpecifier.text, dynamic: false });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0])) {
      found.push({ module: node.arguments[0].text, dynamic: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const target = (file: string, module: string) => path.relative(SRC, path.resolve(path.dirname(file), module));
const under = (folder: string, t: string) => t === folder || t.startsWith(`${folder}/`);

describe('src/docx imports', () => {
  it('the engine, i18n, the appendix and the docx package only', () => {
    const wrong = sources(ROOM).flatMap((f) => imports(f).filter(({ module }) => (module.startsWith('.')
      ? !under('docx', target(f, module)) && !MAY_IMPORT.some((room) => under(room, target(f, module)))
      : !PACKAGES.includes(module))).map(({ module }) => `${path.relative(SRC, f)}: ${module}`));
    expect(wrong).toEqual([]);
  });

  it('imported outside the room only by the shells, and only with import()', () => {
    const importers = sources(SRC).filter((f) => !under(ROOM, f)).flatMap((f) =>
      imports(f).filter(({ module }) => module.startsWith('.') && under('docx', target(f, module))).map((i) => ({ from: path.relative(SRC, f), ...i })));
    // The shells do use it (else this test would pass over nothing).
    expect(new Set(importers.map((i) => i.from.split('/')[0]))).toEqual(new Set(SHELLS));
    expect(importers.filter((i) => !i.dynamic || !SHELLS.some((s) => under(s, i.from)))).toEqual([]);
  });

  it('the package itself only here', () => {
    const outside = sources(SRC).filter((f) => !under(ROOM, f)).filter((f) => imports(f).some((i) => i.module === 'docx'));
    expect(outside.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});
