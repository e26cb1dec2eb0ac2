import type { FindingMention } from './extract-clinical-text';
import type { Vital } from './extract-vitals';

export type Urgency = 'emergency' | 'urgent' | 'routine';

/** What the rules look at: current, affirmed findings of the patient, and plausible vitals. */
export interface RedFlagFacts {
  has(...conceptIds: string[]): FindingMention[];
  /** Also findings asserted as possible (used only where doubt must not lower safety, e.g. "might be pregnant"). */
  hasPossibly(...conceptIds: string[]): FindingMention[];
  vitals(kind: Vital['kind'], test: (v: Vital) => boolean): Vital[];
}

export type Evidence = FindingMention | Vital;

export interface RedFlagRule {
  id: string;
  title: string;
  citation: string;
  /** The urgency and the evidence when the rule fires, or null. */
  evaluate(facts: RedFlagFacts): { urgency: Urgency; evidence: Evidence[] } | null;
  guidance: Record<Urgency, string>;
  /** Routed to a person at the clinic at once, and never turned into a score. */
  routeToPerson?: boolean;
}

const both = (a: Evidence[], b: Evidence[]) => (a.length > 0 && b.length > 0 ? [...a, ...b] : null);
const fire = (urgency: Urgency, evidence: Evidence[] | null) => (evidence && evidence.length > 0 ? { urgency, evidence } : null);
const CALL_NOW = 'Call your local emergency number now. Do not drive yourself.';

const INFECTION = ['fever', 'chills', 'sepsis', 'pneumonia', 'urinary_tract_infection', 'pyelonephritis', 'cellulitis', 'meningitis', 'wound_infection', 'infection', 'bacterial_infection', 'influenza', 'covid_19', 'meningococcal_disease', 'productive_cough', 'abscess'];

export const chestPainRule: RedFlagRule = {
  id: 'chest_pain_breathless_or_sweating',
  title: 'Chest pain with breathlessness or sweating',
  citation: 'NICE CG95, Recent-onset chest pain of suspected cardiac origin (2010, updated 2016), 1.1; Gulati M, et al. 2021 AHA/ACC Chest Pain Guideline. Circulation 2021;144:e368-e454.',
  guidance: {
    emergency: `Chest pain with shortness of breath or sweating can be a heart attack. ${CALL_NOW}`,
    urgent: 'Chest pain needs to be assessed today.',
    routine: 'Mention your chest pain at your visit.',
  },
  evaluate: (f) => fire('emergency', both(f.has('chest_pain', 'chest_tightness'), f.has('shortness_of_breath', 'dyspnea', 'sweating', 'syncope', 'presyncope'))),
};

export const strokeRule: RedFlagRule = {
  id: 'stroke_be_fast',
  title: 'Possible stroke (BE-FAST signs)',
  citation: 'NICE NG128, Stroke and transient ischaemic attack in over 16s (2019, updated 2022), 1.1.1 (FAST); Aroor S, Singh R, Goldstein LB. BE-FAST. Stroke 2017;48:479-481.',
  guidance: {
    emergency: `Face drooping, arm or leg weakness, or speech difficulty can be a stroke. Note the time the symptoms started. ${CALL_NOW}`,
    urgent: 'Sudden loss of balance or of vision can be a stroke. If it came on suddenly or is getting worse, call your local emergency number; otherwise you need to be seen today.',
    routine: '',
  },
  evaluate: (f) => {
    const fas = f.has('facial_droop', 'hemiparesis', 'arm_weakness', 'leg_weakness', 'slurred_speech', 'aphasia', 'bell_palsy');
    if (fas.length > 0) return { urgency: 'emergency', evidence: fas };
    return fire('urgent', f.has('loss_of_balance', 'vision_loss', 'diplopia'));
  },
};

