// What the run has created and not yet deleted, kept from the answers themselves, so that an
// interrupted or stopped run (and every run at its end) can delete exactly that and nothing else.
import { isRecord } from "./is-record.js";
import type { Principal } from "./request-spec.js";

export interface Created {
  kind: "credential" | "api-key" | "member";
  /** credential_id, api_key_id, or the invited email for a member who joined at once. */
  id: string;
  /** The organization it lives in (credentials, members). */
  org: string | null;
  /** Who created it (and so may delete it). */
  principal: Principal;
}

interface Answered {
  operationId: string;
  status: number;
  body: unknown;
  org: string | null;
  principal: Principal | null;
  pathParams?: Record<string, string>;
  requestBody?: unknown;
}

const field = (body: unknown, name: string): string | undefined => {
  const value = isRecord(body) ? body[name] : undefined;
  return typeof value === "string" ? value : undefined;
};

export class Ledger {
  readonly #open = new Map<string, Created>();

  /** Records what an answer created or deleted. */
  note({ operationId, status, body, org, principal, pathParams, requestBody }: Answered): void {
    if (!principal) return;
    const add = (kind: Created["kind"], id: string | undefined, where: string | null) => {
      if (id) this.#open.set(`${kind}:${id}`, { kind, id, org: where, principal });
    };
    if (status === 201 && (operationId === "createCredential" || operationId === "completeCredentialOAuth2"))
      add("credential", field(body, "credential_id"), org);
    else if (status === 201 && operationId === "createApiKey") add("api-key", field(body, "api_key_id"), null);
    else if (status === 201 && operationId === "createMemberInvitation" && field(body, "status") === "accepted")
      add("member", field(requestBody, "email")?.toLowerCase(), org);
    else if (status === 204 && operationId === "deleteCredential")
      this.#open.delete(`credential:${pathParams?.credential_id}`);
    else if (status === 204 && operationId === "deleteApiKey") this.#open.delete(`api-key:${pathParams?.api_key_id}`);
  }

  open(): Created[] {
    return [...this.#open.values()];
  }
}
