import type { DraftInput } from '@/server/clinical-ai/drafting/draft.types';
import { analyzeIntake, intakeTexts } from './analyze-intake';
import type { IntakeAnswers } from './intake.schemas';
import { vitalCodes, type VisitVitals } from './visit.schemas';
import { visitScores } from './visit-scores';

type Essentials = {
  problemRows: DraftInput['chart']['problems'];
  medicationRows: DraftInput['chart']['medications'];
  allergyRows: DraftInput['chart']['allergies'];
  observationRows: { id: string; loincCode: string; display: string; value: number; unit: string; effectiveAt: Date }[];
};

/** UCUM units and long LOINC names as a note reads them. */
const UNIT: Record<string, string> = { Cel: '°C', 'mm[Hg]': 'mmHg' };
const SHORT: Record<string, string> = { '59408-5': 'Oxygen saturation (SpO2)', '2708-6': 'Oxygen saturation' };

/** The latest observation per code (rows arrive newest first). */
function latestPerCode(rows: Essentials['observationRows']) {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.loincCode) && seen.add(r.loincCode));
}

/**
 * Everything the drafter may use for one visit: the intake, this visit's vitals, scores computed from them (NEWS2
 * only with the consciousness level the clinician chose on the screen), the chart and the clinician's text.
 */
export function buildDraftInput(answers: IntakeAnswers | null, essentials: Essentials, clinicianText: string, screen: Pick<VisitVitals, 'consciousness' | 'onOxygen'> | null): DraftInput {
  const intake: DraftInput['intake'] = answers ? intakeTexts(answers) : [];
  if (answers?.medicationsConfirmed) intake.push({ key: 'medications', label: 'Medications', text: 'Patient confirmed the medication list on record' });
  if (answers?.allergiesConfirmed) intake.push({ key: 'allergies', label: 'Allergies', text: 'Patient confirmed the allergy list on record' });
  const analysis = answers ? analyzeIntake(answers) : null;
  const observations = latestPerCode(essentials.observationRows);
  const byCode = (code: string) => observations.find((o) => o.loincCode === code);
  const vitals: Partial<VisitVitals> = {};
  for (const key of Object.keys(vitalCodes) as (keyof typeof vitalCodes)[]) {
    const o = byCode(vitalCodes[key].code);
    if (o) vitals[key] = o.value;
  }
  const calculations: DraftInput['calculations'] = [];
  for (const score of visitScores({ ...vitals, consciousness: screen?.consciousness ?? 'A', onOxygen: screen?.onOxygen ?? false } as VisitVitals)) {
    if (score.value === null || (score.id === 'news2' && !screen)) continue;
    const used = score.id === 'bmi' ? ['weight', 'height'] : ['respiratoryRate', 'spo2', 'systolic', 'heartRate', 'temperature'];
    const observationIds = used.map((k) => byCode(vitalCodes[k as keyof typeof vitalCodes].code)?.id).filter((x): x is string => Boolean(x));
    calculations.push({ id: score.id, title: score.title, value: score.value, ...(score.category ? { category: score.category } : {}), observationIds });
  }
  return {
    intake,
    redFlags: (analysis?.redFlags ?? []).map((f) => ({ id: f.id, title: f.title, urgency: f.urgency, answerKeys: analysis?.flagAnswerKeys[f.id] ?? [] })),
    observations: observations.map((o) => ({ id: o.id, display: SHORT[o.loincCode] ?? o.display, value: o.value, unit: UNIT[o.unit] ?? o.unit })),
    calculations,
    chart: { problems: essentials.problemRows, medications: essentials.medicationRows, allergies: essentials.allergyRows },
    clinicianText,
  };
}
