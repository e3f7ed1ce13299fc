// zod/mini — the tree-shakeable form of zod 4 (functional checks; the store checks every record
// it writes with these schemas). Mini leaves zod's English messages out; `MESSAGES` brings them to each parse
// that reports to a person (seed files, saved states), without touching zod's global config,
// which belongs to the app the mock runs in.
import * as z from "zod/mini";
import { en } from "zod/locales";

/** Parse options with zod's English messages: `schema.safeParse(value, MESSAGES)`. */
export const MESSAGES = { error: en().localeError };

export { z };
