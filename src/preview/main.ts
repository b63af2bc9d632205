import '../forge-stand-in/install-egress';
import { startPreview } from './server';

/** `npm start`: the preview, until Ctrl-C. */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  const preview = await startPreview({ port }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`Focus Walk preview: port ${port} is taken (another npm start?). Stop that one, or choose a free port: PORT=8090 npm start`);
    process.exit(1);
  });
  console.log(`Focus Walk preview: open ${preview.url}`);
  console.log('  project page and issue panel on the demo team (local Jira stand-in, demo clock from Thu 19 Nov 2026 17:30 UTC)');
  const stop = () => void preview.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
