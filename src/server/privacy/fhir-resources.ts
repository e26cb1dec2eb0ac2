import { vitalCodes } from '@/server/encounters/visit.schemas';
import type { PatientRecordExport } from './export.schemas';

/** A FHIR resource as plain JSON; every one we emit has an id (the row's UUID). */
export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;

const ICD_10_CM = 'http://hl7.org/fhir/sid/icd-10-cm';
const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const ALLERGY_CLINICAL = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
/** The measurements a clinician takes at a visit (the visit screen's vitals) are FHIR vital signs. */
const VITAL_SIGN_CODES = new Set<string>(Object.values(vitalCodes).map((v) => v.code));

// FHIR's Appointment.status vocabulary differs from ours in two words.
const appointmentStatus = { booked: 'booked', arrived: 'arrived', completed: 'fulfilled', cancelled: 'cancelled', no_show: 'noshow' } as const;

/** The clinical resources of one patient record, each referring to the Patient by its full URL. */
export function fhirClinicalResources(patient: PatientRecordExport, patientRef: string): FhirResource[] {
  const subject = { reference: patientRef };
  return [
    ...patient.problems.map((p) => ({
      resourceType: 'Condition',
      id: p.id,
      clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: p.status }] },
      code: { coding: [{ system: ICD_10_CM, code: p.code, display: p.display }], text: p.display },
      subject,
      ...(p.onsetDate ? { onsetDateTime: p.onsetDate } : {}),
      recordedDate: p.createdAt.toISOString(),
    })),
    ...patient.allergies.map((a) => ({
      resourceType: 'AllergyIntolerance',
      id: a.id,
      clinicalStatus: { coding: [{ system: ALLERGY_CLINICAL, code: 'active' }] },
      code: { text: a.substance },
      patient: subject,
      recordedDate: a.createdAt.toISOString(),
      reaction: [{ manifestation: [{ text: a.reaction }], severity: a.severity }],
    })),
    ...patient.medications.map((m) => ({
      resourceType: 'MedicationStatement',
      id: m.id,
      status: m.status === 'active' ? 'active' : 'stopped',
      medicationCodeableConcept: { text: m.genericName },
      subject,
      ...(m.startedOn ? { effectivePeriod: { start: m.startedOn } } : {}),
      dateAsserted: m.createdAt.toISOString(),
      dosage: [{ text: `${m.dose} ${m.route} ${m.frequency}`, route: { text: m.route } }],
    })),
    ...patient.observations.map((o) => ({
      resourceType: 'Observation',
      id: o.id,
      status: 'final',
      ...(VITAL_SIGN_CODES.has(o.loincCode) ? { category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'vital-signs', display: 'Vital Signs' }] }] } : {}),
      code: { coding: [{ system: LOINC, code: o.loincCode, display: o.display }], text: o.display },
      subject,
      effectiveDateTime: o.effectiveAt.toISOString(),
      valueQuantity: { value: o.value, unit: o.unit, system: UCUM, code: o.unit },
    })),
    ...patient.appointments.map((a) => ({
      resourceType: 'Appointment',
      id: a.id,
      status: appointmentStatus[a.status],
      serviceType: [{ text: a.visitType }],
      ...(a.reason ? { description: a.reason } : {}),
      start: a.startsAt.toISOString(),
      end: a.endsAt.toISOString(),
      participant: [
        { actor: { ...subject, display: `${patient.givenName} ${patient.familyName}` }, status: 'accepted' },
        { actor: { display: a.clinicianName ?? 'Clinician' }, status: 'accepted' },
      ],
    })),
  ];
}
