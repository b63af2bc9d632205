import type { ConfluenceData } from '../demo/confluence-demo';
import type { CodeHostData } from '../demo/code-host-demo';
import type { SiteData } from './site-data';

export type Method = 'GET' | 'POST' | 'PUT';
export type ApiDocument = 'jira-platform' | 'jira-software' | 'confluence-v2';
/** Code hosts have no document in ../shared/openapi; their routes follow the hosts' REST docs. */
export type RouteDocument = ApiDocument | 'github' | 'bitbucket';

export interface RouteContext {
  data: SiteData;
  /** The site's base URL, for `self` links. */
  base: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** Who calls: the `X-Local-Account-Id` header (the preview's and tests' stand-in for Forge's user), or null. */
  caller: string | null;
  /** Account ids that administer the project. */
  admins: readonly string[];
  now: () => Date;
  /** Confluence's side of the site, when it has one. */
  confluence?: ConfluenceData;
  /** Code hosts' repositories by `owner/repo`. */
  codeHost?: CodeHostData;
  /** The emails Jira was asked to send (notify): the site records them instead of mailing. */
  outbox: SentMail[];
}

/** An email the site would have sent, as `POST /issue/{key}/notify` asked for it. */
export interface SentMail {
  issueKey: string;
  subject: string;
  textBody: string;
  to: string[];
  /** Who asked (the user, or null: the app). */
  by: string | null;
  at: string;
}

export interface Reply {
  status: number;
  json: unknown;
  headers?: Record<string, string>;
}

/** One operation of Atlassian's OpenAPI documents that the local site serves. */
export interface Route {
  operationId: string;
  document: RouteDocument;
  method: Method;
  /** The path template as the OpenAPI document writes it. */
  template: string;
  /** The operation changes the site (a POST that only reads, such as a search, does not). */
  writes?: true;
  handle(ctx: RouteContext): Reply;
}

export const ok = (json: unknown): Reply => ({ status: 200, json });

/** Jira's error shape. */
export const jiraError = (status: number, ...messages: string[]): Reply => ({
  status,
  json: { errorMessages: messages, errors: {} },
});

/** An integer query parameter with a default and Jira's caps. */
export function intParam(
  query: URLSearchParams,
  name: string,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const raw = query.get(name);
  const n = raw === null ? fallback : Number(raw);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : fallback;
}
