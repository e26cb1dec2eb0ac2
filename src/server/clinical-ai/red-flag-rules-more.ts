import type { RedFlagRule } from './red-flag-rules';

const CALL_NOW = 'Call your local emergency number now. Do not drive yourself.';
const fire = <E>(urgency: 'emergency' | 'urgent' | 'routine', evidence: E[]) => (evidence.length > 0 ? { urgency, evidence } : null);

export const pregnancyBleedingRule: RedFlagRule = {
  id: 'pregnancy_bleeding',
  title: 'Bleeding in pregnancy',
  citation: 'NICE NG126, Ectopic pregnancy and miscarriage: diagnosis and initial management (2019, updated 2023), 1.2 (refer immediately: pain and bleeding, or signs of haemodynamic instability).',
  guidance: {
    emergency: `Heavy bleeding, or bleeding with pain or fainting, in pregnancy needs emergency care. ${CALL_NOW}`,
    urgent: 'Bleeding in pregnancy needs to be assessed today. If it gets heavier, or you have pain or feel faint, call your local emergency number.',
    routine: '',
  },
  evaluate: (f) => {
    // Doubt about the pregnancy must not lower the urgency: "I might be pregnant" counts.
    const pregnant = f.hasPossibly('pregnant', 'ectopic_pregnancy', 'amenorrhea');
    const bleeding = [...f.has('bleeding_in_pregnancy'), ...(pregnant.length > 0 ? f.has('vaginal_bleeding', 'bleeding', 'heavy_bleeding') : [])];
    if (bleeding.length === 0) return null;
    const heavy = bleeding.filter((b) => b.concept.id === 'heavy_bleeding' || b.severity?.level === 'severe');
    const danger = f.has('heavy_bleeding', 'abdominal_pain', 'pelvic_pain', 'pain', 'syncope', 'presyncope', 'dizziness', 'ectopic_pregnancy');
    const evidence = [...pregnant, ...bleeding, ...danger];
    return heavy.length > 0 || danger.length > 0 ? { urgency: 'emergency', evidence } : { urgency: 'urgent', evidence };
  },
};

export const meningitisRule: RedFlagRule = {
  id: 'meningitis_signs',
  title: 'Possible meningitis or meningococcal disease',
  citation: 'NICE NG240, Meningitis (bacterial) and meningococcal disease: recognition, diagnosis and management (2024), 1.1.',
  guidance: {
    emergency: `A rash that does not fade under pressure, or fever with a stiff neck, can be meningitis. ${CALL_NOW}`,
    urgent: '',
    routine: '',
  },
  evaluate: (f) => {
    const rash = f.has('non_blanching_rash');
    if (rash.length > 0) return { urgency: 'emergency', evidence: rash };
    const fever = f.has('fever', 'chills');
    const meningism = f.has('neck_stiffness', 'meningitis');
    return fever.length > 0 && meningism.length > 0 ? { urgency: 'emergency', evidence: [...fever, ...meningism] } : fire('emergency', f.has('meningitis'));
  },
};

export const thunderclapRule: RedFlagRule = {
  id: 'thunderclap_headache',
  title: 'Sudden severe ("thunderclap") headache',
  citation: 'NICE NG228, Subarachnoid haemorrhage caused by a ruptured aneurysm: diagnosis and management (2022), 1.1.1.',
  guidance: {
    emergency: `A sudden, severe headache, the worst you have ever had, can be bleeding around the brain. ${CALL_NOW}`,
    urgent: '',
    routine: '',
  },
  evaluate: (f) => fire('emergency', [...f.has('sudden_severe_headache', 'subarachnoid_hemorrhage', 'intracranial_hemorrhage')]),
};

export const caudaEquinaRule: RedFlagRule = {
  id: 'cauda_equina',
  title: 'Possible cauda equina syndrome',
  citation: 'NICE NG59, Low back pain and sciatica in over 16s (2016, updated 2020); GIRFT National Suspected Cauda Equina Syndrome Pathway (2023).',
  guidance: {
    emergency: 'Back pain with numbness around the bottom or genitals, new trouble passing urine or controlling your bladder or bowel, or leg weakness needs an emergency assessment today. Go to the emergency department now.',
    urgent: '',
    routine: '',
  },
  evaluate: (f) => {
    const saddle = f.has('saddle_anesthesia', 'cauda_equina_syndrome');
    if (saddle.length > 0) return { urgency: 'emergency', evidence: saddle };
    const back = f.has('back_pain', 'low_back_pain', 'sciatica');
    const neuro = f.has('urinary_retention', 'urinary_incontinence', 'fecal_incontinence', 'leg_weakness');
    return back.length > 0 && neuro.length > 0 ? { urgency: 'emergency', evidence: [...back, ...neuro] } : null;
  },
};

export const giBleedRule: RedFlagRule = {
  id: 'gastrointestinal_bleeding',
  title: 'Vomiting blood or black stools',
  citation: 'NICE CG141, Acute upper gastrointestinal bleeding in over 16s: management (2012, updated 2016).',
  guidance: {
    emergency: `Vomiting blood, or black tarry stools, can be bleeding in the gut. ${CALL_NOW}`,
    urgent: 'Blood in your stool needs to be assessed today. If you feel faint or the bleeding is heavy, call your local emergency number.',
    routine: '',
  },
  evaluate: (f) =>
    fire('emergency', f.has('hematemesis', 'melena', 'gastrointestinal_bleeding')) ?? fire('urgent', f.has('rectal_bleeding')),
};

export const vitalSignsRule: RedFlagRule = {
  id: 'news2_single_parameter',
  title: 'A vital sign in the NEWS2 red zone',
  citation: 'Royal College of Physicians. National Early Warning Score (NEWS) 2 (2017): a score of 3 in any single parameter prompts an urgent clinical review.',
  guidance: {
    emergency: '',
    urgent: 'One of these readings is far from normal and needs a clinician to review it urgently. Check it again; if you feel unwell, call your local emergency number.',
    routine: '',
  },
  evaluate: (f) =>
    fire('urgent', [
      ...f.vitals('respiratory_rate', (v) => (v.value ?? 16) <= 8 || (v.value ?? 16) >= 25),
      ...f.vitals('oxygen_saturation', (v) => (v.value ?? 100) <= 91),
      ...f.vitals('blood_pressure', (v) => (v.systolic ?? 120) <= 90 || (v.systolic ?? 120) >= 220),
      ...f.vitals('heart_rate', (v) => (v.value ?? 70) <= 40 || (v.value ?? 70) >= 131),
      ...f.vitals('temperature', (v) => (v.value ?? 37) <= 35),
    ]),
};

export const weightLossRule: RedFlagRule = {
  id: 'unexplained_weight_loss',
  title: 'Unexplained weight loss',
  citation: 'NICE NG12, Suspected cancer: recognition and referral (2015, updated 2023), 1.15 (unexplained weight loss).',
  guidance: {
    emergency: '',
    urgent: '',
    routine: 'Weight loss you cannot explain should be discussed with your clinician, who may arrange tests.',
  },
  evaluate: (f) => fire('routine', f.has('weight_loss')),
};
