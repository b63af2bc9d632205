import { randomUUID } from 'node:crypto';
import { addDays } from '../../core/time/zones';
import { ApiError } from '../../fetch/requester';
import type { KeyValueStore } from '../../stores/key-value-store';
import type { SentStore } from '../../stores/sent-store';
import { keys } from '../../stores/storage-keys';
import type { SentRecord, SentView } from '../contract';

/** How long the log keeps what was sent (the daily trigger deletes older days). */
export const SENT_RETENTION_DAYS = 90;

export interface SentDeps {
  sent: SentStore;
  kv: KeyValueStore;
  now: () => Date;
}

/** A record as stored: `sending` until the product accepted it (a crash leaves it so: maybe sent). */
type Stored = SentRecord & { state?: 'sending' };

/**
 * Sends at most once per `dedupKey`: claims the key (compare-and-set), sends, records. When the
 * key is taken (another trigger, a retry of a sending that landed) nothing is sent: 'already'.
 * A sending the product refused releases its claim, so the next attempt may send.
 */
export async function sendOnce(
  deps: SentDeps,
  project: string,
  dedupKey: string,
  record: Omit<SentRecord, 'id' | 'at'>,
  send: () => Promise<void>,
): Promise<{ outcome: 'sent' | 'already'; record: SentRecord }> {
  const full: SentRecord = { ...record, id: randomUUID(), at: deps.now().toISOString() };
  if (!(await deps.sent.claim<Stored>(project, dedupKey, record.day, { ...full, state: 'sending' }))) {
    const existing = await deps.sent.get<Stored>(project, dedupKey);
    return { outcome: 'already', record: existing?.record ?? full };
  }
  try {
    await send();
  } catch (error) {
    // Refused (4xx) or never sent (out of time before it left): nothing went out, so a later
    // attempt may send. Anything else (5xx, no answer) may have landed: the claim stays, and no
    // retry sends it twice (at most once).
    if (error instanceof ApiError && !error.mayHaveLanded && error.status !== 408)
      await deps.sent.remove(project, dedupKey).catch(() => undefined);
    throw error;
  }
  await deps.sent.put<Stored>(project, dedupKey, record.day, full);
  return { outcome: 'sent', record: full };
}

/** A key no other sending shares: for what a TPM chooses to send again (an escalation). */
export const uniqueKey = (prefix: string): string => `${prefix}|${randomUUID()}`;

/** Who reads the log: a TPM (or administrator) all of it, a member what was sent to or by them. */
export interface SentReader {
  accountId: string;
  all: boolean;
  /** The issues the reader may see now: items about other issues are left out. */
  visible: ReadonlySet<string>;
}

/** Rows a page of the log reads at most: Forge's custom-entity queries take at most 100 a page. */
export const SENT_PAGE_MAX = 100;

/**
 * One page of the log of the last 90 days up to `today`, newest first (`cursor` from the
 * previous page's `nextCursor`), cut to what the reader may read.
 */
export async function sentView(
  deps: SentDeps,
  project: string,
  today: string,
  reader: SentReader | null = null,
  page: { cursor?: string; limit?: number } = {},
): Promise<SentView> {
  const { rows, nextCursor } = await deps.sent.page<Stored>(
    project,
    addDays(today, -(SENT_RETENTION_DAYS - 1)),
    today,
    Math.min(page.limit ?? 100, SENT_PAGE_MAX),
    page.cursor,
  );
  const items = rows
    .map(({ key, value }) => {
      const { state, ...record } = value.record;
      const shown =
        state === 'sending' ? { ...record, what: `${record.what} (sending, or lost while sending)` } : record;
      return { key, record: shown };
    })
    .filter(({ record }) => readable(record, reader))
    // Newest first; at the same instant, in key order (a stable log).
    .sort((a, b) => b.record.at.localeCompare(a.record.at) || a.key.localeCompare(b.key))
    .map(({ record }) => record);
  return { items, nextCursor };
}

function readable(r: SentRecord, reader: SentReader | null): boolean {
  if (!reader) return true;
  if (r.issueKey && !reader.visible.has(r.issueKey)) return false;
  return reader.all || r.by?.accountId === reader.accountId || r.to.some((p) => p.accountId === reader.accountId);
}

/** The site's address, as the project page last saw it: links in what the background sends. */
export async function rememberSiteUrl(kv: KeyValueStore, siteUrl: string | null): Promise<void> {
  if (siteUrl && (await kv.get<string>(keys.siteUrl())) !== siteUrl) await kv.set(keys.siteUrl(), siteUrl);
}

export async function siteUrlOf(kv: KeyValueStore): Promise<string | null> {
  return (await kv.get<string>(keys.siteUrl())) ?? null;
}

/** Text as HTML for an email body. */
export const html = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
