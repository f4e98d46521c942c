/**
 * Who each unit column of a pass is, for its findings: its unit, and whether it is the unit's
 * ranked (appraised) column or its self-assessment column.
 */
import type { ColumnOwners } from './column-pass';
import type { UnitColumns } from './detect';
import type { ColumnOwner } from './score-cell';

/** The first and last grid column of the units' columns. */
function columnRange(units: readonly UnitColumns[]): [number, number] {
  let first = Infinity;
  let last = -1;
  for (let u = 0; u < units.length; u++) {
    const { scoreCol, selfCol = scoreCol } = units[u];
    first = Math.min(first, scoreCol, selfCol);
    last = Math.max(last, scoreCol, selfCol);
  }
  return [first, last];
}

/**
 * Who each column of the run from `first` is, for findings: its unit (`unitAt`, -1 for a column
 * of none) and whether it is a self-assessment column (`selfAt`). An owner is made when a
 * finding first needs it; none is kept with the scores.
 */
export class UnitOwners implements ColumnOwners {
  readonly first: number;
  readonly unitAt: Int32Array;
  private readonly selfAt: Uint8Array;
  private readonly made: (ColumnOwner | undefined)[];

  constructor(private readonly units: readonly UnitColumns[]) {
    const [first, last] = columnRange(units);
    this.first = first;
    this.unitAt = new Int32Array(Math.max(0, last - first + 1)).fill(-1);
    this.selfAt = new Uint8Array(this.unitAt.length);
    this.made = new Array<ColumnOwner | undefined>(this.unitAt.length);
    this.place();
  }

  /** A loop of its own (see the constructor of ScoredColumns). */
  private place(): void {
    const { units, first } = this;
    for (let u = 0; u < units.length; u++) {
      const { scoreCol, selfCol } = units[u];
      this.unitAt[scoreCol - first] = u;
      if (selfCol !== undefined) {
        this.unitAt[selfCol - first] = u;
        this.selfAt[selfCol - first] = 1;
      }
    }
  }

  /** For a self-assessment column: its unit's ranked column (as j counts); -1 for any other. */
  rankedOf(j: number): number {
    const u = this.unitAt[j];
    return u >= 0 && this.selfAt[j] ? this.units[u].scoreCol - this.first : -1;
  }

  of(j: number): ColumnOwner | undefined {
    const u = this.unitAt[j];
    if (u < 0) return undefined;
    this.made[j] ??= { col: this.first + j, unit: this.units[u].name, severity: this.selfAt[j] ? 'warning' : 'error' };
    return this.made[j];
  }
}
