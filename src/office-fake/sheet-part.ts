/** Base of the fake objects that belong to one worksheet (page layout, page breaks): they resolve to the sheet and die with it. */
import { FakeObject, type ContextHolder } from './client-object';
import type { SheetModel } from './model';

export abstract class SheetPart extends FakeObject<SheetModel> {
  constructor(
    holder: ContextHolder,
    typeName: string,
    private readonly _resolver: () => SheetModel,
  ) {
    super(holder, typeName);
  }
  _resolve(): SheetModel {
    return this._resolver();
  }
  override _alive(s: SheetModel): boolean {
    return !s.deleted;
  }
}
