import { ApiError, type Requester } from '../requester';
import { hasProjectPermission } from './can-administer-project';

/**
 * Whether the requester may browse the project: a surface that names a project itself (a
 * dashboard gadget's settings, a question to the agent) asks before it shows anything stored.
 * A project Jira does not show them answers 404: false, as for one that does not exist.
 */
export async function canBrowseProject(api: Requester, projectKey: string): Promise<boolean> {
  try {
    return await hasProjectPermission(api, projectKey, 'BROWSE_PROJECTS', `check that you may browse ${projectKey}`);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return false;
    throw error;
  }
}
