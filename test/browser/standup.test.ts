import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { previewSession, SHOTS_DIR as SHOTS } from '../support/browser';

/** The stand-up board (issue 27): a member's first tab; the TPM's beside Team. */

const session = previewSession('standup');

async function open(as: string): Promise<Page> {
  const page = await session.browser().newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${session.preview().url}/frame/project-page/?as=${as}&theme=light`);
  await page.getByTestId('score').waitFor({ timeout: 30000 });
  return page;
}

test("a member opens on the stand-up board: each colleague's Focus notes as written, or 'Not written yet'; the TPM finds it beside Team", async () => {
  const member = await open('john');
  const tabs = await member.getByRole('tab').allInnerTexts();
  expect(tabs[0]).toBe('Stand-up');
  await member.getByTestId('standup-board').waitFor();
  // Dana wrote both (Berlin); John wrote no Focus In today.
  const dana = member.getByTestId('standup-712020:0d1a5c0e-dana-scully');
  expect(await dana.getByTestId('standup-focus-in').innerText()).toMatch(
    /Focus In \(2026-11-19\) on FW-101 at 08:58 \(Europe\/Berlin\)\s+Focus-In\s+Plan: write the tests for the edge cases/,
  );
  expect(await dana.getByTestId('standup-focus-out').innerText()).toMatch(
    /Focus Out \(2026-11-18\) on FW-101 at 18:20/,
  );
  const john = member.getByTestId('standup-712020:4d5a9f32-john-doggett');
  expect(await john.getByTestId('standup-focus-in').innerText()).toMatch(/Not written yet\./);
  expect(await john.getByTestId('standup-logged').innerText()).toMatch(
    /^Logged: \d+h \d+m yesterday, \d+h \d+m today$/,
  );
  expect(await member.getByTestId('standup-unowned').innerText()).toMatch(/FW-137 .+: level 3, \d+ working days?/);
  await member.screenshot({ path: join(SHOTS, 'project-page-standup.png') });
  await member.close();

  const tpm = await open('tess');
  const tpmTabs = await tpm.getByRole('tab').allInnerTexts();
  expect(tpmTabs.slice(0, 2)).toEqual(['Team', 'Stand-up']);
  await tpm.getByRole('tab', { name: 'Stand-up' }).click();
  await tpm.getByTestId('standup-board').waitFor();
  expect(await tpm.locator('[data-testid^="standup-712020:"]').count()).toBeGreaterThan(1);
  await tpm.close();
}, 60000);
