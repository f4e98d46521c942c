/**
 * What the fake's format objects share: the areas they act on, value checks, and turning a
 * write into style layers (see model.ts) or a read into the value every cell shares.
 */
import type { CellBox } from '../engine/grid';
import { FakeObject, type ContextHolder } from './client-object';
import type { RangeEntity } from './entities';
import { FakeOfficeError } from './errors';
import type { StyleProps } from './model';
import { styleAt } from './styles';

export function oneOf(value: unknown, allowed: string[], what: string): string {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new FakeOfficeError('InvalidArgument', `${what} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}.`);
  }
  return value;
}

export function colour(value: unknown): string {
  if (typeof value !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(value)) {
    throw new FakeOfficeError('InvalidArgument', `A colour must be "#RRGGBB"; got ${JSON.stringify(value)}.`);
  }
  return value.toUpperCase();
}

export function positive(value: unknown, what: string, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    throw new FakeOfficeError('InvalidArgument', `${what} must be a number from 0 to ${max}; got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** The value every cell of the box shares for `key`, or null when they differ. */
export function uniform<K extends keyof StyleProps>(list: RangeEntity[], key: K, fallback: StyleProps[K]): StyleProps[K] | null {
  let first: StyleProps[K] | undefined;
  let seen = false;
  for (const e of list) {
    for (let r = 0; r < e.box.rows; r++) {
      for (let c = 0; c < e.box.cols; c++) {
        const v = styleAt(e.sheet, e.box.row + r, e.box.col + c)[key] ?? fallback;
        if (!seen) {
          first = v;
          seen = true;
        } else if (v !== first) return null;
      }
    }
  }
  return first ?? fallback;
}

export function addLayer(e: RangeEntity, props: StyleProps, box: CellBox = e.box): void {
  e.sheet.styles.push({ box, props });
}

/** Adds the same layer to every area. */
export function addLayers(list: RangeEntity[], props: StyleProps): void {
  for (const e of list) addLayer(e, props);
}

/** The areas a format part acts on: one for a Range, several for a RangeAreas. */
export type FormatTarget = RangeEntity[];

export abstract class FormatPart extends FakeObject<FormatTarget> {
  constructor(
    holder: ContextHolder,
    typeName: string,
    private readonly _parent: () => FormatTarget,
  ) {
    super(holder, typeName);
  }
  _resolve(): FormatTarget {
    return this._parent();
  }
  override _alive(list: FormatTarget): boolean {
    return list.every((e) => !e.sheet.deleted);
  }
}
