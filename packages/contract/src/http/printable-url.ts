// URLs as they may be printed in reports and errors.

/** `url` as it may be printed: no user name, password, query or fragment. */
export function printableUrl(url: string | URL): string {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    u.search = "";
    u.hash = "";
    return u.href.replace(/\/$/, "");
  } catch {
    return "(an invalid URL)";
  }
}
