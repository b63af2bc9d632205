/**
 * The local site on a thread of its own, for the benchmarks: a real site does its JSON work on
 * its own machines, so the walk's thread should not pay for it. `startSiteThread` starts it
 * with a data set (structured-cloned to the thread) and options; counts come back by message.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Faults } from '../dev/local-site/faults';
import { startLocalSite, type LocalSite } from '../dev/local-site/server';
import type { SiteData } from '../dev/local-site/site-data';

export interface SiteThread {
  url: string;
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export function startSiteThread(data: SiteData, faults: Faults): Promise<SiteThread> {
  // The thread runs this TypeScript file through tsx's CommonJS hook, as the benchmark itself runs.
  const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(__filename)});`, {
    eval: true,
    workerData: { data, faults },
  });
  const ask = <T>(message: string): Promise<T> =>
    new Promise((resolve) => {
      worker.once('message', (m: T) => resolve(m));
      worker.postMessage(message);
    });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', ({ url }: { url: string }) =>
      resolve({
        url,
        counts: () => ask<Record<string, number>>('counts'),
        close: async () => {
          await ask('close');
          await worker.terminate();
        },
      }),
    );
  });
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const { data, faults } = workerData as { data: SiteData; faults: Faults };
  void startLocalSite(data, { faults }).then((site: LocalSite) => {
    port.on('message', (m: string) => {
      if (m === 'counts') port.postMessage({ ...site.counts });
      if (m === 'close') void site.close().then(() => port.postMessage('closed'));
    });
    port.postMessage({ url: site.url });
  });
}
