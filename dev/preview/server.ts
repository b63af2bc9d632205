import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { DEMO_AT, DEMO_USERS, generateDemoSnapshot } from '../demo/demo-snapshot';
import { generateConfluenceDemo } from '../demo/confluence-demo';
import { withSprintHistory } from '../demo/sprint-history';
import { seedWalkedHistory } from '../demo/walked-history';
import { seedDemoRisks } from '../demo/seed-risks';
import { confluencePage } from './confluence-page';
import { codeHostDemo, DEMO_REPO } from '../demo/code-host-demo';
import { CodeHostService } from '../../src/app/codehost/code-host-service';
import { forgeGet } from '../../src/codehost/forge-get';

/** The preview's stand-in code-host token (the local site accepts only it). */
const PREVIEW_CODE_TOKEN = 'preview-demo-code-token';
import { startLocalSite, type LocalSite } from '../local-site/server';
import { toSiteDataSet, type SiteData } from '../local-site/site-data';
import { KvsStore } from '../../src/stores/kvs-store';
import { KvsReadingLog } from '../../src/stores/kvs-reading-log';
import { ForgeHarness } from './forge-harness';
import { indexPage } from './index-page';
import { BRIDGE_SHIM } from './shim';
import { contextFor, type GadgetFrame } from './frame-context';
import { agentRoute } from './agent-route';

