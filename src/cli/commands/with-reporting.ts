import { readReporting } from '../../app/reports/reporting-reads';
import type { JiraReads } from '../../fetch/fetch-snapshot';
import type { Requester } from '../../fetch/requester';
import type { Settings } from '../../settings/schema';
import type { Progress } from './site-options';

/** A fetched snapshot with its `reporting` part (closed sprints, issues that left the sprint, epics' children). */
export async function withReporting(
  api: Requester,
  jira: JiraReads,
  settings: Settings,
  now: Date,
  progress: Progress,
): Promise<JiraReads & { reporting: unknown }> {
  const reporting = await readReporting(api, jira, settings, now);
  for (const p of reporting.partial ?? []) progress(`not read: ${p}`);
  return { ...jira, reporting };
}
