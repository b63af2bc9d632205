import { ForbiddenError } from '../core/errors';
import { canAdministerProject } from '../fetch/jira/can-administer-project';
import type { Requester } from '../fetch/requester';

/** The one guard of what only a project administrator may change (settings, the code host). */
export async function requireAdmin(api: Requester, project: string, what: string): Promise<void> {
  if (!(await canAdministerProject(api, project)))
    throw new ForbiddenError(`Only administrators of ${project} can ${what}.`);
}

/** Nudging and escalating are the TPM's: project administrators, or the TPMs Settings names. */
export async function requireTpm(api: Requester, project: string): Promise<void> {
  if (!(await canAdministerProject(api, project)))
    throw new ForbiddenError(
      `Only the TPMs of ${project} (its administrators, or the digest's recipients in Settings) can nudge and escalate.`,
    );
}
