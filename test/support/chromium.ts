// Debian's chromium for the browser tests, driven by playwright-core (no tool ever downloads a
// browser of its own). Tests skip where it is missing, except on CI (CI=true), where that fails.
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: the browser tests need Debian's chromium (apt-get install -y chromium)`);

/** Chromium headless with the flags that keep it off the network and off the GPU. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}
