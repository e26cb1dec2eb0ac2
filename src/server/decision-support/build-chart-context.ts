import type { ChartContext } from './chart-context.schemas';
import type { ObservationRow } from './chart-context.repo';
import { heartRiskFactors, matchesAny, observationMappings, problemFlags } from './chart-prefill-map';

export interface ChartFacts {
  dateOfBirth: string;
  sexAtBirth: string;
  observations: readonly ObservationRow[];
  problemCodes: readonly string[];
  medications: readonly string[];
  allergies: readonly string[];
}

/** Whole years from an ISO birth date to `today`. */
export function ageOn(dateOfBirth: string, today: Date): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const beforeBirthday = today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d);
  return today.getUTCFullYear() - y - (beforeBirthday ? 1 : 0);
}

/** Pure: chart facts in, pre-filled calculator values out (the latest observation per code wins). */
export function buildChartContext(facts: ChartFacts, today: Date): ChartContext {
  const values: ChartContext['values'] = { age_years: ageOn(facts.dateOfBirth, today) };
  const sources: ChartContext['sources'] = { age_years: 'Date of birth' };
  if (facts.sexAtBirth === 'female' || facts.sexAtBirth === 'male') {
    values.sex = facts.sexAtBirth;
    sources.sex = 'Sex at birth';
  }
  const newestFirst = [...facts.observations].sort((a, b) => b.effectiveAt.getTime() - a.effectiveAt.getTime());
  for (const mapping of observationMappings) {
    const latest = newestFirst.find((o) => mapping.loinc.includes(o.loincCode));
    if (!latest || !mapping.units.includes(latest.unit)) continue;
    for (const input of mapping.inputs) {
      values[input] = latest.value;
      sources[input] = `${latest.display}, ${latest.effectiveAt.toISOString().slice(0, 10)}`;
    }
  }
  for (const [input, codes] of Object.entries(problemFlags)) {
    if (facts.problemCodes.some((code) => matchesAny(code, codes))) {
      values[input] = true;
      sources[input] = 'Problem list';
    }
  }
  const factors = Object.entries(heartRiskFactors).filter(([, codes]) => facts.problemCodes.some((code) => matchesAny(code, codes))).map(([name]) => name);
  if (factors.length > 0) {
    values.risk_factors_present = factors;
    sources.risk_factors_present = 'Problem list';
  }
  return { values, sources, medications: [...facts.medications], allergies: [...facts.allergies] };
}
