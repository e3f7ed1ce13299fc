import { describe, expect, it } from "vitest";
import { parseTimestamp } from "../../openapi/lib/timestamp.js";

describe("parseTimestamp", () => {
  it("reads RFC 3339 date-times as Date.parse does", () => {
    expect(parseTimestamp("2026-06-30T12:00:00Z")).toBe(Date.UTC(2026, 5, 30, 12));
    expect(parseTimestamp("2026-06-30T14:00:00.5+02:00")).toBe(Date.UTC(2026, 5, 30, 12, 0, 0, 500));
  });
  it("reads a leap second (which Date.parse refuses) as the instant after :59", () => {
    expect(parseTimestamp("2016-12-31T23:59:60Z")).toBe(Date.UTC(2017, 0, 1));
    expect(parseTimestamp("2017-01-01T01:29:60+01:30")).toBe(Date.UTC(2017, 0, 1));
  });
  it("is NaN for anything else", () => {
    expect(parseTimestamp("not a date")).toBeNaN();
    expect(parseTimestamp("2026-06-30T12:00:61Z")).toBeNaN();
  });
});

describe("parseTimestamp on the docs' zoneless timestamps", () => {
  it("reads a time without a zone as UTC, whatever the machine's time zone", () => {
    const before = process.env.TZ;
    process.env.TZ = "America/New_York"; // Date.parse would read the zoneless form as local time here
    try {
      expect(parseTimestamp("2026-01-19T12:00:00")).toBe(Date.UTC(2026, 0, 19, 12));
      expect(parseTimestamp("2026-01-19T12:00:00.123456")).toBe(Date.UTC(2026, 0, 19, 12, 0, 0, 123));
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
