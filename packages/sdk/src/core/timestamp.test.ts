import { describe, expect, it } from "vitest";
import { parseTimestamp } from "./timestamp.js";

describe("parseTimestamp", () => {
  it("reads the API's zoneless timestamps as UTC, whatever the machine's time zone", () => {
    const before = process.env.TZ;
    process.env.TZ = "Asia/Tokyo"; // new Date("2026-01-19T12:00:00") would be 03:00 UTC here
    try {
      expect(parseTimestamp("2026-01-19T12:00:00").toISOString()).toBe("2026-01-19T12:00:00.000Z");
      expect(parseTimestamp("2026-01-19T12:00:00.123456").toISOString()).toBe("2026-01-19T12:00:00.123Z");
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
  it("reads RFC 3339 with a zone as written, and null as null", () => {
    expect(parseTimestamp("2026-01-19T13:00:00+01:00").toISOString()).toBe("2026-01-19T12:00:00.000Z");
    expect(parseTimestamp("2026-01-19T12:00:00Z").getTime()).toBe(Date.UTC(2026, 0, 19, 12));
    expect(parseTimestamp(null)).toBeNull();
  });
});
