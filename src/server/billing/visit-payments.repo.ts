import { and, desc, eq, lte } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { db } from '@/db/instance';
import { visitPayments } from '@/db/schema/billing';
import { clinics, visitTypes } from '@/db/schema/clinics';
import { patients } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';
import { users } from '@/db/schema/auth';
import { insertAuditEvent } from '@/server/audit/audit.repo';

export type VisitPaymentRow = typeof visitPayments.$inferSelect;

const systemAudit = (clinicId: string, action: string, appointmentId: string) => ({
  clinicId,
  actorUserId: null,
  actingRole: null,
  action,
  entityType: 'appointment',
  entityId: appointmentId,
  outcome: 'allowed' as const,
  requestId: null,
});

export async function findVisitPrice(clinicId: string, visitTypeId: string): Promise<{ priceMinor: number; currency: string } | undefined> {
  const [row] = await (await db())
    .select({ priceMinor: visitTypes.priceMinor, currency: visitTypes.currency })
    .from(visitTypes)
    .where(and(eq(visitTypes.clinicId, clinicId), eq(visitTypes.id, visitTypeId)))
    .limit(1);
  return row;
}

export async function insertVisitPayment(row: typeof visitPayments.$inferInsert): Promise<string> {
  return (await db()).transaction(async (tx) => {
    const [inserted] = await tx.insert(visitPayments).values(row).returning({ id: visitPayments.id });
    await insertAuditEvent(systemAudit(row.clinicId, 'visit_payment.hold', row.appointmentId), tx);
    return inserted!.id;
  });
}

export async function findVisitPayment(clinicId: string, paymentId: string): Promise<VisitPaymentRow | undefined> {
  const [row] = await (await db()).select().from(visitPayments).where(and(eq(visitPayments.clinicId, clinicId), eq(visitPayments.id, paymentId))).limit(1);
  return row;
}

export async function findPaymentOfAppointment(clinicId: string, appointmentId: string): Promise<VisitPaymentRow | undefined> {
  const [row] = await (await db()).select().from(visitPayments).where(and(eq(visitPayments.clinicId, clinicId), eq(visitPayments.appointmentId, appointmentId))).limit(1);
  return row;
}

export async function saveCheckoutSession(paymentId: string, sessionId: string, url: string): Promise<void> {
  await (await db()).update(visitPayments).set({ checkoutSessionId: sessionId, checkoutUrl: url, updatedAt: new Date() }).where(eq(visitPayments.id, paymentId));
}

/** A patient's payments in a clinic, newest first, with what the screen shows about the visit. */
export async function listPatientPayments(clinicId: string, patientId: string) {
  return (await db())
    .select({
      id: visitPayments.id,
      status: visitPayments.status,
      amountMinor: visitPayments.amountMinor,
      currency: visitPayments.currency,
      holdExpiresAt: visitPayments.holdExpiresAt,
      paidAt: visitPayments.paidAt,
      refundedAt: visitPayments.refundedAt,
      paymentIntentId: visitPayments.paymentIntentId,
      startsAt: appointments.startsAt,
      visitTypeName: visitTypes.name,
      timeZone: clinics.timeZone,
    })
    .from(visitPayments)
    .innerJoin(appointments, eq(appointments.id, visitPayments.appointmentId))
    .innerJoin(visitTypes, eq(visitTypes.id, appointments.visitTypeId))
    .innerJoin(clinics, eq(clinics.id, visitPayments.clinicId))
    .where(and(eq(visitPayments.clinicId, clinicId), eq(visitPayments.patientId, patientId)))
    .orderBy(desc(visitPayments.createdAt))
    .limit(100);
}

/** checkout.session.completed (payment mode): paid if still held; 'late' when the hold had already expired (refund it). */
export async function markVisitPaid(tx: Db, paymentId: string, paymentIntentId: string | null, now: Date): Promise<'paid' | 'late' | 'no change'> {
  const [row] = await tx.select().from(visitPayments).where(eq(visitPayments.id, paymentId)).limit(1).for('update');
  if (!row) return 'no change';
  if (row.status === 'expired' || row.status === 'cancelled') {
    await tx.update(visitPayments).set({ paymentIntentId, updatedAt: now }).where(eq(visitPayments.id, paymentId));
    return 'late';
  }
  if (row.status !== 'pending_payment') return 'no change';
  await tx.update(visitPayments).set({ status: 'paid', paymentIntentId, paidAt: now, updatedAt: now }).where(eq(visitPayments.id, paymentId));
  await insertAuditEvent(systemAudit(row.clinicId, 'visit_payment.paid', row.appointmentId), tx);
  return 'paid';
}

/**
 * Ends one hold: the payment expires and its appointment is cancelled, which takes it out of the
 * double-booking constraint and frees the slot. Only a payment still pending is touched.
 */
