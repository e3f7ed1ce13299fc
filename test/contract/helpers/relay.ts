// A transparent HTTP relay on 127.0.0.1 in front of the standalone mock, so one test can break
// the mock's answers on demand (without editing mock-server/) and show that Prism catches it, or
// add latency, as a staging server across a network has.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);

export interface Relay {
  url: string;
  /** When set, rewrites a response body before it is sent on. */
  rewrite: ((request: { method: string; path: string }, status: number, body: string) => string) | null;
  /** Milliseconds each answer waits before it is sent on (default 0). */
  delayMs: number;
  close(): Promise<void>;
}

export async function startRelay(upstream: string): Promise<Relay> {
  const relay: Relay = { url: "", rewrite: null, delayMs: 0, close: async () => {} };
  const server: Server = createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === "string" && !HOP_BY_HOP.has(name) && name !== "host") headers.set(name, value);
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const answer = await fetch(upstream + req.url, { method: req.method, headers, body, redirect: "manual" });
      let text = await answer.text();
      if (relay.rewrite)
        text = relay.rewrite({ method: req.method ?? "GET", path: req.url ?? "/" }, answer.status, text);
      if (relay.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, relay.delayMs));
      const out: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!HOP_BY_HOP.has(name)) out[name] = value;
      });
      res.writeHead(answer.status, out);
      res.end(text);
    } catch (error) {
      res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ detail: `relay: ${String(error)}` }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  relay.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  relay.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return relay;
}
