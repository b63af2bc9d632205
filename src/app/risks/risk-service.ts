import { randomUUID } from 'node:crypto';
import type { Requester } from '../../fetch/requester';
import { bulkFetchIssues } from '../../fetch/jira/bulk-fetch-issues';
import { bulkUsers } from '../../fetch/jira/bulk-users';
import { ConflictError, ForbiddenError, NotFoundError } from '../../core/errors';
import { InputError } from '../../core/input-error';
import type { RiskChange, RiskRecord, RiskRow, RiskSort, RiskStore } from '../../stores/risk-store';
import { isTpm } from '../access/require-admin';
import type { Settings } from '../../settings/schema';
import type { RiskFieldsPayload } from './risk-contract';
import type { Report } from '../../engine/report';
import { forViewer, suggestedRisks, type SuggestedRisk } from './suggested-risks';
import type { Visible } from '../walks/visible-keys';

/** What a create or an edit may set (validated by the resolver's payload schema). */
export type RiskFields = RiskFieldsPayload;

export interface RiskActor {
  api: Requester;
  project: string;
  accountId: string;
  settings: Settings;
  now: Date;
  /** Whether the actor is a TPM or administrator of the project: asked of Jira once per invocation. */
  tpm(): Promise<boolean>;
}

/** An actor whose TPM answer is read once, however many rules ask it. */
export function riskActor(a: Omit<RiskActor, 'tpm'>): RiskActor {
  let tpm: Promise<boolean> | undefined;
  return { ...a, tpm: () => (tpm ??= isTpm(a.api, a.project, a.accountId, a.settings)) };
}

const CONFLICT = (id: string) =>
  new ConflictError(
    `Risk ${id} was changed by someone else since you opened it: reload it, then make your change again.`,
  );

/**
 * The register's rules: everyone who can browse the project reads it; the TPMs and the
 * project's administrators create and change risks; a risk's owner changes theirs. The account
 * id is the context's, never a payload's.
 */
export class RiskService {
  constructor(private readonly store: RiskStore) {}

  page(project: string, sort: RiskSort, limit: number, cursor?: string) {
    return this.store.page(project, sort, limit, cursor);
  }

  all(project: string): Promise<RiskRow[]> {
    return this.store.all(project);
  }

  history(project: string, id: string): Promise<RiskChange[]> {
    return this.store.history(project, id);
  }

  /**
   * What the latest walk proposes that is neither in the register nor dismissed, as this viewer
   * may see it. The register's TPMs take them: anyone else gets none.
   */
  async suggestions(
    a: RiskActor,
    report: Report | null,
    visible: Visible,
    rows?: readonly RiskRow[],
  ): Promise<SuggestedRisk[]> {
    if (!report || !(await a.tpm())) return [];
    const [register, dismissed] = await Promise.all([
      rows ?? this.store.all(a.project),
      this.store.dismissed(a.project),
    ]);
    const taken = new Set(dismissed);
    for (const r of register) if (r.risk.cause) taken.add(r.risk.cause);
    return suggestedRisks(report, a.settings, taken).flatMap((s) => forViewer(s, visible) ?? []);
  }

  /**
   * Takes a suggestion into the register as drafted (the TPM edits it after), its cause kept;
   * the TPM who takes it owns it until they hand it on (a risk without an owner is a finding).
   */
  async accept(a: RiskActor, report: Report | null, visible: Visible, cause: string): Promise<RiskRow> {
    const {
      cause: taken,
      title,
      description,
      probability,
      impact,
      issueKeys,
    } = await this.suggestion(a, report, visible, cause);
    return this.create(a, { title, description, probability, impact, issueKeys, owner: a.accountId }, taken);
  }

  /** Dismisses a suggestion: not proposed again for that cause. TPMs only. */
  async dismiss(a: RiskActor, report: Report | null, visible: Visible, cause: string): Promise<void> {
    await this.suggestion(a, report, visible, cause);
    await this.store.dismiss(a.project, cause, a.accountId, a.now.toISOString());
  }

