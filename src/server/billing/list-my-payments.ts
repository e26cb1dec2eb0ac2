import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { patientPaymentSchema, type PatientPayment } from './billing.schemas';
import { formatMoney } from './money';
import { requireOwnPatient } from './patient-billing-access';
import { listPatientPayments } from './visit-payments.repo';

/** The signed-in patient's visit payments at their active clinic: due, paid, refunded. */
export async function listMyPayments(principal: Principal): Promise<PatientPayment[]> {
  const { clinicId, patientId } = await requireOwnPatient(principal, 'visit_payment.list');
  const rows = await listPatientPayments(clinicId, patientId);
  await insertAuditEvent(auditEventOf(principal, { action: 'visit_payment.list', entityType: 'patient', entityId: patientId }, 'allowed'));
  return rows.map((row) =>
    patientPaymentSchema.parse({
      id: row.id,
      status: row.status,
      amount: formatMoney(row.amountMinor, row.currency),
      visitTypeName: row.visitTypeName,
      timeZone: row.timeZone,
      startsAt: row.startsAt.toISOString(),
      holdExpiresAt: row.holdExpiresAt.toISOString(),
      paidAt: row.paidAt?.toISOString() ?? null,
      refundedAt: row.refundedAt?.toISOString() ?? null,
    }),
  );
}
