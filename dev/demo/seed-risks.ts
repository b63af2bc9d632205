import { RiskStore, type RiskRecord } from '../../src/stores/risk-store';

interface DemoRisk {
  id: string;
  title: string;
  probability: number;
  impact: number;
  owner: string | null;
  mitigation: string;
  status: RiskRecord['status'];
  reviewedAt: string | null;
  issueKeys: string[];
}

/**
 * The demo's register (delivery-demo.ts) written through the app's own risk store, as the TPM
 * would have filled it in on the Risks tab, so the preview's walk checks it.
 */
export async function seedDemoRisks(
  project: string,
  risks: readonly DemoRisk[],
  tpm: string,
  at: string,
): Promise<number> {
  const store = new RiskStore();
  for (const r of risks) {
    const record: RiskRecord = {
      ...r,
      description: '',
      reviewedBy: r.reviewedAt ? tpm : null,
      createdAt: at,
      createdBy: tpm,
      updatedAt: at,
      updatedBy: tpm,
    };
    await store.write(project, record, null, { at, by: tpm, action: 'created', fields: {} });
  }
  return risks.length;
}
