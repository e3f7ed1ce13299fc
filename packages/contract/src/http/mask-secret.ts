/**
 * The documented masking rule: a value of 16 or more characters shows its first 4 and last 4
 * around `***`; anything shorter shows only `***`.
 *
 * @example maskSecret("xoxb-your-slack-token") // "xoxb***oken"
 */
export function maskSecret(value: string): string {
  // Characters, not UTF-16 code units: an emoji counts once and is never split in half.
  const chars = Array.from(value);
  return chars.length >= 16 ? `${chars.slice(0, 4).join("")}***${chars.slice(-4).join("")}` : "***";
}
