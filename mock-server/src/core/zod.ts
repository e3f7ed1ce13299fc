// zod/mini — the tree-shakeable form of zod 4 (functional checks; the store checks every record
// it writes with these schemas). Each file that uses it imports `* as z from "zod/mini"` itself,
// so a bundle keeps only the functions used: a namespace re-exported from here kept all of zod,
// its 50 locales included. Mini leaves zod's English messages out; `MESSAGES` brings them to
// each parse that reports to a person (seed files, saved states), without touching zod's global
// config, which belongs to the app the mock runs in.
import en from "zod/v4/locales/en.js";

/** Parse options with zod's English messages: `schema.safeParse(value, MESSAGES)`. */
export const MESSAGES = { error: en().localeError };
