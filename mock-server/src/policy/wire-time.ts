// Timestamps as the mock stores them (RFC 3339 UTC, `iso`) and as it prints them (`wireTime`).
import { parseTimestamp } from "@modulex/spec/contract";

/** Milliseconds since the epoch as the store keeps them: RFC 3339 UTC with milliseconds. */
export const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * `naive`: what the docs print, UTC without a zone (`2026-01-19T12:00:00`, microseconds only
 * when there are some, as Python's isoformat writes them); `rfc3339`: `2026-01-19T12:00:00.000Z`.
 */
export type TimestampFormat = "naive" | "rfc3339";

/** A stored (RFC 3339 UTC) timestamp as the mock prints it. */
export function wireTime<T extends string | null>(env: { timestamps: TimestampFormat }, stored: T): T {
  if (stored === null || env.timestamps === "rfc3339") return stored;
  const ms = parseTimestamp(stored);
  if (Number.isNaN(ms)) return stored;
  const text = new Date(ms).toISOString(); // 2026-01-19T12:00:00.123Z
  const fraction = text.slice(20, 23);
  return (fraction === "000" ? text.slice(0, 19) : `${text.slice(0, 19)}.${fraction}000`) as T;
}