const ROOT = join(__dirname, '..', '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const SURFACES = new Set(['project-page', 'issue-panel', 'reading-macro', 'dashboard-gadget']);

export interface Preview {
  url: string;
  site: LocalSite;
  close(): Promise<void>;
}

export interface PreviewOptions {
  port?: number;
  /** The file the Forge storage stand-in persists to; wiped at start unless `keepStore`. */
  storeFile?: string;
  keepStore?: boolean;
  data?: SiteData;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
}

/**
 * `npm start`: the three parts of Focus Walk on demo data, on this machine. The local site
 * stands in for Jira; the real resolver handlers run in-process behind a bridge shim; storage
 * is a JSON file; the clock starts at the demo's moment (Thu 19 Nov 2026, 17:30 UTC) and runs.
 */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const started = Date.now();
  const now = () => new Date(Date.parse(DEMO_AT) + (Date.now() - started));
  const demo =
    options.data ??
    (JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData);
  // The demo data set, and (unless a test brings its own) the board's past sprints.
  const served = options.data ? toSiteDataSet(demo) : withSprintHistory(toSiteDataSet(demo));
  const confluence = generateConfluenceDemo();
  const site = await startLocalSite(served, {
    admins: [DEMO_USERS.tess.accountId],
    now,
    confluence,
    codeHost: codeHostDemo(demo),
    codeHostToken: PREVIEW_CODE_TOKEN,
  });
  const storeFile = options.storeFile ?? join(ROOT, '.preview', 'store.json');
  if (!options.keepStore) rmSync(storeFile, { force: true });
  const harness = new ForgeHarness(site.url, now, storeFile);
  harness.install();
  if (!options.keepStore) {
    // The demo team's reading of the past days, as the macro would have logged it, and the demo
    // project's GitHub connection: written by the app's own storage classes, as on a site.
    const log = new KvsReadingLog();
    for (const [i, e] of (
      (demo.readingLog as
        Array<{ accountId: string; date: string; minutes: number; pageIds?: string[] }> | undefined) ?? []
    ).entries()) {
      await log.add(
        {
          id: `demo-${i}`,
          accountId: e.accountId,
          date: e.date,
          minutes: e.minutes,
          pageIds: e.pageIds ?? [],
          at: `${e.date}T12:00:00.000Z`,
        },
        24 * 60,
      );
    }
    await new CodeHostService(new KvsStore(), { get: forgeGet }).save(
      served.project.key,
      'github',
      [DEMO_REPO],
      PREVIEW_CODE_TOKEN,
    );
    // A site has yesterday's walk stored when the page opens: the preview walks once at start,
    // through the queue and the production consumer, as Refresh would.
    const project = {
      extension: { type: 'jira:projectPage', project: { key: served.project.key, id: served.project.id } },
    };
    if (!options.data) {
      // The demo project's people for the escalation levels, and Tess's digest, as its TPM would
      // set them in Settings (through the resolver, as an administrator).
      const settings = {
        digest: { recipients: [DEMO_USERS.tess.accountId], issueKey: 'FW-101', at: '09:00' },
        escalation: {
          level2: [DEMO_USERS.fowley.accountId],
          level3: [DEMO_USERS.fowley.accountId, DEMO_USERS.walter.accountId],
        },
        statusReport: { space: 'TEAM' },
      };
      await harness.invoke('saveSettings', { settings }, project, DEMO_USERS.tess.accountId);
      // The demo's risk register, as Tess keeps it on the Risks tab.
      const demo = generateDemoSnapshot() as { risks: Parameters<typeof seedDemoRisks>[1] };
      await seedDemoRisks(served.project.key, demo.risks, DEMO_USERS.tess.accountId, '2026-11-02T09:00:00.000Z');
    }
    await harness.walkNow(project, DEMO_USERS.tess.accountId);
    // Two weeks of walked days before the demo's, so the Trend and the past days have something.
    if (!options.data) await seedWalkedHistory(new KvsStore(), served.project.key, DEMO_AT.slice(0, 10));
  }
  let base = '';
  // The demo dashboard's gadget shows the demo project until its edit view submits other settings.
  const gadget: GadgetFrame = { config: { project: served.project.key }, edit: false };

  const server = createServer((req, res) => void handle(req, res));
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    try {
      if (url.pathname === '/') return send(200, TYPES['.html'] as string, indexPage(site.url));
      if (url.pathname === '/__invoke' && req.method === 'POST') {
        const { surface, as, issue, functionKey, payload } = (await readJson(req)) as {
          surface: string;
          as: string;
          issue?: string;
          functionKey: string;
          payload: unknown;
        };
        const context = contextFor(served, surface, as, issue ?? 'FW-105', base, gadget);
        const { accountId, ...rest } = context;
        const result = await harness.invoke(functionKey, payload, rest, accountId ?? null);
        return send(200, TYPES['.json'] as string, JSON.stringify(result));
      }
      if (url.pathname === '/__gadget-config' && req.method === 'POST') {
        gadget.config = await readJson(req); // what the edit view's view.submit() sent, as Jira keeps it
        return send(200, TYPES['.json'] as string, 'true');
      }
      if (url.pathname === '/__agent' && req.method === 'POST')
        return send(200, TYPES['.json'] as string, JSON.stringify(await agentRoute(harness, await readJson(req))));
      if (url.pathname === '/__outbox') return send(200, 'application/json', JSON.stringify(site.outbox));
      // A Confluence page the app wrote (the status report), where the Sprint tab links to it.
      const wiki = /^\/wiki\/spaces\/[^/]+\/pages\/(\d+)$/.exec(url.pathname);
      if (wiki) {
        const page = confluence.pages.find((p) => p.id === wiki[1]);
        return page
          ? send(200, 'text/html; charset=utf-8', confluencePage(page))
          : send(404, 'text/plain', 'No such page');
      }
      if (url.pathname === '/__context') {
        const q = url.searchParams;
        return send(
          200,
          TYPES['.json'] as string,
          JSON.stringify(
            contextFor(served, q.get('surface') ?? '', q.get('as') ?? 'tess', q.get('issue') ?? 'FW-105', base, {
              ...gadget,
              edit: q.get('entry') === 'edit',
            }),
          ),
        );
      }
      if (url.pathname.startsWith('/browse/') || url.pathname.startsWith('/wiki/spaces/')) {
        const what = url.pathname.startsWith('/browse/')
          ? `issue ${url.pathname.slice(8)}`
          : `Confluence ${url.pathname.slice(6)}`;
        return send(
          200,
          TYPES['.html'] as string,
          `<p id="navigated">In the product this opens ${what}. <a href="/">Back to the preview</a></p>`,
        );
      }
      const frame = /^\/frame\/([\w-]+)\/(.*)$/.exec(url.pathname);
      if (frame && SURFACES.has(frame[1] ?? '')) {
        const file = frame[2] || 'index.html';
        const path = normalize(join(ROOT, 'static', frame[1] ?? '', 'build', file));
        if (!path.startsWith(join(ROOT, 'static')) || !existsSync(path))
          return send(404, 'text/plain', 'not built: run npm run build:ui');
        if (file === 'index.html') {
          const html = readFileSync(path, 'utf8').replace(
            '<head>',
            `<head>\n<script>${BRIDGE_SHIM}</script>\n<script type="module" src="/preview/theme-loader.js"></script>`,
          );
          return send(200, TYPES['.html'] as string, html);
        }
        return send(200, TYPES[extname(path)] ?? 'application/octet-stream', readFileSync(path));
      }
      const asset = /^\/preview\/([\w.-]+)$/.exec(url.pathname);
      if (asset) {
        const path = join(ROOT, 'static', 'preview', 'build', asset[1] ?? '');
        if (existsSync(path)) return send(200, TYPES[extname(path)] ?? 'application/octet-stream', readFileSync(path));
      }
      send(404, 'text/plain', 'not found');
    } catch (error) {
      send(500, 'text/plain', String(error));
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => void site.close().finally(() => reject(error)));
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    site,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      harness.uninstall();
      await site.close();
    },
  };
}
