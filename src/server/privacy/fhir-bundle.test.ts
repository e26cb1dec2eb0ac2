import { describe, expect, it } from 'vitest';
import type { PatientRecordExport, PersonalDataExport } from './export.schemas';
import { toFhirBundle } from './fhir-bundle';

const at = new Date('2026-03-01T09:00:00Z');
const patient: PatientRecordExport = {
  id: '00000000-0000-4000-8000-000000000001', clinicId: '00000000-0000-4000-8000-0000000000c1', clinicName: 'Test Clinic', recordNumber: 'MRN-1',
  givenName: 'Ada', familyName: 'Tester', dateOfBirth: '1980-02-03', sexAtBirth: 'intersex', email: null, phone: '+44 20 0000 0000',
  addressLine: null, city: null, postalCode: null, createdAt: at,
  problems: [], allergies: [], medications: [], observations: [],
  appointments: [
    { id: '00000000-0000-4000-8000-0000000000a1', clinicianName: 'Dr Test', visitType: 'Check-up', startsAt: at, endsAt: at, status: 'no_show', reason: null },
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

  it('gives an empty collection to a person with no patient record', () => {
    expect(toFhirBundle({ ...data, patientRecords: [] })).toEqual({ resourceType: 'Bundle', type: 'collection', timestamp: data.exportedAt, entry: [] });
  });
});
