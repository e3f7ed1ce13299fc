// The secrets a request body submits, which no response may echo back.

/** Every string in a submitted `auth_data`, and `oauth_config.client_secret`, each with its label. */
export function submittedSecrets(body: unknown): Array<{ secret: string; label: string }> {
  const found: Array<{ secret: string; label: string }> = [];
  if (!body || typeof body !== "object") return found;
  if ("auth_data" in body && body.auth_data && typeof body.auth_data === "object") {
    for (const value of Object.values(body.auth_data))
      if (typeof value === "string") found.push({ secret: value, label: "credential secret" });
  }
  const oauthConfig = "oauth_config" in body ? body.oauth_config : undefined;
  if (
    oauthConfig &&
    typeof oauthConfig === "object" &&
    "client_secret" in oauthConfig &&
    typeof oauthConfig.client_secret === "string"
  ) {
    found.push({ secret: oauthConfig.client_secret, label: "OAuth client secret" });
  }
  return found;
}
