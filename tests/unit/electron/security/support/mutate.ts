import fc from 'fast-check';
import { hostileKeys, hostileValue, ownObject } from './hostile-values';

type Container = Record<string, unknown> | unknown[];

/** Plain objects and arrays: the mutations walk into these, not into a Date or a typed array. */
function isContainer(value: unknown): value is Container {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** What one mutation does at the spot its path leads to. */
export interface Mutation {
  /** Chooses a child at each level (modulo the number of children), from the root down. */
  path: number[];
  kind: 'replace' | 'delete' | 'add-key' | 'wrap-in-array' | 'to-string';
  key: string;
  value: unknown;
}

/** Sets an own property, even one named `__proto__`, without invoking any setter. */
function setOwn(container: Container, key: string | number, value: unknown): void {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

function asText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    // BigInt, or an object whose own `toString` is not a function.
    return Object.prototype.toString.call(value);
  }
}

/** Applies one mutation to `root` in place, and returns the (possibly replaced) root. */
function applyMutation(root: unknown, mutation: Mutation): unknown {
  let parent: Container | null = null;
  let key: string | number = '';
  let node = root;
  for (const step of mutation.path) {
    if (!isContainer(node)) break;
    const keys: Array<string | number> = Array.isArray(node) ? [...node.keys()] : Object.keys(node);
    if (keys.length === 0) break;
    parent = node;
    key = keys[step % keys.length]!;
    node = (node as Record<string | number, unknown>)[key];
  }
  const replaceWith = (value: unknown) => {
    if (parent === null) return value;
    setOwn(parent, key, value);
    return root;
  };
  switch (mutation.kind) {
    case 'replace':
      return replaceWith(mutation.value);
    case 'wrap-in-array':
      return replaceWith([node]);
    case 'to-string':
      return replaceWith(asText(node));
    case 'delete':
      if (parent === null) return undefined;
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[String(key)];
      return root;
    case 'add-key':
      if (Array.isArray(node)) node.push(mutation.value);
      else if (isContainer(node)) setOwn(node, mutation.key, mutation.value);
      else return replaceWith(ownObject([[mutation.key, mutation.value]]));
      return root;
  }
}

/** A deep copy of a JSON-like value (the examples are plain data). */
function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Applies `mutations` in turn to a copy of `example`. */
export function mutate(example: unknown, mutations: readonly Mutation[]): unknown {
  let result = copy(example);
  for (const mutation of mutations) result = applyMutation(result, mutation);
  return result;
}

/** One to three mutations, whose values are hostile or, for ids, near misses of real ids. */
export function mutations(extraValues: readonly unknown[]): fc.Arbitrary<Mutation[]> {
  const value =
    extraValues.length > 0
      ? fc.oneof(
          { weight: 3, arbitrary: hostileValue },
          { weight: 1, arbitrary: fc.constantFrom(...extraValues) },
        )
      : hostileValue;
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    path: fc.array(fc.nat(), { maxLength: 6 }),
    kind: fc.constantFrom('replace', 'replace', 'delete', 'add-key', 'wrap-in-array', 'to-string'),
    key: fc.oneof(fc.constantFrom(...hostileKeys), fc.string({ maxLength: 8 })),
    value,
  });
  return fc.array(mutation, { minLength: 1, maxLength: 3 });
}

/** Ids that look like the real ones but point elsewhere, as a path traversal would. */
export function nearMissIds(ids: readonly string[]): string[] {
  return ids.flatMap((id) => [
    `../${id}`,
    `${id}/../../../etc/passwd`,
    `..\\..\\${id}`,
    `${id}\0`,
    `${id}\n`,
    ` ${id}`,
    id.toUpperCase(),
    `${id}.json`,
    `%2e%2e%2f${id}`,
    id.slice(0, -1),
  ]);
}
