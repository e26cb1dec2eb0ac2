import { auditChainVerifier, type ClinicChainResult } from './audit-chain';
import { auditChainRows, clinicNames } from './audit-chain.repo';

export interface AuditVerification {
  ok: boolean;
  rowsChecked: number;
  chains: (ClinicChainResult & { clinicName: string | null })[];
}

/** Walks the whole audit trail in seq order and checks every clinic's chain. */
export async function verifyAuditLog(): Promise<AuditVerification> {
  const verifier = auditChainVerifier();
  let rowsChecked = 0;
  for await (const batch of auditChainRows()) {
    for (const row of batch) verifier.check(row);
    rowsChecked += batch.length;
  }
  const names = await clinicNames();
  const chains = verifier.results().map((c) => ({ ...c, clinicName: c.clinicId ? (names.get(c.clinicId) ?? null) : null }));
  return { ok: chains.every((c) => c.broken === null), rowsChecked, chains };
}
