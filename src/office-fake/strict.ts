/**
 * Strictness for the fake's proxy objects: reading or writing a member that the object does not
 * define fails at once (a misspelt `range.valuse = ...` must not pass silently), and writing a
 * read-only member fails. Members whose names start with "_" are the fake's internals.
 */
import { FakeOfficeError } from './errors';

/** Names some runtimes probe on any object (await, Jest, Node's inspector); they read as undefined. */
const PROBED = new Set([
  'then',
  'constructor',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'inspect',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
]);

interface Members {
  readable: Set<string>;
  writable: Set<string>;
}

const cache = new WeakMap<object, Members>();

function membersOf(proto: object): Members {
  const known = cache.get(proto);
  if (known) return known;
  const readable = new Set<string>();
  const writable = new Set<string>();
  for (let p: object | null = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const name of Object.getOwnPropertyNames(p)) {
      if (name === 'constructor') continue;
      const d = Object.getOwnPropertyDescriptor(p, name);
      if (!d) continue;
      readable.add(name);
      if (d.set) writable.add(name);
    }
  }
  const members = { readable, writable };
  cache.set(proto, members);
  return members;
}

/** Wraps a fake object so that unknown members are rejected. */
export function strict<T extends object>(target: T, typeName: string): T {
  const members = membersOf(Object.getPrototypeOf(target) as object);
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'symbol') return Reflect.get(t, prop, receiver) as unknown;
      if (members.readable.has(prop) || prop.startsWith('_')) return Reflect.get(t, prop, receiver) as unknown;
      if (PROBED.has(prop)) return prop === 'toJSON' ? Reflect.get(t, prop, receiver) : undefined;
      throw new FakeOfficeError('UnknownMember', `Excel.${typeName} has no member "${prop}".`);
    },
    set(t, prop, value, receiver) {
      if (typeof prop === 'symbol' || prop.startsWith('_') || members.writable.has(prop)) {
        return Reflect.set(t, prop, value, receiver);
      }
      if (members.readable.has(prop)) {
        throw new FakeOfficeError('InvalidArgument', `Excel.${typeName}.${prop} is read-only.`);
      }
      throw new FakeOfficeError('UnknownMember', `Excel.${typeName} has no member "${prop}".`);
    },
    has(t, prop) {
      return typeof prop === 'string' && (members.readable.has(prop) || prop.startsWith('_')) ? true : Reflect.has(t, prop);
    },
  });
}
