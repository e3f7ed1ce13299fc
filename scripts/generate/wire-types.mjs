// TypeScript types of a document, by openapi-typescript.
import openapiTS, { astToString } from "openapi-typescript";

/**
 * Only request schemas carry defaults (make_default, limit…), so a default keeps a property
 * optional (`defaultNonNullable: false`): a caller is never forced to send what the server
 * defaults, and a mock handler never assumes a field the client may leave out.
 */
export const TYPE_OPTIONS = { alphabetize: false, exportType: true, defaultNonNullable: false };

/** The `paths`, `components` and `operations` types of `spec` (the input is not changed). */
export async function typesOf(spec) {
  return astToString(await openapiTS(structuredClone(spec), TYPE_OPTIONS));
}
