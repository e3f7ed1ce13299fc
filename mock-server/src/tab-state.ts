// The browser mock's persistence: per tab (a tab id in sessionStorage, which survives reloads and
// is the tab's own), the state in IndexedDB beside a non-extractable master CryptoKey. Nothing in
// storage is readable as a secret: the store holds hashes and ciphertext, the key cannot be exported.
import { randomMasterCryptoKey } from "./core/keyring.js";
import type { StateStorage } from "./core/saved-state.js";

const DB = "modulex-mock";
const STORE = "tab-states";
const TAB_KEY = "modulex-mock:tab";
/** Saved states of tabs not opened for this long are dropped when another tab starts. */
const KEEP_MS = 7 * 24 * 3600 * 1000;

interface TabRecord {
  masterKey: CryptoKey;
  state: unknown;
  savedAt: number;
}

/** The master key and storage of this tab's saved mock (`name` tells several mocks of one tab apart). */
export async function tabState(name: string): Promise<{ masterKey: CryptoKey; storage: StateStorage }> {
  let tab = sessionStorage.getItem(TAB_KEY);
  if (!tab) {
    tab = crypto.randomUUID();
    sessionStorage.setItem(TAB_KEY, tab);
  }
  const id = `${tab} ${name}`;
  const db = await open();
  const record = await request<TabRecord | undefined>(db.transaction(STORE).objectStore(STORE).get(id));
  const masterKey = record?.masterKey ?? (await randomMasterCryptoKey());
  void prune(db, id);
  return {
    masterKey,
    storage: {
      description: `saved mock state of this tab (IndexedDB "${DB}")`,
      load: async () => record?.state ?? null,
      save: async (state) => {
        const tx = db.transaction(STORE, "readwrite");
        tx.objectStore(STORE).put({ masterKey, state, savedAt: Date.now() } satisfies TabRecord, id);
        await done(tx);
      },
    },
  };
}

function open(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

async function prune(db: IDBDatabase, keep: string): Promise<void> {
  const tx = db.transaction(STORE, "readwrite");
  const store = tx.objectStore(STORE);
  const cursorRequest = store.openCursor();
  cursorRequest.onsuccess = () => {
    const cursor = cursorRequest.result;
    if (!cursor) return;
    // IndexedDB hands back what was stored, untyped; the fields are checked below.
    const value = cursor.value as Partial<TabRecord>;
    if (cursor.key !== keep && (typeof value.savedAt !== "number" || Date.now() - value.savedAt > KEEP_MS))
      cursor.delete();
    cursor.continue();
  };
  await done(tx).catch(() => undefined);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
}
