import { and, eq } from 'drizzle-orm';
import { db } from '@/db/instance';
import { allergies, medications, observations, patients, problems } from '@/db/schema/patients';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';
import type { EntryKind } from './chart-entry.schemas';

/*
 * Chart writes. Each change and its audit event commit together or not at all; every statement is scoped by clinic
 * and patient, so an entry id from another chart changes nothing.
 */

type Scope = { clinicId: string; patientId: string };

async function withAudit<T>(audit: AuditEventRow, work: (tx: Awaited<ReturnType<typeof db>>) => Promise<T>): Promise<T> {
  return (await db()).transaction(async (tx) => {
    const result = await work(tx);
    await insertAuditEvent(audit, tx);
    return result;
  });
}

export async function insertProblem(row: typeof problems.$inferInsert, audit: AuditEventRow): Promise<string> {
  return withAudit(audit, async (tx) => (await tx.insert(problems).values(row).returning({ id: problems.id }))[0]!.id);
}

export async function insertAllergy(row: typeof allergies.$inferInsert, audit: AuditEventRow): Promise<string> {
  return withAudit(audit, async (tx) => (await tx.insert(allergies).values(row).returning({ id: allergies.id }))[0]!.id);
}

export async function insertMedication(row: typeof medications.$inferInsert, audit: AuditEventRow): Promise<string> {
  return withAudit(audit, async (tx) => (await tx.insert(medications).values(row).returning({ id: medications.id }))[0]!.id);
}

export async function insertObservation(row: typeof observations.$inferInsert, audit: AuditEventRow): Promise<string> {
  return withAudit(audit, async (tx) => (await tx.insert(observations).values(row).returning({ id: observations.id }))[0]!.id);
}

const tables = { problem: problems, allergy: allergies, medication: medications } as const;

/** Marks a patient-reported entry confirmed; false when no such entry is in this chart. */
export async function confirmEntry(scope: Scope, kind: EntryKind, entryId: string, userId: string, audit: AuditEventRow): Promise<boolean> {
  const table = tables[kind];
  return (await db()).transaction(async (tx) => {
    const rows = await tx
      .update(table)
      .set({ verification: 'confirmed', updatedAt: new Date(), recordedByUserId: userId })
      .where(and(eq(table.clinicId, scope.clinicId), eq(table.patientId, scope.patientId), eq(table.id, entryId)))
      .returning({ id: table.id });
    if (rows.length === 0) return false;
    await insertAuditEvent(audit, tx);
    return true;
  });
}

export async function setProblemStatus(scope: Scope, entryId: string, status: 'active' | 'resolved', audit: AuditEventRow): Promise<boolean> {
  return (await db()).transaction(async (tx) => {
    const rows = await tx
      .update(problems)
      .set({ status, updatedAt: new Date() })
      .where(and(eq(problems.clinicId, scope.clinicId), eq(problems.patientId, scope.patientId), eq(problems.id, entryId)))
      .returning({ id: problems.id });
    if (rows.length === 0) return false;
    await insertAuditEvent(audit, tx);
    return true;
  });
}

export async function setMedicationStatus(scope: Scope, entryId: string, status: 'active' | 'stopped', audit: AuditEventRow): Promise<boolean> {
  return (await db()).transaction(async (tx) => {
    const rows = await tx
      .update(medications)
      .set({ status, updatedAt: new Date() })
      .where(and(eq(medications.clinicId, scope.clinicId), eq(medications.patientId, scope.patientId), eq(medications.id, entryId)))
      .returning({ id: medications.id });
    if (rows.length === 0) return false;
    await insertAuditEvent(audit, tx);
    return true;
  });
}

export interface ContactUpdate {
  email?: string | null;
  phone?: string | null;
  addressLine?: string | null;
  city?: string | null;
  postalCode?: string | null;
}

export async function updateContact(scope: Scope, contact: ContactUpdate, audit: AuditEventRow): Promise<void> {
  await withAudit(audit, (tx) =>
    tx
      .update(patients)
      .set({ ...contact, updatedAt: new Date() })
      .where(and(eq(patients.clinicId, scope.clinicId), eq(patients.id, scope.patientId))),
  );
}
