import type { allergies, medications, problems } from '../schema/patients';
import { allergyCatalog } from './catalog-allergies';
import { conditionFor } from './catalog-conditions';
import { addDays, addYears, localDateOf, toIsoDate, type LocalDate } from './clinic-calendar';
import type { ClinicSpec, PatientProfile } from './demo-types';
import type { VisitPlan } from './plan-visits';
import { randomInt, seededRandom, stableUuid } from './stable-id';

export interface Chart {
  problems: (typeof problems.$inferInsert)[];
  allergies: (typeof allergies.$inferInsert)[];
  medications: (typeof medications.$inferInsert)[];
}

export interface ChartInput {
  clinic: ClinicSpec;
  clinicId: string;
  patientId: string;
  patient: PatientProfile;
  visits: VisitPlan[];
  firstSeen: Date;
  birthDate: LocalDate;
  today: Date;
}

function laterOf(a: LocalDate, b: LocalDate): LocalDate {
  return toIsoDate(a) >= toIsoDate(b) ? a : b;
}
function earlierOf(a: LocalDate, b: LocalDate): LocalDate {
  return toIsoDate(a) <= toIsoDate(b) ? a : b;
}

/**
 * Problem list, allergies and medications. Chronic problems began before the first visit
 * here (never before adolescence for adults' conditions); acute ones were diagnosed at the
 * visit that recorded them, and their drugs are already stopped.
 */
export function buildChart(input: ChartInput): Chart {
  const { clinic, clinicId, patientId, patient, visits, firstSeen, birthDate, today } = input;
  const random = seededRandom(`${patient.key}:chart`);
  const zone = clinic.timeZone;
  const firstSeenDay = localDateOf(firstSeen, zone);
  const todayDay = localDateOf(today, zone);
  const earliestOnset = patient.age >= 18 ? addYears(birthDate, 16) : addDays(birthDate, 30);
  const chart: Chart = { problems: [], allergies: [], medications: [] };
  const recorded = new Map<string, { onset: LocalDate; at: Date }>();

  for (const code of patient.problems) {
    const condition = conditionFor(code);
    const diagnosedAt = condition.acute ? visits.find((visit) => visit.diagnoses === code && visit.status === 'completed') : undefined;
    const at = diagnosedAt?.startsAt ?? firstSeen;
    const onset = condition.acute
      ? addDays(localDateOf(at, zone), -randomInt(random, 1, 4))
      : earlierOf(laterOf(addDays(firstSeenDay, -randomInt(random, 60, 9 * 365)), earliestOnset), firstSeenDay);
    recorded.set(code, { onset, at });
    chart.problems.push({
      id: stableUuid(`${patient.key}:problem:${code}`),
      clinicId,
      patientId,
      code: condition.code,
      display: condition.display,
      status: condition.acute ? 'resolved' : 'active',
      onsetDate: toIsoDate(onset),
      createdAt: at,
    });
  }

  for (const id of patient.medications) {
    const spec = clinic.medicationCatalog[id];
    const problem = spec ? recorded.get(spec.for) : undefined;
    // A drug with no problem to explain it would teach the decision-support demo the wrong thing.
    if (!spec || !problem) throw new Error(`Demo seed: ${patient.key} medication ${id} has no matching problem`);
    const acute = conditionFor(spec.for).acute === true;
    const started = acute ? localDateOf(problem.at, zone) : addDays(problem.onset, randomInt(random, 0, 30));
    chart.medications.push({
      id: stableUuid(`${patient.key}:medication:${id}`),
      clinicId,
      patientId,
      genericName: spec.genericName,
      dose: spec.dose,
      route: spec.route,
      frequency: spec.frequency,
      status: acute || spec.stopped ? 'stopped' : 'active',
      startedOn: toIsoDate(earlierOf(started, todayDay)),
      createdAt: problem.at,
    });
  }

  for (const id of patient.allergies) {
    const spec = allergyCatalog[id];
    if (!spec) throw new Error(`Demo seed: ${patient.key} has unknown allergy ${id}`);
    chart.allergies.push({ id: stableUuid(`${patient.key}:allergy:${id}`), clinicId, patientId, ...spec, createdAt: firstSeen });
  }
  return chart;
}
