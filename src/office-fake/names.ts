/**
 * Fake Excel.NamedItemCollection and NamedItem (workbook-scoped defined names). Like Excel, a name
 * whose formula refers to a sheet follows that sheet's renames and turns into #REF! when the sheet
 * is deleted (see sheet-ops.ts); a string reference without "=" is stored as a text constant.
 */
import { FakeObject, make, specNames, type ContextHolder, type LoadSpec } from './client-object';
import type { RangeArgument } from './entities';
import { FakeOfficeError } from './errors';
import type { NamedItemModel, WorkbookModel } from './model';
import { referenceFormula } from './sheet-ops';

const NAME_PROPS = ['name', 'type', 'value', 'formula', 'comment', 'visible', 'scope'];

function checkName(wb: WorkbookModel, name: string): void {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[rRcC]\d*$/.test(name) || name.length > 255) {
    throw new FakeOfficeError('InvalidArgument', `"${name}" is not a valid name.`);
  }
  if (wb.names.some((n) => !n.deleted && n.scope === 'Workbook' && n.name.toUpperCase() === name.toUpperCase())) {
    throw new FakeOfficeError('ItemAlreadyExists', `The name "${name}" already exists.`);
  }
}

function typeOf(formula: string): string {
  if (formula.includes('#REF!')) return 'Error';
  if (/^="/.test(formula)) return 'String';
  if (/^=-?\d/.test(formula)) return 'Double';
  if (/!\$?[A-Z]+\$?\d+/.test(formula)) return 'Range';
  return 'Error';
}

export class NamedItemCollection extends FakeObject<WorkbookModel> {
  private _items?: NamedItem[];

  constructor(holder: ContextHolder) {
    super(holder, 'NamedItemCollection');
    this._entity = holder._engine.model;
  }
  _scalars(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  _resolve(): WorkbookModel {
    return this._engine.model;
  }

  get items(): NamedItem[] {
    if (!this._items) throw new FakeOfficeError('PropertyNotLoaded', 'NamedItemCollection.items is not loaded; call load("items/name") and context.sync().');
    return this._items;
  }

  override load(spec?: LoadSpec): this {
    const names = specNames(spec) ?? ['items'];
    const props = new Set<string>();
    for (const n of names) {
      if (n === 'items') NAME_PROPS.forEach((p) => props.add(p));
      else if (n.startsWith('items/') && NAME_PROPS.includes(n.slice(6))) props.add(n.slice(6));
      else throw new FakeOfficeError('UnknownMember', `NamedItemCollection cannot load "${n}".`);
    }
    const list = Array.from(props);
    if (list.includes('formula')) this._engine.requireApi('1.7', 'NamedItem.formula');
    this._engine.enqueue({ o: this._id, a: 'load', m: names.join(',') }, () => {
      const rows = this._engine.model.names
        .filter((n) => !n.deleted)
        .map((n) => {
          const item = make(new NamedItem(this._holder, () => n));
          item._entity = n;
          return { item, data: Object.fromEntries(list.map((p) => [p, item._read(p, n)])) };
        });
      return {
        data: rows.map((r) => r.data),
        commit: () => {
          for (const r of rows) for (const p of list) r.item._loaded.set(p, r.data[p]);
          this._items = rows.map((r) => r.item);
        },
      };
    });
    return this;
  }

  add(name: string, reference: RangeArgument | string, comment?: string): NamedItem {
    const refArg = typeof reference === 'string' ? reference : { range: reference._id };
    return make(new NamedItem(this._holder, () => {
      const wb = this._engine.model;
      this._engine.requireApi('1.4', 'NamedItemCollection.add');
      checkName(wb, name);
      let formula: string;
      if (typeof reference === 'string') {
        formula = reference.startsWith('=') ? reference : `="${reference.replace(/"/g, '""')}"`;
      } else {
        const { sheet, box } = reference._e();
        formula = referenceFormula(sheet.name, box);
      }
      const model: NamedItemModel = { name, formula, comment: comment ?? '', visible: true, scope: 'Workbook', deleted: false };
      wb.names.push(model);
      return model;
    }))._created(this._id, 'add', [name, refArg, comment ?? ''], false);
  }

  getItem(name: string): NamedItem {
    return make(new NamedItem(this._holder, () => {
      const found = this._engine.model.names.find((n) => !n.deleted && n.name.toUpperCase() === name.toUpperCase());
      if (!found) throw new FakeOfficeError('ItemNotFound', `The name "${name}" does not exist.`);
      return found;
    }))._created(this._id, 'getItem', [name], false);
  }

  getItemOrNullObject(name: string): NamedItem {
    return make(new NamedItem(this._holder, () => {
      this._engine.requireApi('1.4', 'NamedItemCollection.getItemOrNullObject');
      return this._engine.model.names.find((n) => !n.deleted && n.name.toUpperCase() === name.toUpperCase()) ?? null;
    }))._created(this._id, 'getItemOrNullObject', [name], true);
  }
}

export class NamedItem extends FakeObject<NamedItemModel> {
  constructor(
    holder: ContextHolder,
    private readonly _resolver: () => NamedItemModel | null,
  ) {
    super(holder, 'NamedItem');
  }
  _scalars(): readonly string[] {
    return NAME_PROPS;
  }
  _resolve(): NamedItemModel | null {
    return this._resolver();
  }
  override _alive(n: NamedItemModel): boolean {
    return !n.deleted;
  }
  _read(name: string, n: NamedItemModel): unknown {
    switch (name) {
      case 'name':
        return n.name;
      case 'type':
        return typeOf(n.formula);
      case 'value':
        return n.formula.slice(1);
      case 'formula':
        return n.formula;
      case 'comment':
        return n.comment;
      case 'visible':
        return n.visible;
      default:
        return n.scope;
    }
  }

  get name(): string {
    return this._get('name');
  }
  get type(): string {
    return this._get('type');
  }
  get value(): unknown {
    return this._get('value');
  }
  get scope(): string {
    return this._get('scope');
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(v: string) {
    this._set('formula', v, (n) => {
      this._engine.requireApi('1.7', 'NamedItem.formula');
      n.formula = String(v).startsWith('=') ? String(v) : `="${String(v)}"`;
    });
  }
  get comment(): string {
    return this._get('comment');
  }
  set comment(v: string) {
    this._set('comment', v, (n) => {
      n.comment = String(v);
    });
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(v: boolean) {
    this._set('visible', v, (n) => {
      n.visible = v === true;
    });
  }
  delete(): void {
    this._call('delete', [], (n) => {
      this._engine.requireApi('1.4', 'NamedItem.delete');
      n.deleted = true;
    });
  }
}
