import { APIPromise, type WithResponse } from "./api-promise.js";

/** What a page holds: its items and the number of matches across all pages. */
export interface PageContents<Item> {
  items: Item[];
  total: number;
}

/**
 * The offset of the page after this one, or undefined when this page is the last: a page shorter
 * than `limit` is the last, and so is one that reaches `total`.
 */
export function nextOffset(offset: number, limit: number, count: number, total: number): number | undefined {
  return count === 0 || count < limit || offset + count >= total ? undefined : offset + count;
}

/**
 * A list call: await it for the first page, or iterate it with `for await` to get every item of
 * every page (pages are fetched as the loop needs them).
 *
 * @example
 * ```ts
 * const firstPage = await mx.audit.list({ limit: 50 });
 * for await (const event of mx.audit.list({ operation: "CREDENTIAL_DELETED" })) console.log(event.occurredAt);
 * for await (const page of mx.credentials.list().pages()) console.log(page);
 * ```
 */
export class PagePromise<Page, Item> extends APIPromise<Page> implements AsyncIterable<Item> {
  readonly #fetchPage: (offset: number) => Promise<WithResponse<Page>>;
  readonly #contents: (page: Page) => PageContents<Item>;
  readonly #offset: number;
  readonly #limit: number;

  constructor(
    fetchPage: (offset: number) => Promise<WithResponse<Page>>,
    contents: (page: Page) => PageContents<Item>,
    offset: number,
    limit: number,
  ) {
    super(fetchPage(offset));
    this.#fetchPage = fetchPage;
    this.#contents = contents;
    this.#offset = offset;
    this.#limit = limit;
  }

  /** Every page, starting with this one. */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    let page: Page = await this;
    for (let offset = this.#offset; ; ) {
      yield page;
      const { items, total } = this.#contents(page);
      const next = nextOffset(offset, this.#limit, items.length, total);
      if (next === undefined) return;
      offset = next;
      page = (await this.#fetchPage(offset)).data;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* this.#contents(page).items;
  }
}
