import { describe, expect, it } from 'vitest';
import { extractClinicalText } from './extract-clinical-text';
import { extractDurations } from './extract-durations';
import { extractSeverities } from './extract-severity';

const findingsOf = (text: string) => extractClinicalText(text).findings;
const byConcept = (text: string, id: string) => findingsOf(text).find((f) => f.concept.id === id);

describe('extractClinicalText: findings', () => {
  it('maps lay phrases to a preferred term and an ICD-10-CM code', () => {
    expect(byConcept('I have a tummy ache.', 'abdominal_pain')?.concept).toMatchObject({ preferredTerm: 'Abdominal pain', code: 'R10.9', system: 'ICD-10-CM' });
    expect(byConcept("I can't catch my breath.", 'shortness_of_breath')?.text).toBe("can't catch my breath");
    expect(byConcept('Been throwing up all night.', 'vomiting')).toBeDefined();
    expect(byConcept('HEADACHES every morning', 'headache')).toBeDefined();
  });

  it('prefers the longest phrase', () => {
    const found = findingsOf('Shortness of breath and chest pain.').map((f) => f.concept.id);
    expect(found).toEqual(['shortness_of_breath', 'chest_pain']);
  });

  it('asserts every finding in its own sentence', () => {
    const f = findingsOf('No fever but has a cough. Mother had breast cancer. History of asthma. Return if rash appears.');
    expect(f.map((x) => [x.concept.id, x.negation, x.temporality, x.experiencer])).toEqual([
      ['fever', 'negated', 'recent', 'patient'],
      ['cough', 'affirmed', 'recent', 'patient'],
      ['breast_cancer', 'affirmed', 'recent', 'other'],
      ['asthma', 'affirmed', 'historical', 'patient'],
      ['rash', 'affirmed', 'hypothetical', 'patient'],
    ]);
  });

  it('reports spans that point into the text', () => {
    const text = 'Pt c/o   severe HEADACHE.';
    const [f] = findingsOf(text);
    expect(text.slice(f!.start, f!.end)).toBe('HEADACHE');
  });

  it('attaches severity, duration and body site', () => {
    const [pain] = findingsOf('Left knee pain for 3 days, 7/10.');
    expect(pain).toMatchObject({ severity: { score: 7, level: 'severe' }, duration: { value: 3, unit: 'day', iso: 'P3D' }, bodySite: { site: 'knee', laterality: 'left' } });
    expect(byConcept('Severe headache since Monday.', 'headache')).toMatchObject({ severity: { level: 'severe' }, duration: { since: 'Monday' } });
    expect(byConcept('Pain in my right arm.', 'pain')?.bodySite).toMatchObject({ site: 'arm', laterality: 'right' });
    expect(byConcept('Cough for two weeks, no fever.', 'fever')?.duration).toBeUndefined();
  });
});

describe('extractClinicalText: medications and vitals', () => {
  it('maps brands to generics, reads doses, and lists unknown drugs', () => {
    const { medications } = extractClinicalText('Takes Lipitor 20 mg daily and zorbaflex 50 mg twice daily; stopped paracetamol.');
    expect(medications.map((m) => [m.generic, m.known, m.dose?.value, m.frequency])).toEqual([
      ['atorvastatin', true, 20, 'daily'],
      [null, false, 50, 'twice daily'],
      ['acetaminophen', true, undefined, undefined],
    ]);
  });

  it('asserts medications too', () => {
    const [aspirin] = extractClinicalText('Not taking aspirin.').medications;
    expect(aspirin).toMatchObject({ generic: 'aspirin', negation: 'negated' });
  });

  it('returns vitals with implausible ones flagged', () => {
    expect(extractClinicalText('HR 900, BP 150/95').vitals.map((v) => v.plausible)).toEqual([false, true]);
  });
});

describe('extractClinicalText: bad input', () => {
  it('answers empty results for empty, emoji, other languages, HTML and SQL', () => {
    for (const text of ['', '   ', '🙂🙂🙂', 'Je ne me sens pas bien', '<img src=x onerror=alert(1)>', "1' OR '1'='1'; --", '\u202e\u0000']) {
      const result = extractClinicalText(text);
      expect(result.medications).toEqual([]);
      expect(result.vitals).toEqual([]);
    }
  });

  it('handles 20,000 characters of clinical text', () => {
    const text = 'Denies fever, chills or night sweats. BP 150/95. '.repeat(400).slice(0, 20_000);
    const result = extractClinicalText(text);
    expect(result.findings.length).toBeGreaterThan(900);
    expect(result.findings.every((f) => f.negation === 'negated')).toBe(true);
  });
});

describe('durations and severities', () => {
  it('reads lengths, onsets and anchors', () => {
    expect(extractDurations('for 3 days')[0]).toMatchObject({ value: 3, unit: 'day', iso: 'P3D' });
    expect(extractDurations('for the past week')[0]).toMatchObject({ value: 1, unit: 'week' });
    expect(extractDurations('2 weeks ago')[0]).toMatchObject({ value: 2, unit: 'week', ago: true });
    expect(extractDurations('since Monday')[0]).toMatchObject({ since: 'Monday' });
    expect(extractDurations('a 3-day history of cough')[0]).toMatchObject({ value: 3, unit: 'day' });
    expect(extractDurations('follow up in 2 weeks')).toEqual([]);
  });

  it('reads scores and words, flagging a score above 10', () => {
    expect(extractSeverities('pain 8 out of 10')[0]).toMatchObject({ score: 8, level: 'severe' });
    expect(extractSeverities('pain score: 2')[0]).toMatchObject({ score: 2, level: 'mild' });
    expect(extractSeverities('moderate pain')[0]).toMatchObject({ level: 'moderate' });
    expect(extractSeverities('11/10 pain')[0]).toMatchObject({ score: 11, flag: 'implausible' });
    expect(extractSeverities('seen on 3/10/2026')).toEqual([]);
  });
});

describe('note sections', () => {
  it('carries a history or family-history heading over its sentences until the next heading or a blank line', () => {
    const note = 'Past medical history: Hypertension. Asthma.\nFamily history: Mother with breast cancer. Diabetes in father.\nHPI: Cough for 3 days.\n\nNo fever.';
    const got = findingsOf(note).map((f) => [f.concept.id, f.temporality, f.experiencer]);
    expect(got).toEqual([
      ['hypertension', 'historical', 'patient'],
      ['asthma', 'historical', 'patient'],
      ['breast_cancer', 'recent', 'other'],
      ['diabetes_mellitus', 'recent', 'other'],
      ['cough', 'recent', 'patient'],
      ['fever', 'recent', 'patient'],
    ]);
  });
});

describe('medication allergies', () => {
  it('marks a drug named as an allergy, not as a medicine taken', () => {
    const { medications } = extractClinicalText('Allergic to penicillin. Takes amoxicillin 500 mg. Sulfa allergy. Codeine allergy.');
    expect(medications.map((m) => [m.generic, m.allergy ?? false])).toEqual([
      ['penicillin', true],
      ['amoxicillin', false],
      ['codeine', true],
    ]);
  });
});
