// The standalone HTTP server: a plain node:http server that turns each request into a Fetch
// Request (body streamed, cut off past MAX_BODY_BYTES so the core answers its 400), asks
// mock.handle, and streams the
// Response back. Binds 127.0.0.1 by default. Also answers CORS preflights, so a frontend dev
// server on another port can call it from the browser.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createMock, unroutedResponse, type CreateMockOptions, type Mock } from "./create-mock.js";
import { MAX_BODY_BYTES } from "./core/validate-request.js";

export interface StartServerOptions extends CreateMockOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:4010 */
  url: string;
  port: number;
  mock: Mock;
  /** Stops accepting connections and closes open ones. */
  close(): Promise<void>;
}

const CORS_HEADERS = {
  "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type, X-Organization-ID, X-Request-ID",
  "Access-Control-Expose-Headers": "X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After, X-Request-ID, Location, Allow, Warning, WWW-Authenticate",
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
  const { port = 4010, host = "127.0.0.1", ...mockOptions } = options;
  const mock = await createMock(mockOptions);
  const server = createServer((req, res) => {
    serve(mock, req, res).catch(() => {
      if (!res.headersSent) writeJson(res, 500, { detail: "Internal server error" });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${bound}`;
  return {
    url,
    port: bound,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const FETCH_FORBIDDEN_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);

/**
 * Browsers may call the mock only from pages served on this machine (a dev server on another
 * port): the control routes need no auth, so any other web page must not be able to read the
 * state, sign in as a seeded user or arm faults.
 */
function isLoopbackOrigin(origin: string): boolean {
  try {
    const { hostname } = new URL(origin);
    return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
  } catch {
    return false;
  }
}

function writeJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

async function serve(mock: Mock, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const origin = req.headers.origin;
  const cors: Record<string, string> = origin && isLoopbackOrigin(origin) ? { "Access-Control-Allow-Origin": origin, Vary: "Origin", ...CORS_HEADERS } : { Vary: "Origin" };
  if (req.method === "OPTIONS" && origin && req.headers["access-control-request-method"]) {
    res.writeHead(204, cors);
    res.end();
    return;
  }
  // A body past the cap is never read further: the core sees a declared size over the limit, or a
  // stream that errors at the limit, and answers the operation's 400 with its usual headers.
  let received = 0;
  let overflow = Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES;
  const hasBody = req.method !== "GET" && req.method !== "HEAD" && !overflow;
  const body = hasBody
    ? new ReadableStream<Uint8Array>({
        async start(controller) {
          try {
            for await (const chunk of req as AsyncIterable<Buffer>) {
              received += chunk.byteLength;
              if (received > MAX_BODY_BYTES) {
                overflow = true;
                controller.error(new Error("body too large"));
                return;
              }
              controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            }
            controller.close();
          } catch (error) {
            controller.error(error);
          }
        },
      })
    : null;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const base = `http://${req.headers.host ?? "127.0.0.1"}`;
  let url: URL;
  try {
    url = new URL(req.url ?? "/", base);
  } catch {
    url = new URL(req.url ?? "/", "http://127.0.0.1");
  }
  // The Fetch API refuses to build a Request with these methods; no operation uses them.
  const response = FETCH_FORBIDDEN_METHODS.has(req.method ?? "")
    ? unroutedResponse(req.method!, url.pathname)
    : await mock.handle(new Request(url, { method: req.method, headers, body, duplex: "half" } as RequestInit));

  const out: Record<string, string> = { ...cors };
  // The unread rest of an oversized upload must not be taken for the next request.
  if (overflow) out.connection = "close";
  response.headers.forEach((value, name) => (out[name] = value));
  res.writeHead(response.status, out);
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
  }
  res.end();
}
