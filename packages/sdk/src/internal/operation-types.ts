// Type-level views of one operation of the camelCase document: its path and query parameters,
// its body and its success data. Nothing about the API's shape is written by hand.
import type { operations } from "../generated/camel.js";

export type OperationId = keyof operations;
type Parameters<K extends OperationId> = operations[K]["parameters"];

type PathOf<K extends OperationId> = NonNullable<Parameters<K>["path"]>;
export type QueryOf<K extends OperationId> = NonNullable<Parameters<K>["query"]>;
export type BodyOf<K extends OperationId> = operations[K] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;

type Success<R> = R extends { 200: infer S }
  ? S
  : R extends { 201: infer S }
    ? S
    : R extends { 204: unknown }
      ? undefined
      : never;
// biome-ignore lint/suspicious/noConfusingVoidType: a 204 resolves to void, which is what `await` of it reads as.
type Content<S> = S extends { content: { "application/json": infer D } } ? D : S extends undefined ? void : never;
/** The data a successful call resolves to (void for 204). */
export type ResultOf<K extends OperationId> = Content<Success<operations[K]["responses"]>>;

export interface OperationParams<K extends OperationId> {
  path?: PathOf<K>;
  query?: QueryOf<K>;
  body?: BodyOf<K>;
}
