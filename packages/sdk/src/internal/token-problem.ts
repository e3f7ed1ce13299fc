// Says why a token cannot be right without ever repeating it (not even a prefix of the secret part).
const API_KEY = /^mx_live_[A-Za-z0-9]{32,}$/;
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Undefined when `token` is an API key or JWT-shaped; otherwise the reason it is neither. */
export function tokenProblem(token: unknown): string | undefined {
  if (typeof token !== "string") return `it is a ${token === null ? "null" : typeof token}, not a string`;
  if (API_KEY.test(token) || JWT.test(token)) return undefined;
  if (!token) return "it is empty";
  if (/^bearer\s/i.test(token)) return 'it starts with "Bearer " (pass the token alone)';
  if (/\s/.test(token)) return "it contains whitespace";
  if (token.startsWith("mx_live_")) {
    const rest = token.slice(8);
    return /[^A-Za-z0-9]/.test(rest)
      ? "after mx_live_ it has characters other than letters and digits"
      : `after mx_live_ it has ${rest.length} characters, and an API key has at least 32`;
  }
  if (token.startsWith("mx_")) return "a ModuleX key starts with mx_live_";
  return "it is neither an API key (mx_live_ and 32+ letters or digits) nor a JWT (three base64url segments)";
}
