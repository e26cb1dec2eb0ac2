import { addDays, addYears, localDateOf, toIsoDate, zonedInstant } from './clinic-calendar';
import { DayBook } from './day-book';
import type { ClinicSpec, PatientProfile, VisitTypeSpec } from './demo-types';
import { seededRandom } from './stable-id';
import { historyRequests, reasonFor, upcomingRequests, type VisitRequest } from './visit-requests';

export type AppointmentStatus = 'booked' | 'completed' | 'cancelled' | 'no_show';

export interface VisitPlan {
  key: string;
  patient: PatientProfile;
  clinician: number;
  visitType: VisitTypeSpec;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  reason: string;
  bookedAt: Date;
  diagnoses?: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Each clinician sees a few patients on `today` itself, so the clinician's day view is never empty.
const TODAY_PER_CLINICIAN = 3;

/**
 * Lays every patient's visits onto the clinicians' calendars in the clinic's time zone.
 * Requests are placed in a fixed order (the signed-in patient's bookings first, so they
 * always find room), which keeps the outcome a pure function of the clinic and `today`.
 */
export function planVisits(clinic: ClinicSpec, today: Date): VisitPlan[] {
  const book = new DayBook(clinic.openingHours);
  const todayLocal = localDateOf(today, clinic.timeZone);
  const clinicians = clinic.staff.filter((member) => member.role === 'clinician').length;
  const plans: VisitPlan[] = [];
  const birthOf = (patient: PatientProfile) =>
    zonedInstant(addDays(addYears(todayLocal, -patient.age), -patient.daysPastBirthday), 12 * 60, clinic.timeZone);

  const place = (request: VisitRequest): VisitPlan | null => {
    const visitType = clinic.visitTypes.find((type) => type.kind === request.kind);
    if (!visitType) throw new Error(`Demo seed: ${clinic.slug} has no ${request.kind} visit type`);
    for (const offset of request.days) {
      const date = addDays(todayLocal, offset);
      const window = book.window(date);
      if (!window) continue;
      const preferred = window.open + Math.floor(request.timeOfDay * (window.close - window.open));
      const start = book.place(`c${request.clinician}`, date, visitType, preferred);
      if (start === null) continue;
      const startsAt = zonedInstant(date, start, clinic.timeZone);
      const birth = birthOf(request.patient);
      const endsAt = new Date(startsAt.getTime() + visitType.durationMinutes * 60_000);
      const byTime = endsAt.getTime() <= today.getTime() ? 'completed' : 'booked';
      const plan: VisitPlan = {
        key: `${request.patient.key}:visit:${request.label}`,
        patient: request.patient,
        clinician: request.clinician,
        visitType,
        startsAt,
        endsAt,
        status: request.status === 'by-time' ? byTime : request.status,
        reason: request.reason,
        bookedAt: bookingTime(startsAt, request, birth, today),
        diagnoses: request.diagnoses,
      };
      plans.push(plan);
      return plan;
    }
    return null;
  };

  const signedIn = clinic.patients.filter((patient) => patient.userEmail);
  const others = clinic.patients.filter((patient) => !patient.userEmail);
  for (const patient of signedIn) upcomingRequests(clinic, patient).forEach(place);
  for (const patient of clinic.patients) historyRequests(clinic, patient, clinicians).forEach(place);
  for (const patient of others) upcomingRequests(clinic, patient).forEach(place);
  if (book.isOpen(todayLocal)) fillToday(clinic, todayLocal, clinicians, plans, place);
  return plans.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.key.localeCompare(b.key));
}

/**
 * When the visit was booked: `leadDays` (and some hours) before it, but never in the future
 * of `today`, and for a newborn never before birth (a parent books once the baby is home).
 */
function bookingTime(startsAt: Date, request: VisitRequest, birth: Date, today: Date): Date {
  const wanted = startsAt.getTime() - request.leadDays * DAY - Math.round(request.timeOfDay * 6) * HOUR;
  const latest = Math.min(startsAt.getTime() - HOUR, today.getTime() - (1 + request.leadDays) * HOUR);
  return new Date(Math.min(latest, Math.max(wanted, birth.getTime() + DAY)));
}

function fillToday(
  clinic: ClinicSpec,
  todayLocal: ReturnType<typeof localDateOf>,
  clinicians: number,
  plans: VisitPlan[],
  place: (request: VisitRequest) => VisitPlan | null,
): void {
  const todayIso = toIsoDate(todayLocal);
  const random = seededRandom(`${clinic.key}:today:${todayIso}`);
  const upcoming = plans.filter((plan) => toIsoDate(localDateOf(plan.startsAt, clinic.timeZone)) >= todayIso);
  const booked = new Set(upcoming.map((plan) => plan.patient.key));
  for (let clinician = 0; clinician < clinicians; clinician++) {
    // Prefer patients with nothing booked yet, so nobody is seen today and again tomorrow.
    const eligible = clinic.patients.filter((patient) => patient.clinician === clinician && !patient.userEmail);
    const free = eligible.filter((patient) => !booked.has(patient.key));
    // Rotate by date, so different days show different faces.
    const turn = Math.floor(random() * free.length);
    const panel = [...free.slice(turn), ...free.slice(0, turn), ...eligible.filter((patient) => booked.has(patient.key))];
    for (let n = 0; n < Math.min(TODAY_PER_CLINICIAN, panel.length); n++) {
      const patient = panel[n];
      if (!patient) continue;
      const kind = patient.age < 1 ? 'annual' : random() < 0.75 ? 'follow_up' : 'video';
      place({
        label: 'today', patient, clinician, kind, status: 'by-time',
        reason: reasonFor(clinic, patient, kind, n), days: [0], timeOfDay: random(), leadDays: 3 + n,
      });
    }
  }
}
