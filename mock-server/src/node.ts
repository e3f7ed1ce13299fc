// The standalone HTTP server: a plain node:http server that hands each request to the mock's core
// as it is (a CoreRequest over node:http's request: no Fetch Request built; the body read as it
// arrives, cut off past MAX_BODY_BYTES so the core answers its 400), and writes the core's answer
// back (no Fetch Response either): a JSON answer in one call, a streamed body at the client's
// pace. Binds 127.0.0.1 by default.
// No web page may drive it (docs/decisions/050): a Host that is not this machine or an allowed
// name is refused (DNS rebinding), and so is a control route called from another site's page. It
// answers CORS preflights from pages on this machine, so a dev server on another port can call it.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { answerOf, buildMock, type CreateMockOptions, type ServerMock } from "./build-mock.js";
import type { BodyRead, CoreRequest } from "./core/route.js";
import { bodyRead, MAX_BODY_BYTES } from "./core/validate-request.js";
import { isAllowedHost, isTrustedOrigin, type HostRules } from "./policy/allowed-host.js";
import { writeBody } from "./write-body.js";
import { stateFile } from "./state-file.js";

export { stateFile } from "./state-file.js";
export type { ServerMock } from "./build-mock.js";
export { SavedStateError, type StateStorage, type SavedState } from "./core/saved-state.js";

export interface StartServerOptions extends CreateMockOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /**
   * Host names it answers besides this machine's (localhost, *.localhost, 127.x, [::1], the
   * address a request arrived on): `"mock.test"` exactly, `".example.test"` with its subdomains,
   * as Vite's `server.allowedHosts`. Pages on these names may also call it from a browser.
   * `true` answers any Host (DNS-rebinding pages included). Default: none.
   */
  allowedHosts?: string[] | true;
  /**
   * The origin it gives out in URLs it builds (OAuth2 `authorization_url`), never the request's
   * Host. Default: its own URL (127.0.0.1 when bound to 0.0.0.0, [::1] when bound to ::).
   */
  publicUrl?: string;
  /**
   * Keep the mock's store in this JSON file across restarts: loaded at start (the seed only when
   * the file does not exist yet), replaced atomically after every change and on close. It holds
   * hashes and ciphertext only, sealed under `masterKey`, which is therefore required. A file that
   * cannot be loaded stops the start with a message and is never overwritten.
   */
  stateFile?: string;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:4010 */
  url: string;
  port: number;
  /** The mock it runs: without msw's handlers (it answers over HTTP; `createMock` has them). */
  mock: ServerMock;
  /** Stops accepting connections, closes open ones, and saves the state (with `stateFile`). */
  close(): Promise<void>;
}

const CORS_HEADERS = {
  "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type, X-Organization-ID, X-Request-ID",
  "Access-Control-Expose-Headers":
    "X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After, X-Request-ID, Location, Allow, Warning, WWW-Authenticate",
  "Access-Control-Max-Age": "600",
};

/**
 * Starts the mock as an HTTP server.
 * @example
 * const server = await startServer({ port: 0 });
 * await fetch(`${server.url}/integrations`, { headers: { Authorization: `Bearer ${DEMO.keys.owner}` } });
 * await server.close();
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const {
    port = 4010,
    host = "127.0.0.1",
    allowedHosts = [],
    publicUrl,
    stateFile: statePath,
    ...mockOptions
  } = options;
  const publicOrigin = publicUrl === undefined ? null : originOf(publicUrl);
  if (statePath !== undefined && mockOptions.masterKey === undefined) {
    throw new Error(
      "A state file needs a master key: its secrets are sealed under it, and a random key would be lost at exit (set masterKey / --master-key / MODULEX_MOCK_MASTER_KEY)",
    );
  }
  const { mock } = await buildMock(
    statePath === undefined ? mockOptions : { ...mockOptions, persistence: stateFile(statePath) },
  );
  let origin = "";
  const server = createServer((req, res) => {
    const rules: HostRules = { allowedHosts, localAddresses: [host, req.socket.localAddress ?? ""] };
    serve(mock, rules, origin, req, res).catch(() => {
      if (!res.headersSent) writeJson(res, 500, { detail: "Internal server error" });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  // A TCP server's address() is an AddressInfo once it listens (a pipe's would be a string).
  const bound = (server.address() as AddressInfo).port;
  // A wildcard is where it listens, not an address to call: give out loopback instead.
  const callable = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  const url = `http://${callable.includes(":") ? `[${callable}]` : callable}:${bound}`;
  origin = publicOrigin ?? url;
  return {
    url,
    port: bound,
    mock,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await mock.flush();
    },
  };
}

function originOf(publicUrl: string): string {
  const url = URL.canParse(publicUrl) ? new URL(publicUrl) : null;
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:"))
    throw new Error(`publicUrl must be an http(s) URL (got ${publicUrl})`);
  return url.origin;
}

/** User input in a message: printable ASCII only, and not much of it. */
const printable = (text: string) => text.replace(/[^\x20-\x7e]/g, "?").slice(0, 100);

function writeJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "Content-Type": "application/json", "X-Request-ID": crypto.randomUUID(), ...headers });
  res.end(JSON.stringify(body));
}

/** The request target's path and query on the server's own origin: neither the Host nor an absolute-form target chooses the origin. */
function targetUrl(target: string, origin: string): URL {
  const url = new URL(origin);
  const relative = target.startsWith("/")
    ? target
    : URL.canParse(target)
      ? `${new URL(target).pathname}${new URL(target).search}`
      : "/";
  const query = relative.indexOf("?");
  url.pathname = query < 0 ? relative : relative.slice(0, query);
  url.search = query < 0 ? "" : relative.slice(query);
  return url;
}

/**
 * node:http's request as the core reads it, without a Fetch Request, Headers and AbortSignal
 * built for each one (about a third of a GET by id's cost, profiled). node:http has already
 * lowercased the names and joined repeated values with ", " (keeping the first of a header that
 * cannot repeat), which is what Headers.get answers for them.
 */
function coreRequest(req: IncomingMessage, url: string, body: Promise<BodyRead> | null): CoreRequest {
  return {
    method: req.method ?? "GET",
    url,
    headers: {
      get(name) {
        const value = req.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
      },
    },
    body: null,
    readBody: () => body ?? Promise.resolve({ text: null, tooLarge: false }),
  };
}

/** The request's body, read as it arrives (not into a web ReadableStream), never past MAX_BODY_BYTES. */
async function readUpToCap(req: IncomingMessage): Promise<BodyRead> {
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    // An IncomingMessage yields Buffers (no setEncoding is called).
    for await (const chunk of req as AsyncIterable<Buffer>) {
      received += chunk.byteLength;
      if (received > MAX_BODY_BYTES) return { text: null, tooLarge: true };
      chunks.push(chunk);
    }
  } catch {
    return { text: null, tooLarge: true }; // a body cut off part-way is not read as a whole one
  }
  return bodyRead(chunks, received);
}

/** Whether a path is, or looks like, a control route (`/__mock/…`), decoded or not. */
function isControlPath(pathname: string): boolean {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // a malformed escape: the raw path decides
  }
  return pathname.includes("/__mock/") || decoded.includes("/__mock/");
}

async function serve(
  mock: ServerMock,
  rules: HostRules,
  serverOrigin: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (!isAllowedHost(req.headers.host, rules)) {
    const host = printable(req.headers.host ?? "");
    writeJson(res, 403, {
      detail: `Host '${host}' is not allowed: the mock answers this machine's names (localhost, 127.0.0.1, [::1]) and the names it is started with (--allowed-host)`,
    });
    return;
  }
  const origin = req.headers.origin;
  const trusted = origin !== undefined && isTrustedOrigin(origin, rules);
  const cors: Record<string, string> = trusted
    ? { "Access-Control-Allow-Origin": origin, Vary: "Origin", ...CORS_HEADERS }
    : { Vary: "Origin" };
  if (req.method === "OPTIONS" && origin && req.headers["access-control-request-method"]) {
    res.writeHead(204, cors);
    res.end();
    return;
  }
  const url = targetUrl(req.url ?? "/", serverOrigin);
  // The control routes need no auth: a page of another site must not reset, sign in or arm faults
  // (a form or a no-cors fetch runs without a preflight; CORS only hides the answer).
  if (origin !== undefined && !trusted && isControlPath(url.pathname)) {
    writeJson(
      res,
      403,
      {
        detail: `Cross-site request refused: the mock's control routes take no requests from pages of ${printable(origin)} (only from pages on this machine or an allowed name)`,
      },
      cors,
    );
    return;
  }
  // A body past the cap is never read further: the core sees a declared size over the limit, or a
  // read that stops at the limit, and answers the operation's 400 with its usual headers. The body
  // is read as it arrives, whether or not the operation takes one.
  let overflow = Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES;
  const hasBody = req.method !== "GET" && req.method !== "HEAD" && !overflow;
  const body = hasBody
    ? readUpToCap(req).then((read) => {
        overflow ||= read.tooLarge;
        return read;
      })
    : null;
  // Any method, TRACE included (which a Fetch Request cannot carry): the core's router answers one
  // no operation uses with its 405 or 404.
  const answer = await answerOf(mock)(coreRequest(req, url.href, body), url);

  const out = Object.assign({}, cors, answer.headers);
  // The unread rest of an oversized upload must not be taken for the next request.
  if (overflow) out.connection = "close";
  // A body known as text (every JSON answer) goes out in one write; a stream at the client's pace.
  if (answer.text !== null) {
    out["content-length"] = String(Buffer.byteLength(answer.text));
    res.writeHead(answer.status, out);
    res.end(answer.text);
    return;
  }
  res.writeHead(answer.status, out);
  await writeBody(res, answer.stream);
}
