import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { generateLargeSprint } from '../../dev/demo/large-sprint';
import type { SiteData } from '../../dev/local-site/site-data';
import { startPreview, type Preview } from '../../dev/preview/server';
import { launchChromium } from '../support/browser';

// A walk with more than a thousand findings: the Findings tab opens grouped by check.
let browser: Browser;
let preview: Preview;

beforeAll(async () => {
  browser = await launchChromium();
  const data = generateLargeSprint({ issues: 600, commentsPerIssue: 4, worklogsPerIssue: 2, members: 12 }) as SiteData;
  preview = await startPreview({ data, storeFile: join(mkdtempSync(join(tmpdir(), 'fw-groups-')), 'store.json') });
}, 60000);
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

test('thousands of findings open grouped by check, largest first; a group opens its own table; no grouping is one table', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${preview.url}/frame/project-page/?as=tess`);
  await page.getByTestId('score').waitFor({ timeout: 60000 });
  await page.getByRole('tab', { name: /Findings/ }).click();
  await page.getByTestId('findings-groups').waitFor();
  const total = Number((await page.getByTestId('findings-count').innerText()).split(' ')[0]);
  expect(total).toBeGreaterThanOrEqual(1000);
  // One line per check, each with its count; the counts add up to every finding, largest first.
  const counts = await page.$$eval('[data-testid="findings-groups"] > details > summary', (ss) =>
    ss.map((s) => Number(/(\d+) findings?:/.exec(s.textContent ?? '')?.[1])),
  );
  expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
  expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  // Closed groups draw no rows; the first one opened shows its findings, 50 a page.
  expect(await page.locator('[data-testid="findings-groups"] tbody tr').count()).toBe(0);
  await page.locator('[data-testid="findings-group-0"] > summary').click();
  const rows = page.locator('[data-testid="findings-group-0-table--table"] tbody tr');
  await rows.first().waitFor();
  expect(await rows.count()).toBe(Math.min(50, counts[0] ?? 0));
  // The next page and a column's sort are the server's: the rows change, the errors come first.
  const group = page.locator('[data-testid="findings-group-0"]');
  const first = await rows.first().textContent();
  expect(counts[0]).toBeGreaterThan(50);
  await group.locator('button[aria-label="Next Page"]').click();
  await page.waitForFunction(
    (text) => document.querySelector('[data-testid="findings-group-0-table--table"] tbody tr')?.textContent !== text,
    first,
  );
  expect(await rows.count()).toBe(Math.min(50, (counts[0] ?? 0) - 50));
  // Grouping off: one table again.
  await page.locator('#findings-group-by').focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: 'No grouping' }).click();
  await page.locator('[data-testid="findings-table--table"] tbody tr').first().waitFor();
  expect(await page.getByTestId('findings-groups').count()).toBe(0);
  // A column's sort is the server's, over every finding: errors first, then the other way round.
  const RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };
  const table = page.getByTestId('findings-table--table');
  const ranksShown = async (): Promise<number[]> => {
    await table.locator('tbody tr').first().waitFor();
    const texts = await table.locator('tbody tr td:first-child').allTextContents();
    return texts.map((t) => RANK[t.trim().toLowerCase()] ?? -1);
  };
  await table.getByRole('button', { name: 'Severity' }).click();
  const ascending = await ranksShown();
  expect(ascending).toHaveLength(50);
  expect(ascending).toEqual([...ascending].sort((x, y) => x - y));
  expect(ascending[0]).toBe(0);
  await table.getByRole('button', { name: 'Severity' }).click();
  const descending = await ranksShown();
  expect(descending).toEqual([...descending].sort((x, y) => y - x));
  expect(descending[0]).toBeGreaterThan(0);
  await page.close();
}, 120000);
