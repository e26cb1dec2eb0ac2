import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema/audit';
import { visitTypes } from '@/db/schema/clinics';
import { prescriptions } from '@/db/schema/encounters';
import { medications, patients } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';
import { AppError } from '@/lib/errors';
import { createVisitsFixture, type VisitsFixture } from '@/server/encounters/testing/visits-fixture.repo';
import { getPrescriptionPdf } from './get-prescription-pdf';
import { listMyMedications } from './list-my-medications';
import { signPrescription } from './sign-prescription';

/**
 * "My medications": patient A is a patient of Riverside and of Harbor. Prescriptions are signed through the
 * prescribing use-case in both clinics; patient B's never show to A, and the PDF is A's own to print.
 */
let f: VisitsFixture;
const ids: Record<string, string> = {};
const rx = (drug: string) => ({ drug, dose: '10 mg', route: 'oral', frequency: 'once daily', durationDays: '30', quantity: '30', refills: '1' });
const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error('expected an AppError');
  return error;
};
const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.slice(0, 5)).toString() === '%PDF-';

beforeAll(async () => {
  f = await createVisitsFixture();
  // A's record at Harbor is linked to the same sign-in, with a visit there.
  await f.handle.db.update(patients).set({ userId: f.patientA.userId }).where(eq(patients.id, f.ids['HBP-000101']!));
  const [vt] = await f.handle.db.insert(visitTypes).values({ clinicId: f.harbor, name: 'Consultation', durationMinutes: 20, mode: 'video', priceMinor: 0, currency: 'GBP' }).returning({ id: visitTypes.id });
  const at = new Date(Date.now() + 30 * 3600_000);
  const until = new Date(at.getTime() + 20 * 60_000);
  const [visit] = await f.handle.db
    .insert(appointments)
    .values({ clinicId: f.harbor, patientId: f.ids['HBP-000101']!, clinicianUserId: f.harborClinician.userId, visitTypeId: vt!.id, startsAt: at, endsAt: until, blockedFrom: at, blockedUntil: until })
    .returning({ id: appointments.id });
  ids.harborVisit = visit!.id;
}, 120_000);

afterAll(async () => {
  await f.handle.close();
});

