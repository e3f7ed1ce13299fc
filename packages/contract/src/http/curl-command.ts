// A failing request as a `curl` command a developer can paste, as Schemathesis prints one: every
// secret of the run's principals is the environment variable that holds it, never the value.

/** The environment variable that holds each principal's token (the CLI reads the same names). */
const PRINCIPAL_ENV: Record<string, string> = {
  owner: "MODULEX_CONTRACT_API_KEY",
  jwt: "MODULEX_CONTRACT_JWT",
  admin: "MODULEX_CONTRACT_ADMIN_KEY",
  member: "MODULEX_CONTRACT_MEMBER_KEY",
  inactive: "MODULEX_CONTRACT_INACTIVE_KEY",
  outsider: "MODULEX_CONTRACT_OUTSIDER_KEY",
  locked: "MODULEX_CONTRACT_LOCKED_KEY",
};

/** Bodies longer than this are shown cut (a 1 MiB body is no command to paste). */
const MAX_BODY = 2048;

/** POSIX-shell single quoting. */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export interface CurlInput {
  method: string;
  url: string;
  /** Header name → value, without Authorization. */
  headers: Record<string, string>;
  /** Who authenticated: a principal's name (its variable is used), or null. */
  principal: string | null;
  /** A raw Authorization value the run sent on purpose (a malformed or tampered one), shown as sent. */
  rawAuthorization?: string;
  body?: string;
}

export function curlCommand({ method, url, headers, principal, rawAuthorization, body }: CurlInput): string {
  const parts = ["curl -sS -i", `-X ${method}`, quote(url)];
  if (rawAuthorization !== undefined) parts.push(`-H ${quote(`Authorization: ${rawAuthorization}`)}`);
  else if (principal) {
    const variable =
      PRINCIPAL_ENV[principal] ?? `MODULEX_CONTRACT_${principal.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`;
    parts.push(`-H "Authorization: Bearer $${variable}"`);
  }
  for (const [name, value] of Object.entries(headers)) parts.push(`-H ${quote(`${name}: ${value}`)}`);
  if (body !== undefined) {
    parts.push(
      body.length > MAX_BODY
        ? `--data-raw ${quote(body.slice(0, MAX_BODY))} # body cut: ${body.length} bytes in all`
        : `--data-raw ${quote(body)}`,
    );
  }
  return parts.join(" ");
}
