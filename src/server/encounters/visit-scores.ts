import { AppError } from '@/lib/errors';
import { findCalculator } from '@/server/decision-support/calculator-registry';
import { computeCalculation } from '@/server/decision-support/compute-calculation';
import type { ScoreView, VisitVitals } from './visit.schemas';

type Inputs = Record<string, unknown>;

const NEEDS: Record<string, [keyof VisitVitals, string][]> = {
  news2: [['respiratoryRate', 'respiratory rate'], ['spo2', 'oxygen saturation'], ['systolic', 'systolic blood pressure'], ['heartRate', 'heart rate'], ['temperature', 'temperature']],
  bmi: [['weight', 'weight'], ['height', 'height']],
};

function inputsFor(id: string, v: VisitVitals): Inputs {
  if (id === 'bmi') return { weight_kg: v.weight, height_cm: v.height };
  return {
    respiration_rate_per_min: v.respiratoryRate, spo2_pct: v.spo2, spo2_scale: 1, on_supplemental_oxygen: v.onOxygen,
    systolic_bp_mmhg: v.systolic, pulse_per_min: v.heartRate, consciousness: v.consciousness, temperature_c: v.temperature,
  };
}

/**
 * NEWS2 and BMI from what has been entered so far, computed by decision support (its validation and citation).
 * A score with inputs still missing says which; it is never computed from guesses.
 */
export function visitScores(v: VisitVitals): ScoreView[] {
  return Object.keys(NEEDS).map((id) => {
    const definition = findCalculator(id)!.definition;
    const missing = NEEDS[id]!.filter(([k]) => v[k] === undefined).map(([, label]) => label);
    const base = { id, title: definition.title, citation: definition.citation, missing };
    if (missing.length) return { ...base, value: null };
    try {
      const r = computeCalculation(id, inputsFor(id, v));
      return { ...base, value: Math.round(r.value * 10) / 10, interpretation: r.interpretation, ...(r.category ? { category: r.category } : {}) };
    } catch (error) {
      if (error instanceof AppError) return { ...base, value: null, missing: Object.keys(error.fieldErrors ?? {}) };
      throw error;
    }
  });
}
