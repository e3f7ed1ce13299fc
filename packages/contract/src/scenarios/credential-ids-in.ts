// The credentials a response shows, whatever its shape (flat and grouped lists, a resolution, ...).
import { isRecord } from "../http/is-record.js";

export interface ShownCredential {
  credential_id: string;
  display_name: unknown;
}

/** Every object with a `credential_id` anywhere in a response body. */
export function credentialsIn(body: unknown): ShownCredential[] {
  const found: ShownCredential[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isRecord(node)) {
      if (typeof node.credential_id === "string")
        found.push({ credential_id: node.credential_id, display_name: node.display_name });
      Object.values(node).forEach(visit);
    }
  };
  visit(body);
  return found;
}

/** Every `credential_id` anywhere in a response body. */
export function credentialIdsIn(body: unknown): string[] {
  return credentialsIn(body).map((c) => c.credential_id);
}
