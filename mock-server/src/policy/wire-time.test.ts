import { describe, expect, it } from "vitest";
import { iso, newerFirst, wireTime } from "./wire-time.js";

describe("wireTime", () => {
  const naive = { timestamps: "naive" as const };
  it("prints UTC without a zone, as the docs do, with microseconds only when there are some", () => {
    expect(wireTime(naive, "2026-01-19T12:00:00.000Z")).toBe("2026-01-19T12:00:00");
    expect(wireTime(naive, "2026-01-19T12:00:00.123Z")).toBe("2026-01-19T12:00:00.123000");
  });
  it("keeps RFC 3339 as stored in rfc3339 mode, and null as null", () => {
    expect(wireTime({ timestamps: "rfc3339" }, "2026-01-19T12:00:00.000Z")).toBe("2026-01-19T12:00:00.000Z");
    expect(wireTime(naive, null)).toBeNull();
  });
  it("prints a stored value in another RFC 3339 form (an offset, no fraction) the same way", () => {
    expect(wireTime(naive, "2026-01-19T13:00:00+01:00")).toBe("2026-01-19T12:00:00");
    expect(wireTime(naive, "2026-01-19T12:00:00.5Z")).toBe("2026-01-19T12:00:00.500000");
  });
  it("leaves a value it cannot read as it is", () => {
    expect(wireTime(naive, "not a time")).toBe("not a time");
  });
  it("newerFirst orders stored timestamps newest first, as their times", () => {
    const stored = [
      Date.UTC(2026, 0, 1),
      Date.UTC(2025, 11, 31, 23, 59, 59, 999),
      Date.UTC(2026, 0, 1, 0, 0, 0, 1),
    ].map(iso);
    expect([...stored].sort(newerFirst)).toEqual([stored[2], stored[0], stored[1]]);
  });
  it("iso stores milliseconds since the epoch as RFC 3339 UTC", () => {
    expect(iso(Date.UTC(2026, 0, 19, 12))).toBe("2026-01-19T12:00:00.000Z");
  });
});
