/**
 * What goes when a result sheet of ours is replaced: the parts its relationships lead to (its
 * drawing, the drawing's charts, the charts' style parts ...), transitively, unless some other part
 * of the package refers to them too; and the calculation chain when it lists cells of that sheet
 * (Excel rebuilds a missing chain, but reports a chain naming cells without formulas as damage).
 */
import type { PackageSource } from './splice';
import { folderOf, parseRelationshipsPart, relsPartOf, resolveTarget } from './splice-parts';

/** Relationship targets of each part of the package, read once per splice. */
export class PackageLinks {
  private readonly byLower = new Map<string, string>();
  private readonly targets = new Map<string, string[]>();

  constructor(private readonly pkg: PackageSource) {
    for (const name of pkg.names()) this.byLower.set(name.toLowerCase(), name);
  }

  /** The part's name as stored, or undefined when the package has no such part. */
  actual(name: string): string | undefined {
    return this.byLower.get(name.toLowerCase());
  }

  /** Parts a relationships part points at (internal targets that exist). */
  targetsOfRels(relsName: string): string[] {
    const key = relsName.toLowerCase();
    let out = this.targets.get(key);
    if (out === undefined) {
      const text = this.pkg.text(relsName);
      out = [];
      if (text !== undefined) {
        // xl/worksheets/_rels/sheet1.xml.rels belongs to xl/worksheets/sheet1.xml; _rels/.rels to the package.
        const sourceFolder = folderOf(folderOf(relsName));
        for (const rel of parseRelationshipsPart(text)) {
          if (rel.external) continue;
          const part = this.actual(resolveTarget(sourceFolder, rel.target));
          if (part !== undefined) out.push(part);
        }
      }
      this.targets.set(key, out);
    }
    return out;
  }

  /** Parts the part's own relationships point at. */
  targetsOf(part: string): string[] {
    const rels = this.actual(relsPartOf(part));
    return rels === undefined ? [] : this.targetsOfRels(rels);
  }

  relsNames(): string[] {
    return [...this.byLower.values()].filter((n) => n.toLowerCase().endsWith('.rels'));
  }
}

/**
 * The parts to remove with `part`'s old content (not `part` itself, which is overwritten): every
 * part reached from it through relationships that nothing outside that set refers to, and their
 * relationships parts. `part`'s own relationships part is left to the caller.
 */
export function partsHangingOff(links: PackageLinks, part: string): string[] {
  const closure = new Set<string>();
  const queue = [...links.targetsOf(part)];
  while (queue.length) {
    const next = queue.pop() as string;
    if (closure.has(next) || next.toLowerCase() === part.toLowerCase()) continue;
    closure.add(next);
    queue.push(...links.targetsOf(next));
  }
  if (closure.size === 0) return [];
  const inside = new Set([part, ...closure].map((p) => links.actual(relsPartOf(p))?.toLowerCase()).filter((n): n is string => n !== undefined));
  const kept = new Set<string>();
  const keep = (p: string): void => {
    if (kept.has(p) || !closure.has(p)) return;
    kept.add(p);
    for (const t of links.targetsOf(p)) keep(t);
  };
  for (const rels of links.relsNames()) {
    if (inside.has(rels.toLowerCase())) continue;
    for (const t of links.targetsOfRels(rels)) keep(t);
  }
  const removed: string[] = [];
  for (const p of closure) {
    if (kept.has(p)) continue;
    removed.push(p);
    const rels = links.actual(relsPartOf(p));
    if (rels !== undefined) removed.push(rels);
  }
  return removed;
}

/** Whether a calcChain part lists a cell of one of the sheets (by sheetId; `i` carries over). */
export function calcChainNames(calcChainXml: string, sheetIds: ReadonlySet<number>): boolean {
  let current = NaN;
  const re = /<(?:[\w.-]+:)?c\s[^>]*>/g;
  for (let m = re.exec(calcChainXml); m; m = re.exec(calcChainXml)) {
    const i = /\si\s*=\s*["'](-?\d+)["']/.exec(m[0]);
    if (i) current = Number(i[1]);
    if (sheetIds.has(current)) return true;
  }
  return false;
}
