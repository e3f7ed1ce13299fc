// The scenario under msw's setupServer (msw/node), the SDK on the global fetch: how test suites use the mock.
import { createMock, DEMO } from "@modulex/mock-server";
import { ModuleX, NotFoundError } from "@modulex/sdk";
import { setupServer } from "msw/node";
import { runScenario } from "./scenario.mjs";

const mock = await createMock();
const server = setupServer(...mock.handlers);
server.listen({ onUnhandledRequest: "error" });
try {
  const steps = await runScenario({ ModuleX, NotFoundError, DEMO });
  console.log(`RESULT ${JSON.stringify({ ok: true, steps })}`);
} finally {
  server.close();
}
