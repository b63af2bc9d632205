import { ForbiddenError } from '../../core/errors';
import { canAdministerProject } from '../../fetch/jira/can-administer-project';
import type { Requester } from '../../fetch/requester';

/** The one guard of what only a project administrator may change (settings, the code host). */
export async function requireAdmin(api: Requester, project: string, what: string): Promise<void> {
  if (!(await canAdministerProject(api, project)))
    throw new ForbiddenError(`Only administrators of ${project} can ${what}.`);
}

/** A TPM of the project: named in the digest's recipients in Settings, or a project administrator. */
export async function isTpm(
  api: Requester,
  project: string,
  accountId: string,
  settings: { digest: { recipients: string[] } },
): Promise<boolean> {
  return settings.digest.recipients.includes(accountId) || canAdministerProject(api, project);
}

/** Nudging, escalating and publishing the status report are the TPM's. */
export async function requireTpm(
  api: Requester,
  project: string,
  accountId: string,
  settings: { digest: { recipients: string[] } },
): Promise<void> {
  if (!(await isTpm(api, project, accountId, settings)))
    throw new ForbiddenError(
      `Only the TPMs of ${project} (its administrators, or the digest's recipients in Settings) can nudge, escalate, tick the TPM checklist and publish the status report.`,
    );
}
