// The commands of the model-based tests. Each one acts on the mock as one principal in one
// organization, checks the answer against the reference model, updates the model, and then
// checks the invariants. toString() shows what the command did, so a shrunk failing sequence
// reads as a reproduction recipe.
import fc from "fast-check";
import { expect } from "vitest";
import {
  allowed,
  defaultOf,
  expectedResolution,
  inOrg,
  makeDefault,
  type Model,
  type ModelCredential,
  type OrgName,
  type PrincipalName,
} from "./reference-model.js";
import { call, STEP, type Real } from "./real-system.js";
import { checkInvariants } from "./invariants.js";

type Command = fc.AsyncCommand<Model, Real>;

const UNKNOWN_ID = "00000000-0000-4000-8000-0000000000ff";
const INTEGRATIONS: Record<string, string[]> = {
  slack: ["api_key", "bearer_token"],
  openai: ["api_key", "modulex_key"],
  anthropic: ["api_key", "modulex_key"],
  notion: ["bearer_token"],
};

/**
 * A known id (deleted and other-organization ones included) or one that never existed. Three
 * picks in four go to the four newest ids, so commands meet the credentials the sequence made.
 */
function pickId(model: Model, pick: number): string {
  const ids = model.knownIds;
  if (pick % 4 === 0) return [...ids, UNKNOWN_ID][Math.floor(pick / 4) % (ids.length + 1)]!;
  return ids[ids.length - 1 - (pick % Math.min(4, ids.length))] ?? UNKNOWN_ID;
}

function short(id: string): string {
  return id.slice(0, 8);
}

abstract class Base implements Command {
  protected did = "";
  constructor(
    readonly principal: PrincipalName,
    readonly org: OrgName,
  ) {}
  check(): boolean {
    return true;
  }
  async run(model: Model, real: Real): Promise<void> {
    real.clock.now += STEP;
    await this.act(model, real);
    await checkInvariants(model, real);
  }
  protected abstract act(model: Model, real: Real): Promise<void>;
  protected get who(): string {
    return `${this.principal}@${this.org}`;
  }
  abstract toString(): string;
}

class Create extends Base {
  constructor(
    principal: PrincipalName,
    org: OrgName,
    readonly integration: string,
    readonly authTypeIndex: number,
    readonly makeDefault: boolean,
    readonly expiresInSteps: number | null,
    readonly secretTail: string,
  ) {
    super(principal, org);
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const types = INTEGRATIONS[this.integration]!;
    const authType = types[this.authTypeIndex % types.length]!;
    const secret = `${authType === "bearer_token" ? "secret_" : "sk-"}model${this.secretTail}`;
    const body: Record<string, unknown> = {
      integration_name: this.integration,
      display_name: `model ${this.secretTail}`,
      make_default: this.makeDefault,
    };
    if (authType === "modulex_key") body.auth_type = "modulex_key";
    else body.auth_data = authType === "api_key" ? { api_key: secret } : { token: secret };
    const expiresAt = this.expiresInSteps === null ? null : real.clock.now + this.expiresInSteps * STEP + STEP / 2;
    if (expiresAt !== null) body.expires_at = new Date(expiresAt).toISOString();
    const answer = await call(real, this.principal, this.org, "POST", "/credentials", body);
    this.did = `${authType}${this.makeDefault ? " default" : ""}${expiresAt ? ` expires+${this.expiresInSteps}` : ""}`;
    if (!allowed(this.principal, this.org)) {
      expect(answer.status, `create as ${this.who}`).toBe(403);
      return;
    }
    if (authType !== "modulex_key") model.secrets.push(secret);
    expect(answer.status, `create as ${this.who}`).toBe(201);
    expect(answer.body.auth_type).toBe(authType);
    expect(answer.body.is_default).toBe(this.makeDefault);
    const credential: ModelCredential = {
      id: answer.body.credential_id,
      org: this.org,
      integration: this.integration,
      authType,
      isDefault: false,
      createdAt: Date.parse(answer.body.created_at),
      expiresAt,
    };
    this.did += ` → ${short(credential.id)}`;
    model.credentials.set(credential.id, credential);
    model.knownIds.push(credential.id);
    const actor = real.userIds[this.principal];
    if (this.makeDefault) makeDefault(model, credential, actor);
    model.audit[this.org].push({ operation: "CREDENTIAL_CREATED", credentialId: credential.id, actor });
  }
  toString(): string {
    return `create(${this.who}, ${this.integration}, ${this.did || `type#${this.authTypeIndex}`})`;
  }
}

