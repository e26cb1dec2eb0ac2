import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { visitPayments } from '@/db/schema/billing';
import { memberships } from '@/db/schema/clinics';
import { patients } from '@/db/schema/patients';
import { appointments, workingHours } from '@/db/schema/scheduling';

/* Aggregate queries only: counts and sums per day or clinician, never a patient row. */

export async function appointmentsPerDay(clinicId: string, timeZone: string, from: Date, to: Date) {
  const day = sql<string>`to_char(${appointments.startsAt} AT TIME ZONE ${timeZone}, 'YYYY-MM-DD')`;
  return (await db())
    .select({
      day,
      total: sql<number>`count(*)::int`,
      cancelled: sql<number>`(count(*) FILTER (WHERE ${appointments.status} = 'cancelled'))::int`,
      noShow: sql<number>`(count(*) FILTER (WHERE ${appointments.status} = 'no_show'))::int`,
      attended: sql<number>`(count(*) FILTER (WHERE ${appointments.status} IN ('arrived', 'completed')))::int`,
    })
    .from(appointments)
    .where(and(eq(appointments.clinicId, clinicId), gte(appointments.startsAt, from), lt(appointments.startsAt, to)))
    // By position: the zone is a bound parameter, and PostgreSQL does not match $1 in SELECT with $3 in GROUP BY.
    .groupBy(sql`1`)
    .orderBy(sql`1`);
}

/** Booked minutes (visits that were not cancelled) per clinician in the range. */
export async function bookedMinutesByClinician(clinicId: string, from: Date, to: Date) {
  return (await db())
    .select({
      clinicianId: appointments.clinicianUserId,
      name: users.name,
      minutes: sql<number>`(sum(extract(epoch FROM ${appointments.endsAt} - ${appointments.startsAt})) / 60)::int`,
    })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.clinicianUserId))
    .where(and(eq(appointments.clinicId, clinicId), gte(appointments.startsAt, from), lt(appointments.startsAt, to), sql`${appointments.status} <> 'cancelled'`))
    .groupBy(appointments.clinicianUserId, users.name);
}

/** Weekly working hours per clinician and weekday, in minutes. */
export async function weeklyWorkingMinutes(clinicId: string) {
  return (await db())
    .select({
      clinicianId: workingHours.clinicianUserId,
      name: users.name,
      weekday: workingHours.weekday,
      minutes: sql<number>`(sum(extract(epoch FROM ${workingHours.endsAt} - ${workingHours.startsAt})) / 60)::int`,
    })
    .from(workingHours)
    .innerJoin(users, eq(users.id, workingHours.clinicianUserId))
    .where(eq(workingHours.clinicId, clinicId))
    .groupBy(workingHours.clinicianUserId, users.name, workingHours.weekday);
}

export async function newPatientsPerDay(clinicId: string, timeZone: string, from: Date, to: Date) {
  const day = sql<string>`to_char(${patients.createdAt} AT TIME ZONE ${timeZone}, 'YYYY-MM-DD')`;
  return (await db())
    .select({ day, count: sql<number>`count(*)::int` })
    .from(patients)
    .where(and(eq(patients.clinicId, clinicId), gte(patients.createdAt, from), lt(patients.createdAt, to)))
    // By position: the zone is a bound parameter, and PostgreSQL does not match $1 in SELECT with $3 in GROUP BY.
    .groupBy(sql`1`)
    .orderBy(sql`1`);
}

export async function staffByRole(clinicId: string) {
  return (await db())
    .select({ role: memberships.role, status: memberships.status, count: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.clinicId, clinicId), sql`${memberships.role} <> 'patient'`))
    .groupBy(memberships.role, memberships.status);
}

/**
 * Visit payments collected per clinic-local day and currency (by the time they were paid, refunded ones included,
 * since the money was taken), and what was refunded in the range: sums only, never a payment row.
 */
export async function revenuePerDay(clinicId: string, timeZone: string, from: Date, to: Date) {
  const day = sql<string>`to_char(${visitPayments.paidAt} AT TIME ZONE ${timeZone}, 'YYYY-MM-DD')`;
  return (await db())
    .select({ day, currency: visitPayments.currency, collectedMinor: sql<number>`sum(${visitPayments.amountMinor})::int`, feesMinor: sql<number>`sum(${visitPayments.platformFeeMinor})::int`, payments: sql<number>`count(*)::int` })
    .from(visitPayments)
    .where(and(eq(visitPayments.clinicId, clinicId), inArray(visitPayments.status, ['paid', 'refunded']), gte(visitPayments.paidAt, from), lt(visitPayments.paidAt, to)))
    .groupBy(sql`1`, visitPayments.currency)
    .orderBy(sql`1`);
}

export async function refundsInRange(clinicId: string, from: Date, to: Date) {
  return (await db())
    .select({ currency: visitPayments.currency, refundedMinor: sql<number>`sum(${visitPayments.amountMinor})::int`, refunds: sql<number>`count(*)::int` })
    .from(visitPayments)
    .where(and(eq(visitPayments.clinicId, clinicId), eq(visitPayments.status, 'refunded'), gte(visitPayments.refundedAt, from), lt(visitPayments.refundedAt, to)))
    .groupBy(visitPayments.currency);
}
