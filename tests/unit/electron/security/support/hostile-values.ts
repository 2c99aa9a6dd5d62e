import fc from 'fast-check';

/**
 * Values a compromised or buggy renderer could send over IPC. Electron carries arguments by
 * structured clone, so besides JSON it can deliver NaN, -0, Infinity, BigInt, Date, Map, Set,
 * typed arrays, RegExp, Error and sparse arrays; the harness carries JSON text. Both are covered.
 */
export const hostilePrimitives: readonly unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  -1,
  0.5,
  NaN,
  Infinity,
  -Infinity,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  10_000_001,
  1n,
];

/** Strings that have broken parsers, paths, URLs, templates and file names before. */
export const hostileStrings: readonly string[] = [
  '',
  ' ',
  '\0',
  'a\0b',
  '\ud800',
  '\udfff',
  'x\udc00y',
  '\ud83d',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\uffff',
  '\r\n',
  '../../etc/passwd',
  '..\\..\\Windows\\System32\\config\\SAM',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\?\\C:\\x',
  '\\\\attacker.example\\share',
  'CON',
  'nul.pdf',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'then',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "' OR '1'='1",
  '${process.exit(1)}',
  '{{constructor.constructor("return process")()}}',
  '=cmd|" /C calc"!A0',
  'NaN',
  'Infinity',
  '-0',
  '1e999',
  'null',
  '[]',
  '{}',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'file:///etc/passwd',
  'https://evil.example/',
  'é'.repeat(600),
];

/** Keys that reach the prototype chain or confuse naive code when they are an object's own keys. */
export const hostileKeys: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  '',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'then',
  'length',
  'id',
  '0',
  '\ud800',
  'k'.repeat(5_000),
];

/** Marks set by the pollution payloads; none may ever appear on a plain object. */
export const POLLUTION_MARKERS = ['polluted', 'isAdmin', 'pollutedByConstructor'] as const;

/**
 * Prototype-pollution payloads, parsed by JSON.parse so that `__proto__` is an own key, as it is
 * after JSON or structured clone, and not the object's prototype.
 */
export const pollutionPayloads: readonly unknown[] = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"pollutedByConstructor":"yes"}}}',
  '{"__proto__":{"__proto__":{"polluted":"yes"}}}',
  '{"a":{"__proto__":{"polluted":"yes"}}}',
  '[{"__proto__":{"polluted":"yes"}}]',
  '{"id":"x","__proto__":{"isAdmin":true,"polluted":"yes"}}',
  '{"__proto__":[],"length":1}',
].map((text) => JSON.parse(text) as unknown);

/** An object whose entries are all own properties, `__proto__` included, as JSON.parse makes them. */
export function ownObject(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return target;
}

/** Values of types JSON cannot express but structured clone carries. */
function exoticValues(): unknown[] {
  const sparse: unknown[] = [];
  sparse[5] = 'x';
  return [
    new Date(0),
    new Date(Number.NaN),
    new Map([['id', 'x']]),
    new Set(['x']),
    new Uint8Array([0, 1, 2]),
    new ArrayBuffer(8),
    /.*/g,
    new Error('boom'),
    sparse,
    Object.create(null) as object,
  ];
}

const hostileKey = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileKeys) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Any leaf: hostile constants, arbitrary strings (lone surrogates included) and numbers. */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...hostilePrimitives),
  fc.constantFrom(...hostileStrings),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)) }),
  fc.double(),
  fc.integer(),
  fc
    .constant(null)
    .map(() => exoticValues())
    .chain((values) => fc.constantFrom(...values)),
  fc.constantFrom(...pollutionPayloads),
);

/** Trees of hostile leaves in arrays and in objects with hostile own keys, a few levels deep. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{
  node: unknown;
  array: unknown[];
  object: Record<string, unknown>;
}>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, hostileLeaf, tie('array'), tie('object')),
  array: fc.array(tie('node'), { maxLength: 4 }),
  object: fc.array(fc.tuple(hostileKey, tie('node')), { maxLength: 4 }).map(ownObject),
})).node;

/** Nesting no legitimate request has: objects or arrays `levels` deep, built without recursion. */
export function nestedObject(levels: number, leaf: unknown = 'bottom'): unknown {
  let value: unknown = leaf;
  for (let level = 0; level < levels; level += 1) value = { a: value };
  return value;
}

export function nestedArray(levels: number, leaf: unknown = 'bottom'): unknown {
  let value: unknown = leaf;
  for (let level = 0; level < levels; level += 1) value = [value];
  return value;
}

/** A TipTap body whose blocks are nested `levels` deep: the one recursive shape of the contract. */
export function nestedRichText(levels: number): { type: 'doc'; content: unknown[] } {
  let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'bottom' }] };
  for (let level = 0; level < levels; level += 1) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}

/** The large payloads, made once: each costs megabytes, and only their size matters. */
export interface HeavyPayload {
  label: string;
  value: unknown;
}

export function heavyPayloads(): HeavyPayload[] {
  return [
    { label: 'a 5 MB string', value: 'A'.repeat(5 * 1024 * 1024) },
    { label: 'a 1 MB string of lone surrogates', value: '\ud800'.repeat(1024 * 1024) },
    { label: 'an array of 1,000,000 items', value: Array.from({ length: 1_000_000 }, (_, index) => index) },
    {
      label: 'an object with 50,000 keys',
      value: ownObject(Array.from({ length: 50_000 }, (_, index) => [`k${index}`, index] as const)),
    },
  ];
}
