/**
 * Fake Excel.RequestContext, Workbook, Application and WorksheetCollection: the entry points an
 * `Excel.run` batch starts from.
 */
import { CALCULATION_MODES, CALCULATION_TYPES, calculated, calculationOf, setCalculationMode, type CalculationMode } from './calculation';
import { FakeObject, make, specNames, type ContextHolder, type LoadSpec } from './client-object';
import type { FakeEngine } from './context';
import { FakeOfficeError } from './errors';
import { findSheet, liveSheets, newSheet, type SheetModel, type WorkbookModel } from './model';
import { NamedItemCollection } from './names';
import { WorkbookProtection } from './protection';
import { refuseUnderStructure } from './protection-rules';
import { checkSheetName } from './sheet-ops';
import { strict } from './strict';
import { Worksheet } from './worksheet';

export class RequestContext implements ContextHolder {
  private _workbook?: Workbook;
  _proxy?: object;

  constructor(readonly _engine: FakeEngine) {}

  get _publicContext(): object {
    return this._proxy ?? this;
  }

  get workbook(): Workbook {
    this._workbook ??= make(new Workbook(this));
    return this._workbook;
  }

  sync(): Promise<void> {
    return this._engine.sync();
  }
}

/** The request context behind the strictness proxy. */
export function newRequestContext(engine: FakeEngine): RequestContext {
  const ctx = new RequestContext(engine);
  const proxied = strict(ctx, 'RequestContext');
  ctx._proxy = proxied;
  return proxied;
}

abstract class WorkbookPart extends FakeObject<WorkbookModel> {
  _resolve(): WorkbookModel {
    return this._engine.model;
  }
}

export class Workbook extends WorkbookPart {
  private _worksheets?: WorksheetCollection;
  private _names?: NamedItemCollection;
  private _application?: Application;
  private _protection?: WorkbookProtection;

  constructor(holder: ContextHolder) {
    super(holder, 'Workbook');
    this._entity = holder._engine.model;
  }
  _scalars(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  get worksheets(): WorksheetCollection {
    this._worksheets ??= make(new WorksheetCollection(this._holder));
    return this._worksheets;
  }
  get names(): NamedItemCollection {
    this._names ??= make(new NamedItemCollection(this._holder));
    return this._names;
  }
  get application(): Application {
    this._application ??= make(new Application(this._holder));
    return this._application;
  }
  get protection(): WorkbookProtection {
    this._protection ??= make(new WorkbookProtection(this._holder))._created(this._id, 'protection', [], false);
    return this._protection;
  }
}

export class Application extends WorkbookPart {
  constructor(holder: ContextHolder) {
    super(holder, 'Application');
    this._entity = holder._engine.model;
  }
  _scalars(): readonly string[] {
    return ['calculationMode'];
  }
  _read(name: string, model: WorkbookModel): unknown {
    void name;
    return calculationOf(model).mode;
  }
  /** ExcelApi 1.1 to read, 1.8 to set (calculation.ts). */
  get calculationMode(): string {
    return this._get('calculationMode');
  }
  set calculationMode(v: string) {
    this._set('calculationMode', v, (model) => {
      this._engine.requireApi('1.8', 'Application.calculationMode (set)');
      if (!CALCULATION_MODES.includes(v as CalculationMode)) throw new FakeOfficeError('InvalidArgument', `Unknown calculation mode ${JSON.stringify(v)}.`);
      setCalculationMode(model, v as CalculationMode);
    });
  }
  /** Recalculates every formula ("Recalculate", "Full", "FullRebuild"): nothing is stale after it. */
  calculate(calculationType: string): void {
    this._call('calculate', [calculationType], (model) => {
      if (!(CALCULATION_TYPES as readonly string[]).includes(calculationType)) {
        throw new FakeOfficeError('InvalidArgument', `Unknown calculation type ${JSON.stringify(calculationType)}.`);
      }
      calculated(model, calculationType);
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], () => this._engine.requireApi('1.6', 'Application.suspendApiCalculationUntilNextSync'));
  }
}

const SHEET_PROPS = ['name', 'id', 'position', 'visibility'];

export class WorksheetCollection extends WorkbookPart {
  private _items?: Worksheet[];

