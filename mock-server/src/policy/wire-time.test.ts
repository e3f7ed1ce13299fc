import { describe, expect, it } from "vitest";
import { iso, wireTime } from "./wire-time.js";

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
  it("leaves a value it cannot read as it is", () => {
    expect(wireTime(naive, "not a time")).toBe("not a time");
  });
  it("iso stores milliseconds since the epoch as RFC 3339 UTC", () => {
    expect(iso(Date.UTC(2026, 0, 19, 12))).toBe("2026-01-19T12:00:00.000Z");
  });
});
