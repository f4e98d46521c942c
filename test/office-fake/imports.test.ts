/**
 * The room's import rules (src/office-fake/README.md): no circle among its files, type imports
 * included; nothing from outside the room but what the README allows; imported only by tests,
 * the bench and the browser preview, through index.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const REPO = path.resolve(__dirname, '../..');
const ROOM = path.join(REPO, 'src/office-fake');
/** The one production folder that may use the fake: the browser preview. */
const PREVIEW = path.join(REPO, 'src/taskpane/preview');
/** Modules outside the room it may import (resolved paths, relative to src/). */
const ALLOWED_OUTSIDE = ['engine/grid', 'workbook/utf8'];

/** file (name without .ts) -> every module it names: import, import type, export from, import(), require. */
function importsOf(file: string): string[] {
  return modulesNamedIn(path.join(ROOM, `${file}.ts`));
}

function modulesNamedIn(filePath: string): string[] {
  return ts.preProcessFile(fs.readFileSync(filePath, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/** Every .ts/.tsx file under a folder of the repository. */
function sourcesUnder(folder: string): string[] {
  const dir = path.join(REPO, folder);
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.tsx?$/.test(f) && !f.split(path.sep).includes('node_modules'))
    .map((f) => path.join(dir, f));
}

function inside(folder: string, file: string): boolean {
  return file === folder || file.startsWith(folder + path.sep);
}

function roomGraph(): Map<string, string[]> {
  const files = fs.readdirSync(ROOM).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
  return new Map(files.map((f) => [f, importsOf(f).filter((m) => m.startsWith('./')).map((m) => m.slice(2))]));
}

/** The circles of a graph, each as the path that closes it ("a -> b -> a"). */
function circles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('src/office-fake imports', () => {
  test('the circle finder finds a circle (self-check)', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
    expect(circles(graph)).toEqual(['a -> b -> c -> a']);
  });

  test('no two files import each other, directly or round a circle, types included', () => {
    const graph = roomGraph();
    const unknown = [...graph].flatMap(([file, targets]) => targets.filter((t) => !graph.has(t)).map((t) => `${file} -> ${t}`));
    expect(unknown).toEqual([]);
    expect(circles(graph)).toEqual([]);
  });

  test('from outside the room, only the engine grid helpers and the UTF-8 length', () => {
    const outside = new Set<string>();
    for (const file of roomGraph().keys()) {
      for (const m of importsOf(file)) {
        if (m.startsWith('./')) continue;
        outside.add(m.startsWith('../') ? path.relative(path.resolve(ROOM, '..'), path.resolve(ROOM, m)) : m);
      }
    }
    expect([...outside].filter((m) => !ALLOWED_OUTSIDE.includes(m))).toEqual([]);
  });

  test('used only by tests, the bench and the preview, through index.ts', () => {
    const wrong: string[] = [];
    for (const file of [...sourcesUnder('src'), ...sourcesUnder('test'), ...sourcesUnder('bench')]) {
      if (inside(ROOM, file)) continue;
      for (const m of modulesNamedIn(file).filter((x) => x.startsWith('.'))) {
        const target = path.resolve(path.dirname(file), m);
        if (!inside(ROOM, target)) continue;
        const where = path.relative(REPO, file);
        if (inside(path.join(REPO, 'src'), file) && !inside(PREVIEW, file)) wrong.push(`${where}: production code imports ${m}`);
        if (target !== ROOM && target !== path.join(ROOM, 'index')) wrong.push(`${where}: imports ${m}, not the room's index.ts`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
