import { FetchRequester } from '../../fetch/fetch-requester';
import type { FetchSnapshotOptions } from '../../fetch/fetch-snapshot';
import { DEFAULT_RETRY, RetryingRequester } from '../../fetch/retrying-requester';
import { UsageError } from '../usage-error';

export interface SiteOptions {
  site: string;
  email: string;
  token?: string;
  project: string;
  board?: string;
  sprint?: string;
  timeout?: string;
}

export interface Progress {
  (message: string): void;
}

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive whole number, not "${value}"`);
  return n;
}

/** The requester and fetch options of `fetch` and `walk`; the token comes from --token or JIRA_API_TOKEN. */
export function siteFetch(
  o: SiteOptions,
  env: NodeJS.ProcessEnv,
  progress: Progress,
): { api: RetryingRequester; options: FetchSnapshotOptions } {
  const token = o.token ?? env.JIRA_API_TOKEN;
  if (!token) throw new UsageError('an API token is needed: --token TOKEN or the JIRA_API_TOKEN environment variable');
  let site: URL;
  try {
    site = new URL(o.site);
  } catch {
    throw new UsageError(`--site must be a URL such as https://acme.atlassian.net, not "${o.site}"`);
  }
  if (site.protocol !== 'https:' && site.protocol !== 'http:')
    throw new UsageError(`--site must be an http(s) URL, not "${o.site}"`);
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(o.project))
    throw new UsageError(`--project must be a project key such as FW, not "${o.project}"`);
  const timeout = o.timeout === undefined ? DEFAULT_RETRY.timeoutMs / 1000 : Number(o.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600)
    throw new UsageError(`--timeout must be a number of seconds from 0 to 600, not "${o.timeout}"`);
  const api = new RetryingRequester(
    new FetchRequester(site.origin + site.pathname.replace(/\/+$/, ''), o.email, token),
    { ...DEFAULT_RETRY, timeoutMs: timeout * 1000 },
    {
      onRetry: (req, attempt, status, wait) =>
        progress(
          `retrying ${req.method} ${req.path.split('?')[0]} after ${status || 'a network error'} (attempt ${attempt + 1}, in ${Math.round(wait)} ms)`,
        ),
    },
  );
  const board = positiveInt(o.board, 'board');
  const sprint = positiveInt(o.sprint, 'sprint');
  return {
    api,
    options: {
      projectKey: o.project.toUpperCase(),
      ...(board !== undefined ? { boardId: board } : {}),
      ...(sprint !== undefined ? { sprintId: sprint } : {}),
      site: site.origin,
      onProgress: progress,
    },
  };
}
