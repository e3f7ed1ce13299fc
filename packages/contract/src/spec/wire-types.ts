// The spec's generated wire types (`@modulex/spec/types`, from openapi/modulex.yaml) as the runner
// uses them: request and response bodies keyed by operation id and status, the way openapi-fetch
// types a call by `paths`, and `Untrusted<T>` for what a server under test answers.
import type { components, operations } from "@modulex/spec/types";

/** An operation of the public spec, by its operationId. */
export type OperationId = keyof operations & string;

/** A named schema of the spec: `Schema<"Credential">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

type Responses<Op extends OperationId> = operations[Op]["responses"];

/** The statuses the spec declares for an operation. */
export type ResponseStatus<Op extends OperationId> = keyof Responses<Op> & number;

type JsonContent<R> = R extends { content: { "application/json": infer Body } } ? Body : undefined;

/** The JSON body the spec declares for `Op` answering `S` (undefined for a 204). */
export type ResponseBody<Op extends OperationId, S extends ResponseStatus<Op>> = JsonContent<Responses<Op>[S]>;

type Primitive = string | number | boolean | bigint | symbol | null | undefined;
type KeysOf<T> = T extends unknown ? keyof T : never;
type ValueAt<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
type UntrustedObject<T> = [T] extends [never]
  ? never
  : [T] extends [ReadonlyArray<infer Item>]
    ? Array<Untrusted<Item>>
    : { [K in KeysOf<T>]?: Untrusted<ValueAt<T, K>> };

/**
 * What a server under test may answer for a body the spec types as `T`: the spec's field names and
 * types, every field optional at every depth (the runner verifies servers, so it never assumes one
 * conforms; response_schema_conformance says whether it did). A union (grouped or flat list) reads
 * as one object with the fields of every member.
 */
export type Untrusted<T> = [T] extends [Primitive] ? T : UntrustedObject<Exclude<T, Primitive>> | Extract<T, Primitive>;