/** Update, delete, set-default and test: one credential by id, 403 / 404 / success. */
class OnCredential extends Base {
  private id = "";
  constructor(
    principal: PrincipalName,
    org: OrgName,
    readonly action: "update" | "delete" | "set-default" | "test",
    readonly pick: number,
  ) {
    super(principal, org);
  }
  protected async act(model: Model, real: Real): Promise<void> {
    this.id = pickId(model, this.pick);
    const path = `/credentials/${this.id}`;
    const answer =
      this.action === "update"
        ? await call(real, this.principal, this.org, "PUT", path, { display_name: `renamed ${this.pick}` })
        : this.action === "delete"
          ? await call(real, this.principal, this.org, "DELETE", path)
          : await call(real, this.principal, this.org, "POST", `${path}/${this.action}`);
    if (!allowed(this.principal, this.org)) {
      expect(answer.status, `${this.action} as ${this.who}`).toBe(403);
      return;
    }
    const credential = inOrg(model, this.id, this.org);
    if (!credential) {
      expect(answer.status, `${this.action} of a credential not in ${this.org}`).toBe(404);
      return;
    }
    const actor = real.userIds[this.principal];
    switch (this.action) {
      case "update":
        expect(answer.status).toBe(200);
        model.audit[this.org].push({ operation: "CREDENTIAL_UPDATED", credentialId: this.id, actor });
        break;
      case "delete":
        expect(answer.status).toBe(204);
        model.credentials.delete(this.id);
        model.audit[this.org].push({ operation: "CREDENTIAL_DELETED", credentialId: this.id, actor });
        break;
      case "set-default": {
        expect(answer.status).toBe(200);
        expect(answer.body.is_default).toBe(true);
        // Idempotent: setting the current default again changes nothing and writes nothing.
        if (defaultOf(model, this.org, credential.integration)?.id !== this.id) {
          makeDefault(model, credential, actor);
          model.audit[this.org].push({ operation: "CREDENTIAL_ACTIVATED", credentialId: this.id, actor });
        }
        break;
      }
      case "test": {
        expect(answer.status).toBe(200);
        const expired = credential.expiresAt !== null && credential.expiresAt <= real.clock.now;
        if (expired) expect([answer.body.is_valid, answer.body.message]).toEqual([false, "Credential has expired"]);
        break;
      }
    }
  }
  toString(): string {
    return `${this.action}(${this.who}, ${this.id ? short(this.id) : `#${this.pick}`})`;
  }
}

