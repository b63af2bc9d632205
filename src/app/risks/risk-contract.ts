import type { RiskChange, RiskSort } from '../../stores/risk-store';
import type { SuggestedRisk } from './suggested-risks';

/** A risk as the Risks tab shows it to one viewer. */
export interface RiskView {
  id: string;
  /** Send it back with a change: a change on an older version is refused as a conflict. */
  version: number;
  title: string;
  description: string;
  probability: number;
  impact: number;
  score: number;
  owner: { accountId: string; displayName: string } | null;
  mitigation: string;
  status: 'open' | 'mitigating' | 'closed';
  reviewedAt: string | null;
  reviewedBy: string | null;
  /** Cut to the issues the viewer may see. */
  issueKeys: string[];
  /** The latest stored walk's `risk` codes for it (`stale`, `materialized`, ...). */
  findings: string[];
  /** Whether this viewer may change it (a TPM, an administrator, or its owner). */
  canChange: boolean;
}

export interface RiskPage {
  risks: RiskView[];
  nextCursor: string | null;
  /** Open (and mitigating) risks per cell: heat[probability - 1][impact - 1], over the whole register. */
  heat: number[][];
  total: number;
  canCreate: boolean;
  /** What the latest walk proposes for the register (TPMs only; a member gets none). */
  suggestions: SuggestedRisk[];
}

export interface RiskFieldsPayload {
  title: string;
  description?: string;
  mitigation?: string;
  probability: number;
  impact: number;
  owner?: string | null;
  issueKeys?: string[];
}

export interface RiskResolvers {
  listRisks: { payload: { sort?: RiskSort; cursor?: string; limit?: number }; response: RiskPage };
  saveRisk: { payload: RiskFieldsPayload & { id?: string; version?: number }; response: RiskView };
  setRiskStatus: { payload: { id: string; version: number; status: RiskView['status'] }; response: RiskView };
  reviewRisk: { payload: { id: string; version: number }; response: RiskView };
  linkRisk: { payload: { id: string; version: number; add?: string[]; remove?: string[] }; response: RiskView };
  riskHistory: { payload: { id: string }; response: RiskChange[] };
  acceptRiskSuggestion: { payload: { cause: string }; response: RiskView };
  dismissRiskSuggestion: { payload: { cause: string }; response: { dismissed: string } };
}

export type { RiskChange, RiskSort, SuggestedRisk };
