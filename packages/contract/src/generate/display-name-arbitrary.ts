// Display names for what the run creates, each tagged so `modulex-contract cleanup` can find it.
import fc from "fast-check";
import { RUN_TAG } from "./run-tag.js";

export const displayNameArbitrary = fc
  .stringMatching(/^[A-Za-z0-9 ()._-]{0,40}$/)
  .map((s) => `${RUN_TAG} ${s}`.trimEnd());