export async function expireHold(tx: Db, row: VisitPaymentRow, now: Date): Promise<void> {
  await tx.update(visitPayments).set({ status: 'expired', updatedAt: now }).where(and(eq(visitPayments.id, row.id), eq(visitPayments.status, 'pending_payment')));
  await tx
    .update(appointments)
    .set({ status: 'cancelled', cancelledAt: now, updatedAt: now })
    .where(and(eq(appointments.id, row.appointmentId), eq(appointments.clinicId, row.clinicId), eq(appointments.status, 'booked')));
  await insertAuditEvent(systemAudit(row.clinicId, 'visit_payment.expire', row.appointmentId), tx);
}

/** The next due hold, claimed with SKIP LOCKED so instances sweeping together share the work. */
export async function expireNextDueHold(now: Date): Promise<VisitPaymentRow | undefined> {
  return (await db()).transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(visitPayments)
      .where(and(eq(visitPayments.status, 'pending_payment'), lte(visitPayments.holdExpiresAt, now)))
      .orderBy(visitPayments.holdExpiresAt)
      .limit(1)
      .for('update', { skipLocked: true });
    if (!row) return undefined;
    await expireHold(tx, row, now);
    return row;
  });
}

export async function findPendingBySession(tx: Db, sessionId: string): Promise<VisitPaymentRow | undefined> {
  const [row] = await tx.select().from(visitPayments).where(and(eq(visitPayments.checkoutSessionId, sessionId), eq(visitPayments.status, 'pending_payment'))).limit(1).for('update');
  return row;
}

export async function markRefunded(paymentIntentId: string, now: Date, executor?: Db): Promise<boolean> {
  const handle = executor ?? (await db());
  const rows = await handle
    .update(visitPayments)
    .set({ status: 'refunded', refundedAt: now, updatedAt: now })
    .where(and(eq(visitPayments.paymentIntentId, paymentIntentId), eq(visitPayments.status, 'paid')))
    .returning({ clinicId: visitPayments.clinicId, appointmentId: visitPayments.appointmentId });
  for (const row of rows) await insertAuditEvent(systemAudit(row.clinicId, 'visit_payment.refund', row.appointmentId), handle);
  return rows.length > 0;
}

export async function cancelPendingPayment(paymentId: string, now: Date): Promise<void> {
  await (await db()).update(visitPayments).set({ status: 'cancelled', updatedAt: now }).where(and(eq(visitPayments.id, paymentId), eq(visitPayments.status, 'pending_payment')));
}

/** Where a payment's receipt goes: the patient's own address, else their account's. */
export async function receiptAddressOf(
  paymentId: string,
): Promise<{ email: string | null; amountMinor: number; currency: string; startsAt: Date; visitTypeName: string; clinicName: string; timeZone: string } | undefined> {
  const [row] = await (await db())
    .select({
      patientEmail: patients.email,
      userEmail: users.email,
      amountMinor: visitPayments.amountMinor,
      currency: visitPayments.currency,
      startsAt: appointments.startsAt,
      visitTypeName: visitTypes.name,
      clinicName: clinics.name,
      timeZone: clinics.timeZone,
    })
    .from(visitPayments)
    .innerJoin(clinics, eq(clinics.id, visitPayments.clinicId))
    .innerJoin(patients, eq(patients.id, visitPayments.patientId))
    .leftJoin(users, eq(users.id, patients.userId))
    .innerJoin(appointments, eq(appointments.id, visitPayments.appointmentId))
    .innerJoin(visitTypes, eq(visitTypes.id, appointments.visitTypeId))
    .where(eq(visitPayments.id, paymentId))
    .limit(1);
  return row ? { ...row, email: row.patientEmail ?? row.userEmail } : undefined;
}

/** The visit a paid payment confirms, as the booking confirmation needs it; undefined unless it is still booked. */
export async function paidVisitOf(paymentId: string) {
  const [row] = await (await db())
    .select({
      id: appointments.id,
      clinicId: appointments.clinicId,
      patientId: appointments.patientId,
      clinicianUserId: appointments.clinicianUserId,
      visitTypeId: appointments.visitTypeId,
      start: appointments.startsAt,
      end: appointments.endsAt,
      status: appointments.status,
      timeZone: clinics.timeZone,
      cancellationNoticeHours: clinics.cancellationNoticeHours,
    })
    .from(visitPayments)
    .innerJoin(appointments, and(eq(appointments.id, visitPayments.appointmentId), eq(appointments.clinicId, visitPayments.clinicId)))
    .innerJoin(clinics, eq(clinics.id, visitPayments.clinicId))
    .where(and(eq(visitPayments.id, paymentId), eq(visitPayments.status, 'paid')))
    .limit(1);
  return row && row.status === 'booked' ? row : undefined;
}

export async function markReceiptSent(paymentId: string, now: Date): Promise<void> {
  await (await db()).update(visitPayments).set({ receiptSentAt: now }).where(eq(visitPayments.id, paymentId));
}
