import { and, asc, desc, eq } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { visitTypes } from '@/db/schema/clinics';
import { allergies, medications, observations, patientDocuments, patients, problems } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';

/** The patient row in a clinic, or undefined: another clinic's patient is simply not found. */
export async function findPatientInClinic(clinicId: string, patientId: string) {
  const [row] = await (await db())
    .select({
      id: patients.id,
      clinicId: patients.clinicId,
      userId: patients.userId,
      recordNumber: patients.recordNumber,
      givenName: patients.givenName,
      familyName: patients.familyName,
      dateOfBirth: patients.dateOfBirth,
      sexAtBirth: patients.sexAtBirth,
      email: patients.email,
      phone: patients.phone,
      addressLine: patients.addressLine,
      city: patients.city,
      postalCode: patients.postalCode,
    })
    .from(patients)
    .where(and(eq(patients.clinicId, clinicId), eq(patients.id, patientId)))
    .limit(1);
  return row;
}
export type PatientRow = NonNullable<Awaited<ReturnType<typeof findPatientInClinic>>>;

/** Observations and visits are capped: a chart screen shows recent history, and a decade of vitals stays bounded. */
const MAX_OBSERVATIONS = 1000;
const MAX_VISITS = 200;

/** Every section of a chart, each scoped by clinic and patient. */
export async function loadChartSections(clinicId: string, patientId: string) {
  const database = await db();
  const of = (table: { clinicId: AnyPgColumn; patientId: AnyPgColumn }) =>
    and(eq(table.clinicId, clinicId), eq(table.patientId, patientId));
  const [problemRows, allergyRows, medicationRows, observationRows, documentRows, visitRows] = await Promise.all([
    database.select().from(problems).where(of(problems)).orderBy(asc(problems.status), desc(problems.createdAt)),
    database.select().from(allergies).where(of(allergies)).orderBy(desc(allergies.createdAt)),
    database.select().from(medications).where(of(medications)).orderBy(asc(medications.status), desc(medications.createdAt)),
    database.select().from(observations).where(of(observations)).orderBy(desc(observations.effectiveAt)).limit(MAX_OBSERVATIONS),
    database
      .select({
        id: patientDocuments.id,
        title: patientDocuments.title,
        fileName: patientDocuments.fileName,
        contentType: patientDocuments.contentType,
        sizeBytes: patientDocuments.sizeBytes,
        createdAt: patientDocuments.createdAt,
      })
      .from(patientDocuments)
      .where(of(patientDocuments))
      .orderBy(desc(patientDocuments.createdAt)),
    database
      .select({
        id: appointments.id,
        startsAt: appointments.startsAt,
        endsAt: appointments.endsAt,
        status: appointments.status,
        reason: appointments.reason,
        visitType: visitTypes.name,
        mode: visitTypes.mode,
        clinicianName: users.name,
      })
      .from(appointments)
      .innerJoin(visitTypes, eq(visitTypes.id, appointments.visitTypeId))
      .leftJoin(users, eq(users.id, appointments.clinicianUserId))
      .where(of(appointments))
      .orderBy(desc(appointments.startsAt))
      .limit(MAX_VISITS),
  ]);
  return { problemRows, allergyRows, medicationRows, observationRows, documentRows, visitRows };
}
