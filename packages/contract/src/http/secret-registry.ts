// Every secret the run has submitted (credential secrets, client secrets, bearer tokens), so
// responses can be searched for them and reports can be scrubbed of them.
import { maskSecret } from "./mask-secret.js";

/** Secrets shorter than this are not searched for as substrings (they occur by chance). */
const MIN_SEARCHABLE = 8;

export interface KnownCredential {
  authType: string;
  authData: Record<string, unknown>;
}

export class SecretRegistry {
  private readonly secrets = new Map<string, string>();
  private readonly credentials = new Map<string, KnownCredential>();

  /** Remembers a secret; `label` says what it is in a report ("credential secret", "API key"). */
  add(secret: string, label: string): void {
    if (secret.length >= MIN_SEARCHABLE && !this.secrets.has(secret)) this.secrets.set(secret, label);
  }

  /** Remembers what a created credential was given, for the masking rule. */
  addCredential(credentialId: string, credential: KnownCredential): void {
    this.credentials.set(credentialId, credential);
    for (const value of Object.values(credential.authData))
      if (typeof value === "string") this.add(value, "credential secret");
  }

  credential(credentialId: string): KnownCredential | undefined {
    return this.credentials.get(credentialId);
  }

  /** The labels of the secrets that occur in `text`, except those in `allowed`. */
  findLeaks(text: string, allowed: ReadonlySet<string> = new Set()): string[] {
    const found: string[] = [];
    for (const [secret, label] of this.secrets) if (!allowed.has(secret) && text.includes(secret)) found.push(label);
    return found;
  }

  /** `text` with every known secret replaced by its masked form, longest first. */
  redact(text: string): string {
    let out = text;
    for (const secret of [...this.secrets.keys()].sort((a, b) => b.length - a.length)) {
      if (out.includes(secret)) out = out.split(secret).join(`[redacted ${maskSecret(secret)}]`);
    }
    return out;
  }
}
