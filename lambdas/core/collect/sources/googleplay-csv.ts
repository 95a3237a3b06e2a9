import { z } from 'zod';
import { toIsoUtc } from '../formats/iso-utc.ts';
import { feedbackId } from '../ids.ts';
import type { NormaliseContext, NormaliseResult } from '../source-format.ts';
import { GOOGLE_PLAY_SOURCE } from './googleplay.ts';
import { checkedItem, isoFromMillis, nonEmpty, parseWire, rejected } from './shared.ts';

/**
 * The columns of the Play Console review export (`reviews_<package>_<yyyymm>.csv` in the
 * developer's `pubsite_prod_rev_…` Cloud Storage bucket). The reviewer's name is not exported.
 */
export const PLAY_CONSOLE_COLUMNS = [
  'Package Name',
  'App Version Code',
  'App Version Name',
  'Reviewer Language',
  'Device',
  'Review Submit Date and Time',
  'Review Submit Millis Since Epoch',
  'Review Last Update Date and Time',
  'Review Last Update Millis Since Epoch',
  'Star Rating',
  'Review Title',
  'Review Text',
  'Developer Reply Date and Time',
  'Developer Reply Millis Since Epoch',
  'Developer Reply Text',
  'Review Link',
] as const;

/** Columns a row must have to be usable; the others are optional in older exports. */
const REQUIRED_COLUMNS = ['Package Name', 'Star Rating', 'Review Text'] as const;

/** File name of a monthly export, e.g. `reviews_nl.stroomwijs.app_202611.csv`. */
export const PLAY_CONSOLE_FILE = /(?:^|\/)reviews_([A-Za-z][\w.]*)_(\d{6})\.csv$/;

const CsvRowSchema = z.object({
  line: z.number().int(),
  values: z.record(z.string(), z.string()),
});

const FIELD_NAMES: Readonly<Record<string, string>> = {
  createdAt: 'Review Submit Date and Time',
  rating: 'Star Rating',
  text: 'Review Text',
  title: 'Review Title',
  language: 'Reviewer Language',
  url: 'Review Link',
  product: 'Package Name',
};

/**
 * The review id in a Review Link. Links have taken several shapes over the years
 * (`…#ReviewDetailsPlace:p=<pkg>&reviewid=gp:AOqp…`, `…/review-details?reviewId=gp%3AAOqp…`).
 */
export function reviewIdFromLink(link: string): string | undefined {
  const match = link.match(/reviewid=([^&#]+)/i)?.[1];
  if (match === undefined) return undefined;
  try {
    return decodeURIComponent(match);
  } catch {
    return match;
  }
}

/** `Star Rating` as a number when it is one, else the text so validation can quote it. */
function ratingOf(value: string): number | string {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function createdAtOf(values: Record<string, string>): string | undefined {
  const millis = values['Review Submit Millis Since Epoch']?.trim();
  if (millis && /^\d{10,}$/.test(millis)) return isoFromMillis(Number(millis));
  const text = nonEmpty(values['Review Submit Date and Time']);
  return text === undefined ? undefined : toIsoUtc(text);
}

/**
 * Normalises one row of the Play Console review export (source `googleplay`, the same ids as
 * the API, so a review collected both ways is one item). The id comes from the Review Link, or
 * `<package>:<submit millis>` for rows without one; rating-only rows have no text and are
 * quarantined with that reason.
 *
 * @example
 * const { rows } = csvRows(decodeText(bytes));
 * const results = rows.map((row) => normalisePlayConsoleRow(row, ctx));
 */
export function normalisePlayConsoleRow(record: unknown, ctx: NormaliseContext): NormaliseResult {
  const parsed = parseWire(CsvRowSchema, record, 'row', 'the row');
  if (!parsed.ok) return parsed.result;
  const { line, values } = parsed.data;
  const missing = REQUIRED_COLUMNS.filter((column) => !(column in values));
  if (missing.length > 0) return rejected(`line ${line}: the file has no ${missing.map((c) => `'${c}'`).join(', ')} column, so it is not a Play Console review export`, record);

  const packageName = nonEmpty(values['Package Name']);
  const link = nonEmpty(values['Review Link']);
  const submitMillis = nonEmpty(values['Review Submit Millis Since Epoch']);
  const sourceId = (link ? reviewIdFromLink(link) : undefined) ?? (packageName && submitMillis ? `${packageName}:${submitMillis}` : undefined);
  if (sourceId === undefined) return rejected(`line ${line}: has neither a Review Link with a review id nor a Package Name and submit time, so it cannot get a stable id`, record);
  const text = values['Review Text'] ?? '';
  if (text.trim() === '') return rejected(`review ${sourceId} (line ${line}): Review Text is empty (a star rating without a written review)`, record, sourceId);

  const candidate = {
    id: feedbackId(GOOGLE_PLAY_SOURCE, sourceId),
    source: GOOGLE_PLAY_SOURCE,
    channel: 'review',
    sourceId,
    url: link !== undefined && URL.canParse(link) ? link : undefined,
    product: ctx.product ?? packageName,
    text,
    title: nonEmpty(values['Review Title']),
    rating: ratingOf(values['Star Rating'] ?? ''),
    language: nonEmpty(values['Reviewer Language']),
    // The export carries no reviewer name, so there is no author hash.
    createdAt: createdAtOf(values),
    collectedAt: ctx.collectedAt,
  };
  return checkedItem(candidate, `review ${sourceId} (line ${line})`, sourceId, record, FIELD_NAMES);
}
