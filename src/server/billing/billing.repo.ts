import { and, eq, gt, gte, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { db } from '@/db/instance';
import { clinicBilling } from '@/db/schema/billing';
import { clinics, memberships } from '@/db/schema/clinics';
import { staffInvitations } from '@/db/schema/invitations';
import { appointments } from '@/db/schema/scheduling';

export type ClinicBillingRow = typeof clinicBilling.$inferSelect;

export async function findClinicBilling(clinicId: string, executor?: Db): Promise<ClinicBillingRow | undefined> {
  const [row] = await (executor ?? (await db())).select().from(clinicBilling).where(eq(clinicBilling.clinicId, clinicId)).limit(1);
  return row;
}

export async function findClinicTimeZone(clinicId: string): Promise<string | undefined> {
  const [row] = await (await db()).select({ timeZone: clinics.timeZone }).from(clinics).where(eq(clinics.id, clinicId)).limit(1);
  return row?.timeZone;
}

export async function findClinicName(clinicId: string): Promise<string | undefined> {
  const [row] = await (await db()).select({ name: clinics.name }).from(clinics).where(eq(clinics.id, clinicId)).limit(1);
  return row?.name;
}

/** Creates the clinic's billing row if missing, then applies the change. */
export async function upsertClinicBilling(clinicId: string, change: Partial<Omit<ClinicBillingRow, 'clinicId'>>, executor?: Db): Promise<void> {
  await (executor ?? (await db()))
    .insert(clinicBilling)
    .values({ clinicId, ...change })
    .onConflictDoUpdate({ target: clinicBilling.clinicId, set: { ...change, updatedAt: new Date() } });
}

/** Seats in use: active clinicians plus clinician invitations still open (each may become one). */
export async function countClinicianSeats(clinicId: string, now: Date, executor?: Db): Promise<number> {
  const handle = executor ?? (await db());
  const [members] = await handle
    .select({ n: sql<number>`count(distinct ${memberships.userId})::int` })
    .from(memberships)
    .where(and(eq(memberships.clinicId, clinicId), eq(memberships.role, 'clinician'), eq(memberships.status, 'active')));
  const [invited] = await handle
    .select({ n: sql<number>`count(*)::int` })
    .from(staffInvitations)
    .where(and(eq(staffInvitations.clinicId, clinicId), eq(staffInvitations.role, 'clinician'), isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt), gt(staffInvitations.expiresAt, now)));
  return (members?.n ?? 0) + (invited?.n ?? 0);
}

export async function countActiveClinicians(clinicId: string): Promise<number> {
  const [row] = await (await db())
    .select({ n: sql<number>`count(distinct ${memberships.userId})::int` })
    .from(memberships)
    .where(and(eq(memberships.clinicId, clinicId), eq(memberships.role, 'clinician'), eq(memberships.status, 'active')));
  return row?.n ?? 0;
}

/** A member with no active staff role whose clinician membership is deactivated: reactivating may restore it. */
export async function hasDeactivatedClinicianRole(clinicId: string, userId: string): Promise<boolean> {
  const rows = await (await db())
    .select({ role: memberships.role, status: memberships.status })
    .from(memberships)
    .where(and(eq(memberships.clinicId, clinicId), eq(memberships.userId, userId), inArray(memberships.role, ['clinician', 'clinic_admin'])));
  return !rows.some((r) => r.status === 'active') && rows.some((r) => r.role === 'clinician');
}

export async function isActiveClinician(clinicId: string, userId: string): Promise<boolean> {
  const [row] = await (await db())
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.clinicId, clinicId), eq(memberships.userId, userId), eq(memberships.role, 'clinician'), eq(memberships.status, 'active')))
    .limit(1);
  return Boolean(row);
}

/** Visits starting in [from, to) that still stand (cancelled ones give their place back). */
export async function countVisitsIn(clinicId: string, from: Date, to: Date): Promise<number> {
  const [row] = await (await db())
    .select({ n: sql<number>`count(*)::int` })
    .from(appointments)
    .where(and(eq(appointments.clinicId, clinicId), gte(appointments.startsAt, from), lt(appointments.startsAt, to), ne(appointments.status, 'cancelled')));
  return row?.n ?? 0;
}

export async function findClinicByStripeRef(ref: { clinicId?: string; customerId?: string; accountId?: string }, executor: Db): Promise<string | undefined> {
  const conditions = [
    ref.clinicId && /^[0-9a-f-]{36}$/i.test(ref.clinicId) ? eq(clinicBilling.clinicId, ref.clinicId) : undefined,
    ref.customerId ? eq(clinicBilling.stripeCustomerId, ref.customerId) : undefined,
    ref.accountId ? eq(clinicBilling.connectAccountId, ref.accountId) : undefined,
  ].filter((c) => c !== undefined);
  for (const condition of conditions) {
    const [row] = await executor.select({ clinicId: clinicBilling.clinicId }).from(clinicBilling).where(condition).limit(1);
    if (row) return row.clinicId;
  }
  if (ref.clinicId && /^[0-9a-f-]{36}$/i.test(ref.clinicId)) {
    const [clinic] = await executor.select({ id: clinics.id }).from(clinics).where(inArray(clinics.id, [ref.clinicId])).limit(1);
    return clinic?.id;
  }
  return undefined;
}
