// Which Host headers and Origins the standalone server trusts (docs/decisions/050). A DNS-rebinding
// page reaches 127.0.0.1 under its own name, so the Host says so; a page on another site says so in
// its Origin. Names, as Vite's server.allowedHosts: `example.test` exactly, `.example.test` also
// every subdomain.

export interface HostRules {
  /** Names the user allowed, or true for any Host (as Vite's `allowedHosts: true`). */
  allowedHosts: readonly string[] | true;
  /** The address the server was bound to and the one the connection arrived on (IPs or names). */
  localAddresses: readonly string[];
}

// RFC 3986 host [":" port]: a reg-name or IPv4, or a bracketed IPv6. No userinfo, path or query.
const HOST_HEADER = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9\-._~!$&'()*+,;=%]+)(?::\d{0,5})?$/;

/** The host name of a Host header, as URL normalises it (`LOCALHOST.` → `localhost`, `[::1]`); null when malformed. */
export function hostnameOf(hostHeader: string): string | null {
  let hostname = hostnames.get(hostHeader);
  if (hostname !== undefined) return hostname;
  hostname = parseHostname(hostHeader);
  // A server sees a handful of Host values: each is parsed once, not on every request (bounded).
  if (hostnames.size >= 256) hostnames.clear();
  hostnames.set(hostHeader, hostname);
  return hostname;
}
const hostnames = new Map<string, string | null>();

function parseHostname(hostHeader: string): string | null {
  if (!HOST_HEADER.test(hostHeader)) return null;
  try {
    return new URL(`http://${hostHeader}`).hostname.replace(/\.$/, "");
  } catch {
    return null;
  }
}

/**
 * An IP or name as it appears as a URL host name: `::ffff:10.0.0.2` → `10.0.0.2`, `::1` → `[::1]`.
 * Null for a wildcard (`0.0.0.0`, `::`): what a server binds to, never a name to accept (pages can
 * fetch http://0.0.0.0:port, which reaches this machine).
 */
function asHostname(address: string): string | null {
  const bare = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").replace(/%.*$/, "");
  const hostname = hostnameOf(bare.includes(":") ? `[${bare}]` : bare);
  return hostname === "0.0.0.0" || hostname === "[::]" ? null : hostname;
}

/** localhost and its subdomains (browsers resolve them to loopback themselves), 127.0.0.0/8, [::1]. */
export function isLoopbackHostname(hostname: string): boolean {
  return (
    hostname === "localhost" ||
    hostname.endsWith(".localhost") ||
    hostname === "[::1]" ||
    /^127\.\d+\.\d+\.\d+$/.test(hostname)
  );
}

function isNamed(hostname: string, allowed: readonly string[]): boolean {
  return allowed.some((entry) => {
    const name = entry.toLowerCase().replace(/\.$/, "");
    return name.startsWith(".") ? hostname === name.slice(1) || hostname.endsWith(name) : hostname === name;
  });
}

/** Whether a host name is this machine's loopback, one of its addresses, or a name the user allowed. */
function isKnownHostname(hostname: string, rules: HostRules, named: readonly string[]): boolean {
  return (
    isLoopbackHostname(hostname) ||
    rules.localAddresses.some((a) => asHostname(a) === hostname) ||
    isNamed(hostname, named)
  );
}

/**
 * Whether the server answers a request with this Host header. No Host (HTTP/1.0) passes: browsers
 * always send one, and only a browser can be made to rebind.
 */
export function isAllowedHost(hostHeader: string | undefined, rules: HostRules): boolean {
  if (rules.allowedHosts === true || hostHeader === undefined) return true;
  const hostname = hostnameOf(hostHeader);
  return hostname !== null && isKnownHostname(hostname, rules, rules.allowedHosts);
}

/**
 * Whether a page of this Origin may drive the mock (CORS, and the control routes at all): pages on
 * this machine or on a name the user allowed. `allowedHosts: true` opens the Host check only.
 */
export function isTrustedOrigin(origin: string, rules: HostRules): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file: pages) included
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  return isKnownHostname(url.hostname.replace(/\.$/, ""), rules, rules.allowedHosts === true ? [] : rules.allowedHosts);
}
