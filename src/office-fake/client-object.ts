/**
 * Base of every fake proxy object, mirroring OfficeExtension.ClientObject: the object stands for a
 * host object that is resolved at sync time; property writes and method calls are queued; a
 * property can be read only after `load` and `context.sync()`; `load` names are checked.
 */
import type { FakeEngine, LoadResult } from './context';
import { FakeOfficeError } from './errors';
import { guardWrite } from './protection-rules';
import { strict } from './strict';

export type LoadSpec = string | string[] | { select?: string | string[] };

/** Anything that can hand out the public request context object. */
export interface ContextHolder {
  readonly _engine: FakeEngine;
  readonly _publicContext: object;
}

export function specNames(spec: LoadSpec | undefined): string[] | undefined {
  if (spec === undefined) return undefined;
  const list = Array.isArray(spec) ? spec : typeof spec === 'string' ? [spec] : spec.select === undefined ? [] : Array.isArray(spec.select) ? spec.select : [spec.select];
  return list
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export abstract class FakeObject<E extends object> {
  readonly _id: number;
  _entity: E | undefined;
  _nullState: 'present' | 'unknown' | 'null' = 'present';
  readonly _loaded = new Map<string, unknown>();

  constructor(
    readonly _holder: ContextHolder,
    readonly _typeName: string,
  ) {
    this._id = _holder._engine.newObjectId();
  }

  /** Scalar properties `load` may fetch. */
  abstract _scalars(): readonly string[];
  /** Reads a scalar from the resolved entity at sync time (a fresh copy for arrays). */
  abstract _read(name: string, entity: E): unknown;
  /** Finds the host object at sync time; returns null only for *OrNullObject results. */
  abstract _resolve(): E | null;
  /** False when the host object is gone (a deleted sheet). */
  _alive(entity: E): boolean {
    void entity;
    return true;
  }

  get _engine(): FakeEngine {
    return this._holder._engine;
  }

  get context(): object {
    return this._holder._publicContext;
  }

  get isNullObject(): boolean {
    if (this._nullState === 'unknown') {
      throw new FakeOfficeError('PropertyNotLoaded', `isNullObject of Excel.${this._typeName} is not known before context.sync().`);
    }
    return this._nullState === 'null';
  }

  /** The resolved host object; fails on a null object or a deleted one. */
  _e(): E {
    if (this._nullState === 'null') throw new FakeOfficeError('ItemNotFound', `Excel.${this._typeName} is a null object.`);
    let entity = this._entity;
    if (entity === undefined) {
      const found = this._resolve();
      if (found === null) {
        this._nullState = 'null';
        throw new FakeOfficeError('ItemNotFound', `Excel.${this._typeName} is a null object.`);
      }
      entity = found;
      this._entity = found;
    }
    if (!this._alive(entity)) throw new FakeOfficeError('ItemNotFound', `Excel.${this._typeName} no longer exists.`);
    return entity;
  }

  /** Queues the creation of this object (a navigation or a method returning it). */
  _created(parentId: number, member: string, args: unknown[], nullable: boolean): this {
    if (nullable) this._nullState = 'unknown';
    this._engine.enqueue({ o: parentId, a: 'get', m: member, v: args }, () => {
      const found = this._resolve();
      if (found === null) {
        if (!nullable) throw new FakeOfficeError('ItemNotFound', `${member}(${JSON.stringify(args)}) found nothing.`);
        this._nullState = 'null';
        return;
      }
      this._entity = found;
      if (nullable) this._nullState = 'present';
    });
    return this;
  }

  _get<T>(name: string): T {
    if (!this._loaded.has(name)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' of Excel.${this._typeName} is not available. Call load("${name}") and context.sync() before reading it.`,
      );
    }
    return this._loaded.get(name) as T;
  }

  _set(name: string, value: unknown, apply: (entity: E) => void): void {
    this._engine.enqueue({ o: this._id, a: 'set', m: name, v: value }, () => apply(this._guarded(name)));
  }

  _call(name: string, args: unknown[], apply: (entity: E) => void): void {
    this._engine.enqueue({ o: this._id, a: 'call', m: name, v: args }, () => apply(this._guarded(name)));
  }

  /** The host object, once sheet and workbook protection allow this write (protection-rules.ts). */
  private _guarded(member: string): E {
    const entity = this._e();
    guardWrite(this._engine.model, this._typeName, member, entity);
    return entity;
  }

  /** Loads navigation paths ("format/font/name"); subclasses route the first segment. */
  _loadNavigation(head: string, rest: string): void {
    void rest;
    throw new FakeOfficeError('UnknownMember', `Excel.${this._typeName} cannot load "${head}".`);
  }

  load(spec?: LoadSpec): this {
    const requested = specNames(spec);
    const scalars = this._scalars();
    const names: string[] = [];
    for (const n of requested ?? scalars) {
      const slash = n.indexOf('/');
      if (slash > 0) {
        this._loadNavigation(n.slice(0, slash), n.slice(slash + 1));
      } else if (scalars.includes(n)) {
        names.push(n);
      } else {
        throw new FakeOfficeError('UnknownMember', `Excel.${this._typeName} has no loadable property "${n}".`);
      }
    }
    if (names.length === 0) return this;
    this._engine.enqueue({ o: this._id, a: 'load', m: names.join(',') }, (): LoadResult => {
      if (this._nullState === 'null') return { data: null, commit: () => undefined };
      const entity = this._e();
      const data: Record<string, unknown> = {};
      for (const n of names) data[n] = this._read(n, entity);
      return {
        data,
        commit: () => {
          for (const n of names) this._loaded.set(n, data[n]);
        },
      };
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** Creates a fake object behind the strictness proxy. */
export function make<T extends FakeObject<object>>(obj: T): T {
  return strict(obj, obj._typeName);
}
