// The mock's own control routes (openapi/mock-control.yaml, tag "Mock"): sign-in, reset, state, faults.
import { route } from "../core/route.js";
import { jsonResponse, noContent, notFound } from "../core/errors.js";
import type { FaultInput } from "../core/faults.js";
import { stateStream } from "../core/state-stream.js";

export const mockControlRoutes = [
  route({
    operationId: "mockSignIn",
    access: { kind: "control" },
    handle: async ({ env, body }) => {
      const { email, expires_in_seconds } = body as { email: string; expires_in_seconds?: number };
      const user = env.store.users.findFirst((q) => q.where({ email: (v) => v.toLowerCase() === email.toLowerCase() }));
      if (!user) throw notFound("No seeded user with that email");
      const { token, expiresAt } = await env.idp.sign(user, env.now(), expires_in_seconds);
      return jsonResponse({ token, expires_at: expiresAt });
    },
  }),
  route({
    operationId: "mockReset",
    access: { kind: "control" },
    handle: async ({ env }) => {
      await env.reset();
      return noContent();
    },
  }),
  route({
    operationId: "mockGetState",
    access: { kind: "control" },
    // Streamed: a reader that stops part-way holds a chunk, not the whole dump.
    handle: ({ env }) => new Response(stateStream(env.store.snapshot()), { headers: { "Content-Type": "application/json" } }),
  }),
  route({
    operationId: "mockCreateFault",
    access: { kind: "control" },
    handle: ({ env, body }) => jsonResponse(env.faults.arm(body as FaultInput), 201),
  }),
  route({
    operationId: "mockClearFaults",
    access: { kind: "control" },
    handle: ({ env }) => {
      env.faults.clear();
      return noContent();
    },
  }),
];
