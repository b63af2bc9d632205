/**
 * Jira's "Development" field (the dev-status summary that Forge apps can read, unlike the private
 * /rest/dev-status API). Its REST value is a string such as
 * `{pullrequest={dataType=pullrequest, state=OPEN, stateCount=1}, json={"cachedValue":{"summary":{...}}}}`
 * or `{}` when nothing is linked; the JSON part holds the counts.
 */
export interface DevelopmentCounts {
  branches: number;
  commits: number;
  pullRequests: number;
}

interface Summary {
  readonly [kind: string]: { readonly overall?: { readonly count?: unknown } } | undefined;
}

/** Counts from the field's value; null when the value is not the field's format. */
export function parseDevelopmentField(value: unknown): DevelopmentCounts | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '{}') return { branches: 0, commits: 0, pullRequests: 0 };
  const at = text.indexOf('json=');
  if (at < 0 || !text.endsWith('}')) return null;
  try {
    const parsed = JSON.parse(text.slice(at + 5, -1)) as { cachedValue?: { summary?: Summary } };
    const summary = parsed.cachedValue?.summary ?? {};
    const count = (kind: string) => {
      const n = summary[kind]?.overall?.count;
      return typeof n === 'number' && n >= 0 ? n : 0;
    };
    return {
      branches: count('branch'),
      commits: count('repository') + count('commit'),
      pullRequests: count('pullrequest'),
    };
  } catch {
    return null;
  }
}

/** The field's value for given counts, as Jira writes it (for the local site). */
export function formatDevelopmentField(counts: DevelopmentCounts): string {
  if (counts.branches + counts.commits + counts.pullRequests === 0) return '{}';
  const overall = (count: number, dataType: string) => ({
    overall: { count, lastUpdated: null, dataType },
    byInstanceType: {},
  });
  const summary: Record<string, unknown> = {};
  if (counts.pullRequests) summary.pullrequest = overall(counts.pullRequests, 'pullrequest');
  if (counts.branches) summary.branch = overall(counts.branches, 'branch');
  if (counts.commits) summary.repository = overall(counts.commits, 'repository');
  const head = Object.entries(summary)
    .map(([kind, v]) => `${kind}={count=${(v as { overall: { count: number } }).overall.count}, dataType=${kind}}`)
    .join(', ');
  return `{${head}, json=${JSON.stringify({ cachedValue: { errors: [], summary }, isStale: false })}}`;
}
