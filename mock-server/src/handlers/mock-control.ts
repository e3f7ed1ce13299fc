// The mock's own control routes (openapi/mock-control.yaml, tag "Mock"): sign-in, reset, state, faults.
import { route } from "../core/route.js";
import { noContent, notFound } from "../core/errors.js";
import { stateStream } from "../core/state-stream.js";
import { streamAnswer } from "../core/answer.js";

export const mockControlRoutes = [
  route({
    operationId: "mockSignIn",
    handle: async ({ env, body, json }) => {
      const { email, expires_in_seconds } = body;
      const user = env.store.users.findFirst((q) => q.where({ email: (v) => v.toLowerCase() === email.toLowerCase() }));
      if (!user) throw notFound("No seeded user with that email");
      const { token, expiresAt } = await env.idp.sign(user, env.now(), expires_in_seconds);
      return json({ token, expires_at: expiresAt });
    },
  }),
  route({
    operationId: "mockReset",
    handle: async ({ env }) => {
      await env.reset();
      return noContent();
    },
  }),
  route({
    operationId: "mockGetState",
    // Streamed: a reader that stops part-way holds a chunk, not the whole dump.
    handle: ({ env }) => streamAnswer(stateStream(env.store.snapshot()), { "Content-Type": "application/json" }),
  }),
  route({
    operationId: "mockCreateFault",
    handle: ({ env, body, json }) => json(env.faults.arm(body), 201),
  }),
  route({
    operationId: "mockClearFaults",
    handle: ({ env }) => {
      env.faults.clear();
      return noContent();
    },
  }),
];
