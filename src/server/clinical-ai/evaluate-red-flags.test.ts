import { describe, expect, it } from 'vitest';
import { analyzeClinicalText } from './extract-findings';
import { redFlagRules } from './evaluate-red-flags';
import type { FindingMention } from './extract-clinical-text';
import { findingConcepts } from './lexicon-index';
import type { RedFlagFacts } from './red-flag-rules';

const flagsOf = (text: string) => analyzeClinicalText(text).redFlags.map((f) => `${f.id}:${f.urgency}`);

describe('red flags', () => {
  it.each([
    ['I have chest pain and I am sweating a lot.', 'chest_pain_breathless_or_sweating:emergency'],
    ['Chest tightness and shortness of breath since this morning.', 'chest_pain_breathless_or_sweating:emergency'],
    ['Her face is drooping and she has slurred speech.', 'stroke_be_fast:emergency'],
    ['Sudden loss of balance.', 'stroke_be_fast:urgent'],
    ['Fever and new confusion. RR 26, HR 135, BP 85/50.', 'sepsis_nice_ng51:emergency'],
    ['Fever with HR 105.', 'sepsis_nice_ng51:urgent'],
    ['I have been thinking about suicide.', 'suicide_or_self_harm:emergency'],
    ['Maybe I would be better off dead.', 'suicide_or_self_harm:emergency'],
    ['My throat is closing and I have hives.', 'anaphylaxis:emergency'],
    ['Hives and wheezing after a bee sting.', 'anaphylaxis:emergency'],
    ['I am pregnant and bleeding a lot.', 'pregnancy_bleeding:emergency'],
    ['I might be pregnant and I have some vaginal bleeding.', 'pregnancy_bleeding:urgent'],
    ['Fever and a stiff neck.', 'meningitis_signs:emergency'],
    ['Worst headache of my life, came on suddenly.', 'thunderclap_headache:emergency'],
    ["Back pain and numbness between my legs, can't pee.", 'cauda_equina:emergency'],
    ['I vomited blood this morning.', 'gastrointestinal_bleeding:emergency'],
    ['SpO2 89% on room air.', 'news2_single_parameter:urgent'],
    ['Unintentional weight loss over three months.', 'unexplained_weight_loss:routine'],
  ])('%s -> %s', (text, expected) => {
    expect(flagsOf(text)).toContain(expected);
  });

  it('fires only for affirmed, current findings of the patient', () => {
    expect(flagsOf('No chest pain, no shortness of breath.')).toEqual([]);
    expect(flagsOf('Denies thoughts of suicide or self-harm.')).toEqual([]);
    expect(flagsOf('My mother had a stroke with facial droop and slurred speech.')).toEqual([]);
    expect(flagsOf('History of anaphylaxis to peanuts.')).toEqual([]);
    expect(flagsOf('Return if chest pain and shortness of breath occur.')).toEqual([]);
    expect(flagsOf('Possible chest pain and sweating.')).toEqual([]);
  });

  it('ignores implausible vitals', () => {
    expect(flagsOf('HR 900')).toEqual([]);
  });

  it('routes thoughts of suicide to a person, with crisis resources and no score', () => {
    const [flag] = analyzeClinicalText('Sometimes I want to kill myself.').redFlags;
    expect(flag).toMatchObject({ id: 'suicide_or_self_harm', routeToPerson: true, urgency: 'emergency' });
    expect(flag!.guidance).toMatch(/988/);
    expect(flag!.guidance).toMatch(/116 123/);
    expect(Object.keys(flag!)).not.toContain('score');
  });

  it('lists the most urgent first, with evidence spans and a citation for each', () => {
    const text = 'Unintentional weight loss. Chest pain and sweating.';
    const flags = analyzeClinicalText(text).redFlags;
    expect(flags.map((f) => f.urgency)).toEqual(['emergency', 'routine']);
    for (const f of flags) {
      expect(f.citation.length).toBeGreaterThan(20);
      expect(f.guidance.length).toBeGreaterThan(20);
      for (const e of f.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('every rule names only concepts of the lexicon', () => {
    const named = new Set<string>();
    for (const found of [false, true]) {
      const stub: RedFlagFacts = {
        has: (...ids) => (ids.forEach((id) => named.add(id)), found ? ([{ concept: { id: ids[0] }, start: 0 }] as unknown as FindingMention[]) : []),
        hasPossibly: (...ids) => (ids.forEach((id) => named.add(id)), found ? ([{ concept: { id: ids[0] }, start: 0 }] as unknown as FindingMention[]) : []),
        vitals: () => [],
      };
      for (const rule of redFlagRules) rule.evaluate(stub);
    }
    expect([...named].filter((id) => !findingConcepts.has(id))).toEqual([]);
    for (const rule of redFlagRules) expect(rule.citation).toMatch(/\d{4}/);
  });
});
