import { kvs, Sort, WhereConditions } from '@forge/kvs';
import { keys } from './storage-keys';
import { heldByAnother, ifVersion } from './version-condition';

const ENTITY = 'risk';
const CHANGES = 'risk-change';

/** A risk of the register as the app keeps it (checks-delivery.md's fields, and who did what). */
export interface RiskRecord {
  id: string;
  title: string;
  description: string;
  probability: number;
  impact: number;
  owner: string | null;
  mitigation: string;
  status: 'open' | 'mitigating' | 'closed';
  reviewedAt: string | null;
  reviewedBy: string | null;
  issueKeys: string[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Set when the risk came from a suggestion the TPM accepted. */
  cause?: string;
}

export interface RiskRow {
  project: string;
  version: number;
  score: number;
  status: string;
  /** The index's range: never reviewed sorts first. */
  reviewedAt: string;
  risk: RiskRecord;
}

/** One change: which fields went from what to what. */
export interface RiskChange {
  at: string;
  by: string;
  action: 'created' | 'edited' | 'reviewed' | 'closed' | 'reopened' | 'linked' | 'unlinked';
  fields: Record<string, { from: unknown; to: unknown }>;
}

export type RiskSort = 'score' | 'status' | 'review';
const INDEX: Record<RiskSort, string> = { score: 'by-score', status: 'by-status', review: 'by-review' };

const NEVER = '0000-00-00T00:00:00.000Z';
const rowOf = (project: string, version: number, risk: RiskRecord): RiskRow => ({
  project,
  version,
  score: risk.probability * risk.impact,
  status: risk.status,
  reviewedAt: risk.reviewedAt ?? NEVER,
  risk,
});

/** The register's storage: every write a compare-and-set on the row's version, with its change row in the same transaction. */
export class RiskStore {
  async get(project: string, id: string): Promise<RiskRow | undefined> {
    return kvs.entity<RiskRow>(ENTITY).get(keys.risk(project, id));
  }

  /**
   * Writes `risk` over the row at `expected` (null: a new risk). False when another writer
   * changed it first (the caller answers a conflict); a storage error throws.
   */
  async write(
    project: string,
    risk: RiskRecord,
    expected: number | null,
    change: RiskChange,
  ): Promise<RiskRow | false> {
    const row = rowOf(project, (expected ?? 0) + 1, risk);
    try {
      await kvs
        .transact()
        .set(keys.risk(project, risk.id), row, ifVersion<RiskRow>(ENTITY, expected))
        // Ordered by time, then by the risk's version: two changes in one millisecond keep their order.
        .set(
          keys.riskChange(project, risk.id, change.at, String(row.version).padStart(6, '0')),
          { project, riskId: risk.id, at: `${change.at}#${String(row.version).padStart(6, '0')}`, change },
          { entityName: CHANGES },
        )
        .execute();
      return row;
    } catch (error) {
      if (await heldByAnother(error, expected, () => this.get(project, risk.id))) return false;
      throw error;
    }
  }

  /** One page of the register, by score (highest first), status or last review (oldest first). */
  async page(
    project: string,
    sort: RiskSort,
    limit: number,
    cursor?: string,
  ): Promise<{ rows: RiskRow[]; nextCursor: string | null }> {
    let query = kvs
      .entity<RiskRow>(ENTITY)
      .query()
      .index(INDEX[sort], { partition: [project] })
      .sort(sort === 'score' ? Sort.DESC : Sort.ASC)
      .limit(limit);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    return { rows: page.results.map((r) => r.value), nextCursor: page.nextCursor ?? null };
  }

  /** The whole register (the walk reads it), 100 a page. */
  async all(project: string): Promise<RiskRow[]> {
    const rows: RiskRow[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.page(project, 'score', 100, cursor);
      rows.push(...page.rows);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return rows;
  }

  /** Records that the TPM dismissed the suggestion of `cause` (one key each: two dismissals never race). */
  async dismiss(project: string, cause: string, by: string, at: string): Promise<void> {
    await kvs.set(keys.riskDismissed(project, cause), { cause, by, at });
  }

  /** The causes dismissed in `project`. */
  async dismissed(project: string): Promise<Set<string>> {
    const out = new Set<string>();
    let query = kvs
      .query()
      .where('key', WhereConditions.beginsWith(keys.riskDismissedPrefix(project)))
      .limit(100);
    for (;;) {
      const page = await query.getMany<{ cause: string }>();
      for (const r of page.results) out.add(r.value.cause);
      if (!page.nextCursor) return out;
      query = query.cursor(page.nextCursor);
    }
  }

  /** A risk's changes, oldest first. */
  async history(project: string, id: string): Promise<RiskChange[]> {
    const out: RiskChange[] = [];
    let query = kvs
      .entity<{ change: RiskChange }>(CHANGES)
      .query()
      .index('by-risk', { partition: [project, id] })
      .limit(100);
    for (;;) {
      const page = await query.getMany();
      out.push(...page.results.map((r) => r.value.change));
      if (!page.nextCursor) return out;
      query = query.cursor(page.nextCursor);
    }
  }
}
