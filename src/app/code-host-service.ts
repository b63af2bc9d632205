import { CodeHostAuthError, type HttpGet } from '../codehost/code-host-http';
import type { CodeHostConfig } from '../codehost/linked-code';
import { readLinkedCode } from '../codehost/read-linked-code';
import type { KeyValueStore } from '../stores/key-value-store';
import type { CodeHostView } from './contract';

/** How the app reaches code hosts: Forge's egress-checked fetch in Forge, plain fetch elsewhere. */
export interface CodeHostDeps {
  get: HttpGet;
  /** Only tests and the preview override the hosts' API bases (to the local site). */
  bases?: Partial<Record<CodeHostConfig['provider'], string>>;
}

interface StoredConnection extends CodeHostConfig {
  status: CodeHostView['status'];
  message?: string;
  lastReadAt?: string;
}

const configKey = (project: string) => `codehost:${encodeURIComponent(project)}`;
const tokenKey = (project: string) => `codehost-token:${encodeURIComponent(project)}`;

/** The project's code-host connection; the token lives in secret storage and never leaves the backend. */
export class CodeHostService {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly deps: CodeHostDeps,
  ) {}

  async view(project: string, canEdit: boolean): Promise<CodeHostView> {
    const c = await this.kv.get<StoredConnection>(configKey(project));
    if (!c) return { provider: null, repositories: [], status: 'none', canEdit };
    return { provider: c.provider, repositories: c.repositories, status: c.status, ...(c.message ? { message: c.message } : {}), ...(c.lastReadAt ? { lastReadAt: c.lastReadAt } : {}), canEdit };
  }

  async save(project: string, provider: CodeHostConfig['provider'] | 'none', repositories: string[], token: string | undefined): Promise<void> {
    if (provider === 'none') {
      await this.kv.delete(configKey(project));
      await this.kv.deleteSecret(tokenKey(project));
      return;
    }
    if (token) await this.kv.setSecret(tokenKey(project), token);
    else if (!(await this.kv.getSecret(tokenKey(project)))) throw new CodeHostSettingsError('a token is needed to connect');
    await this.kv.set<StoredConnection>(configKey(project), { provider, repositories, status: 'unread' });
  }

  /**
   * The walked issues' development from the code host, or null (no connection, or it failed:
   * the walk then keeps Jira's Development-field counts, and the settings say why).
   */
  async development(project: string, issues: ReadonlyArray<{ id: string; key: string }>, since: string, now: Date): Promise<Record<string, unknown> | null> {
    const c = await this.kv.get<StoredConnection>(configKey(project));
    const token = c ? await this.kv.getSecret(tokenKey(project)) : undefined;
    if (!c || !token) return null;
    try {
      const development = await readLinkedCode({ config: c, token, get: this.deps.get, ...(this.deps.bases ? { bases: this.deps.bases } : {}), projectKey: project, issues, since });
      await this.kv.set<StoredConnection>(configKey(project), { provider: c.provider, repositories: c.repositories, status: 'ok', lastReadAt: now.toISOString() });
      return development;
    } catch (error) {
      const status = error instanceof CodeHostAuthError ? 'reconnect' : 'error';
      await this.kv.set<StoredConnection>(configKey(project), { ...c, status, message: error instanceof Error ? error.message : String(error) });
      return null;
    }
  }
}

export class CodeHostSettingsError extends Error {}
