import { conditionFor } from './catalog-conditions';
import type { ClinicSpec, PatientProfile, VisitKind } from './demo-types';
import { randomInt, seededRandom } from './stable-id';

export type RequestedStatus = 'completed' | 'cancelled' | 'no_show' | 'by-time';

/** A visit a patient wants, before the schedule finds it a slot. */
export interface VisitRequest {
  label: string;
  patient: PatientProfile;
  clinician: number;
  kind: VisitKind;
  /** 'by-time': completed if it ended before `today`, booked otherwise. */
  status: RequestedStatus;
  reason: string;
  /** Day offsets from today to try, in order of preference. */
  days: number[];
  /** Where in the open hours the patient would like to come, 0 = opening, 1 = closing. */
  timeOfDay: number;
  leadDays: number;
  diagnoses?: string;
}

/** The target day first, then later days up to `max`, then earlier days down to `min`. */
export function daysAround(target: number, min: number, max: number): number[] {
  const later = Array.from({ length: Math.max(0, max - target + 1) }, (_, i) => target + i);
  const earlier = Array.from({ length: Math.max(0, target - min) }, (_, i) => target - 1 - i);
  return [...later, ...earlier];
}

function chronicReasons(patient: PatientProfile): string[] {
  return patient.problems.map(conditionFor).filter((entry) => !entry.acute).map((entry) => entry.reason);
}

export function reasonFor(clinic: ClinicSpec, patient: PatientProfile, kind: VisitKind, turn: number): string {
  if (kind === 'new') return clinic.reasons.new;
  if (kind === 'annual') return clinic.reasons.annual;
  const reasons = chronicReasons(patient);
  return reasons[turn % Math.max(1, reasons.length)] ?? 'Follow-up';
}

/**
 * The patient's history at this clinic: a first visit some months ago, follow-ups since,
 * now and then a missed visit or a cancelled booking; acute problems are diagnosed at
 * the most recent in-person visits that took place.
 */
export function historyRequests(clinic: ClinicSpec, patient: PatientProfile, clinicians: number): VisitRequest[] {
  const random = seededRandom(`${patient.key}:history`);
  const ageDays = patient.age * 365 + patient.daysPastBirthday;
  const chronicCount = chronicReasons(patient).length;
  const count = patient.age < 1 ? 3 : chronicCount >= 2 ? 4 : 3;
  const first = -Math.min(ageDays - 7, randomInt(random, 150, 270));
  const last = -randomInt(random, 5, 35);
  const adult = patient.age >= 18;
  const video = adult && random() < 0.45;
  const annual = random() < 0.5;
  const requests: VisitRequest[] = [];
  for (let i = 0; i < count; i++) {
    const target = Math.round(first + ((last - first) * i) / (count - 1));
    let kind: VisitKind = i === 0 ? 'new' : 'follow_up';
    if (i === 1 && video) kind = 'video';
    if (i > 0 && (patient.age < 1 || (i === 2 && annual))) kind = 'annual';
    const middle = i > 0 && i < count - 1;
    const otherClinician = clinicians > 1 && i > 0 && random() < 0.15;
    requests.push({
      label: `h${i}`,
      patient,
      clinician: otherClinician ? (patient.clinician + 1) % clinicians : patient.clinician,
      kind,
      status: middle && random() < 0.12 ? 'no_show' : 'completed',
      reason: reasonFor(clinic, patient, kind, i - 1),
      days: daysAround(target, Math.max(first - 7, -ageDays + 3), -1),
      timeOfDay: random(),
      leadDays: randomInt(random, 2, 20),
    });
  }
  assignAcuteDiagnoses(patient, requests);
  const rebooked = requests[count - 1];
  if (rebooked && random() < 0.3) {
    requests.push({ ...rebooked, label: 'cancelled', status: 'cancelled', diagnoses: undefined, days: daysAround(last - randomInt(random, 2, 6), first, -1), timeOfDay: random() });
  }
  return requests;
}

function assignAcuteDiagnoses(patient: PatientProfile, requests: VisitRequest[]): void {
  const acute = patient.problems.filter((code) => conditionFor(code).acute);
  const candidates = requests
    .filter((request) => request.status === 'completed' && request.kind !== 'video')
    .sort((a, b) => (a.label === 'h0' ? 1 : 0) - (b.label === 'h0' ? 1 : 0) || b.label.localeCompare(a.label));
  acute.forEach((code, i) => {
    const visit = candidates[i % Math.max(1, candidates.length)];
    if (!visit || visit.diagnoses) return;
    visit.diagnoses = code;
    visit.kind = visit.label === 'h0' ? 'new' : 'follow_up';
    visit.reason = conditionFor(code).reason;
  });
}

/** Bookings in the next two weeks; the signed-in demo patient always has two. */
export function upcomingRequests(clinic: ClinicSpec, patient: PatientProfile): VisitRequest[] {
  const random = seededRandom(`${patient.key}:upcoming`);
  const base = { patient, clinician: patient.clinician, status: 'by-time' as const, leadDays: randomInt(random, 1, 12) };
  if (patient.userEmail) {
    return [
      { ...base, label: 'u0', kind: 'follow_up', reason: reasonFor(clinic, patient, 'follow_up', 0), days: daysAround(3, 1, 14), timeOfDay: 0.3 },
      { ...base, label: 'u1', kind: 'video', reason: reasonFor(clinic, patient, 'video', 1), days: daysAround(9, 1, 14), timeOfDay: 0.6 },
    ];
  }
  // Most patients have a booking in the next two weeks, some two (a review, then a video check-in).
  const wanted = random() < 0.8 ? (random() < 0.35 ? 2 : 1) : 0;
  const requests: VisitRequest[] = [];
  let target = randomInt(random, 0, 6);
  for (let n = 0; n < wanted; n++) {
    const pick = random();
    const kind: VisitKind = patient.age < 1 || pick >= 0.85 ? 'annual' : pick < 0.6 || n > 0 ? 'follow_up' : 'video';
    requests.push({ ...base, label: `u${n}`, kind, reason: reasonFor(clinic, patient, kind, target), days: daysAround(target, 0, 14), timeOfDay: random() });
    target += randomInt(random, 5, 8);
  }
  return requests;
}
