/** Every object with a `credential_id` anywhere in a response body (flat and grouped lists, a resolution, ...). */
export function credentialsIn(body: unknown): Array<Record<string, unknown> & { credential_id: string }> {
  const found: Array<Record<string, unknown> & { credential_id: string }> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (typeof record.credential_id === "string") found.push(record as Record<string, unknown> & { credential_id: string });
      Object.values(record).forEach(visit);
    }
  };
  visit(body);
  return found;
}

/** Every `credential_id` anywhere in a response body. */
export function credentialIdsIn(body: unknown): string[] {
  return credentialsIn(body).map((c) => c.credential_id);
}
