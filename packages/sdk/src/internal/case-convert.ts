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

function convert(value: unknown, rename: (name: string) => string, toWire: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => convert(item, rename, toWire));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const kind = MAP_PROPERTIES[toWire ? wireName(key) : key];
    const converted =
      kind === "opaque"
        ? item
        : kind === "keyed" && isPlainObject(item)
          ? Object.fromEntries(Object.entries(item).map(([k, v]) => [k, convert(v, rename, toWire)]))
          : convert(item, rename, toWire);
    // defineProperty, so a key named "__proto__" stays data instead of replacing the prototype.
    Object.defineProperty(out, rename(key), { value: converted, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Converts a wire (snake_case) value to the SDK's camelCase shape. */
export const toCamel = (value: unknown): unknown => convert(value, camelName, false);
/** Converts an SDK (camelCase) value to the wire's snake_case shape. */
export const toWire = (value: unknown): unknown => convert(value, wireName, true);