export const sepsisRule: RedFlagRule = {
  id: 'sepsis_nice_ng51',
  title: 'Possible sepsis (NICE NG51 risk criteria)',
  citation: 'NICE NG51, Suspected sepsis: recognition, diagnosis and early management (2016, updated 2024), risk stratification criteria for adults and young people aged 12 and over.',
  guidance: {
    emergency: `An infection with these signs can be sepsis, which is an emergency. ${CALL_NOW}`,
    urgent: 'An infection with these signs needs a clinician to see you within the next few hours. If you get worse, call your local emergency number.',
    routine: '',
  },
  evaluate: (f) => {
    const infection = f.has(...INFECTION);
    const sepsis = f.has('sepsis', 'meningococcal_disease');
    const high = [
      ...f.has('confusion', 'altered_mental_status', 'mottled_skin', 'cyanosis', 'non_blanching_rash'),
      ...f.vitals('respiratory_rate', (v) => (v.value ?? 0) >= 25),
      ...f.vitals('oxygen_saturation', (v) => (v.value ?? 100) < 92),
      ...f.vitals('blood_pressure', (v) => (v.systolic ?? 200) <= 90),
      ...f.vitals('heart_rate', (v) => (v.value ?? 0) > 130),
    ];
    if (sepsis.length > 0) return { urgency: 'emergency', evidence: [...sepsis, ...high] };
    const highHit = both(infection, high);
    if (highHit) return { urgency: 'emergency', evidence: highHit };
    const moderate = [
      ...f.vitals('respiratory_rate', (v) => (v.value ?? 0) >= 21),
      ...f.vitals('heart_rate', (v) => (v.value ?? 0) > 90),
      ...f.vitals('blood_pressure', (v) => (v.systolic ?? 200) <= 100),
      ...f.vitals('temperature', (v) => (v.value ?? 37) < 36),
      ...f.has('urinary_retention'),
    ];
    return fire('urgent', both(infection, moderate));
  },
};

export const suicideRule: RedFlagRule = {
  id: 'suicide_or_self_harm',
  title: 'Thoughts of suicide or self-harm',
  citation: 'NICE NG225, Self-harm: assessment, management and preventing recurrence (2022), 1.5 (do not use risk assessment tools or scales to predict suicide or self-harm).',
  routeToPerson: true,
  guidance: {
    emergency: 'You do not have to face this alone. If you might act on these thoughts, call your local emergency number now. A member of the care team will contact you. You can talk to someone at any time: in the US call or text 988; in the UK call Samaritans on 116 123.',
    urgent: '',
    routine: '',
  },
  // A hedged mention ("maybe I'd be better off dead") is still routed to a person: doubt must not lower safety.
  evaluate: (f) => fire('emergency', f.hasPossibly('suicidal_ideation', 'suicide_attempt', 'self_harm', 'overdose', 'homicidal_ideation')),
};

export const anaphylaxisRule: RedFlagRule = {
  id: 'anaphylaxis',
  title: 'Severe allergic reaction (anaphylaxis)',
  citation: 'Resuscitation Council UK, Emergency treatment of anaphylaxis: guidelines for healthcare providers (2021); Cardona V, et al. World Allergy Organization anaphylaxis guidance 2020. World Allergy Organ J 2020;13:100472.',
  guidance: {
    emergency: `Swelling of the throat, lips or tongue, or trouble breathing after an allergic reaction can be anaphylaxis. Use an adrenaline (epinephrine) auto-injector if you have one. ${CALL_NOW}`,
    urgent: 'Swelling of the lips, face or tongue needs to be seen today. If breathing or swallowing gets difficult, call your local emergency number.',
    routine: '',
  },
  evaluate: (f) => {
    const direct = f.has('anaphylaxis', 'throat_swelling');
    if (direct.length > 0) return { urgency: 'emergency', evidence: direct };
    const skin = f.has('angioedema', 'hives', 'itching', 'allergic_reaction', 'rash');
    const airwayOrCirculation = f.has('shortness_of_breath', 'dyspnea', 'wheezing', 'stridor', 'respiratory_distress', 'syncope', 'presyncope', 'hypotension', 'dizziness');
    return fire('emergency', both(skin, airwayOrCirculation)) ?? fire('urgent', f.has('angioedema'));
  },
};
