import type { Ci } from '../snapshot/delivery-schema';

/** What a code host knows of the walked issues, before it is matched to issue keys. */
export interface CodeBranch {
  name: string;
  url: string;
}

export interface CodeCommit {
  id: string;
  message: string;
  author: { name: string; email?: string };
  timestamp: string;
  url: string;
}

export interface CodePullRequest {
  id: string;
  title: string;
  status: 'OPEN' | 'MERGED' | 'DECLINED';
  sourceBranch: string;
  url: string;
  additions?: number;
  deletions?: number;
  approvals?: number;
  /** The head commit's combined CI, for open pull requests and those merged in the walk's window. */
  ci?: Ci;
  /** When it was merged (null: not merged). */
  mergedAt?: string | null;
}

export interface LinkedCode {
  branches: CodeBranch[];
  commits: CodeCommit[];
  pullRequests: CodePullRequest[];
}

export interface CodeHostConfig {
  provider: 'github' | 'bitbucket';
  /** `owner/repo` (GitHub) or `workspace/repo` (Bitbucket). */
  repositories: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Issue keys named in a text: the key with no letter or digit glued to either side, any case. */
export function keysIn(text: string, keys: ReadonlySet<string>, projectKey: string): string[] {
  const found: string[] = [];
  const re = new RegExp(`(?<![A-Za-z0-9])${escape(projectKey)}-(\\d+)(?![0-9])`, 'gi');
  for (const m of text.matchAll(re)) {
    const key = `${projectKey.toUpperCase()}-${m[1] ?? ''}`;
    if (keys.has(key) && !found.includes(key)) found.push(key);
  }
  return found;
}

/**
 * The snapshot's `development` by issue id: the branches whose names, the commits whose
 * messages, and the pull requests whose titles or source branches name the issue key.
 */
export function developmentByIssue(
  code: LinkedCode,
  issues: ReadonlyArray<{ id: string; key: string }>,
  projectKey: string,
): Record<string, LinkedCode & { summary: { branches: number; commits: number; pullRequests: number } }> {
  const keys = new Set(issues.map((i) => i.key.toUpperCase()));
  const byKey = new Map<string, LinkedCode>();
  const entry = (key: string) => {
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { branches: [], commits: [], pullRequests: [] }));
    return e;
  };
  for (const b of code.branches) for (const k of keysIn(b.name, keys, projectKey)) entry(k).branches.push(b);
  for (const c of code.commits) for (const k of keysIn(c.message, keys, projectKey)) entry(k).commits.push(c);
  for (const p of code.pullRequests)
    for (const k of new Set([...keysIn(p.title, keys, projectKey), ...keysIn(p.sourceBranch, keys, projectKey)]))
      entry(k).pullRequests.push(p);
  const out: Record<string, LinkedCode & { summary: { branches: number; commits: number; pullRequests: number } }> = {};
  for (const issue of issues) {
    const e = byKey.get(issue.key.toUpperCase()) ?? { branches: [], commits: [], pullRequests: [] };
    out[issue.id] = {
      ...e,
      summary: { branches: e.branches.length, commits: e.commits.length, pullRequests: e.pullRequests.length },
    };
  }
  return out;
}
