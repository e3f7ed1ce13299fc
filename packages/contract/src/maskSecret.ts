/**
 * The documented masking rule: a value of 16 or more characters shows its first 4 and last 4
 * around `***`; anything shorter shows only `***`.
 *
 * @example maskSecret("xoxb-your-slack-token") // "xoxb***oken"
 */
export function maskSecret(value: string): string {
  return value.length >= 16 ? `${value.slice(0, 4)}***${value.slice(-4)}` : "***";
}
