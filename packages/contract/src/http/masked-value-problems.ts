// The masking rule, checked on every credential a response shows whose secrets the run knows
// (because it created it). `auth_data_masked` is what the docs call it: for an API-key or bearer
// credential as a string, the masked secret (a label for the other types, not checked here); as an
// object (include_masked=true), each stored field mapped to its masked value. `auth_summary`, the
// name an earlier version of the spec gave the string, is checked the same way when a server sends it.
import { isRecord } from "./is-record.js";
import { maskSecret } from "./mask-secret.js";
import type { KnownCredential } from "./secret-registry.js";

const SUMMARY_FIELD: Record<string, string> = { api_key: "api_key", bearer_token: "token" };

export function maskedValueProblems(
  body: unknown,
  lookup: (credentialId: string) => KnownCredential | undefined,
): string[] {
  const problems: string[] = [];
  const visit = (node: unknown, path: string, depth: number): void => {
    if (depth > 8) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        visit(item, `${path}[${i}]`, depth + 1);
      });
      return;
    }
    if (!isRecord(node)) return;
    const record = node;
    const known = typeof record.credential_id === "string" ? lookup(record.credential_id) : undefined;
    if (known) problems.push(...credentialProblems(record, known, path));
    for (const [key, value] of Object.entries(record)) visit(value, `${path}.${key}`, depth + 1);
  };
  visit(body, "body", 0);
  return problems;
}

function credentialProblems(shown: Record<string, unknown>, known: KnownCredential, path: string): string[] {
  const problems: string[] = [];
  const masked = shown.auth_data_masked;
  const summaryField = SUMMARY_FIELD[known.authType];
  const secret = summaryField ? known.authData[summaryField] : undefined;
  for (const name of ["auth_data_masked", "auth_summary"]) {
    const value = shown[name];
    if (typeof value === "string" && typeof secret === "string" && value !== maskSecret(secret)) {
      problems.push(`${path}.${name} is '${value}', the rule gives '${maskSecret(secret)}'`);
    }
  }
  if (masked && typeof masked === "object") {
    // An array here is no per-field map: read as one whose fields are its indices, as before.
    const map: Record<string, unknown> = { ...masked };
    for (const [field, value] of Object.entries(known.authData)) {
      const expected = maskSecret(String(value));
      if (!(field in map)) problems.push(`${path}.auth_data_masked lacks the stored field '${field}'`);
      else if (map[field] !== expected)
        problems.push(`${path}.auth_data_masked.${field} is '${String(map[field])}', the rule gives '${expected}'`);
    }
    for (const field of Object.keys(map)) {
      if (!(field in known.authData)) problems.push(`${path}.auth_data_masked has '${field}', which was never stored`);
    }
  }
  return problems;
}