  private async suggestion(a: RiskActor, report: Report | null, visible: Visible, cause: string) {
    if (!(await a.tpm()))
      throw new ForbiddenError(`Only the TPMs and administrators of ${a.project} take or dismiss suggested risks.`);
    const s = (await this.suggestions(a, report, visible)).find((x) => x.cause === cause);
    if (!s) throw new NotFoundError(`The latest walk of ${a.project} suggests no risk for ${cause} (any more).`);
    return s;
  }

  async create(a: RiskActor, fields: RiskFields, cause?: string): Promise<RiskRow> {
    if (!(await a.tpm()))
      throw new ForbiddenError(`Only the TPMs and administrators of ${a.project} add risks to its register.`);
    await this.checkReferences(a, fields);
    const at = a.now.toISOString();
    const risk: RiskRecord = {
      id: randomUUID().slice(0, 12),
      title: fields.title,
      description: fields.description ?? '',
      probability: fields.probability,
      impact: fields.impact,
      owner: fields.owner ?? null,
      mitigation: fields.mitigation ?? '',
      status: 'open',
      reviewedAt: null,
      reviewedBy: null,
      issueKeys: [...new Set(fields.issueKeys ?? [])].sort(),
      createdAt: at,
      createdBy: a.accountId,
      updatedAt: at,
      updatedBy: a.accountId,
      ...(cause ? { cause } : {}),
    };
    const row = await this.store.write(a.project, risk, null, { at, by: a.accountId, action: 'created', fields: {} });
    if (!row) throw CONFLICT(risk.id);
    return row;
  }

  /** Any change of an existing risk, on the version the editor read. */
  async change(
    a: RiskActor,
    id: string,
    version: number,
    action: RiskChange['action'],
    apply: (risk: RiskRecord) => Partial<RiskRecord>,
  ): Promise<RiskRow> {
    const row = await this.store.get(a.project, id);
    if (!row) throw new NotFoundError(`There is no risk ${id} in the register of ${a.project}.`);
    if (row.risk.owner !== a.accountId && !(await a.tpm()))
      throw new ForbiddenError(
        `Only the TPMs and administrators of ${a.project}, or the risk's owner, change risk "${row.risk.title}".`,
      );
    if (row.version !== version) throw CONFLICT(id);
    const patch = apply(row.risk);
    await this.checkReferences(a, patch);
    const at = a.now.toISOString();
    const next: RiskRecord = { ...row.risk, ...patch, updatedAt: at, updatedBy: a.accountId };
    const fields: RiskChange['fields'] = {};
    for (const [k, v] of Object.entries(patch)) {
      const before = row.risk[k as keyof RiskRecord];
      if (JSON.stringify(before) !== JSON.stringify(v)) fields[k] = { from: before ?? null, to: v ?? null };
    }
    const written = await this.store.write(a.project, next, version, { at, by: a.accountId, action, fields });
    if (!written) throw CONFLICT(id);
    return written;
  }

  /** The owner is a Jira user; linked issues are the project's, and ones the editor may see. */
  private async checkReferences(a: RiskActor, fields: Partial<Pick<RiskRecord, 'owner' | 'issueKeys'>>): Promise<void> {
    if (fields.owner) {
      const users = (await bulkUsers(a.api, [fields.owner])) as Array<{ accountId: string }>;
      if (!users.some((u) => u.accountId === fields.owner))
        throw new InputError('risk', 'owner', `no Jira user has the account id "${fields.owner.slice(0, 80)}"`);
    }
    const keys = fields.issueKeys ?? [];
    const foreign = keys.find((k) => !k.startsWith(`${a.project}-`));
    if (foreign) throw new InputError('risk', 'issueKeys', `${foreign} is not an issue of ${a.project}`);
    if (keys.length === 0) return;
    const seen = new Set((await bulkFetchIssues(a.api, keys, ['key'])).map((i) => i.key));
    const missing = keys.filter((k) => !seen.has(k));
    if (missing.length)
      throw new InputError('risk', 'issueKeys', `no issue ${missing.join(', ')} that you can see in ${a.project}`);
  }
}
