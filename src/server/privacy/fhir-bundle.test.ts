import { describe, expect, it } from 'vitest';
import type { PatientRecordExport, PersonalDataExport } from './export.schemas';
import { toFhirBundle } from './fhir-bundle';

const at = new Date('2026-03-01T09:00:00Z');
const patient: PatientRecordExport = {
  id: '00000000-0000-4000-8000-000000000001', clinicId: '00000000-0000-4000-8000-0000000000c1', clinicName: 'Test Clinic', recordNumber: 'MRN-1',
  givenName: 'Ada', familyName: 'Tester', dateOfBirth: '1980-02-03', sexAtBirth: 'intersex', email: null, phone: '+44 20 0000 0000',
  addressLine: null, city: null, postalCode: null, createdAt: at,
  problems: [], allergies: [], medications: [], observations: [], intakes: [], notes: [], prescriptions: [],
  appointments: [
    { id: '00000000-0000-4000-8000-0000000000a1', clinicianName: 'Dr Test', visitType: 'Check-up', visitMode: 'video', startsAt: at, endsAt: at, status: 'no_show', reason: null },
  ],
};
const data: PersonalDataExport = {
  schema: 'clinixai.personal-data.v1', exportedAt: at.toISOString(), memberships: [], consentLog: [], patientRecords: [patient],
  account: { id: 'u', name: null, email: 'ada@example.org', emailVerified: null, timeZone: null, createdAt: at },
};

describe('toFhirBundle', () => {
  it('uses FHIR vocabularies where ours differ and leaves out empty elements', () => {
    const bundle = toFhirBundle(data);
    const [patientEntry, appointmentEntry] = bundle.entry;
    expect(patientEntry?.fullUrl).toBe(`urn:uuid:${patient.id}`);
    expect(patientEntry?.resource).toMatchObject({ resourceType: 'Patient', gender: 'unknown', telecom: [{ system: 'phone' }] });
    expect(patientEntry?.resource).not.toHaveProperty('address');
    expect(appointmentEntry?.resource).toMatchObject({ resourceType: 'Appointment', status: 'noshow', participant: [{ actor: { reference: `urn:uuid:${patient.id}` } }, { actor: { display: 'Dr Test' } }] });
    expect(appointmentEntry?.resource).not.toHaveProperty('description');
  });

  it('turns a visit\'s records into resources that refer to its Encounter, which refers to its Appointment', () => {
    const appointmentId = patient.appointments[0]!.id;
    const sections = { subjective: [{ text: 'Pain <3 days & "worse"', origin: 'engine' }], objective: [], assessment: [], plan: [{ text: 'Rest.', origin: 'clinician' }] };
    const withVisit: PatientRecordExport = {
      ...patient,
      notes: [{ id: '00000000-0000-4000-8000-0000000000b1', appointmentId, signedAt: at, signedBy: 'Dr Test', draftedBy: 'deterministic engine', editedByClinician: true, sections, addenda: [{ id: '00000000-0000-4000-8000-0000000000b2', text: 'ECG normal.', signedAt: at, authorName: 'Dr Test' }], visitSummary: null }],
      prescriptions: [{ id: '00000000-0000-4000-8000-0000000000b3', appointmentId, drug: 'cetirizine', dose: '10 mg', route: 'oral', frequency: 'once daily', durationDays: 7, quantity: 7, refills: 0, status: 'expired', signedAt: at, supplyEndsAt: at, prescriberName: 'Dr Test', alerts: [], overrideReason: 'Benefit outweighs risk' }],
    };
    const bundle = toFhirBundle({ ...data, patientRecords: [withVisit] });
    const byType = (type: string) => bundle.entry.filter((e) => e.resource.resourceType === type).map((e) => e.resource);
    const [encounter] = byType('Encounter');
    expect(encounter).toMatchObject({ status: 'cancelled', class: { code: 'VR' }, appointment: [{ reference: `urn:uuid:${appointmentId}` }] });
    expect(toFhirBundle({ ...data, patientRecords: [withVisit] }).entry.map((e) => e.fullUrl)).toEqual(bundle.entry.map((e) => e.fullUrl));
    const encounterRef = { reference: `urn:uuid:${encounter!.id}` };
    const [composition] = byType('Composition');
    expect(composition).toMatchObject({ status: 'amended', encounter: encounterRef, subject: { reference: `urn:uuid:${patient.id}` } });
    expect(JSON.stringify(composition)).toContain('<p>Pain &lt;3 days &amp; &quot;worse&quot;</p>');
    expect((composition!.section as { title: string }[]).map((s) => s.title)).toEqual(['Subjective', 'Plan', `Addendum, ${at.toISOString()}`]);
    expect(byType('MedicationRequest')[0]).toMatchObject({ status: 'completed', intent: 'order', encounter: encounterRef, note: [{ text: expect.stringContaining('Benefit outweighs risk') }] });
    const fullUrls = new Set(bundle.entry.map((e) => e.fullUrl));
    for (const [, reference] of JSON.stringify(bundle).matchAll(/"reference":"([^"]+)"/g)) expect(fullUrls.has(reference!)).toBe(true);
  });

  it('gives an empty collection to a person with no patient record', () => {
    expect(toFhirBundle({ ...data, patientRecords: [] })).toEqual({ resourceType: 'Bundle', type: 'collection', timestamp: data.exportedAt, entry: [] });
  });
});
