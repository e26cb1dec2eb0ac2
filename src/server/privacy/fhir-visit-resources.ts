import { createHash } from 'node:crypto';
import { noteSectionKeys } from '@/server/clinical-ai/drafting/draft.types';
import { answerLabels, intakeAnswersSchema } from '@/server/encounters/intake.schemas';
import type { IntakeExport, NoteExport, PrescriptionExport } from './clinical-records';
import type { PatientRecordExport } from './export.schemas';
import type { FhirResource } from './fhir-resources';

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const FLAG_CATEGORY = 'http://terminology.hl7.org/CodeSystem/flag-category';

type Appointment = PatientRecordExport['appointments'][number];

/**
 * A stable UUID for a resource we have no row of its own for (the Encounter of an appointment, the Flag of a red
 * flag): name-based (RFC 4122 version 5 layout over SHA-1), so the same record exports the same id every time.
 */
export function derivedUuid(name: string): string {
  const hash = createHash('sha1').update(`clinixai:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const encounterStatus = { booked: 'planned', arrived: 'arrived', completed: 'finished', cancelled: 'cancelled', no_show: 'cancelled' } as const;

function encounterOf(a: Appointment, subject: { reference: string }, fullUrlOf: (id: string) => string): FhirResource {
  const video = a.visitMode === 'video';
  return {
    resourceType: 'Encounter',
    id: derivedUuid(`encounter:${a.id}`),
    status: encounterStatus[a.status],
    class: { system: ACT_CODE, code: video ? 'VR' : 'AMB', display: video ? 'virtual' : 'ambulatory' },
    type: [{ text: a.visitType }],
    subject,
    participant: [{ individual: { display: a.clinicianName ?? 'Clinician' } }],
    period: { start: a.startsAt.toISOString(), end: a.endsAt.toISOString() },
    ...(a.reason ? { reasonCode: [{ text: a.reason }] } : {}),
    appointment: [{ reference: fullUrlOf(a.id) }],
  };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** FHIR narrative: XHTML in a div, every piece of our text escaped. */
const narrative = (paragraphs: string[]) => ({
  status: 'generated',
  div: `<div xmlns="http://www.w3.org/1999/xhtml">${paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('')}</div>`,
});

function questionnaireResponseOf(intake: IntakeExport, subject: { reference: string }, encounter: object): FhirResource {
  const parsed = intakeAnswersSchema.safeParse(intake.answers);
  const answers = parsed.success ? parsed.data : null;
  const item = answers
    ? [
        ...(Object.keys(answerLabels) as (keyof typeof answerLabels)[])
          .filter((key) => answers[key].trim())
          .map((key) => ({ linkId: key, text: answerLabels[key], answer: [{ valueString: answers[key] }] })),
        { linkId: 'medicationsConfirmed', text: 'The medication list is correct', answer: [{ valueBoolean: answers.medicationsConfirmed }] },
        { linkId: 'allergiesConfirmed', text: 'The allergy list is correct', answer: [{ valueBoolean: answers.allergiesConfirmed }] },
      ]
    : [];
  return {
    resourceType: 'QuestionnaireResponse',
    id: intake.id,
    status: 'completed',
    subject,
    ...encounter,
    ...(intake.submittedAt ? { authored: intake.submittedAt.toISOString() } : {}),
    item,
  };
}

function flagsOf(intake: IntakeExport, subject: { reference: string }, encounter: object): FhirResource[] {
  return intake.redFlags.map((flag) => {
    const start = flag.raisedAt ?? intake.submittedAt;
    return {
      resourceType: 'Flag',
      id: derivedUuid(`flag:${intake.id}:${flag.ruleId}`),
      status: flag.acknowledgedAt ? 'inactive' : 'active',
      category: [{ coding: [{ system: FLAG_CATEGORY, code: 'clinical', display: 'Clinical' }] }],
      code: { text: `Red flag${flag.urgency ? ` (${flag.urgency})` : ''}: ${flag.title ?? flag.ruleId}` },
      subject,
      ...(start ? { period: { start: start.toISOString(), ...(flag.acknowledgedAt ? { end: flag.acknowledgedAt.toISOString() } : {}) } } : {}),
      ...encounter,
    };
  });
}

const sectionTitles = { subjective: 'Subjective', objective: 'Objective', assessment: 'Assessment', plan: 'Plan' } as const;

function compositionOf(note: NoteExport, subject: { reference: string }, encounter: object, exportedAt: string): FhirResource {
  const author = { display: note.signedBy ?? 'Clinician' };
  const date = note.signedAt?.toISOString() ?? exportedAt;
  const summary = note.visitSummary;
  const summaryLines = summary
    ? [...(summary.reason ? [`Reason: ${summary.reason}`] : []), ...summary.toldUs, ...summary.measured, ...summary.assessment, ...summary.nextSteps]
    : [];
  const section = [
    ...noteSectionKeys.filter((key) => note.sections[key].length).map((key) => ({ title: sectionTitles[key], text: narrative(note.sections[key].map((s) => s.text)) })),
    ...note.addenda.map((a) => ({ title: `Addendum, ${a.signedAt.toISOString()}`, author: [{ display: a.authorName ?? 'Clinician' }], text: narrative([a.text]) })),
    ...(summaryLines.length ? [{ title: 'Visit summary for the patient', text: narrative(summaryLines) }] : []),
  ];
  return {
    resourceType: 'Composition',
    id: note.id,
    status: note.addenda.length ? 'amended' : 'final',
    type: { coding: [{ system: LOINC, code: '11506-3', display: 'Progress note' }], text: 'Visit note' },
    subject,
    ...encounter,
    date,
    author: [author],
    title: 'Visit note',
    attester: [{ mode: 'legal', time: date, party: author }],
    section,
  };
}

const medicationRequestStatus = { active: 'active', ended: 'stopped', expired: 'completed' } as const;

function medicationRequestOf(p: PrescriptionExport, subject: { reference: string }, encounter: object): FhirResource {
  return {
    resourceType: 'MedicationRequest',
    id: p.id,
    status: medicationRequestStatus[p.status],
    intent: 'order',
    medicationCodeableConcept: { text: p.drug },
    subject,
    ...encounter,
    authoredOn: p.signedAt.toISOString(),
    requester: { display: p.prescriberName ?? 'Prescriber' },
    dosageInstruction: [{ text: `${p.dose} ${p.route} ${p.frequency}`, route: { text: p.route }, timing: { code: { text: p.frequency } } }],
    dispenseRequest: {
      validityPeriod: { start: p.signedAt.toISOString(), end: p.supplyEndsAt.toISOString() },
      numberOfRepeatsAllowed: p.refills,
      quantity: { value: p.quantity },
      expectedSupplyDuration: { value: p.durationDays, unit: 'days', system: UCUM, code: 'd' },
    },
    ...(p.overrideReason ? { note: [{ text: `Decision-support alert overridden at signing: ${p.overrideReason}` }] } : {}),
  };
}

/**
 * The visit records of one patient record: an Encounter for every appointment that has any (referring to its
 * Appointment), a QuestionnaireResponse and Flags per submitted intake, a Composition per signed note, a
 * MedicationRequest per prescription. An appointment that is not in this record gets no encounter reference,
 * so every reference in the bundle resolves.
 */
export function fhirVisitResources(patient: PatientRecordExport, patientRef: string, fullUrlOf: (id: string) => string, exportedAt: string): FhirResource[] {
  const subject = { reference: patientRef };
  const appointments = new Map(patient.appointments.map((a) => [a.id, a]));
  const used = new Set([...patient.intakes, ...patient.notes, ...patient.prescriptions].map((r) => r.appointmentId).filter((id) => appointments.has(id)));
  const encounterRef = (appointmentId: string) => (used.has(appointmentId) ? { encounter: { reference: fullUrlOf(derivedUuid(`encounter:${appointmentId}`)) } } : {});
  return [
    ...patient.appointments.filter((a) => used.has(a.id)).map((a) => encounterOf(a, subject, fullUrlOf)),
    ...patient.intakes.flatMap((i) => [questionnaireResponseOf(i, subject, encounterRef(i.appointmentId)), ...flagsOf(i, subject, encounterRef(i.appointmentId))]),
    ...patient.notes.map((n) => compositionOf(n, subject, encounterRef(n.appointmentId), exportedAt)),
    ...patient.prescriptions.map((p) => medicationRequestOf(p, subject, encounterRef(p.appointmentId))),
  ];
}
