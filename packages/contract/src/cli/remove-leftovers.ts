// `modulex-contract cleanup --yes`: deletes what findLeftovers found, and nothing else.
import type { CleanupOptions, Leftover } from "./find-leftovers.js";

/** Deletes what findLeftovers found; returns what could not be deleted, with why. */
export async function removeLeftovers(
  options: CleanupOptions,
  leftovers: Leftover[],
): Promise<Array<{ leftover: Leftover; why: string }>> {
  const failed: Array<{ leftover: Leftover; why: string }> = [];
  for (const leftover of leftovers) {
    const credential = leftover.kind === "credential";
    const token = credential
      ? leftover.org === options.org
        ? options.apiKey
        : (options.outsiderKey ?? "")
      : (options.jwt ?? "");
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (credential && leftover.org) headers["x-organization-id"] = leftover.org;
    const path = credential
      ? `/credentials/${encodeURIComponent(leftover.id)}`
      : `/api-keys/${encodeURIComponent(leftover.id)}`;
    const response = await (options.fetch ?? fetch)(`${options.baseUrl.replace(/\/+$/, "")}${path}`, {
      method: "DELETE",
      headers,
    });
    await response.body?.cancel();
    if (response.status !== 204 && response.status !== 404)
      failed.push({ leftover, why: `DELETE ${path} answered ${response.status}` });
  }
  return failed;
}
