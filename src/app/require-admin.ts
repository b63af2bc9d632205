import { ForbiddenError } from '../core/errors';
import { canAdministerProject } from '../fetch/jira/can-administer-project';
import type { Requester } from '../fetch/requester';

/** The one guard of what only a project administrator may change (settings, the code host). */
export async function requireAdmin(api: Requester, project: string, what: string): Promise<void> {
  if (!(await canAdministerProject(api, project)))
    throw new ForbiddenError(`Only administrators of ${project} can ${what}.`);
}
