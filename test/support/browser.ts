import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startPreview, type Preview } from '../../dev/preview/server';

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

/** Where a browser test writes its screenshots: docs/screenshots with UPDATE_SCREENSHOTS, else a scratch folder. */
export const SHOTS_DIR = process.env.UPDATE_SCREENSHOTS
  ? join(__dirname, '..', '..', 'docs', 'screenshots')
  : mkdtempSync(join(tmpdir(), 'fw-shots-'));

/**
 * A browser and a fresh preview (its own store) for the tests of one file: started before
 * them, closed after. The getters answer once `beforeAll` ran.
 */
export function previewSession(name: string): { browser: () => Browser; preview: () => Preview } {
  let browser: Browser | undefined;
  let preview: Preview | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    preview = await startPreview({ storeFile: join(mkdtempSync(join(tmpdir(), `fw-${name}-`)), 'store.json') });
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });
  const ready = <T>(x: T | undefined, what: string): T => {
    if (!x) throw new Error(`the ${what} is not started (use it inside a test)`);
    return x;
  };
  return { browser: () => ready(browser, 'browser'), preview: () => ready(preview, 'preview') };
}
