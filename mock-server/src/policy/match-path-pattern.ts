/**
 * Whether a request path matches a fault's path pattern: literal segments match themselves, `*`
 * matches exactly one segment, and a trailing `/**` matches any rest (including nothing).
 * @example matchPathPattern("/credentials/*", "/credentials/4c2a…") // true
 */
export function matchPathPattern(pattern: string, pathname: string): boolean {
  const want = pattern.split("/").filter(Boolean);
  const got = pathname.split("/").filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    if (want[i] === "**" && i === want.length - 1) return true;
    if (i >= got.length) return false;
    if (want[i] !== "*" && want[i] !== got[i]) return false;
  }
  return want.length === got.length;
}