describe('my medications', () => {
  it('is empty for a patient with no prescriptions, medicines or allergies', async () => {
    expect(await listMyMedications(f.patientB)).toEqual({ current: [], past: [], otherMedicines: [], allergies: [] });
  });

  it('lists current and past prescriptions of every clinic the person is a patient of, other medicines and allergies, and nothing of another patient', async () => {
    ids.cetirizine = (await signPrescription(f.clinician, f.appointmentId, rx('cetirizine'))).id;
    ids.fexofenadine = (await signPrescription(f.clinician, f.appointmentId, rx('fexofenadine'))).id;
    ids.harbor = (await signPrescription(f.harborClinician, ids.harborVisit!, rx('loratadine'))).id;
    ids.other = (await signPrescription(f.clinician, f.otherAppointmentId, rx('montelukast'))).id;
    // The clinic stops fexofenadine on A's chart: it becomes a past prescription.
    const [stopped] = await f.handle.db.select({ medicationId: prescriptions.medicationId }).from(prescriptions).where(eq(prescriptions.id, ids.fexofenadine));
    await f.handle.db.update(medications).set({ status: 'stopped' }).where(eq(medications.id, stopped!.medicationId!));

    const view = await listMyMedications(f.patientA);
    expect(view.current.map((p) => [p.drug, p.clinicName]).sort()).toEqual([['cetirizine', 'Riverside Test'], ['loratadine', 'Harbor Test']]);
    expect(view.current.find((p) => p.drug === 'cetirizine')).toMatchObject({
      dose: '10 mg', route: 'oral', frequency: 'once daily', durationDays: 30, quantity: 30, refills: 1, status: 'active', prescriberName: 'Dee Doc',
      pdfUrl: `/api/v1/prescriptions/${ids.cetirizine}/pdf`, clinicTimeZone: 'America/New_York',
    });
    expect(view.past).toEqual([expect.objectContaining({ drug: 'fexofenadine', status: 'ended' })]);
    // simvastatin was on the chart before any prescription; the prescribed drugs are not listed twice.
    expect(view.otherMedicines).toEqual([expect.objectContaining({ name: 'simvastatin', dose: '40 mg', confirmed: true, clinicName: 'Riverside Test' })]);
    expect(view.allergies).toEqual([expect.objectContaining({ substance: 'Penicillin', reaction: 'Hives', severity: 'moderate', clinicName: 'Riverside Test' })]);
    expect(JSON.stringify(view)).not.toContain('montelukast');

    const other = await listMyMedications(f.patientB);
    expect(other.current.map((p) => p.drug)).toEqual(['montelukast']);
    expect(JSON.stringify(other)).not.toMatch(/cetirizine|loratadine|simvastatin|Penicillin/);

    const reads = await f.handle.db.select({ clinicId: auditEvents.clinicId }).from(auditEvents).where(and(eq(auditEvents.actorUserId, f.patientA.userId), eq(auditEvents.action, 'chart.medications.read')));
    expect(new Set(reads.map((r) => r.clinicId))).toEqual(new Set([f.riverside, f.harbor]));
  });

  it('moves a prescription to the past once its supply, refills included, has run out', async () => {
    const later = new Date(Date.now() + 61 * 86_400_000);
    const view = await listMyMedications(f.patientA, later);
    expect(view.current).toEqual([]);
    expect(view.past.find((p) => p.drug === 'cetirizine')).toMatchObject({ status: 'expired' });
  });

  it('answers 404 to staff, and records the refusal', async () => {
    for (const who of [f.clinician, f.admin, f.platformAdmin]) expect((await errorOf(listMyMedications(who))).code).toBe('not_found');
    const denied = await f.handle.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, f.admin.userId), eq(auditEvents.action, 'chart.medications.read'), eq(auditEvents.outcome, 'denied')));
    expect(denied).toHaveLength(1);
  });
});

describe('the prescription PDF for its patient', () => {
  it('prints the patient\'s own prescriptions from either clinic, audited in the prescription\'s clinic', async () => {
    expect(isPdf(await getPrescriptionPdf(f.patientA, ids.cetirizine))).toBe(true);
    expect(isPdf(await getPrescriptionPdf(f.patientA, ids.harbor))).toBe(true);
    const [printed] = await f.handle.db.select({ clinicId: auditEvents.clinicId, outcome: auditEvents.outcome }).from(auditEvents).where(and(eq(auditEvents.entityId, ids.harbor!), eq(auditEvents.action, 'prescription.print')));
    expect(printed).toEqual({ clinicId: f.harbor, outcome: 'allowed' });
  });

  it('answers 404 to another patient and to staff outside the clinic, 422 naming the id to a patient who mistyped it', async () => {
    expect((await errorOf(getPrescriptionPdf(f.patientB, ids.cetirizine))).code).toBe('not_found');
    expect((await errorOf(getPrescriptionPdf(f.patientA, ids.other))).code).toBe('not_found');
    expect((await errorOf(getPrescriptionPdf(f.admin, ids.cetirizine))).code).toBe('not_found');
    expect((await errorOf(getPrescriptionPdf(f.clinician, ids.harbor))).code).toBe('not_found');
    expect((await errorOf(getPrescriptionPdf(f.admin, 'not-an-id'))).code).toBe('not_found');
    expect((await errorOf(getPrescriptionPdf(f.patientA, 'not-an-id'))).fieldErrors).toEqual({ id: ['Not a prescription id.'] });
    const denied = await f.handle.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, f.patientB.userId), eq(auditEvents.action, 'prescription.print'), eq(auditEvents.outcome, 'denied')));
    expect(denied).toHaveLength(1);
  });
});