class Resolve extends Base {
  private explicit: string | undefined;
  private answered = "";
  constructor(
    principal: PrincipalName,
    org: OrgName,
    readonly integration: string,
    readonly explicitPick: number | null,
  ) {
    super(principal, org);
  }
  protected async act(model: Model, real: Real): Promise<void> {
    this.explicit = this.explicitPick === null ? undefined : pickId(model, this.explicitPick);
    const body = this.explicit
      ? { integration_name: this.integration, credential_id: this.explicit }
      : { integration_name: this.integration };
    const answer = await call(real, this.principal, this.org, "POST", "/credentials/resolve", body);
    if (!allowed(this.principal, this.org)) {
      expect(answer.status, `resolve as ${this.who}`).toBe(403);
      return;
    }
    const expected = expectedResolution(model, this.org, this.integration, real.clock.now, this.explicit);
    this.answered =
      answer.status === 200
        ? `${answer.body.resolved_by} ${short(answer.body.credential.credential_id)}`
        : String(answer.status);
    if (expected.rule === null) {
      expect(answer.status, `resolve ${this.integration} in ${this.org}: nothing should match`).toBe(404);
      return;
    }
    expect(answer.status, `resolve ${this.integration} in ${this.org}`).toBe(200);
    expect(answer.body.resolved_by).toBe(expected.rule);
    expect(expected.ids).toContain(answer.body.credential.credential_id);
    expect(answer.body.credential.organization_id).toBe(real.orgs[this.org]);
  }
  toString(): string {
    const explicit = this.explicit
      ? `, id ${short(this.explicit)}`
      : this.explicitPick !== null
        ? `, id #${this.explicitPick}`
        : "";
    return `resolve(${this.who}, ${this.integration}${explicit}${this.answered ? ` → ${this.answered}` : ""})`;
  }
}

class List extends Base {
  constructor(
    principal: PrincipalName,
    org: OrgName,
    readonly integration: string | null,
  ) {
    super(principal, org);
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const query = this.integration ? `?integration_name=${this.integration}&limit=500` : "?limit=500";
    const answer = await call(real, this.principal, this.org, "GET", `/credentials${query}`);
    if (!allowed(this.principal, this.org)) {
      expect(answer.status, `list as ${this.who}`).toBe(403);
      return;
    }
    expect(answer.status).toBe(200);
    const listed: string[] = this.integration
      ? answer.body.credentials.map((c: { credential_id: string }) => c.credential_id)
      : Object.values(answer.body.integrations).flatMap((g: any) =>
          g.credentials.map((c: { credential_id: string }) => c.credential_id),
        );
    const expected = [...model.credentials.values()]
      .filter((c) => c.org === this.org && (!this.integration || c.integration === this.integration))
      .map((c) => c.id);
    expect(listed.sort()).toEqual(expected.sort());
  }
  toString(): string {
    return `list(${this.who}${this.integration ? `, ${this.integration}` : ""})`;
  }
}

class AdvanceClock implements Command {
  constructor(readonly steps: number) {}
  check(): boolean {
    return true;
  }
  async run(model: Model, real: Real): Promise<void> {
    real.clock.now += this.steps * STEP;
    await checkInvariants(model, real);
  }
  toString(): string {
    return `wait(${this.steps})`;
  }
}

const principal = fc.constantFrom<PrincipalName>(
  "owner",
  "owner",
  "ownerJwt",
  "admin",
  "member",
  "inactive",
  "outsider",
  "outsider",
);
const org = fc.constantFrom<OrgName>("acme", "globex");
const integration = fc.constantFrom(...Object.keys(INTEGRATIONS));
const pick = fc.nat({ max: 1000 });

export const COMMANDS: Array<fc.Arbitrary<Command>> = [
  fc
    .tuple(
      principal,
      org,
      integration,
      fc.nat({ max: 3 }),
      fc.boolean(),
      fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
      fc.stringMatching(/^[A-Za-z0-9]{4,16}$/),
    )
    .map(([p, o, i, t, d, e, s]) => new Create(p, o, i, t, d, e, s)),
  fc
    .tuple(principal, org, fc.constantFrom("update", "delete", "set-default", "test" as const), pick)
    .map(([p, o, a, n]) => new OnCredential(p, o, a, n)),
  fc
    .tuple(principal, org, fc.constantFrom("set-default" as const), pick)
    .map(([p, o, a, n]) => new OnCredential(p, o, a, n)),
  fc
    .tuple(principal, org, integration, fc.option(pick, { nil: null, freq: 3 }))
    .map(([p, o, i, e]) => new Resolve(p, o, i, e)),
  fc.tuple(principal, org, fc.option(integration, { nil: null })).map(([p, o, i]) => new List(p, o, i)),
  fc.integer({ min: 1, max: 5 }).map((s) => new AdvanceClock(s)),
];
