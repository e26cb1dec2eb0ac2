import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/instance';
import { clinics, openingHours, visitTypes } from '@/db/schema/clinics';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';
import type { ClinicSettingsInput, OpeningHoursInput, VisitTypeInput } from './clinic-settings.schemas';

export async function findClinicSettings(clinicId: string) {
  const [row] = await (await db())
    .select({
      id: clinics.id,
      slug: clinics.slug,
      name: clinics.name,
      addressLine: clinics.addressLine,
      city: clinics.city,
      region: clinics.region,
      postalCode: clinics.postalCode,
      country: clinics.country,
      phone: clinics.phone,
      timeZone: clinics.timeZone,
      cancellationNoticeHours: clinics.cancellationNoticeHours,
      slotStepMinutes: clinics.slotStepMinutes,
      bookingHorizonDays: clinics.bookingHorizonDays,
    })
    .from(clinics)
    .where(eq(clinics.id, clinicId))
    .limit(1);
  return row;
}

export async function findOpeningHours(clinicId: string) {
  return (await db())
    .select({ weekday: openingHours.weekday, opensAt: openingHours.opensAt, closesAt: openingHours.closesAt })
    .from(openingHours)
    .where(eq(openingHours.clinicId, clinicId))
    .orderBy(asc(openingHours.weekday));
}

export async function findVisitTypes(clinicId: string) {
  return (await db())
    .select({
      id: visitTypes.id,
      name: visitTypes.name,
      durationMinutes: visitTypes.durationMinutes,
      mode: visitTypes.mode,
      priceMinor: visitTypes.priceMinor,
      currency: visitTypes.currency,
      bufferBeforeMinutes: visitTypes.bufferBeforeMinutes,
      bufferAfterMinutes: visitTypes.bufferAfterMinutes,
      active: visitTypes.active,
    })
    .from(visitTypes)
    .where(eq(visitTypes.clinicId, clinicId))
    .orderBy(asc(visitTypes.name));
}

export async function updateClinicSettings(clinicId: string, input: ClinicSettingsInput, audit: AuditEventRow): Promise<void> {
  await (await db()).transaction(async (tx) => {
    await tx.update(clinics).set({ ...input, updatedAt: new Date() }).where(eq(clinics.id, clinicId));
    await insertAuditEvent(audit, tx);
  });
}

/** The week's hours are replaced as a whole: a half-saved week is never visible. */
export async function replaceOpeningHours(clinicId: string, input: OpeningHoursInput, audit: AuditEventRow): Promise<void> {
  await (await db()).transaction(async (tx) => {
    await tx.delete(openingHours).where(eq(openingHours.clinicId, clinicId));
    const open = input.days.filter((d) => !d.closed);
    if (open.length > 0) {
      await tx.insert(openingHours).values(open.map((d) => ({ clinicId, weekday: d.weekday, opensAt: d.opensAt!, closesAt: d.closesAt! })));
    }
    await insertAuditEvent(audit, tx);
  });
}

/** Creates or updates (only within the clinic); undefined when the id is not this clinic's. */
export async function saveVisitType(clinicId: string, input: VisitTypeInput, audit: (id: string) => AuditEventRow): Promise<string | undefined> {
  const { id, ...values } = input;
  return (await db()).transaction(async (tx) => {
    const [row] = id
      ? await tx.update(visitTypes).set(values).where(and(eq(visitTypes.id, id), eq(visitTypes.clinicId, clinicId))).returning({ id: visitTypes.id })
      : await tx.insert(visitTypes).values({ ...values, clinicId }).returning({ id: visitTypes.id });
    if (!row) return undefined;
    await insertAuditEvent(audit(row.id), tx);
    return row.id;
  });
}

export async function deleteVisitType(clinicId: string, id: string, audit: AuditEventRow): Promise<boolean> {
  return (await db()).transaction(async (tx) => {
    const rows = await tx.delete(visitTypes).where(and(eq(visitTypes.id, id), eq(visitTypes.clinicId, clinicId))).returning({ id: visitTypes.id });
    if (rows.length === 0) return false;
    await insertAuditEvent(audit, tx);
    return true;
  });
}
