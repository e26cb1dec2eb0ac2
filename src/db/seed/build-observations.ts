import type { observations } from '../schema/patients';
import { labLoinc, labTrendsByCondition, vitalsLoinc, type LabTrend, type LoincSpec } from './catalog-observations';
import type { PatientProfile } from './demo-types';
import type { VisitPlan } from './plan-visits';
import { jitter, seededRandom, stableUuid } from './stable-id';
import { bloodPressure, bodyAt, restingRates, temperatureAt } from './vital-signs';

type ObservationRow = typeof observations.$inferInsert;

const MINUTE = 60_000;
const YEAR = 365.25 * 24 * 60 * MINUTE;

/** One lab series per lab: E78.5 and I25.10 both order lipids, but a patient gets one panel per visit. */
function labTrends(patient: PatientProfile): LabTrend[] {
  const byLab = new Map<string, LabTrend>();
  for (const code of patient.problems) for (const trend of labTrendsByCondition[code] ?? []) if (!byLab.has(trend.lab)) byLab.set(trend.lab, trend);
  return [...byLab.values()];
}

function trendValue(trend: LabTrend, draw: number, offset: number, random: () => number): number {
  const moved = trend.start + offset + trend.step * draw;
  const bounded = trend.step < 0 ? Math.max(trend.goal, moved) : Math.min(trend.goal, moved);
  return jitter(random, bounded, trend.spread, trend.decimals);
}

/**
 * Vitals taken at check-in of every completed in-person visit, and the labs its problems
 * call for drawn at the same visit, so every number on a chart belongs to a visit.
 */
export function buildObservations(clinicId: string, patientId: string, patient: PatientProfile, visits: VisitPlan[], today: Date): ObservationRow[] {
  const random = seededRandom(`${patient.key}:observations`);
  const trends = labTrends(patient).map((trend) => ({ trend, offset: jitter(random, 0, trend.spread * 3, trend.decimals) }));
  const seen = visits
    .filter((visit) => visit.status === 'completed' && visit.visitType.mode === 'in_person')
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const rows: ObservationRow[] = [];
  seen.forEach((visit, index) => {
    const yearsAgo = (today.getTime() - visit.startsAt.getTime()) / YEAR;
    const ageThen = patient.age + patient.daysPastBirthday / 365 - yearsAgo;
    const add = (spec: LoincSpec, value: number, minutesIn: number) => {
      const effectiveAt = new Date(visit.startsAt.getTime() + minutesIn * MINUTE);
      rows.push({
        id: stableUuid(`${visit.key}:obs:${spec.code}`),
        clinicId,
        patientId,
        loincCode: spec.code,
        display: spec.display,
        value,
        unit: spec.unit,
        effectiveAt,
        createdAt: effectiveAt,
      });
    };
    const body = bodyAt(patient, yearsAgo, random);
    const rates = restingRates(ageThen);
    const copd = patient.problems.includes('J44.9');
    add(vitalsLoinc.weight, body.weightKg, 3);
    add(vitalsLoinc.height, body.heightCm, 3);
    if (ageThen >= 2) add(vitalsLoinc.bmi, Math.round((body.weightKg / (body.heightCm / 100) ** 2) * 10) / 10, 3);
    add(vitalsLoinc.temperature, temperatureAt(visit.diagnoses, random), 4);
    add(vitalsLoinc.heartRate, jitter(random, patient.problems.includes('I48.91') ? 84 : rates.heartRate, 8), 5);
    add(vitalsLoinc.respiratoryRate, jitter(random, copd ? 19 : rates.respiratoryRate, 2), 5);
    add(vitalsLoinc.spo2, Math.min(100, jitter(random, copd ? 93 : 98, 1)), 5);
    // Routine blood pressure from age 10 up, as both countries' paediatric practice does.
    if (ageThen >= 10) {
      const pressure = bloodPressure(patient, index, random);
      add(vitalsLoinc.systolic, pressure.systolic, 6);
      add(vitalsLoinc.diastolic, pressure.diastolic, 6);
    }
    const labs = new Map(trends.map(({ trend, offset }) => [trend.lab, trendValue(trend, index, offset, random)]));
    const [total, hdl, triglycerides] = [labs.get('cholesterol'), labs.get('hdl'), labs.get('triglycerides')];
    // LOINC 13457-7 is the calculated LDL: derive it (Friedewald) so the panel adds up.
    if (labs.has('ldl') && total !== undefined && hdl !== undefined && triglycerides !== undefined) {
      labs.set('ldl', Math.round(total - hdl - triglycerides / 5));
    }
    for (const [lab, value] of labs) add(labLoinc[lab], value, 15);
  });
  return rows;
}
