// Timestamps as the mock stores them (RFC 3339 UTC, `iso`) and as it prints them (`wireTime`).
import { parseTimestamp } from "@modulex/spec/contract";

/** Milliseconds since the epoch as the store keeps them: RFC 3339 UTC with milliseconds. */
export const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Newest first, for two stored timestamps: their characters compare as their times do (one
 * fixed-width form), and a plain comparison is many times cheaper than `localeCompare`.
 */
export const newerFirst = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

/**
 * `naive`: what the docs print, UTC without a zone (`2026-01-19T12:00:00`, microseconds only
 * when there are some, as Python's isoformat writes them); `rfc3339`: `2026-01-19T12:00:00.000Z`.
 */
export type TimestampFormat = "naive" | "rfc3339";

/** What `iso` writes: the form every stored timestamp has (seeds and saved states are normalized to it). */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.(\d{3})Z$/;

/** A stored (RFC 3339 UTC) timestamp as the mock prints it. */
export function wireTime<T extends string | null>(env: { timestamps: TimestampFormat }, stored: T): T {
  if (stored === null || env.timestamps === "rfc3339") return stored;
  // The stored form needs no parsing: cut it (every list prints four timestamps per credential).
  const canonical = CANONICAL.exec(stored);
  if (canonical) return (canonical[1] === "000" ? stored.slice(0, 19) : `${stored.slice(0, 23)}000`) as T;
  const ms = parseTimestamp(stored);
  if (Number.isNaN(ms)) return stored;
  const text = new Date(ms).toISOString(); // 2026-01-19T12:00:00.123Z
  const fraction = text.slice(20, 23);
  return (fraction === "000" ? text.slice(0, 19) : `${text.slice(0, 19)}.${fraction}000`) as T;
}
