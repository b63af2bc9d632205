import { BadRequestError } from '../../core/errors';
import { CodeHostAuthError, type HttpGet } from '../../codehost/code-host-http';
import type { CodeHostConfig } from '../../codehost/linked-code';
import { readLinkedCode } from '../../codehost/read-linked-code';
import type { KeyValueStore } from '../../stores/key-value-store';
import { keys } from '../../stores/storage-keys';
import type { CodeHostView } from '../contract';

/** How the app reaches code hosts: Forge's egress-checked fetch in Forge, plain fetch elsewhere. */
export interface CodeHostDeps {
  get: HttpGet;
  /** Only tests and the preview override the hosts' API bases (to the local site). */
  bases?: Partial<Record<CodeHostConfig['provider'], string>>;
}

interface StoredConnection extends CodeHostConfig {
  /** Bumped by every save: a walk writes its status back only onto the connection it read. */
  version?: number;
  status: CodeHostView['status'];
  message?: string;
  lastReadAt?: string;
}

const configKey = keys.codeHost;
const tokenKey = keys.codeHostToken;

/** The project's code-host connection; the token lives in secret storage and never leaves the backend. */
export class CodeHostService {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly deps: CodeHostDeps,
  ) {}

  async view(project: string, canEdit: boolean): Promise<CodeHostView> {
    const c = await this.kv.get<StoredConnection>(configKey(project));
    if (!c) return { provider: null, repositories: [], status: 'none', canEdit };
    return {
      provider: c.provider,
      repositories: c.repositories,
      status: c.status,
      ...(c.message ? { message: c.message } : {}),
      ...(c.lastReadAt ? { lastReadAt: c.lastReadAt } : {}),
      canEdit,
    };
  }

  async save(
    project: string,
    provider: CodeHostConfig['provider'] | 'none',
    repositories: string[],
    token: string | undefined,
  ): Promise<void> {
    if (provider === 'none') {
      await this.kv.delete(configKey(project));
      await this.kv.deleteSecret(tokenKey(project));
      return;
    }
    const previous = await this.kv.get<StoredConnection>(configKey(project));
    // A token belongs to its provider: switching hosts needs the new host's token.
    if (token) await this.kv.setSecret(tokenKey(project), token);
    else if (!(await this.kv.getSecret(tokenKey(project))) || (previous && previous.provider !== provider))
      throw new CodeHostSettingsError(`a ${provider === 'github' ? 'GitHub' : 'Bitbucket'} token is needed to connect`);
    await this.kv.set<StoredConnection>(configKey(project), {
      provider,
      repositories,
      status: 'unread',
      version: (previous?.version ?? 0) + 1,
    });
  }

  /**
   * The walked issues' development from the code host, or null (no connection, or it failed:
   * the walk then keeps Jira's Development-field counts, and the settings say why).
   */
  async development(
    project: string,
    issues: ReadonlyArray<{ id: string; key: string }>,
    since: string,
    now: Date,
  ): Promise<Record<string, unknown> | null> {
    const c = await this.kv.get<StoredConnection>(configKey(project));
    const token = c ? await this.kv.getSecret(tokenKey(project)) : undefined;
    if (!c || !token) return null;
    try {
      const development = await readLinkedCode({
        config: c,
        token,
        get: this.deps.get,
        ...(this.deps.bases ? { bases: this.deps.bases } : {}),
        projectKey: project,
        issues,
        since,
      });
      await this.writeStatus(project, c.version, { status: 'ok', lastReadAt: now.toISOString(), message: undefined });
      return development;
    } catch (error) {
      const status = error instanceof CodeHostAuthError ? 'reconnect' : 'error';
      await this.writeStatus(project, c.version, {
        status,
        message: error instanceof Error ? error.message : String(error),
      });
      return null;
    }
  }

  /**
   * Writes only the status fields, and only onto the connection the walk read: an admin who
   * saved another host or token meanwhile keeps it (the walk would otherwise undo the switch
   * and send the new host's token to the old one).
   */
  private async writeStatus(
    project: string,
    readVersion: number | undefined,
    status: Pick<StoredConnection, 'status' | 'message' | 'lastReadAt'>,
  ): Promise<void> {
    const current = await this.kv.get<StoredConnection>(configKey(project));
    if (!current || current.version !== readVersion) return;
    const next: StoredConnection = { ...current, ...status };
    if (!status.message) delete next.message;
    await this.kv.set<StoredConnection>(configKey(project), next);
  }
}

export class CodeHostSettingsError extends BadRequestError {
  override name = 'CodeHostSettingsError';
  constructor(message: string) {
    super(message, 'token');
  }
}
