import { describe, expect, it } from 'vitest';
import { draftSoapNote } from './draft-soap-note';
import type { NoteSentence } from './draft.types';
import { restates, statementOf } from './match-sources';
import { NO_SOURCE_FLAG, verifyRewrite } from './verify-rewrite';

// A typical visit: intake answers, this visit's vitals, a calculator result, the chart and the clinician's text.
const draft = draftSoapNote({
  intake: [
    { key: 'reason', label: 'Reason for visit', text: 'Cough for 5 days' },
    { key: 'associated', label: 'Other symptoms', text: 'A bit short of breath when climbing stairs. No fever. No chest pain.' },
    { key: 'medications', label: 'Medications', text: 'Confirmed as on record' },
  ],
  redFlags: [],
  observations: [
    { id: 'o-hr', display: 'Heart rate', value: 98, unit: '/min' },
    { id: 'o-spo2', display: 'Oxygen saturation', value: 95, unit: '%' },
    { id: 'o-temp', display: 'Body temperature', value: 37.2, unit: 'Cel' },
  ],
  calculations: [{ id: 'news2', title: 'NEWS2', value: 1, category: 'low', observationIds: ['o-hr', 'o-spo2', 'o-temp'] }],
  chart: {
    problems: [{ id: 'p-htn', code: 'I10', display: 'Essential (primary) hypertension' }],
    medications: [{ id: 'm-lis', genericName: 'lisinopril', dose: '10 mg', frequency: 'once daily' }],
    allergies: [{ id: 'a-pen', substance: 'Penicillin', reaction: 'Hives' }],
  },
  clinicianText: 'Likely acute bronchitis. Salbutamol inhaler 100 mcg as needed. Review in 1 week if not better.',
});

const refs = (s: NoteSentence | undefined) => s?.sources.map((x) => `${x.kind}:${x.ref}`);

describe('verifyRewrite: sources per rewritten sentence', () => {
  const out = verifyRewrite(draft, {
    subjective: [
      // Two draft sentences (two intake answers) merged into one.
      'Five-day history of cough with shortness of breath on exertion.',
      'No fever or chest pain.',
      'Current medications were confirmed as recorded.',
    ],
    // The section reordered, and the three vitals merged.
    objective: [
      'Takes lisinopril 10 mg once daily.',
      'Heart rate 98/min, SpO2 95% and temperature 37.2 °C.',
      'NEWS2 score 1 (low risk).',
    ],
    assessment: ['Acute bronchitis is likely, on a background of essential hypertension (I10).'],
    plan: ['Review in 1 week if symptoms have not improved.'],
  });

  it('gives a merged sentence the sources of both sentences it restates, and flags nothing in a faithful rewrite', () => {
    expect(refs(out.subjective[0])).toEqual(['intake:reason', 'intake:associated']);
    expect(refs(out.subjective[1])).toEqual(['intake:associated']);
    expect(refs(out.subjective[2])).toEqual(['intake:medications']);
    expect(refs(out.assessment[0])).toEqual(['chart:p-htn', 'clinician:clinician-text']);
    expect(refs(out.plan[0])).toEqual(['clinician:clinician-text']);
    for (const s of [...out.subjective, ...out.objective, ...out.assessment, ...out.plan]) {
      expect(s.flags, s.text).toBeUndefined();
      expect(s.origin).toBe('model');
    }
  });

  it('follows a reordered section sentence by sentence instead of by position', () => {
    expect(refs(out.objective[0])).toEqual(['chart:m-lis']);
    expect(refs(out.objective[1])).toEqual(['observation:o-hr', 'observation:o-spo2', 'observation:o-temp']);
    expect(refs(out.objective[2])).toEqual(['calculation:news2', 'observation:o-hr', 'observation:o-spo2', 'observation:o-temp']);
    // No sentence carries the allergy it does not mention (the whole section's sources are no longer copied).
    expect(out.objective.flatMap((s) => refs(s))).not.toContain('chart:a-pen');
  });

  it('finds a sentence the model moved to another section', () => {
    const moved = verifyRewrite(draft, { subjective: [], objective: [], assessment: [], plan: ['Allergies on record: penicillin (hives).'] });
    expect(refs(moved.plan[0])).toEqual(['chart:a-pen']);
    expect(moved.plan[0]?.flags).toBeUndefined();
  });
});

describe('verifyRewrite: what has no source is flagged, never shown as fact', () => {
  it('flags an invented finding; a sentence that restates nothing gets no source', () => {
    const out = verifyRewrite(draft, { subjective: ['Also reports wheezing at night.', 'Cough for 5 days, now with wheezing.'], objective: [], assessment: [], plan: [] });
    expect(out.subjective[0]).toMatchObject({ sources: [], flags: [expect.stringMatching(/Finding with no source: wheezing/), NO_SOURCE_FLAG] });
    // Restating the cough keeps its source; the invented wheeze in the same sentence is still flagged.
    expect(refs(out.subjective[1])).toEqual(['intake:reason']);
    expect(out.subjective[1]?.flags).toEqual([expect.stringMatching(/Finding with no source: wheezing/)]);
  });

  it('flags a negation flip, keeping the source it contradicts in view', () => {
    const out = verifyRewrite(draft, { subjective: ['The patient reports fever.'], objective: [], assessment: [], plan: [] });
    expect(out.subjective[0]?.flags).toEqual([expect.stringMatching(/Negation differs from the source: fever \(affirmed; source: negated\)/)]);
    expect(refs(out.subjective[0])).toEqual(['intake:associated']);
  });

  it('flags filler that restates nothing, a changed number, an unknown medication and a dose', () => {
    const out = verifyRewrite(draft, {
      subjective: ['The patient is seen today in clinic.'],
      objective: ['Heart rate 112/min.'],
      assessment: ['Use a salbutamol inhaler, 200 mcg, as needed.'],
      plan: ['Start amoxicillin 500 mg three times daily.', 'Lisinopril 20 mg once daily.'],
    });
    expect(out.subjective[0]).toMatchObject({ sources: [], flags: [NO_SOURCE_FLAG] });
    expect(out.objective[0]).toMatchObject({ flags: ['Number with no source: 112'] });
    expect(refs(out.objective[0])).toEqual(['observation:o-hr']);
    expect(out.assessment[0]?.flags).toEqual(['Number with no source: 200']);
    expect(out.plan[0]?.flags).toEqual(expect.arrayContaining([expect.stringMatching(/Medication with no source: amoxicillin/), 'Number with no source: 500', NO_SOURCE_FLAG]));
    // Moved from the objective: the chart medication is its source, and the changed dose is flagged.
    expect(refs(out.plan[1])).toEqual(['chart:m-lis']);
    expect(out.plan[1]?.flags).toEqual(expect.arrayContaining([expect.stringMatching(/Dose with no source/), 'Number with no source: 20']));
  });
});

describe('restates', () => {
  it('needs a shared finding, medication, vital, a number with a word, or enough shared words', () => {
    const r = (a: string, b: string) => restates(statementOf(a), statementOf(b));
    expect(r('Oxygen saturation 95 %.', 'SpO2 95% on room air.')).toBe(true);
    expect(r('Well.', 'Well.')).toBe(true);
    expect(r('Follow up in 2 weeks.', 'Pain 2/10 (patient’s words).')).toBe(false);
    expect(r('The patient reports that today.', 'Reports cough.')).toBe(false);
    expect(r('Viral bronchitis is likely.', 'Viral bronchitis likely.')).toBe(true);
  });
});
