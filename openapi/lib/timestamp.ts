/**
 * Epoch ms of an ISO-8601 / RFC 3339 date-time, NaN when it is not one. A time without a zone is
 * UTC (the documented server prints them so), never local time as Date.parse would read it.
 * RFC 3339 allows a leap second (`23:59:60`), which Date.parse refuses: it counts as the instant
 * after `:59`, as POSIX time does.
 * @example parseTimestamp("2026-01-19T12:00:00") // Date.parse("2026-01-19T12:00:00Z")
 * @example parseTimestamp("2016-12-31T23:59:60Z") // Date.parse("2017-01-01T00:00:00Z")
 */
export function parseTimestamp(value: string): number {
  const zoned = ZONELESS.test(value) ? `${value}Z` : value;
  const ms = Date.parse(zoned);
  if (!Number.isNaN(ms)) return ms;
  const leap = /^(.*[T ]\d{2}:\d{2}):60(.*)$/i.exec(zoned);
  return leap ? Date.parse(`${leap[1]}:59${leap[2]}`) + 1000 : NaN;
}

const ZONELESS = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
