/** Fake Excel.ChartCollection, Chart, ChartTitle, ChartLegend, ChartSeriesCollection, ChartSeries. */
import { a1Box } from '../engine/grid';
import { parseRef } from './address';
import { FakeObject, make, specNames, type ContextHolder, type LoadSpec } from './client-object';
import type { RangeArgument } from './entities';
import { FakeOfficeError } from './errors';
import type { ChartModel, SheetModel } from './model';
import { refuseOnProtectedSheet } from './protection-rules';

const CHART_TYPES = ['BarClustered', 'ColumnClustered', 'BarStacked', 'ColumnStacked', 'Line', 'Pie'];

function rangeOnSheet(range: RangeArgument, sheet: SheetModel, what: string): string {
  const e = range._e();
  if (e.sheet !== sheet) throw new FakeOfficeError('InvalidArgument', `${what} must be on the chart's sheet.`);
  return a1Box(e.box);
}

export class ChartCollection extends FakeObject<SheetModel> {
  private _items?: Chart[];

  constructor(
    holder: ContextHolder,
    private readonly _resolver: () => SheetModel,
  ) {
    super(holder, 'ChartCollection');
  }
  _scalars(): readonly string[] {
    return ['count'];
  }
  _read(name: string, s: SheetModel): unknown {
    void name;
    return s.charts.filter((c) => !c.deleted).length;
  }
  _resolve(): SheetModel {
    return this._resolver();
  }
  override _alive(s: SheetModel): boolean {
    return !s.deleted;
  }

  get count(): number {
    return this._get('count');
  }

  get items(): Chart[] {
    if (!this._items) throw new FakeOfficeError('PropertyNotLoaded', 'ChartCollection.items is not loaded; call load("items") and context.sync().');
    return this._items;
  }

  override _loadNavigation(head: string, rest: string): void {
    if (head !== 'items') super._loadNavigation(head, rest);
    const props = rest.split('/')[0];
    if (!['name', 'id', 'chartType'].includes(props)) throw new FakeOfficeError('UnknownMember', `Chart has no loadable property "${props}".`);
    this._engine.enqueue({ o: this._id, a: 'load', m: `items/${props}` }, () => {
      const charts = this._e().charts.filter((c) => !c.deleted);
      return {
        data: charts.map((c) => ({ name: c.name, id: c.id, chartType: c.type })),
        commit: () => {
          this._items = charts.map((c) => {
            const chart = make(new Chart(this._holder, () => c));
            chart._entity = c;
            for (const k of ['name', 'id', 'chartType']) chart._loaded.set(k, chart._read(k, c));
            return chart;
          });
        },
      };
    });
  }

  override load(spec?: LoadSpec): this {
    for (const n of specNames(spec) ?? ['items/name']) {
      if (n === 'items') this._loadNavigation('items', 'name');
      else if (n.startsWith('items/')) this._loadNavigation('items', n.slice(6));
      else super.load(n);
    }
    return this;
  }

  getItem(name: string): Chart {
    return make(new Chart(this._holder, () => {
      const found = this._e().charts.find((c) => !c.deleted && c.name === name);
      if (!found) throw new FakeOfficeError('ItemNotFound', `The chart "${name}" does not exist.`);
      return found;
    }))._created(this._id, 'getItem', [name], false);
  }

  add(type: string, sourceData: RangeArgument, seriesBy?: string): Chart {
    const chart = make(new Chart(this._holder, () => {
      const sheet = this._e();
      refuseOnProtectedSheet(sheet, 'ChartCollection.add');
      if (!CHART_TYPES.includes(type)) throw new FakeOfficeError('InvalidArgument', `Unsupported chart type ${JSON.stringify(type)}.`);
      const model: ChartModel = {
        id: `chart-${this._engine.model.nextId++}`,
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: rangeOnSheet(sourceData, sheet, 'The chart source'),
        seriesBy: seriesBy ?? 'Auto',
        title: '',
        legendVisible: true,
        deleted: false,
      };
      sheet.charts.push(model);
      return model;
    }));
    return chart._created(this._id, 'add', [type, { range: sourceData._id }, seriesBy ?? 'Auto'], false);
  }
}

export class Chart extends FakeObject<ChartModel> {
  private _title?: ChartTitle;
  private _legend?: ChartLegend;
  private _series?: ChartSeriesCollection;

