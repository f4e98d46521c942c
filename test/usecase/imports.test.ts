/**
 * The room's rules (src/usecase/README.md), checked on the source: its files import each other
 * without a circle (types included); from outside only the engine, the appendix and the port;
 * imported, among the product's rooms, only by the two shells (pane, command line), through index.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const SRC = path.resolve(__dirname, '../../src');
const ROOM = path.join(SRC, 'usecase');
/** What the room may import from outside itself, as paths under src/ (a folder allows all it holds). */
const MAY_IMPORT = ['engine', 'readers', 'appendix', 'workbook/port'];
/** The rooms that may import it. */
const SHELLS = ['taskpane', 'cli'];

/** Every module a file names (imports, type imports, re-exports, dynamic imports). */
function named(file: string): string[] {
  return ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

function sources(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(dir, f));
}

/** A file's relative imports as paths under src/, without extension. */
function targets(file: string): string[] {
  return named(file).filter((m) => m.startsWith('.')).map((m) => path.relative(SRC, path.resolve(path.dirname(file), m)));
}

const under = (folder: string, target: string) => target === folder || target.startsWith(`${folder}/`);
const moduleOf = (file: string) => path.relative(SRC, file).replace(/\.tsx?$/, '');

/** The first circle found in a graph, as "a -> b -> a", or undefined. */
function circleIn(graph: Map<string, string[]>): string | undefined {
  const done = new Set<string>();
  const walk = (node: string, trail: string[]): string | undefined => {
    if (trail.includes(node)) return [...trail.slice(trail.indexOf(node)), node].join(' -> ');
    if (done.has(node)) return undefined;
    for (const next of graph.get(node) ?? []) {
      const circle = walk(next, [...trail, node]);
      if (circle) return circle;
    }
    done.add(node);
    return undefined;
  };
  for (const node of graph.keys()) {
    const circle = walk(node, []);
    if (circle) return circle;
  }
  return undefined;
}

describe('src/usecase imports', () => {
  const files = sources(ROOM);

  it('the circle finder finds one (self-check)', () => {
    expect(circleIn(new Map([['a', ['b']], ['b', ['c']], ['c', ['b']]]))).toBe('b -> c -> b');
    expect(circleIn(new Map([['a', ['b']], ['b', []]]))).toBeUndefined();
  });

  it('no circle among its files, types included', () => {
    const graph = new Map(files.map((f) => [moduleOf(f), targets(f).filter((t) => under('usecase', t))]));
    expect(circleIn(graph)).toBeUndefined();
  });

  it('from outside: the engine, the appendix and the port only; no package (React, Node, Office, ExcelJS)', () => {
    const wrong = files.flatMap((f) => [
      ...named(f).filter((m) => !m.startsWith('.')).map((m) => `${moduleOf(f)}: package ${m}`),
      ...targets(f).filter((t) => !under('usecase', t) && !MAY_IMPORT.some((allowed) => under(allowed, t))).map((t) => `${moduleOf(f)}: ${t}`),
    ]);
    expect(wrong).toEqual([]);
  });

  it('never the Word document builder (src/docx): the shells hand it in (AppendixDocumentBuilder)', () => {
    const wrong = files.flatMap((f) => targets(f).filter((t) => under('docx', t)).map((t) => `${moduleOf(f)}: ${t}`));
    expect(wrong).toEqual([]);
  });

  it('imported only by the pane and the command line, through index.ts', () => {
    const wrong = sources(SRC).filter((f) => !under(ROOM, f)).flatMap((f) =>
      targets(f).filter((t) => under('usecase', t)).flatMap((t) => {
        const from = moduleOf(f);
        const problems: string[] = [];
        if (!SHELLS.some((shell) => under(shell, from))) problems.push(`${from} imports ${t}`);
        if (t !== 'usecase' && t !== 'usecase/index') problems.push(`${from} imports ${t}, not the room's index.ts`);
        return problems;
      }),
    );
    expect(wrong).toEqual([]);
  });
});
