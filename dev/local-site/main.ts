import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { startLocalSite } from './server';
import { toSiteDataSet, type SiteData } from './site-data';
import { generateLargeSprint } from '../demo/large-sprint';

/** `npm run site`: the local site on the demo data set (or another snapshot), until Ctrl-C. */
async function main(): Promise<void> {
  const opts = new Command('local-site')
    .option(
      '--data <file>',
      'a snapshot to serve',
      join(__dirname, '..', '..', 'test', 'fixtures', 'demo-snapshot.json'),
    )
    .option('--port <port>', 'the port on 127.0.0.1 (0: any free port)', '8787')
    .option('--token <token>', 'accept only this API token (default: any)')
    .option('--latency <ms>', 'wait this long before every answer', '0')
    .option('--per-issue <ms>', "and this long for each issue answered in full (a real site's cost)", '0')
    .option('--issues <n>', 'serve a generated sprint of this many issues (project BIG) instead of --data')
    .parse()
    .opts<{ data: string; port: string; token?: string; latency: string; perIssue: string; issues?: string }>();
  const raw = opts.issues
    ? generateLargeSprint({ issues: Number(opts.issues), commentsPerIssue: 20, worklogsPerIssue: 10, members: 30 })
    : (JSON.parse(readFileSync(opts.data, 'utf8')) as unknown);
  const data = toSiteDataSet(raw as SiteData);
  const site = await startLocalSite(data, {
    port: Number(opts.port),
    ...(opts.token ? { token: opts.token } : {}),
    faults: { latencyMs: Number(opts.latency), perIssueMs: Number(opts.perIssue) },
  });
  const key = data.project.key;
  console.log(`Local Jira site on ${site.url} serving project ${key} (${data.issues.length} issues).`);
  console.log(
    `Try: npx focus-walk walk --site ${site.url} --email a@b.c --token x --project ${key} --at 2026-11-19T17:30:00Z --format table`,
  );
  const stop = () => void site.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
