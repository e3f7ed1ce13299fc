// One HTTP exchange with the standalone server, header lines exactly as given (Host included; an
// array sends a header once per value): what a browser's fetch would not let a test send.
import { request as httpRequest } from "node:http";

export interface Raw {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

/** One HTTP exchange with exactly these headers; the answer's body parsed when it is JSON. */
export function raw(
  target: { port: number },
  method: string,
  path: string,
  headers: Record<string, string | string[]>,
  body?: string,
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: target.port, method, path, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => {
        const h = new Headers(Object.entries(res.headers).map(([k, v]): [string, string] => [k, String(v)]));
        let parsed: unknown;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          parsed = undefined;
        }
        resolve({ status: res.statusCode!, headers: h, text, body: parsed });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}
