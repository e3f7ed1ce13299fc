// The name every record the run creates carries.

/** Every credential and API key the run creates is named "modulex-contract …", so `modulex-contract cleanup` can find what a crashed run left. */
export const RUN_TAG = "modulex-contract";
