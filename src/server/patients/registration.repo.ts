import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/instance';
import { clinics, memberships } from '@/db/schema/clinics';
import { patients } from '@/db/schema/patients';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';
import { recordPrefixOf } from './registration.schemas';

/** Patients of a clinic born on a date: the candidates for a duplicate (names are compared normalized, in code). */
export async function patientsBornOn(clinicId: string, dateOfBirth: string) {
  return (await db())
    .select({ id: patients.id, givenName: patients.givenName, familyName: patients.familyName, recordNumber: patients.recordNumber })
    .from(patients)
    .where(and(eq(patients.clinicId, clinicId), eq(patients.dateOfBirth, dateOfBirth)));
}

export async function findClinic(clinicId: string) {
  const [row] = await (await db()).select({ id: clinics.id, name: clinics.name, slug: clinics.slug }).from(clinics).where(eq(clinics.id, clinicId)).limit(1);
  return row;
}

export async function hasPatientMembership(userId: string, clinicId: string): Promise<boolean> {
  const [row] = await (await db())
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.clinicId, clinicId), eq(memberships.role, 'patient'), eq(memberships.status, 'active')))
    .limit(1);
  return Boolean(row);
}

export type NewPatient = Omit<typeof patients.$inferInsert, 'recordNumber' | 'clinicId' | 'id'> & { id: string };
type Tx = Parameters<Parameters<Awaited<ReturnType<typeof db>>['transaction']>[0]>[0];

/**
 * The clinic's next record number, under a transaction-scoped lock per clinic so two registrations never get the
 * same one: the prefix its newest record number uses (or the slug's initials), then the highest number plus one.
 */
async function nextRecordNumber(tx: Tx, clinicId: string): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`patients:${clinicId}`}))`);
  const [latest] = await tx
    .select({ recordNumber: patients.recordNumber, slug: clinics.slug })
    .from(clinics)
    .leftJoin(patients, and(eq(patients.clinicId, clinics.id), sql`${patients.recordNumber} ~ '^[A-Z]+-[0-9]+$'`))
    .where(eq(clinics.id, clinicId))
    .orderBy(sql`${patients.createdAt} desc nulls last`)
    .limit(1);
  const prefix = latest?.recordNumber?.split('-')[0] ?? recordPrefixOf(latest?.slug ?? '');
  const [max] = await tx
    .select({ n: sql<number | null>`max(substring(${patients.recordNumber} from ${`^${prefix}-([0-9]+)$`})::bigint)` })
    .from(patients)
    .where(eq(patients.clinicId, clinicId));
  return `${prefix}-${String(Number(max?.n ?? 0) + 1).padStart(6, '0')}`;
}

/** A staff registration: the patient with a new record number and its audit event, together. */
export async function insertRegisteredPatient(clinicId: string, patient: NewPatient, audit: AuditEventRow): Promise<string> {
  return (await db()).transaction(async (tx) => {
    const recordNumber = await nextRecordNumber(tx, clinicId);
    await tx.insert(patients).values({ ...patient, clinicId, recordNumber });
    await insertAuditEvent(audit, tx);
    return recordNumber;
  });
}

/** Self-registration: the patient record, the person's patient membership and the audit event, together. */
export async function insertSelfRegistration(clinicId: string, patient: NewPatient & { userId: string }, audit: AuditEventRow): Promise<string> {
  return (await db()).transaction(async (tx) => {
    const recordNumber = await nextRecordNumber(tx, clinicId);
    await tx.insert(patients).values({ ...patient, clinicId, recordNumber });
    await tx
      .insert(memberships)
      .values({ userId: patient.userId, clinicId, role: 'patient' })
      .onConflictDoUpdate({ target: [memberships.userId, memberships.clinicId, memberships.role], set: { status: 'active', deactivatedAt: null } });
    await insertAuditEvent(audit, tx);
    return recordNumber;
  });
}
