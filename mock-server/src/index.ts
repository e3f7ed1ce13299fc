// @modulex/mock-server — the stateful mock of the ModuleX API. Web APIs only (no node: imports):
// the same core runs in-process (msw setupServer), in the browser (setupWorker, ./browser) and
// behind the standalone HTTP server (./node).
export { createMock, type CreateMockOptions, type Mock, type ServerMock } from "./create-mock.js";
export { demoSeed, DEMO } from "./demo.js";
export { parseSeed, SeedError, type Seed } from "./core/seed.js";
export { CATALOG } from "./model/catalog.js";
export { MAX_BODY_BYTES } from "./core/validate-request.js";
export { CAPS, type Caps } from "./core/caps.js";
export type { FaultInput } from "./core/faults.js";
export type { RateLimiter, RateDecision, Bucket } from "./policy/rate-limiter.js";