  constructor(
    holder: ContextHolder,
    private readonly _resolver: () => ChartModel,
  ) {
    super(holder, 'Chart');
  }
  _scalars(): readonly string[] {
    return ['name', 'id', 'chartType'];
  }
  _read(name: string, c: ChartModel): unknown {
    return name === 'name' ? c.name : name === 'id' ? c.id : c.type;
  }
  _resolve(): ChartModel {
    return this._resolver();
  }
  override _alive(c: ChartModel): boolean {
    return !c.deleted;
  }
  private _sheetOf(c: ChartModel): SheetModel {
    const sheet = this._engine.model.sheets.find((s) => s.charts.includes(c));
    if (!sheet) throw new FakeOfficeError('ItemNotFound', 'The chart has no sheet.');
    return sheet;
  }

  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (c) => {
      c.name = String(v);
    });
  }
  get id(): string {
    return this._get('id');
  }
  get chartType(): string {
    return this._get('chartType');
  }

  get title(): ChartTitle {
    this._title ??= make(new ChartTitle(this._holder, () => this._e()))._created(this._id, 'title', [], false);
    return this._title;
  }
  get legend(): ChartLegend {
    this._legend ??= make(new ChartLegend(this._holder, () => this._e()))._created(this._id, 'legend', [], false);
    return this._legend;
  }
  get series(): ChartSeriesCollection {
    this._series ??= make(new ChartSeriesCollection(this._holder, () => this._e()))._created(this._id, 'series', [], false);
    return this._series;
  }

  setPosition(startCell: RangeArgument | string, endCell?: RangeArgument | string): void {
    const arg = (x: RangeArgument | string | undefined): unknown => (typeof x === 'string' || x === undefined ? x : { range: x._id });
    this._call('setPosition', [arg(startCell), arg(endCell)], (c) => {
      const sheet = this._sheetOf(c);
      const at = (x: RangeArgument | string): string => (typeof x === 'string' ? a1Box(parseRef(x)) : rangeOnSheet(x, sheet, 'A chart position'));
      c.position = { start: at(startCell), end: endCell === undefined ? undefined : at(endCell) };
    });
  }

  delete(): void {
    this._call('delete', [], (c) => {
      c.deleted = true;
    });
  }
}

abstract class ChartPart extends FakeObject<ChartModel> {
  constructor(
    holder: ContextHolder,
    typeName: string,
    private readonly _resolver: () => ChartModel,
  ) {
    super(holder, typeName);
  }
  _resolve(): ChartModel {
    return this._resolver();
  }
  override _alive(c: ChartModel): boolean {
    return !c.deleted;
  }
}

export class ChartTitle extends ChartPart {
  constructor(holder: ContextHolder, resolver: () => ChartModel) {
    super(holder, 'ChartTitle', resolver);
  }
  _scalars(): readonly string[] {
    return ['text'];
  }
  _read(name: string, c: ChartModel): unknown {
    void name;
    return c.title;
  }
  get text(): string {
    return this._get('text');
  }
  set text(v: string) {
    this._set('text', v, (c) => {
      c.title = String(v);
    });
  }
}

export class ChartLegend extends ChartPart {
  constructor(holder: ContextHolder, resolver: () => ChartModel) {
    super(holder, 'ChartLegend', resolver);
  }
  _scalars(): readonly string[] {
    return ['visible'];
  }
  _read(name: string, c: ChartModel): unknown {
    void name;
    return c.legendVisible;
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(v: boolean) {
    this._set('visible', v, (c) => {
      c.legendVisible = v === true;
    });
  }
}

export class ChartSeriesCollection extends ChartPart {
  constructor(holder: ContextHolder, resolver: () => ChartModel) {
    super(holder, 'ChartSeriesCollection', resolver);
  }
  _scalars(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  getItemAt(index: number): ChartSeries {
    return make(new ChartSeries(this._holder, () => {
      if (index !== 0) throw new FakeOfficeError('ItemNotFound', `The fake chart has one series; asked for ${index}.`);
      return this._e();
    }))._created(this._id, 'getItemAt', [index], false);
  }
}

export class ChartSeries extends ChartPart {
  constructor(holder: ContextHolder, resolver: () => ChartModel) {
    super(holder, 'ChartSeries', resolver);
  }
  _scalars(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  setXAxisValues(sourceData: RangeArgument): void {
    this._call('setXAxisValues', [{ range: sourceData._id }], (c) => {
      this._engine.requireApi('1.7', 'ChartSeries.setXAxisValues');
      const sheet = this._engine.model.sheets.find((s) => s.charts.includes(c));
      if (!sheet) throw new FakeOfficeError('ItemNotFound', 'The chart has no sheet.');
      c.categories = rangeOnSheet(sourceData, sheet, 'Category values');
    });
  }
  setValues(sourceData: RangeArgument): void {
    this._call('setValues', [{ range: sourceData._id }], (c) => {
      this._engine.requireApi('1.7', 'ChartSeries.setValues');
      const sheet = this._engine.model.sheets.find((s) => s.charts.includes(c));
      if (!sheet) throw new FakeOfficeError('ItemNotFound', 'The chart has no sheet.');
      c.values = rangeOnSheet(sourceData, sheet, 'Series values');
    });
  }
}
