import type { PatientRow } from './chart.repo';
import type { loadChartSections } from './chart.repo';
import { chartSchema, type Chart } from './chart.schemas';

type Sections = Awaited<ReturnType<typeof loadChartSections>>;

const iso = (date: Date) => date.toISOString();

/** Rows to the chart's output shape; the schema parse drops anything a row carries beyond it. */
export function chartViewOf(patient: PatientRow, sections: Sections, viewer: Chart['viewer']): Chart {
  return chartSchema.parse({
    patient: {
      id: patient.id,
      mrn: patient.recordNumber,
      givenName: patient.givenName,
      familyName: patient.familyName,
      name: `${patient.givenName} ${patient.familyName}`,
      birthDate: patient.dateOfBirth,
      sexAtBirth: patient.sexAtBirth,
      email: patient.email,
      phone: patient.phone,
      addressLine: patient.addressLine,
      city: patient.city,
      postalCode: patient.postalCode,
    },
    problems: sections.problemRows.map((r) => ({ id: r.id, code: r.code, display: r.display, status: r.status, onsetDate: r.onsetDate, verification: r.verification, recordedAt: iso(r.createdAt) })),
    allergies: sections.allergyRows.map((r) => ({ id: r.id, substance: r.substance, reaction: r.reaction, severity: r.severity, verification: r.verification, recordedAt: iso(r.createdAt) })),
    medications: sections.medicationRows.map((r) => ({
      id: r.id, genericName: r.genericName, dose: r.dose, route: r.route, frequency: r.frequency, status: r.status, startedOn: r.startedOn, verification: r.verification, recordedAt: iso(r.createdAt),
    })),
    observations: sections.observationRows.map((r) => ({ id: r.id, loincCode: r.loincCode, display: r.display, value: Number(r.value), unit: r.unit, effectiveAt: iso(r.effectiveAt) })),
    documents: sections.documentRows.map((r) => ({ id: r.id, title: r.title, fileName: r.fileName, contentType: r.contentType, sizeBytes: r.sizeBytes, uploadedAt: iso(r.createdAt) })),
    visits: sections.visitRows.map((r) => ({
      id: r.id, startsAt: iso(r.startsAt), endsAt: iso(r.endsAt), status: r.status, visitType: r.visitType, mode: r.mode, clinicianName: r.clinicianName, reason: r.reason,
    })),
    viewer,
  });
}
