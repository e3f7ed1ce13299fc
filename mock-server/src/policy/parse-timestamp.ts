/**
 * Epoch ms of an RFC 3339 date-time, NaN when it is not one. RFC 3339 allows a leap second
 * (`23:59:60`), which Date.parse refuses: it counts as the instant after `:59`, as POSIX time does.
 * @example parseTimestamp("2016-12-31T23:59:60Z") // Date.parse("2017-01-01T00:00:00Z")
 */
export function parseTimestamp(value: string): number {
  const ms = Date.parse(value);
  if (!Number.isNaN(ms)) return ms;
  const leap = /^(.*[T ]\d{2}:\d{2}):60(.*)$/i.exec(value);
  return leap ? Date.parse(`${leap[1]}:59${leap[2]}`) + 1000 : NaN;
}
