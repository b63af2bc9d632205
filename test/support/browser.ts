import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The browser for the browser tests, never downloaded from a browser vendor: `CHROMIUM_PATH`
 * when set, Debian's Chromium when it is installed, otherwise the Chromium that the
 * `@sparticuz/chromium` dev dependency carries in the npm package (unpacked to the temporary
 * folder on first use). So `npm install && npm test` needs no system package.
 */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(path)) return path;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // launch() gives every browser a fresh temporary profile (its own --user-data-dir).
  });
}
