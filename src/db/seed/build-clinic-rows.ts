import type { users } from '../schema/auth';
import type { clinics, memberships, openingHours, visitTypes } from '../schema/clinics';
import type { patients } from '../schema/patients';
import type { appointments } from '../schema/scheduling';
import { buildChart, type Chart } from './build-chart';
import { buildObservations } from './build-observations';
import { clinicianSchedules, type ClinicianVisitTypeRow, type WorkingHoursRow } from './clinician-schedules';
import { addDays, addYears, localDateOf, toIsoDate, zonedInstant } from './clinic-calendar';
import type { ClinicSpec } from './demo-types';
import { planVisits } from './plan-visits';
import { stableUuid } from './stable-id';

export type UserRow = typeof users.$inferInsert;
export type MembershipRow = typeof memberships.$inferInsert;

export interface ClinicRows extends Chart {
  clinic: typeof clinics.$inferInsert;
  users: UserRow[];
  memberships: MembershipRow[];
  visitTypes: (typeof visitTypes.$inferInsert)[];
  openingHours: (typeof openingHours.$inferInsert)[];
  patients: (typeof patients.$inferInsert)[];
  observations: ReturnType<typeof buildObservations>;
  appointments: (typeof appointments.$inferInsert)[];
  workingHours: WorkingHoursRow[];
  clinicianVisitTypes: ClinicianVisitTypeRow[];
}

const DAY = 86_400_000;

export const userId = (email: string) => stableUuid(`user:${email}`);

/** A demo account: verified (the seed vouches for its own addresses), with the one shared demo password hash. */
export function demoUser(email: string, name: string, timeZone: string | null, createdAt: Date, passwordHash: string): UserRow {
  return { id: userId(email), email, name, emailVerified: new Date(createdAt.getTime() + 15 * 60_000), passwordHash, timeZone, createdAt };
}

/** Every row of one demo clinic, computed in memory so the insert is a single short transaction. */
export function buildClinicRows(spec: ClinicSpec, today: Date, passwordHash: string): ClinicRows {
  const clinicId = stableUuid(`clinic:${spec.key}`);
  const todayLocal = localDateOf(today, spec.timeZone);
  // The clinic "opened" a little over a year ago, before the oldest visit in its history.
  const openedAt = zonedInstant(addDays(todayLocal, -400), 9 * 60, spec.timeZone);
  const plans = planVisits(spec, today);
  const clinicianIds = spec.staff.filter((member) => member.role === 'clinician').map((member) => userId(member.email));
  const visitTypeId = (kind: string) => stableUuid(`${spec.key}:visit-type:${kind}`);

  const rows: ClinicRows = {
    clinic: {
      id: clinicId, slug: spec.slug, name: spec.name, timeZone: spec.timeZone, addressLine: spec.addressLine, city: spec.city,
      region: spec.region, postalCode: spec.postalCode, country: spec.country, phone: spec.phone, createdAt: openedAt,
    },
    users: spec.staff.map((member) => demoUser(member.email, member.name, spec.timeZone, openedAt, passwordHash)),
    memberships: spec.staff.map((member) => ({
      id: stableUuid(`membership:${member.email}:${spec.key}:${member.role}`), userId: userId(member.email), clinicId,
      role: member.role, title: member.title, createdAt: openedAt,
    })),
    visitTypes: spec.visitTypes.map((type) => ({
      id: visitTypeId(type.kind), clinicId, name: type.name, durationMinutes: type.durationMinutes, mode: type.mode,
      priceMinor: type.priceMinor, currency: spec.currency, bufferBeforeMinutes: type.bufferBeforeMinutes,
      bufferAfterMinutes: type.bufferAfterMinutes, createdAt: openedAt,
    })),
    openingHours: spec.openingHours.map((hours) => ({
      id: stableUuid(`${spec.key}:hours:${hours.weekday}`), clinicId, weekday: hours.weekday, opensAt: hours.opensAt, closesAt: hours.closesAt,
    })),
    patients: [], problems: [], allergies: [], medications: [], observations: [], appointments: [],
    ...clinicianSchedules(spec, clinicId, userId, visitTypeId),
  };

  for (const patient of spec.patients) {
    const patientId = stableUuid(`${patient.key}:patient`);
    const visits = plans.filter((plan) => plan.patient.key === patient.key);
    const registeredAt = new Date(Math.min(today.getTime() - 30 * DAY, ...visits.map((visit) => visit.bookedAt.getTime())));
    const completed = visits.filter((visit) => visit.status === 'completed').map((visit) => visit.startsAt.getTime());
    const firstSeen = new Date(completed.length > 0 ? Math.min(...completed) : registeredAt.getTime());
    const birthDate = addDays(addYears(todayLocal, -patient.age), -patient.daysPastBirthday);
    if (patient.userEmail) {
      const name = `${patient.givenName} ${patient.familyName}`;
      rows.users.push(demoUser(patient.userEmail, name, spec.timeZone, registeredAt, passwordHash));
      rows.memberships.push({
        id: stableUuid(`membership:${patient.userEmail}:${spec.key}:patient`), userId: userId(patient.userEmail), clinicId,
        role: 'patient', createdAt: registeredAt,
      });
    }
    rows.patients.push({
      id: patientId, clinicId, userId: patient.userEmail ? userId(patient.userEmail) : null, recordNumber: patient.recordNumber,
      givenName: patient.givenName, familyName: patient.familyName, dateOfBirth: toIsoDate(birthDate), sexAtBirth: patient.sexAtBirth,
      email: patient.email, phone: patient.phone, addressLine: patient.addressLine, city: patient.city, postalCode: patient.postalCode,
      createdAt: registeredAt,
    });
    const chart = buildChart({ clinic: spec, clinicId, patientId, patient, visits, firstSeen, birthDate, today });
    rows.problems.push(...chart.problems);
    rows.allergies.push(...chart.allergies);
    rows.medications.push(...chart.medications);
    rows.observations.push(...buildObservations(clinicId, patientId, patient, visits, today));
    for (const visit of visits) {
      const clinicianUserId = clinicianIds[visit.clinician];
      if (!clinicianUserId) throw new Error(`Demo seed: ${spec.slug} has no clinician #${visit.clinician}`);
      rows.appointments.push({
        id: stableUuid(visit.key), clinicId, patientId, clinicianUserId,
        visitTypeId: visitTypeId(visit.visitType.kind), startsAt: visit.startsAt, endsAt: visit.endsAt, status: visit.status,
        blockedFrom: minutesBefore(visit.startsAt, visit.visitType.bufferBeforeMinutes),
        blockedUntil: minutesBefore(visit.endsAt, -visit.visitType.bufferAfterMinutes),
        reason: visit.reason, createdAt: visit.bookedAt,
      });
    }
  }
  // Tables that keep updated_at would otherwise get now(): derive it from created_at, so the same `today` gives identical rows.
  for (const row of [rows.clinic, ...rows.patients, ...rows.problems, ...rows.allergies, ...rows.medications, ...rows.appointments]) row.updatedAt ??= row.createdAt;
  return rows;
}

const minutesBefore = (instant: Date, minutes: number) => new Date(instant.getTime() - minutes * 60_000);
