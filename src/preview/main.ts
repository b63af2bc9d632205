import { startPreview } from './server';

/** `npm start`: the preview, until Ctrl-C. */
async function main(): Promise<void> {
  const preview = await startPreview({ port: Number(process.env.PORT ?? 8080) });
  console.log(`Focus Walk preview: open ${preview.url}`);
  console.log('  project page and issue panel on the demo team (local Jira stand-in, demo clock from Thu 19 Nov 2026 17:30 UTC)');
  const stop = () => void preview.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
