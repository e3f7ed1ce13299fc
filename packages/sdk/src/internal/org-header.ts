// X-Organization-ID on exactly the operations the spec declares it for, and a clear error before
// any request when such a call has no organization. Used by the SDK's methods and by `raw` alike.
import type { Middleware } from "openapi-fetch";
import { ModuleXError } from "../core/errors.js";
import { OPERATIONS } from "../generated/operations.js";

const ORG_SCOPED = new Set<string>(
  Object.values(OPERATIONS)
    .filter((op) => op.orgScoped)
    .map((op) => `${op.method} ${op.path}`),
);

/** Sets the organization header of a request to an org-scoped `operation`, unless the caller set one. */
export function setOrgHeader(headers: Headers, operation: string, organizationId: string | undefined): void {
  if (headers.has("x-organization-id")) return;
  if (!organizationId)
    throw new ModuleXError(
      `${operation} needs an organization: pass organizationId, set MODULEX_ORGANIZATION_ID or use withOrganization(id).`,
    );
  headers.set("X-Organization-ID", organizationId);
}

/** `raw`'s middleware: the same rule for calls of the wire client. */
export function orgHeader(organizationId: string | undefined): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      const operation = `${request.method} ${schemaPath}`;
      if (ORG_SCOPED.has(operation)) setOrgHeader(request.headers, operation, organizationId);
      return undefined;
    },
  };
}
