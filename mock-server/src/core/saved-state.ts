// Opt-in persistence: the mock's store saved after every change and loaded on the next start, so a
// reload (browser) or a restart (--state-file) keeps what the developer built. What is saved holds
// only what the store holds (hashes and ciphertext) plus the identity provider's signing key,
// sealed under the master key, so tokens issued before a restart still verify. Rate-limit windows
// and armed faults are not saved: they are about the moment, not the data.
import { IdentityProvider } from "./identity-provider.js";
import type { MockEnv } from "./env.js";

/** Where the saved state lives: a file (./node), IndexedDB (./browser), or anything of your own. */
export interface StateStorage {
  /** The saved state as it was given to `save`, or null when there is none yet. Throws when it cannot be read. */
  load(): Promise<unknown>;
  /** Replaces the saved state; atomically, so a crash leaves the old or the new one, never half. */
  save(state: SavedState): Promise<void>;
  /** For messages: "state file ./mock-state.json". */
  readonly description: string;
}

export interface SavedState {
  format: typeof FORMAT;
  version: typeof VERSION;
  saved_at: string;
  /** Tells whether the state was sealed under the master key in use (an HMAC of a constant). */
  key_check: string;
  /** The identity provider's private JWK, AES-GCM sealed under the master key. */
  identity: string;
  /** Every table of the store (`store.dump()`): hashes and ciphertext only. */
  store: unknown;
}

const FORMAT = "modulex-mock-state";
const VERSION = 1;
/** The keyring scope the identity provider's key is sealed under. */
const IDENTITY_SCOPE: [string, string] = ["modulex-mock", "identity-provider"];

/** Thrown when saved state cannot be used; the storage is left as it is. */
export class SavedStateError extends Error {
  override name = "SavedStateError";
}

/** Loads `storage` into the mock; false when there was nothing saved (start from the seed). */
export async function loadSavedState(env: MockEnv, storage: StateStorage): Promise<boolean> {
  const refuse = (why: string) =>
    new SavedStateError(
      `The ${storage.description} cannot be loaded: ${why}. It was left untouched (move it away to start from the seed).`,
    );
  const saved = await storage.load();
  if (saved === null) return false;
  if (!isObject(saved) || saved.format !== FORMAT) throw refuse("it is not a ModuleX mock state");
  if (saved.version !== VERSION)
    throw refuse(`it has version ${String(saved.version)}; this mock reads version ${VERSION}`);
  if (typeof saved.key_check !== "string" || typeof saved.identity !== "string")
    throw refuse("key_check and identity must be strings");
  if (saved.key_check !== (await env.keyring.check()))
    throw refuse("it was saved under another master key (pass the one it was saved with)");
  let idp: IdentityProvider;
  try {
    idp = await IdentityProvider.fromPrivateJwk(await env.keyring.open(...IDENTITY_SCOPE, saved.identity));
  } catch {
    throw refuse("its identity key does not open under this master key");
  }
  try {
    await env.store.restore(saved.store);
  } catch (error) {
    throw refuse(error instanceof Error ? error.message : String(error));
  }
  env.idp = idp;
  return true;
}

/**
 * Saves after changes: one save at a time, coalescing the changes made meanwhile into the next, with
 * the store read under the read lock so no save holds half a write. Errors go to `onError` (the
 * mock keeps answering; the next change tries again).
 */
export function createSaver(env: MockEnv, storage: StateStorage, onError: (error: unknown) => void) {
  let dirty = false;
  let running: Promise<void> | null = null;
  let sealed: { idp: IdentityProvider; identity: string; keyCheck: string } | null = null;

  async function snapshot(): Promise<SavedState> {
    if (sealed?.idp !== env.idp) {
      const idp = env.idp;
      sealed = {
        idp,
        identity: await env.keyring.seal(...IDENTITY_SCOPE, await idp.privateJwk()),
        keyCheck: await env.keyring.check(),
      };
    }
    const { identity, keyCheck } = sealed;
    return env.lock.read(() => ({
      format: FORMAT,
      version: VERSION,
      saved_at: new Date(env.now()).toISOString(),
      key_check: keyCheck,
      identity,
      store: env.store.dump(),
    }));
  }

  async function drain(): Promise<void> {
    while (dirty) {
      dirty = false;
      try {
        await storage.save(await snapshot());
      } catch (error) {
        onError(error);
      }
    }
    running = null;
  }

  return {
    /** Something may have changed: save soon. */
    changed(): void {
      dirty = true;
      // A macrotask later, so a burst of changes becomes one save.
      running ??= new Promise<void>((resolve) => setTimeout(resolve, 0)).then(drain);
    },
    /** Resolves once every change so far is saved. */
    async flush(): Promise<void> {
      while (running) await running;
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
