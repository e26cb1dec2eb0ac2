import { visitTypes } from '@/db/schema/clinics';
import { allergies, medications } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';
import { createPatientsFixture, type PatientsFixture } from '@/server/patients/testing/fixtures.repo';

/** Test support only: the patients fixture plus one upcoming visit of patient A with the Riverside clinician. */
export interface VisitsFixture extends PatientsFixture {
  appointmentId: string;
  /** A visit of patient B (another patient of the same clinic). */
  otherAppointmentId: string;
  /** A later visit of patient A, for tests that cancel it. */
  cancelledAppointmentId: string;
}

export async function createVisitsFixture(): Promise<VisitsFixture> {
  const f = await createPatientsFixture();
  const [vt] = await f.handle.db
    .insert(visitTypes)
    .values({ clinicId: f.riverside, name: 'Consultation', durationMinutes: 20, mode: 'in_person', priceMinor: 0, currency: 'USD' })
    .returning({ id: visitTypes.id });
  // One clock reading for every time, so a visit never starts before the time it blocks (appointments_time_order).
  const base = Date.now();
  const at = (hours: number) => new Date(base + hours * 3600_000);
  const row = (patientId: string, h: number) => ({
    clinicId: f.riverside, patientId, clinicianUserId: f.clinician.userId, visitTypeId: vt!.id,
    startsAt: at(h), endsAt: at(h + 0.3), blockedFrom: at(h), blockedUntil: at(h + 0.3),
  });
  const [a, b, c] = await f.handle.db.insert(appointments).values([row(f.patientA.patientId, 24), row(f.patientB.patientId, 26), row(f.patientA.patientId, 48)]).returning({ id: appointments.id });
  await f.handle.db.insert(medications).values({ clinicId: f.riverside, patientId: f.patientA.patientId, genericName: 'simvastatin', dose: '40 mg', route: 'oral', frequency: 'nightly' });
  await f.handle.db.insert(allergies).values({ clinicId: f.riverside, patientId: f.patientA.patientId, substance: 'Penicillin', reaction: 'Hives', severity: 'moderate' });
  return { ...f, appointmentId: a!.id, otherAppointmentId: b!.id, cancelledAppointmentId: c!.id };
}
