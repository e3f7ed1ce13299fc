import { describe, expect, it } from "vitest";
import type { WithResponse } from "./api-promise.js";
import { nextOffset, PagePromise } from "./pagination.js";

describe("nextOffset", () => {
  it("stops on a short page, an empty page, or when the total is reached", () => {
    expect(nextOffset(0, 2, 2, 5)).toBe(2);
    expect(nextOffset(2, 2, 2, 5)).toBe(4);
    expect(nextOffset(4, 2, 1, 5)).toBeUndefined();
    expect(nextOffset(0, 2, 2, 2)).toBeUndefined();
    expect(nextOffset(0, 2, 0, 9)).toBeUndefined();
  });
});

describe("PagePromise", () => {
  const items = ["a", "b", "c", "d", "e"];
  function pager(limit: number, start = 0) {
    const offsets: number[] = [];
    const fetchPage = async (offset: number): Promise<WithResponse<{ page: string[]; total: number }>> => {
      offsets.push(offset);
      return {
        data: { page: items.slice(offset, offset + limit), total: items.length },
        response: new Response(),
        rateLimit: {} as never,
        requestId: undefined,
      };
    };
    const promise = new PagePromise(fetchPage, (p) => ({ items: p.page, total: p.total }), start, limit);
    return { promise, offsets };
  }

  it("awaits to the first page only", async () => {
    const { promise, offsets } = pager(2);
    expect(await promise).toEqual({ page: ["a", "b"], total: 5 });
    expect(offsets).toEqual([0]);
  });

  it("iterates every item across pages, fetching each page once, from the requested offset", async () => {
    const { promise, offsets } = pager(2, 1);
    const seen: string[] = [];
    for await (const item of promise) seen.push(item);
    expect(seen).toEqual(["b", "c", "d", "e"]);
    expect(offsets).toEqual([1, 3]);
  });

  it("yields whole pages with pages(), and stops early when the loop breaks", async () => {
    const { promise, offsets } = pager(2);
    const pages: string[][] = [];
    for await (const page of promise.pages()) {
      pages.push(page.page);
      if (pages.length === 2) break;
    }
    expect(pages).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(offsets).toEqual([0, 2]);
  });
});
