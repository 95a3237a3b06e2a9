import type { z } from 'zod';

/** How to word a validation failure in the source's own vocabulary. */
export interface DescribeZodErrorOptions {
  /** The value that was validated, so the sentence can quote the offending value. */
  input?: unknown;
  /**
   * Names a CX analyst recognises, keyed by schema path: an exact dotted path
   * (`'createdAt'`), the same with list indexes as `*` (`'conversation.turns.*.at'`),
   * or a top-level key. E.g. `{ createdAt: 'updated', text: 'content' }` for App Store reviews.
   */
  fieldNames?: Readonly<Record<string, string>>;
}

type Issue = z.core.$ZodIssue;

const DEFAULT_MESSAGE = /^(Invalid|Too (big|small)|Unrecognized)/;
const MAX_QUOTE = 40;

/**
 * Turns the first issue of a zod error into one plain sentence that names the field and the
 * offending value, so a quarantined record tells a CX analyst what to fix ("rating 7 is above
 * the maximum of 5") instead of dumping a ZodError.
 *
 * @example
 * const result = FeedbackItemSchema.safeParse(candidate);
 * if (!result.success) describeZodError(result.error, { input: candidate, fieldNames: { createdAt: 'updated' } });
 * // → "updated 'gisteren' is not an ISO-8601 date-time"
 */
export function describeZodError(error: z.ZodError, options: DescribeZodErrorOptions = {}): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'the record is invalid';
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const label = fieldLabel(path, options.fieldNames);
  const value = valueAt(options.input, path);
  return sentence(issue, label, value);
}

function sentence(issue: Issue, label: string, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${label} is missing`;
      if (issue.expected === 'int') return `${label} ${quote(value)} must be a whole number`;
      return `${label} must be ${withArticle(issue.expected)}, not ${describeValue(value)}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? `${label} is empty` : `${label} is shorter than ${issue.minimum} characters`;
      }
      if (issue.origin === 'array') {
        return Number(issue.minimum) <= 1 ? `${label} has no entries` : `${label} needs at least ${issue.minimum} entries`;
      }
      return `${label} ${quote(value)} is below the minimum of ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `${label} is longer than ${issue.maximum} characters`;
      if (issue.origin === 'array') return `${label} has more than ${issue.maximum} entries`;
      return `${label} ${quote(value)} is above the maximum of ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'datetime') return `${label} ${quote(value)} is not an ISO-8601 date-time`;
      if (issue.format === 'url') return `${label} ${quote(value)} is not a valid URL`;
      return customOr(issue, `${label} ${quote(value)} does not have the expected format`);
    case 'invalid_value':
      return `${label} ${quote(value)} is not one of ${issue.values.map((v) => quote(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `${label} has unexpected fields ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return `${label} ${quote(value)} has none of the accepted shapes`;
    default:
      return customOr(issue, `${label} is invalid`);
  }
}

/** Uses the schema author's own message when they wrote one, else the generic fallback. */
function customOr(issue: Issue, fallback: string): string {
  return DEFAULT_MESSAGE.test(issue.message) ? fallback : issue.message;
}

function fieldLabel(path: readonly (string | number)[], names: Readonly<Record<string, string>> = {}): string {
  if (path.length === 0) return names[''] ?? 'the record';
  const exact = path.join('.');
  const wildcard = path.map((key) => (typeof key === 'number' ? '*' : key)).join('.');
  const named = names[exact] ?? names[wildcard];
  if (named !== undefined) return named;
  const head = names[String(path[0])];
  const rest = path.slice(1);
  const restLabel = rest.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
  if (head !== undefined) return `${head}${restLabel}`;
  return `${path[0]}${restLabel}`.replace(/^(\d+)/, '[$1]');
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function quote(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > MAX_QUOTE ? `${value.slice(0, MAX_QUOTE)}…` : value;
    return `'${short}'`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return '(missing)';
  return Array.isArray(value) ? 'a list' : 'an object';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && Number.isNaN(value)) return 'a non-number';
  if (typeof value === 'object') return 'an object';
  return `${withArticle(typeof value)} (${quote(value)})`;
}

function withArticle(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}
