// The standalone mock's persistence: one JSON file, replaced atomically (written beside it, then
// renamed over it) so a crash leaves the old state or the new one. A file that cannot be read or
// parsed is refused with a clear message and never overwritten: nothing saved is ever lost.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { SavedStateError, type StateStorage } from "./core/saved-state.js";
import { errorMessage, hasErrorCode } from "./policy/error-message.js";

/**
 * A state file for `createMock({ persistence })` / `startServer({ stateFile })`.
 * @example
 * const mock = await createMock({ masterKey: process.env.MODULEX_MOCK_MASTER_KEY, persistence: stateFile(".mock/state.json") });
 */
export function stateFile(path: string): StateStorage {
  const file = resolve(path);
  const description = `state file ${path}`;
  let tmpCounter = 0;
  return {
    description,
    async load() {
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch (error) {
        if (hasErrorCode(error, "ENOENT")) return null;
        throw new SavedStateError(`The ${description} cannot be read: ${errorMessage(error)}`);
      }
      try {
        return JSON.parse(text);
      } catch (error) {
        // Only the position: the parser's message quotes the file.
        const position = /position (\d+)/.exec(errorMessage(error))?.[1];
        throw new SavedStateError(
          `The ${description} is not valid JSON${position ? ` (at position ${position})` : ""}. It was left untouched (move it away to start from the seed).`,
        );
      }
    },
    async save(state) {
      await mkdir(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${++tmpCounter}.tmp`;
      await writeFile(tmp, `${JSON.stringify(state)}\n`, { mode: 0o600 });
      await rename(tmp, file);
    },
  };
}
