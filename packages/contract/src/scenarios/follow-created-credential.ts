// A credential the generated phase created: what the create answered, against what was sent,
// then its whole life (credential-lifecycle.ts).
import { bodyAs } from "../spec/body-as.js";
import type { CreateCase } from "../generate/create-credential-arbitrary.js";
import type { Exchange } from "../http/exchange.js";
import { expectThat } from "./expect-that.js";
import type { RunContext } from "../run-context.js";
import { credentialLifecycle } from "./credential-lifecycle.js";

/** Checks a 201 from createCredential against what was sent, then follows the credential to its deletion. */
export async function followCreatedCredential(
  ctx: RunContext,
  created: Exchange<"createCredential">,
  sent: CreateCase,
): Promise<void> {
  const body = bodyAs(created, 201);
  const id = body?.credential_id;
  if (!id) return;
  ctx.secrets.addCredential(id, { authType: sent.authType, authData: sent.authData });
  const problems: string[] = [];
  if (body.auth_type !== sent.authType)
    problems.push(`auth type stored as ${body.auth_type}, the documented detection gives ${sent.authType}`);
  if (body.integration_name !== sent.body.integration_name) problems.push("integration_name differs from the one sent");
  if (body.is_default !== (sent.body.make_default === true))
    problems.push(`is_default is ${body.is_default} after make_default ${String(sent.body.make_default)}`);
  if (sent.body.display_name !== undefined && body.display_name !== sent.body.display_name)
    problems.push("display_name differs from the one sent");
  expectThat(ctx, "documented_effects", created, problems.length ? problems.join("; ") : null);
  await credentialLifecycle(
    ctx,
    ctx.principals.owner,
    id,
    String(sent.body.integration_name),
    sent.body.make_default === true,
  );
}
