/** Arbitraries and the shared property of the fuzz suite: hostile input in, a valid item or a reason out. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { NormaliseContext, NormaliseResult } from '../../../lambdas/core/collect/source-format.ts';
import { FeedbackItemSchema } from '../../../lambdas/core/schema/feedback.ts';

/** The context every normaliser gets. */
export const ctx: NormaliseContext = { collectedAt: '2026-11-21T06:00:00.000Z', authorSalt: 'fuzz-salt' };

/** `FUZZ_FACTOR=20 npx vitest run tests/unit/fuzz` searches longer (e.g. nightly); the default keeps the suite fast. */
const FACTOR = Math.max(1, Number(process.env.FUZZ_FACTOR ?? 1) || 1);

/** Runs per property: enough to find the classes of bad input, few enough for a ~20 s suite. */
export const RUNS = { cheap: 200 * FACTOR, normal: 100 * FACTOR, heavy: 15 * FACTOR } as const;

/** A file of sample-data/, parsed. */
export function sampleJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../../sample-data/${path}`, import.meta.url)), 'utf8')) as T;
}

/** A file of sample-data/, as bytes. */
export function sampleBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../sample-data/${path}`, import.meta.url))));
}

/** About one megabyte of text: far past the 20,000-character limit. */
export const MEGABYTE_TEXT = 'Het duurt veel te lang. '.repeat(43_700);

/** Any UTF-16 code unit, lone surrogates included (fc's own string units never produce those). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** A text with a lone surrogate (valid in a JSON string, invalid UTF-16) somewhere in it. */
export const loneSurrogateText: fc.Arbitrary<string> = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom('\uD800', '\uDFFF', '\uDBFF\uDBFF', '\uDC00\uD800'), fc.string({ maxLength: 8 }))
  .map((parts) => parts.join(''));

/** Texts that have broken parsers before: empty, control characters, RTL, emoji-only, lone surrogates, formulas. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string(), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 4 },
  { arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }), weight: 4 },
  { arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)), maxLength: 20 }), weight: 3 },
  { arbitrary: fc.array(fc.constantFrom('😀', '👍🏽', '🇳🇱', '👨‍👩‍👧', '❤️', '🔥'), { minLength: 1, maxLength: 12 }).map((emoji) => emoji.join('')), weight: 3 },
  { arbitrary: loneSurrogateText, weight: 3 },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '',
      '   ',
      '\t\r\n',
      '\u0000',
      '\uD800',
      'abc\uDFFFdef',
      '\uDBFF\uDBFF',
      'مرحبا، التطبيق لا يعمل',
      'האפליקציה לא עובדת',
      '\u202Eevil\u202C text',
      '\u200F\u200E\u2066rtl\u2069',
      '=HYPERLINK("http://x","y")',
      '+cmd|\' /C calc\'!A0',
      '@SUM(A1:A9)',
      '-2+3',
      '\uFEFFbom',
      'regel 1\r\nregel 2\rregel 3\n',
      '"quoted", with; delimiters\t',
      '&amp;lt;p&gt;&#xD800;&#99999999;',
      'undefined',
    ),
  },
  { arbitrary: fc.constant(MEGABYTE_TEXT), weight: 1 },
);

/** A value of any JSON type, for a field that should have another. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  nastyText,
  fc.jsonValue({ maxDepth: 2 }),
);

/** Lists nested `depth` deep: enough to overflow any recursive walk (JSON.stringify included). */
export function deeplyNested(depth = 10_000): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { nested: value };
  return value;
}

type Path = (string | number)[];

/** Every path into a JSON value (objects and arrays), leaves included; at most `limit`. */
export function pathsOf(value: unknown, limit = 400): Path[] {
  const paths: Path[] = [];
  const walk = (current: unknown, path: Path) => {
    if (paths.length >= limit) return;
    if (path.length > 0) paths.push(path);
    if (Array.isArray(current)) {
      for (const [index, child] of current.entries()) walk(child, [...path, index]);
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) walk(child, [...path, key]);
    }
  };
  walk(value, []);
  return paths;
}

/** One change to a record: a field removed, or given a value of the wrong type (or a nasty text). */
export type Mutation = { path: Path; action: 'delete' } | { path: Path; action: 'set'; value: unknown };

/** Applies mutations to a deep copy of `record`. */
export function applyMutations<T>(record: T, mutations: readonly Mutation[]): T {
  const copy = structuredClone(record);
  for (const mutation of mutations) {
    let parent: unknown = copy;
    for (const key of mutation.path.slice(0, -1)) {
      parent = typeof parent === 'object' && parent !== null ? (parent as Record<string | number, unknown>)[key] : undefined;
    }
    if (typeof parent !== 'object' || parent === null) continue;
    const last = mutation.path[mutation.path.length - 1] as string | number;
    const container = parent as Record<string | number, unknown>;
    if (mutation.action === 'delete') {
      if (Array.isArray(container) && typeof last === 'number') container.splice(last, 1);
      else delete container[last];
    } else {
      container[last] = mutation.value;
    }
  }
  return copy;
}

