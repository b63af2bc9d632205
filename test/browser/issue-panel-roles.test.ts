import type { Page } from 'playwright-core';
import { previewSession } from '../support/browser';

/**
 * The issue panel as a member and as the TPM: both get the controls that act as themselves
 * (Focus In / Out, Log work: Jira decides what they may do); under `privacy.membersSee: own` a
 * member reads the issue's own findings but not a colleague's day, which the TPM reads.
 */

const session = previewSession('panel');

async function panel(as: string, issue: string): Promise<Page> {
  const page = await session.browser().newPage({ viewport: { width: 420, height: 900 } });
  await page.goto(`${session.preview().url}/frame/issue-panel/?as=${as}&issue=${issue}&theme=light`);
  await page.getByTestId('walked-at').waitFor({ timeout: 30000 });
  return page;
}

async function invoke(as: string, functionKey: string, payload: unknown): Promise<{ ok: boolean }> {
  const res = await fetch(`${session.preview().url}/__invoke`, {
    method: 'POST',
    body: JSON.stringify({ surface: 'project-page', as, functionKey, payload }),
  });
  return (await res.json()) as { ok: boolean };
}

const JOHNS_DAY = 'John Doggett wrote no Focus In comment on Thu 19 Nov';
const controls = async (page: Page) =>
  Promise.all(
    ['Post Focus In', 'Post Focus Out', 'Log work'].map((name) => page.getByRole('button', { name }).count()),
  );

test("a member and the TPM on a colleague's issue: the same own controls; under 'own' only the TPM reads the colleague's day", async () => {
  // The team's default: everyone reads John's day on his issue.
  const dana = await panel('dana', 'FW-105');
  await dana.getByText(JOHNS_DAY).waitFor();
  expect(await controls(dana)).toEqual([1, 1, 1]);
  await dana.close();

  // An admin (the TPM) sets privacy to `own`.
  expect((await invoke('tess', 'saveSettings', { settings: { privacy: { membersSee: 'own' } } })).ok).toBe(true);

  const member = await panel('dana', 'FW-105');
  expect(await member.getByTestId('assignee-day').innerText()).toMatch(/theirs and the TPMs' to read/);
  expect(await member.getByText(JOHNS_DAY).count()).toBe(0);
  expect(await controls(member)).toEqual([1, 1, 1]);
  await member.close();

  // Her own issue: her own day.
  const own = await panel('dana', 'FW-101');
  await own.getByText(/Dana Scully's day/).waitFor();
  await own.close();

  // The TPM reads John's day on his issue.
  const tpm = await panel('tess', 'FW-105');
  await tpm.getByText(JOHNS_DAY).waitFor();
  expect(await tpm.getByTestId('assignee-day').count()).toBe(0);
  expect(await controls(tpm)).toEqual([1, 1, 1]);
  await tpm.close();
}, 120000);