  constructor(holder: ContextHolder) {
    super(holder, 'WorksheetCollection');
    this._entity = holder._engine.model;
  }
  _scalars(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }

  get items(): Worksheet[] {
    if (!this._items) throw new FakeOfficeError('PropertyNotLoaded', 'WorksheetCollection.items is not loaded; call load("items/name") and context.sync().');
    return this._items;
  }

  override load(spec?: LoadSpec): this {
    const names = specNames(spec) ?? ['items'];
    const props = new Set<string>();
    let protection = false;
    for (const n of names) {
      if (n === 'items') SHEET_PROPS.forEach((p) => props.add(p));
      else if (n.startsWith('items/') && SHEET_PROPS.includes(n.slice(6))) props.add(n.slice(6));
      else if (n === 'items/protection/protected') protection = true;
      else throw new FakeOfficeError('UnknownMember', `WorksheetCollection cannot load "${n}".`);
    }
    if (protection) this._engine.requireApi('1.2', 'Worksheet.protection');
    const list = Array.from(props);
    this._engine.enqueue({ o: this._id, a: 'load', m: names.join(',') }, () => {
      const sheets = liveSheets(this._engine.model);
      const rows = sheets.map((s) => {
        const ws = make(new Worksheet(this._holder, () => s));
        ws._entity = s;
        const data: Record<string, unknown> = Object.fromEntries(list.map((p) => [p, ws._read(p, s)]));
        if (protection) data.protection = { protected: s.protected === true };
        return { ws, data };
      });
      return {
        data: rows.map((r) => r.data),
        commit: () => {
          for (const r of rows) for (const p of list) r.ws._loaded.set(p, r.data[p]);
          if (protection) for (const r of rows) r.ws._setLoadedProtection((r.data.protection as { protected: boolean }).protected);
          this._items = rows.map((r) => r.ws);
        },
      };
    });
    return this;
  }

  private _sheet(resolver: () => SheetModel | null, member: string, args: unknown[], nullable: boolean): Worksheet {
    return make(new Worksheet(this._holder, resolver))._created(this._id, member, args, nullable);
  }

  getItem(key: string): Worksheet {
    return this._sheet(() => {
      const s = findSheet(this._engine.model, key);
      if (!s) throw new FakeOfficeError('ItemNotFound', `The worksheet "${key}" does not exist.`);
      return s;
    }, 'getItem', [key], false);
  }

  getItemOrNullObject(key: string): Worksheet {
    return this._sheet(() => {
      this._engine.requireApi('1.4', 'WorksheetCollection.getItemOrNullObject');
      return findSheet(this._engine.model, key) ?? null;
    }, 'getItemOrNullObject', [key], true);
  }

  getActiveWorksheet(): Worksheet {
    return this._sheet(() => {
      const s = findSheet(this._engine.model, this._engine.model.activeSheetId);
      if (!s) throw new FakeOfficeError('ItemNotFound', 'There is no active worksheet.');
      return s;
    }, 'getActiveWorksheet', [], false);
  }

  add(name?: string): Worksheet {
    return this._sheet(() => {
      const wb = this._engine.model;
      let wanted = name;
      if (wanted === undefined) {
        let i = liveSheets(wb).length + 1;
        while (findSheet(wb, `Sheet${i}`)) i++;
        wanted = `Sheet${i}`;
      }
      refuseUnderStructure(wb, 'WorksheetCollection.add');
      checkSheetName(wb, wanted);
      const s = newSheet(wb, wanted);
      wb.sheets.push(s);
      return s;
    }, 'add', name === undefined ? [] : [name], false);
  }
}
