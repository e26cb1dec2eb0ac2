import { describe, expect, it } from 'vitest';
import { buildClinicRows, type ClinicRows } from './build-clinic-rows';
import { harborClinic } from './harbor-clinic';
import { riversideClinic } from './riverside-clinic';
import { outsideOpeningHours, overlappingVisits, wallClock } from './seed-test-support';

// Pure checks, no database: many different `today`s, chosen to hit the awkward ones
// (both DST switches in both zones, weekends, just after midnight and just before it).
const todays = [
  '2026-03-08T06:30:00Z', // US switches to daylight time that night; Sunday, clinics closed
  '2026-03-09T04:59:00Z', // 23:59 in New York on the Sunday
  '2026-03-29T00:30:00Z', // the UK switches that morning
  '2026-03-30T11:00:00Z',
  '2026-07-04T03:00:00Z', // Friday night in New York, Saturday in London
  '2026-10-25T12:00:00Z', // UK falls back
  '2026-11-01T05:30:00Z', // US falls back, 01:30 New York (the repeated hour)
  '2026-12-31T23:59:00Z',
  '2027-02-28T12:00:00Z',
].map((iso) => new Date(iso));

const specs = [riversideClinic(), harborClinic()];

function expectConsistent(rows: ClinicRows, timeZone: string, today: Date): void {
  const label = `${rows.clinic.slug} on ${today.toISOString()}`;
  expect(overlappingVisits(rows.appointments), label).toEqual([]);
  const hours = rows.openingHours.map((row) => ({ weekday: row.weekday, opensAt: row.opensAt, closesAt: row.closesAt }));
  expect(outsideOpeningHours(rows.appointments, hours, timeZone), label).toEqual([]);
  for (const visit of rows.appointments) {
    // A visit still to come is booked; one that is over has an outcome.
    if (visit.status === 'booked') expect(visit.endsAt.getTime(), label).toBeGreaterThan(today.getTime());
    else expect(visit.endsAt.getTime(), label).toBeLessThanOrEqual(today.getTime());
    expect(visit.startsAt.getTime(), label).toBeLessThan(today.getTime() + 16 * 86_400_000);
  }
  const localToday = wallClock(today, timeZone).date;
  const stamped = [rows.clinic, ...rows.users, ...rows.patients, ...rows.problems, ...rows.medications, ...rows.allergies, ...rows.observations, ...rows.appointments];
  for (const row of stamped) expect(row.createdAt?.getTime() ?? 0, label).toBeLessThanOrEqual(today.getTime());
  for (const row of rows.observations) expect(row.effectiveAt.getTime(), label).toBeLessThanOrEqual(today.getTime());
  for (const row of rows.problems) expect((row.onsetDate ?? '') <= localToday, label).toBe(true);
  for (const row of rows.medications) expect((row.startedOn ?? '') <= localToday, label).toBe(true);
  for (const row of rows.patients) expect(row.dateOfBirth <= localToday, label).toBe(true);
}

describe('buildClinicRows', () => {
  it.each(todays)('builds a consistent schedule and chart for today = %s', (today) => {
    for (const spec of specs) expectConsistent(buildClinicRows(spec, today, 'hash'), spec.timeZone, today);
  });

  it.each(todays)('always gives the signed-in patient a past completed and an upcoming booked visit (%s)', (today) => {
    const rows = buildClinicRows(riversideClinic(), today, 'hash');
    const patient = rows.patients.find((row) => row.userId !== null && row.userId !== undefined);
    const visits = rows.appointments.filter((visit) => visit.patientId === patient?.id);
    expect(visits.some((visit) => visit.status === 'completed' && visit.startsAt < today)).toBe(true);
    expect(visits.some((visit) => visit.status === 'booked' && visit.startsAt > today)).toBe(true);
  });

  it('keeps Harbor patients children on any today', () => {
    for (const today of todays) {
      const eighteenYearsAgo = new Date(today);
      eighteenYearsAgo.setUTCFullYear(today.getUTCFullYear() - 18);
      for (const row of buildClinicRows(harborClinic(), today, 'hash').patients) {
        expect(row.dateOfBirth > eighteenYearsAgo.toISOString().slice(0, 10)).toBe(true);
      }
    }
  });

  it('is a pure function of the clinic and today', () => {
    const today = todays[3] ?? new Date();
    expect(buildClinicRows(riversideClinic(), today, 'hash')).toEqual(buildClinicRows(riversideClinic(), new Date(today), 'hash'));
  });


  it('books completed, missed, cancelled and upcoming visits for every clinician', () => {
    const today = new Date('2026-03-10T15:00:00Z');
    for (const spec of specs) {
      const rows = buildClinicRows(spec, today, 'hash');
      expect(new Set(rows.appointments.map((visit) => visit.status))).toEqual(new Set(['completed', 'no_show', 'cancelled', 'booked']));
      for (const member of rows.memberships.filter((row) => row.role === 'clinician')) {
        const own = rows.appointments.filter((visit) => visit.clinicianUserId === member.userId);
        expect(own.some((visit) => visit.status === 'completed' && visit.startsAt < today)).toBe(true);
        expect(own.some((visit) => visit.status === 'booked' && visit.startsAt > today)).toBe(true);
      }
    }
  });

  it('codes vitals and labs with LOINC and problems with ICD-10-CM, with UCUM units', () => {
    const rows = buildClinicRows(riversideClinic(), new Date('2026-03-10T15:00:00Z'), 'hash');
    const units = new Map(rows.observations.map((row) => [row.loincCode, row.unit]));
    const expected: Record<string, string> = {
      '8480-6': 'mm[Hg]', '8462-4': 'mm[Hg]', '8867-4': '/min', '8310-5': 'Cel', '29463-7': 'kg', '8302-2': 'cm',
      '39156-5': 'kg/m2', '59408-5': '%', '4548-4': '%', '2093-3': 'mg/dL',
    };
    for (const [code, unit] of Object.entries(expected)) expect(units.get(code)).toBe(unit);
    for (const row of rows.problems) expect(row.code).toMatch(/^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$/);
  });

  it('keeps charts clinically coherent: no drug the patient is allergic to, obesity coded when BMI says so', () => {
    const today = new Date('2026-03-10T15:00:00Z');
    for (const spec of specs) {
      const rows = buildClinicRows(spec, today, 'hash');
      for (const patient of rows.patients) {
        const drugs = rows.medications.filter((row) => row.patientId === patient.id).map((row) => row.genericName.toLowerCase());
        for (const allergy of rows.allergies.filter((row) => row.patientId === patient.id)) {
          const substance = allergy.substance.toLowerCase();
          const related = substance === 'penicillin' ? ['penicillin', 'amoxicillin', 'ampicillin'] : [substance.split(/[ /]/)[0] ?? substance];
          expect(drugs.filter((drug) => related.some((name) => drug.includes(name))), `${patient.recordNumber} ${substance}`).toEqual([]);
        }
        const bmis = rows.observations.filter((row) => row.patientId === patient.id && row.loincCode === '39156-5');
        const latest = bmis.sort((a, b) => b.effectiveAt.getTime() - a.effectiveAt.getTime())[0];
        const obese = rows.problems.some((row) => row.patientId === patient.id && row.code === 'E66.9');
        if (latest && spec.key === 'riverside') expect(latest.value >= 30, `${patient.recordNumber} BMI ${latest.value}`).toBe(obese);
      }
    }
  });
});
