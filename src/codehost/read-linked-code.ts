import pLimit from 'p-limit';
import { readBitbucketRepository } from './bitbucket';
import { CodeHostClient, type HttpGet } from './code-host-http';
import { readGithubRepository } from './github';
import { developmentByIssue, keysIn, type CodeHostConfig, type LinkedCode } from './linked-code';

export const DEFAULT_BASES = { github: 'https://api.github.com', bitbucket: 'https://api.bitbucket.org/2.0' } as const;

export interface ReadLinkedCodeOptions {
  config: CodeHostConfig;
  token: string;
  get: HttpGet;
  /** Only the tests and the preview point elsewhere (the local site); the manifest allows the defaults. */
  bases?: Partial<Record<CodeHostConfig['provider'], string>>;
  projectKey: string;
  issues: ReadonlyArray<{ id: string; key: string }>;
  /** Commits and pull requests older than this are not read (the sprint's start). */
  since: string;
  onCall?: (url: string) => void;
}

/** The snapshot's `development` from the code host: every repository read concurrently (4 at once). */
export async function readLinkedCode(o: ReadLinkedCodeOptions): Promise<ReturnType<typeof developmentByIssue>> {
  const client = new CodeHostClient({ get: o.get, token: o.token, ...(o.onCall ? { onCall: o.onCall } : {}) });
  const base = o.bases?.[o.config.provider] ?? DEFAULT_BASES[o.config.provider];
  const keys = new Set(o.issues.map((i) => i.key.toUpperCase()));
  const names = (text: string) => keysIn(text, keys, o.projectKey).length > 0;
  const read = o.config.provider === 'github' ? readGithubRepository : readBitbucketRepository;
  const limit = pLimit(4);
  const perRepo = await Promise.all(
    o.config.repositories.map((repo) => limit(() => read(client, base, repo, o.since, names))),
  );
  const all: LinkedCode = {
    branches: perRepo.flatMap((r) => r.branches),
    commits: perRepo.flatMap((r) => r.commits),
    pullRequests: perRepo.flatMap((r) => r.pullRequests),
  };
  return developmentByIssue(all, o.issues, o.projectKey);
}
