import type { PatientProfile } from './demo-types';
import { jitter } from './stable-id';

/** Typical growth per year at a given age (UK-WHO / CDC 50th centile, rounded), [cm, kg]. */
function growthPerYear(ageYears: number, sex: PatientProfile['sexAtBirth']): [number, number] {
  if (ageYears < 0.5) return [30, 8];
  if (ageYears < 1) return [20, 5];
  if (ageYears < 2) return [12, 2.5];
  if (ageYears < 5) return [7, 2];
  if (ageYears < 12) return [6, 3];
  return sex === 'female' ? [3, 3.5] : [6, 5];
}

/**
 * Height and weight `yearsAgo` before today: children grow back down the curve from
 * today's size, adults keep their height and follow their weight trend, so a chart's
 * growth or weight-loss line reads the way the problem list suggests.
 */
export function bodyAt(patient: PatientProfile, yearsAgo: number, random: () => number): { heightCm: number; weightKg: number } {
  if (patient.age < 18) {
    const [cm, kg] = growthPerYear(patient.age + patient.daysPastBirthday / 365, patient.sexAtBirth);
    return {
      heightCm: Math.round((patient.heightCm - cm * yearsAgo) * 10) / 10,
      weightKg: jitter(random, patient.weightKg - kg * yearsAgo, 0.1, 1),
    };
  }
  const trend = patient.weightTrendKgPerYear ?? 0;
  return { heightCm: patient.heightCm, weightKg: jitter(random, patient.weightKg - trend * yearsAgo, 0.6, 1) };
}

/** Resting heart and breathing rates typical for age (APLS ranges, mid-points). */
export function restingRates(ageYears: number): { heartRate: number; respiratoryRate: number } {
  if (ageYears < 1) return { heartRate: 130, respiratoryRate: 36 };
  if (ageYears < 2) return { heartRate: 115, respiratoryRate: 28 };
  if (ageYears < 5) return { heartRate: 100, respiratoryRate: 24 };
  if (ageYears < 12) return { heartRate: 88, respiratoryRate: 20 };
  if (ageYears < 18) return { heartRate: 78, respiratoryRate: 16 };
  return { heartRate: 72, respiratoryRate: 15 };
}

export interface BloodPressure {
  systolic: number;
  diastolic: number;
}

/**
 * Blood pressure at the n-th visit. Treated hypertension starts high and comes down towards
 * target visit by visit; others sit in the normal range for their age.
 */
export function bloodPressure(patient: PatientProfile, visitIndex: number, random: () => number): BloodPressure {
  if (patient.problems.includes('I10')) {
    return {
      systolic: jitter(random, Math.max(128, 150 - 7 * visitIndex), 4),
      diastolic: jitter(random, Math.max(80, 95 - 4 * visitIndex), 3),
    };
  }
  if (patient.age < 18) return { systolic: jitter(random, 106, 6), diastolic: jitter(random, 66, 5) };
  return { systolic: jitter(random, patient.age >= 65 ? 126 : 116, 7), diastolic: jitter(random, 74, 5) };
}

/** Temperature at a visit: feverish when the visit diagnosed an infection. */
export function temperatureAt(diagnoses: string | undefined, random: () => number): number {
  if (diagnoses === 'H66.90' || diagnoses === 'J06.9') return jitter(random, 38.3, 0.3, 1);
  if (diagnoses === 'N39.0') return jitter(random, 37.3, 0.2, 1);
  return jitter(random, 36.8, 0.3, 1);
}
