// Test harness: a mock with an injected clock and a recorded sleep, reached through checkedFetch,
// so every response a test sees is validated against the spec (undeclared status or shape = failure).
import { checkedFetch } from "../../test/support/checked-fetch.js";
import { createMock, DEMO, demoSeed, type CreateMockOptions, type Mock, type Seed } from "../src/index.js";

export { DEMO };
export const BASE = "http://mock.test";
export const START = Date.parse("2026-11-29T12:00:00Z");

/** An instant as the mock prints it by default: UTC without a zone, as the docs do (`2026-11-29T12:00:00`). */
export function wireTime(ms: number): string {
  const text = new Date(ms).toISOString();
  return text.endsWith(".000Z") ? text.slice(0, 19) : `${text.slice(0, 23)}000`;
}

interface Call {
  /** Bearer token: an API key or a JWT. */
  auth?: string;
  /** X-Organization-ID. */
  org?: string;
  body?: unknown;
  /** Sent as is (for malformed JSON tests). */
  rawBody?: string;
  headers?: Record<string, string>;
}

interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface Harness {
  mock: Mock;
  clock: { now: () => number; advance: (ms: number) => void; set: (ms: number) => void };
  slept: number[];
  fetch: typeof fetch;
  call<T = any>(method: string, path: string, options?: Call): Promise<Answer<T>>;
  /** A JWT for a demo user. */
  jwt(email: string, expiresInSeconds?: number): Promise<string>;
}

export async function harness(options: CreateMockOptions = {}): Promise<Harness> {
  let t = START;
  const clock = {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
    set: (ms: number) => {
      t = ms;
    },
  };
  const slept: number[] = [];
  const mock = await createMock({ now: clock.now, sleep: async (ms) => void slept.push(ms), ...options });
  const fetch = checkedFetch((input, init) => mock.handle(new Request(input, init)));
  return {
    mock,
    clock,
    slept,
    fetch,
    async call(method, path, { auth, org, body, rawBody, headers } = {}) {
      const h = new Headers(headers);
      if (auth) h.set("Authorization", `Bearer ${auth}`);
      if (org) h.set("X-Organization-ID", org);
      let payload: string | undefined = rawBody;
      if (body !== undefined) {
        payload = JSON.stringify(body);
        h.set("Content-Type", "application/json");
      }
      const response = await fetch(`${BASE}${path}`, { method, headers: h, body: payload, redirect: "manual" });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
    },
    jwt: (email, expiresInSeconds) =>
      mock.signIn(email, expiresInSeconds === undefined ? undefined : { expiresInSeconds }),
  };
}

/** Shorthands for the demo's owner key on Acme. */
export const asOwner = { auth: DEMO.keys.owner, org: DEMO.orgs.acme } as const;

/** The plaintext secrets of the demo seed: none may ever appear in a response or in the state dump. */
export const DEMO_SECRETS = [
  ...Object.values(DEMO.keys),
  "xoxb-your-slack-token",
  "gho_16C7e42F292c6912E7710c838347Ae178B4a",
  "ghr_1B4a2e77838347a7E420ce178F2E7c6912E1692",
  "tvly-dev-1a2b3c4d5e6f7a8b9c0d",
  "ATATT3xFfGF0demoJiraToken1234",
  "secret_notionDemoToken0123456789",
  "xoxb-globex-slack-token-0001",
  "sk-ant-globex-demo-0123456789abcdef",
];

/** The demo seed with some sections replaced. */
export function demoSeedWith(changes: Partial<Seed>): Seed {
  return { ...structuredClone(demoSeed), ...changes };
}
