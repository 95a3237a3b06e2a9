/** An ISO-8601 / RFC 3339 date, optionally with a time (`T` or space) and a zone (`Z`, `+01:00`, `-0800`). */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

function zoneOffsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return zone.startsWith('-') ? -minutes : minutes;
}

/**
 * Normalises a source timestamp to ISO-8601 UTC (`2026-11-20T14:03:00.000Z`). Sources write
 * local offsets (Apple uses US Pacific time, e.g. `-08:00`); everything downstream compares
 * UTC strings. A time without a zone is taken as UTC, never as the machine's local time, so the
 * result does not depend on where the code runs. A value that is not a real date (`gisteren`,
 * `2026-02-30`) is returned unchanged, so schema validation rejects it with the original text
 * in the reason instead of this function throwing.
 *
 * @example
 * toIsoUtc('2026-11-20T06:12:33-08:00'); // '2026-11-20T14:12:33.000Z'
 */
export function toIsoUtc(value: string): string {
  const match = ISO_DATE_TIME.exec(value.trim());
  if (match === null) return value;
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone = 'Z'] = match;
  const parts = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const [y, mo, d, h, mi, s] = parts;
  const millis = fraction === '' ? 0 : Math.floor(Number(`0${fraction}`) * 1000);
  const wallClock = new Date(Date.UTC(y, mo - 1, d, h, mi, s, millis));
  const sameFields =
    wallClock.getUTCFullYear() === y &&
    wallClock.getUTCMonth() === mo - 1 &&
    wallClock.getUTCDate() === d &&
    wallClock.getUTCHours() === h &&
    wallClock.getUTCMinutes() === mi &&
    wallClock.getUTCSeconds() === s;
  if (!sameFields) return value;
  return new Date(wallClock.getTime() - zoneOffsetMinutes(zone) * 60_000).toISOString();
}
