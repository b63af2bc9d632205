/** An open risk as the weekly status page lists it: by score, with what changed this week. */
export interface ReportedRisk {
  title: string;
  score: number;
  probability: number;
  impact: number;
  status: string;
  owner: string | null;
  reviewedAt: string | null;
  /** This week's changes, as words ("reviewed", "edited: mitigation"); null: not known (a saved snapshot). */
  changes: string[] | null;
}

/** How many open risks the page lists (the highest scores). */
export const LISTED_RISKS = 20;

interface RiskLike {
  title: string;
  probability: number;
  impact: number;
  status: string;
  owner?: string | null;
  reviewedAt?: string | null;
}

/** The open risks by score (highest first, then title), at most LISTED_RISKS. */
export function openRisksByScore<T extends RiskLike>(risks: readonly T[]): T[] {
  return risks
    .filter((r) => r.status !== 'closed')
    .sort((a, b) => b.probability * b.impact - a.probability * a.impact || a.title.localeCompare(b.title))
    .slice(0, LISTED_RISKS);
}

export function reportedRisk(r: RiskLike, owner: string | null, changes: string[] | null): ReportedRisk {
  return {
    title: r.title,
    score: r.probability * r.impact,
    probability: r.probability,
    impact: r.impact,
    status: r.status,
    owner,
    reviewedAt: r.reviewedAt ?? null,
    changes,
  };
}
