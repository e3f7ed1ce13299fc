/**
 * The path with every segment that does not percent-decode (`%ZZ`, a cut-off UTF-8 sequence)
 * replaced by an encoded U+FFFD, as a lenient server decoder reads it; other segments unchanged.
 * @example repairPercentEncoding("/credentials/%E0%A4%A") // "/credentials/%EF%BF%BD"
 */
export function repairPercentEncoding(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => (decodes(segment) ? segment : "%EF%BF%BD"))
    .join("/");
}

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
