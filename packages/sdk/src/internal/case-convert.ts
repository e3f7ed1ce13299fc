// camelCase in TypeScript, snake_case on the wire. Driven by the spec's map table: keys of an
// "opaque" map (metadata, auth_data…) and of a "keyed" map (credentials grouped by integration
// name) are data, not property names, so they pass through untouched in both directions.
import { MAP_PROPERTIES } from "../generated/operations.js";

/** `auth_data` → `authData`; the same rule the generator uses for the camelCase types. */
export const camelName = (name: string): string => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/** `authData` → `auth_data`. */
export const wireName = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Renamed keys, remembered: responses repeat the same few dozen property names, and a regex per key
 * per object was most of the conversion's cost. Bounded, so a server sending endless new names
 * cannot grow it.
 */
function memo(rename: (name: string) => string): (name: string) => string {
  const seen = new Map<string, string>();
  return (name) => {
    let renamed = seen.get(name);
    if (renamed === undefined) {
      renamed = rename(name);
      if (seen.size < 2048) seen.set(name, renamed);
    }
    return renamed;
  };
}

function convert(value: unknown, rename: (name: string) => string, toWire: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => convert(item, rename, toWire));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    const name = rename(key);
    const wireKey = toWire ? name : key;
    const kind = Object.hasOwn(MAP_PROPERTIES, wireKey) ? MAP_PROPERTIES[wireKey] : undefined;
    const converted =
      kind === "opaque"
        ? item
        : kind === "keyed" && isPlainObject(item)
          ? convertKeyed(item, rename, toWire)
          : convert(item, rename, toWire);
    set(out, name, converted);
  }
  return out;
}

/** A map keyed by data (integration names): keys kept, values converted. */
function convertKeyed(
  value: Record<string, unknown>,
  rename: (name: string) => string,
  toWire: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) set(out, key, convert(value[key], rename, toWire));
  return out;
}

/** Plain assignment (fast, keeps objects in V8's fast mode), except for "__proto__", which stays data. */
function set(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

const camel = memo(camelName);
const wire = memo(wireName);

/** Converts a wire (snake_case) value to the SDK's camelCase shape. */
export const toCamel = (value: unknown): unknown => convert(value, camel, false);
/** Converts an SDK (camelCase) value to the wire's snake_case shape. */
export const toWire = (value: unknown): unknown => convert(value, wire, true);
