// What a rejected fetch means: the error code fetch reports (from `error.cause.code`), what it
// means in words, and whether it means the server cannot be reached at all.

/** What the transport errors fetch reports mean, by code. */
const REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused: nothing listens on that port",
  ECONNRESET: "the connection was reset",
  EPIPE: "the connection was closed while sending",
  ENOTFOUND: "the host name does not resolve",
  EAI_AGAIN: "the host name could not be resolved (temporary DNS failure)",
  EHOSTUNREACH: "the host is unreachable",
  ENETUNREACH: "the network is unreachable",
  ETIMEDOUT: "the connection timed out",
  UND_ERR_CONNECT_TIMEOUT: "the connection timed out",
  UND_ERR_SOCKET: "the server closed the connection",
  UND_ERR_HEADERS_TIMEOUT: "no response headers in time",
  UND_ERR_BODY_TIMEOUT: "the response body stalled",
  ERR_SSL_WRONG_VERSION_NUMBER: "TLS handshake failed: is this an http (not https) server?",
  ERR_SSL_PACKET_LENGTH_TOO_LONG: "TLS handshake failed: is this an http (not https) server?",
  EPROTO: "TLS handshake failed",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's TLS certificate is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "the server's TLS certificate chain is self-signed",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's TLS certificate cannot be verified",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the server's TLS certificate cannot be verified",
  CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
  ERR_TLS_CERT_ALTNAME_INVALID: "the server's TLS certificate is for another host name",
};

/**
 * Codes that mean the server cannot be reached at all (as opposed to one request that went
 * wrong): the run cannot go on, so they stop it instead of failing one check.
 */
const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_SSL_WRONG_VERSION_NUMBER",
  "ERR_SSL_PACKET_LENGTH_TOO_LONG",
  "EPROTO",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

export interface TransportFailure {
  /** The error code (ECONNREFUSED, ENOTFOUND...), or null when the error carried none. */
  code: string | null;
  /** `CODE (what it means)`, one line. */
  reason: string;
  /** Whether the server cannot be reached at all. */
  unreachable: boolean;
}

const ownCode = (value: unknown): string | null =>
  value && typeof value === "object" && "code" in value && typeof value.code === "string" && value.code
    ? value.code
    : null;

function codeOf(error: unknown): string | null {
  // fetch wraps the socket's error: TypeError("fetch failed", { cause }); a host with several
  // addresses gives an AggregateError whose errors carry the codes.
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const code = ownCode(current);
    if (code) return code;
    if ("errors" in current && Array.isArray(current.errors)) {
      for (const inner of current.errors) if (ownCode(inner)) return ownCode(inner);
    }
    current = "cause" in current ? current.cause : undefined;
  }
  return null;
}

/** What a rejected fetch means, in one line: `ECONNREFUSED (connection refused: ...)`. */
export function describeTransportError(error: unknown): TransportFailure {
  const code = codeOf(error);
  if (code) return { code, reason: `${code} (${REASONS[code] ?? "no response"})`, unreachable: UNREACHABLE.has(code) };
  const cause = error && typeof error === "object" && "cause" in error ? error.cause : undefined;
  const message = (cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error))
    .split("\n")[0]!
    .slice(0, 200);
  // fetch itself refuses the ports the Fetch standard blocks (6000, 9, 25...), before any connection.
  if (message === "bad port")
    return {
      code: null,
      reason: "a port fetch refuses to connect to (a 'bad port' of the Fetch standard)",
      unreachable: true,
    };
  return { code: null, reason: message || "no response", unreachable: false };
}