/** A valid fixture record with one to three fields removed or mistyped, field by field. */
export function mutated<T>(record: T): fc.Arbitrary<T> {
  const paths = pathsOf(record);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ path: fc.constantFrom(...paths), action: fc.constant('delete' as const) }),
    fc.record({ path: fc.constantFrom(...paths), action: fc.constant('set' as const), value: wrongValue }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => applyMutations(record, mutations));
}

/** Values of every JSON type but the right one, for the field-by-field sweep. */
const SWEEP_VALUES: readonly unknown[] = [null, 0, -1, 1.5, true, '', 'x', [], {}, ['a'], { label: 1 }];

/**
 * Every single-field variant of a valid record: each field (at any depth) removed, and each set
 * to a value of every other JSON type, one field at a time.
 */
export function everyFieldBroken<T>(record: T): T[] {
  return pathsOf(record).flatMap((path) => [
    applyMutations(record, [{ path, action: 'delete' }]),
    ...SWEEP_VALUES.filter((value) => JSON.stringify(value) !== JSON.stringify(valueAt(record, path))).map((value) => applyMutations(record, [{ path, action: 'set', value }])),
  ]);
}

/** A valid fixture record with one of its string fields (ids, names, dates, texts) replaced by `text`. */
export function withText<T>(record: T, text: fc.Arbitrary<string> = nastyText): fc.Arbitrary<T> {
  const stringPaths = pathsOf(record).filter((path) => typeof valueAt(record, path) === 'string');
  return fc.tuple(fc.constantFrom(...stringPaths), text).map(([path, value]) => applyMutations(record, [{ path, action: 'set', value }]));
}

function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) current = typeof current === 'object' && current !== null ? (current as Record<string | number, unknown>)[key] : undefined;
  return current;
}

/** True when the input mentions `word` anywhere (so a reason may quote it). */
function inputMentions(input: unknown, word: string): boolean {
  try {
    return (JSON.stringify(input) ?? '').includes(word);
  } catch {
    return true;
  }
}

/**
 * The property every normaliser keeps: the result is a FeedbackItem that passes the schema, or a
 * rejection with a reason a person can read (no ZodError, no [object Object], no stray undefined).
 */
export function expectItemOrReason(result: NormaliseResult, input: unknown): void {
  if (result.ok) {
    const checked = FeedbackItemSchema.safeParse(result.item);
    expect(checked.success, checked.success ? '' : checked.error.message).toBe(true);
    return;
  }
  expectHumanReason(result.reason, input);
}

/** A reason is a non-empty sentence, not a serialised error or object. */
export function expectHumanReason(reason: unknown, input?: unknown): void {
  expect(typeof reason).toBe('string');
  expect((reason as string).trim().length).toBeGreaterThan(5);
  expect(reason).not.toMatch(/ZodError|\[object Object\]|^\s*[[{]/);
  if (!inputMentions(input, 'undefined')) expect(reason).not.toMatch(/\bundefined\b/);
}

/** UTF-8 bytes of a text, as a file would hold them (lone surrogates become U+FFFD). */
export function utf8(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

/** What a text looks like after a trip through UTF-8 (lone surrogates become U+FFFD). */
export function throughUtf8(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** Byte sequences that are not valid UTF-8: stray continuation bytes, overlongs, encoded surrogates, truncation. */
export const invalidUtf8: fc.Arbitrary<Uint8Array> = fc
  .array(
    fc.oneof(
      fc.constantFrom([0x80], [0xbf], [0xc0, 0xaf], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xfe], [0xff]),
      fc.array(fc.integer({ min: 0x20, max: 0x7e }), { minLength: 1, maxLength: 8 }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((chunks) => new Uint8Array(chunks.flat()));

/** Bytes a hostile or broken upload can hold: anything, invalid UTF-8, or a valid text. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(fc.uint8Array({ maxLength: 300 }), invalidUtf8, nastyText.map(utf8));

/** How a source names a record in reasons: `review 123`, or `review without an id` when it has none. */
export interface RecordLabel {
  noun: string;
  /** The record's id as the reason should quote it, when it has a usable one. */
  id: (record: unknown) => unknown;
  /** How a reason starts for a record without an id (default: `<noun> without`). */
  without?: string;
}

/** A string field of a JSON value, by path (undefined when absent or not an object on the way). */
export function field(record: unknown, ...path: string[]): unknown {
  let current = record;
  for (const key of path) current = typeof current === 'object' && current !== null && !Array.isArray(current) ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}

/**
 * A reason starts with the record's label: the noun and its id when the record has a non-blank
 * string id, the noun and "without" when it has none.
 */
export function expectNamed(reason: string, label: RecordLabel, record: unknown): void {
  const id = label.id(record);
  if (typeof id === 'string' && id.trim() !== '') expect(reason.startsWith(`${label.noun} ${id}`), reason).toBe(true);
  else if (typeof id !== 'string' || id === '') expect(reason.startsWith(label.without ?? `${label.noun} without`), reason).toBe(true);
  else expect(reason.startsWith(`${label.noun} `), reason).toBe(true);
}
