// The error that stops a run: its message is one line for a person, never a stack or a credential.

/** Stops the run; its message is shown as is (one line, no secrets, no stack). */
export class FatalRunError extends Error {
  override name = "FatalRunError";
}
