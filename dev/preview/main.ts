import '../forge-stand-in/install-egress';
import { Command } from 'commander';
import { generateLargeSprint } from '../demo/large-sprint';
import type { SiteData } from '../local-site/site-data';
import { startPreview } from './server';

/** `npm start [-- --issues N]`: the preview, until Ctrl-C; on the demo team, or a generated sprint of N issues. */
async function main(): Promise<void> {
  const opts = new Command('npm start')
    .option('--issues <n>', 'preview a generated sprint of this many issues (project BIG) instead of the demo team')
    .option('--store <file>', 'the file the Forge storage stand-in keeps (wiped at start); default .preview/store.json')
    .parse()
    .opts<{ issues?: string; store?: string }>();
  const issues = opts.issues === undefined ? undefined : Number(opts.issues);
  if (issues !== undefined && (!Number.isInteger(issues) || issues < 1 || issues > 50000)) {
    console.error(`Focus Walk preview: --issues must be a whole number from 1 to 50000, not "${opts.issues}"`);
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 8080);
  if (issues)
    console.log(
      `Focus Walk preview: generating a sprint of ${issues.toLocaleString('en')} issues and walking it once (as a site would have yesterday's walk stored)…`,
    );
  const data = issues
    ? (generateLargeSprint({ issues, commentsPerIssue: 10, worklogsPerIssue: 5, members: 30 }) as unknown as SiteData)
    : undefined;
  const preview = await startPreview({
    port,
    ...(data ? { data } : {}),
    ...(opts.store ? { storeFile: opts.store } : {}),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(
      `Focus Walk preview: port ${port} is taken (another npm start?). Stop that one, or choose a free port: PORT=8090 npm start`,
    );
    process.exit(1);
  });
  console.log(`Focus Walk preview: open ${preview.url}`);
  console.log(
    `  project page and issue panel on ${issues ? `project BIG (${issues.toLocaleString('en')} issues)` : 'the demo team'} (local Jira stand-in, demo clock from Thu 19 Nov 2026 17:30 UTC)`,
  );
  const stop = () => void preview.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
