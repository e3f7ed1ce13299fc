// The docs: PUT /credentials/{id} takes "display_name?, metadata? — secrets are not updatable
// here; to change a secret, rotate". A server may refuse `auth_data` on PUT (400) or ignore it
// (the body is read raw); either is correct as long as the stored secret is unchanged after it.
// --strict wants the 400.
import { bodyAs } from "../spec/body-as.js";
import { expectStatus } from "./expect-status.js";
import { expectThat } from "./expect-that.js";
import { hasDetail } from "./has-detail.js";
import { maskSecret } from "../http/mask-secret.js";
import type { RunContext } from "../run-context.js";

export async function secretNotUpdatable(ctx: RunContext): Promise<void> {
  const { session } = ctx;
  const principal = ctx.principals.owner;
  const integration = ctx.catalog.find((e) => e.auth_types.includes("api_key"));
  if (!integration) return;
  const tag = Math.abs(ctx.seedFor("secret-not-updatable")).toString(36);
  // First and last four characters differ, so the masks tell the two secrets apart.
  const original = `sk-mxcOriginal${tag}Aa01`;
  const replacement = `rk-mxcReplacement${tag}Zz99`;
  ctx.secrets.add(replacement, "credential secret");
  const created = await session.send({
    operationId: "createCredential",
    principal,
    body: {
      integration_name: integration.integration_name,
      auth_data: { api_key: original },
      display_name: "modulex-contract secret not updatable",
    },
    intent: "valid",
  });
  const id = bodyAs(created, 201)?.credential_id;
  if (!expectStatus(ctx, "positive_data_acceptance", created, 201, "creating a credential to PUT a secret at") || !id)
    return;
  ctx.secrets.addCredential(id, { authType: "api_key", authData: { api_key: original } });
  const on = { principal, pathParams: { credential_id: id } };

  const put = await session.send({
    ...on,
    operationId: "updateCredential",
    body: { auth_data: { api_key: replacement } },
    intent: "invalid",
  });
  const allowed = ctx.options.profile === "strict" ? [400] : [400, 200];
  if (
    expectStatus(ctx, "negative_data_rejection", put, allowed, "PUT with auth_data (secrets are not updatable here)") &&
    put.status === 400
  ) {
    expectThat(ctx, "negative_data_rejection", put, hasDetail(put.body) ? null : '400 without a {"detail"} string');
  }
  // The masking rule (no_secret_leak) judges what GET shows against the original secret; this
  // says in so many words whether the replacement took.
  const got = await session.send({
    ...on,
    operationId: "getCredential",
    query: { include_masked: true },
    intent: "valid",
  });
  if (got.status === 200) {
    const shown = JSON.stringify(got.body);
    const problem =
      shown.includes(maskSecret(replacement)) || !shown.includes(maskSecret(original))
        ? "after a PUT with auth_data, GET shows the new secret's mask, not the stored one's: the secret was changed"
        : null;
    expectThat(ctx, "documented_effects", got, problem);
  }
  const removed = await session.send({ ...on, operationId: "deleteCredential", intent: "valid" });
  expectStatus(ctx, "positive_data_acceptance", removed, 204, "deleting the credential a secret was PUT at");
}
