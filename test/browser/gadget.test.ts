import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { GadgetView, Result } from '../../src/app/contract';
import { previewSession, SHOTS_DIR as SHOTS } from '../support/browser';

/** The dashboard gadget and the agent's preview panel (issue 27), in Chromium on the preview. */

const session = previewSession('gadget');

async function gadgetAnswer(): Promise<GadgetView> {
  const res = await fetch(`${session.preview().url}/__invoke`, {
    method: 'POST',
    body: JSON.stringify({ surface: 'dashboard-gadget', as: 'tess', functionKey: 'getGadget', payload: {} }),
  });
  const r = (await res.json()) as Result<GadgetView>;
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

async function open(path: string, width = 480): Promise<Page> {
  const page = await session.browser().newPage({ viewport: { width, height: 700 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(`${session.preview().url}${path}`);
  return page;
}

test("the gadget shows the demo project's walk: score, red members, blockers at 2-3; its edit view changes what it shows", async () => {
  const answer = await gadgetAnswer();
  const page = await open('/frame/dashboard-gadget/?as=tess&theme=light');
  await page.getByTestId('gadget').waitFor({ timeout: 30000 });
  expect(await page.getByTestId('gadget-score-value').innerText()).toBe(String(answer.walk?.score));
  const blockers = await page.getByTestId('gadget-blockers').locator('li').allInnerTexts();
  expect(blockers).toHaveLength(answer.walk?.blockers.length ?? -1);
  expect(blockers.length).toBeGreaterThan(0);
  expect(blockers[0]).toContain(answer.walk?.blockers[0]?.issueKey ?? '?');
  for (const m of answer.walk?.red ?? [])
    expect(await page.getByTestId('gadget-red').innerText()).toContain(m.displayName);
  expect(await page.getByTestId('gadget-trend').count()).toBe((answer.walk?.trend.length ?? 0) > 1 ? 1 : 0);
  await page.screenshot({ path: join(SHOTS, 'dashboard-gadget.png') });
  expect((page as Page & { errors?: string[] }).errors).toEqual([]);

  // Edit: keep the score and the blockers only; Save shows the gadget again with those.
  const edit = await open('/frame/dashboard-gadget/?as=tess&theme=light&entry=edit');
  await edit.getByTestId('gadget-edit').waitFor();
  expect(await edit.locator('#gadget-project').inputValue()).toBe('FW');
  for (const label of ['Members in red', 'Releases at risk', "The next sprint's readiness"])
    await edit.getByLabel(label).uncheck();
  await edit.screenshot({ path: join(SHOTS, 'dashboard-gadget-edit.png') });
  await edit.getByRole('button', { name: 'Save' }).click();
  await edit.getByTestId('gadget').waitFor();
  expect(await edit.getByTestId('gadget-score').count()).toBe(1);
  expect(await edit.getByTestId('gadget-blockers').count()).toBe(1);
  expect(await edit.getByTestId('gadget-red').count()).toBe(0);
  expect(await edit.getByTestId('gadget-releases').count()).toBe(0);
  expect((await gadgetAnswer()).show).toEqual(['score', 'blockers']);
  await page.close();
  await edit.close();
}, 60000);

test("the preview page calls the agent's actions, showing the markdown Rovo gets and the data", async () => {
  const page = await open('/', 1400);
  await page.locator('#agentAction').selectOption('blockers');
  await page.getByRole('button', { name: 'Call the action' }).click();
  await page.waitForFunction(() => (document.getElementById('agentMarkdown')?.textContent ?? '').length > 0);
  const markdown = await page.locator('#agentMarkdown').innerText();
  expect(markdown).toMatch(/^## Blocked issues/);
  const data = JSON.parse(await page.locator('#agentJson').innerText()) as { blockers: Array<{ issueKey: string }> };
  expect(data.blockers.length).toBeGreaterThan(0);
  for (const b of data.blockers) expect(markdown).toContain(b.issueKey);
  await page.locator('#agent').screenshot({ path: join(SHOTS, 'agent-preview.png') });
  await page.close();
}, 60000);

test('"Ask Focus Walk" on the project page opens Rovo with the app\'s agent and a question about the project', async () => {
  const page = await open('/', 1400);
  const frame = page.frameLocator('#projectPage');
  await frame.getByTestId('ask-focus-walk').click();
  await page.waitForFunction(() => (window as unknown as { __lastRovo?: unknown }).__lastRovo !== undefined);
  const opened = await page.evaluate(() => (window as unknown as { __lastRovo?: unknown }).__lastRovo);
  expect(opened).toEqual({
    agentKey: 'focus-walk-agent',
    agentName: 'Focus Walk',
    prompt: 'Who is blocked in FW, and what should I escalate today?',
  });
  await page.close();
}, 60000);
