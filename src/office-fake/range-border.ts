/** Fake Excel.RangeBorderCollection and RangeBorder: edges become style layers on the edge cells. */
import { make, type ContextHolder } from './client-object';
import type { RangeEntity } from './entities';
import { addLayer, colour, FormatPart, oneOf, uniform, type FormatTarget } from './format-part';

const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];
const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

export class RangeBorderCollection extends FormatPart {
  constructor(holder: ContextHolder, parent: () => FormatTarget) {
    super(holder, 'RangeBorderCollection', parent);
  }
  _scalars(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  getItem(index: string): RangeBorder {
    oneOf(index, BORDER_INDEXES, 'border index');
    return make(new RangeBorder(this._holder, () => this._e(), index))._created(this._id, 'getItem', [index], false);
  }
}

export class RangeBorder extends FormatPart {
  constructor(
    holder: ContextHolder,
    parent: () => FormatTarget,
    private readonly _index: string,
  ) {
    super(holder, 'RangeBorder', parent);
  }
  _scalars(): readonly string[] {
    return ['style'];
  }
  _read(name: string, list: FormatTarget): unknown {
    void name;
    const key = ({ EdgeTop: 'borderTop', EdgeBottom: 'borderBottom', EdgeLeft: 'borderLeft', EdgeRight: 'borderRight' } as const)[
      this._index as 'EdgeTop'
    ];
    return key ? uniform(list, key, 'None') : null;
  }
  get style(): string {
    return this._get('style');
  }
  set style(v: string) {
    this._set('style', v, (list) => {
      const s = oneOf(v, BORDER_STYLES, 'border style');
      for (const e of list) this._edge(e, s);
    });
  }
  private _edge(e: RangeEntity, s: string): void {
    {
      const { row, col, rows, cols } = e.box;
      switch (this._index) {
        case 'EdgeTop':
          return addLayer(e, { borderTop: s }, { row, col, rows: 1, cols });
        case 'EdgeBottom':
          return addLayer(e, { borderBottom: s }, { row: row + rows - 1, col, rows: 1, cols });
        case 'EdgeLeft':
          return addLayer(e, { borderLeft: s }, { row, col, rows, cols: 1 });
        case 'EdgeRight':
          return addLayer(e, { borderRight: s }, { row, col: col + cols - 1, rows, cols: 1 });
        case 'InsideHorizontal':
          if (rows < 2) return;
          addLayer(e, { borderBottom: s }, { row, col, rows: rows - 1, cols });
          return addLayer(e, { borderTop: s }, { row: row + 1, col, rows: rows - 1, cols });
        case 'InsideVertical':
          if (cols < 2) return;
          addLayer(e, { borderRight: s }, { row, col, rows, cols: cols - 1 });
          return addLayer(e, { borderLeft: s }, { row, col: col + 1, rows, cols: cols - 1 });
        default:
          return;
      }
    }
  }
  set weight(v: string) {
    this._set('weight', v, () => void oneOf(v, BORDER_WEIGHTS, 'border weight'));
  }
  get weight(): string {
    return this._get('weight');
  }
  set color(v: string) {
    this._set('color', v, () => void colour(v));
  }
  get color(): string {
    return this._get('color');
  }
}
