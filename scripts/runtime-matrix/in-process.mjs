// The scenario with the mock called directly (mock.handle as the SDK's fetch): Web APIs only.
import { createMock, DEMO } from "@modulex/mock-server";
import { ModuleX, NotFoundError } from "@modulex/sdk";
import { runScenario } from "./scenario.mjs";

const mock = await createMock();
const steps = await runScenario({
  ModuleX,
  NotFoundError,
  DEMO,
  fetch: (input, init) => mock.handle(new Request(input, init)),
});
console.log(`RESULT ${JSON.stringify({ ok: true, steps })}`);
