/**
 * The only form in which a secret ever leaves the mock: 16 or more characters show their first 4
 * and last 4 around `***`; anything shorter shows nothing but `***` (too little would be left hidden).
 * @example maskSecret("xoxb-your-slack-token") // "xoxb***oken"
 */
export function maskSecret(secret: string): string {
  const chars = Array.from(secret); // by code point, so a mask never splits a surrogate pair
  if (chars.length < 16) return "***";
  return `${chars.slice(0, 4).join("")}***${chars.slice(-4).join("")}`;
}
