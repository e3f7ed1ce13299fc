/** Every `credential_id` anywhere in a response body (flat and grouped lists, a resolution, ...). */
export function credentialIdsIn(body: unknown): string[] {
  const ids: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (typeof record.credential_id === "string") ids.push(record.credential_id);
      Object.values(record).forEach(visit);
    }
  };
  visit(body);
  return ids;
}
