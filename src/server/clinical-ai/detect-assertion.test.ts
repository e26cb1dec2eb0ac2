import { describe, expect, it } from 'vitest';
import { detectAssertion } from './detect-assertion';

const neg = (sentence: string, target: string) => detectAssertion(sentence, target).negation;

describe('negation scope', () => {
  it('negates every item of a conjunction list after one trigger', () => {
    for (const target of ['fever', 'chills', 'night sweats']) expect(neg('Denies fever, chills or night sweats.', target)).toBe('negated');
  });

  it('ends the scope at a termination term', () => {
    expect(neg('No fever but has cough.', 'fever')).toBe('negated');
    expect(neg('No fever but has cough.', 'cough')).toBe('affirmed');
    expect(neg('No abdominal pain, however reports bloating.', 'bloating')).toBe('affirmed');
    expect(neg('He denies chest pain and presents with dyspnea.', 'dyspnea')).toBe('affirmed');
  });

  it('does not carry a negation across a sentence boundary', () => {
    expect(neg('No fever. Cough for two weeks.', 'cough')).toBe('affirmed');
    expect(neg('Positive for cough; negative for fever.', 'cough')).toBe('affirmed');
  });

  it('ignores pseudo-triggers that only look like negations', () => {
    expect(neg('No increase in the leg swelling.', 'leg swelling')).toBe('affirmed');
    expect(neg('Gram negative rods suggest infection.', 'infection')).toBe('affirmed');
    expect(neg('Not only fatigue but also weakness.', 'fatigue')).toBe('affirmed');
    expect(neg('Back pain not relieved by ibuprofen.', 'back pain')).toBe('affirmed');
  });

  it('reads post-triggers backwards', () => {
    expect(neg('Pulmonary embolism was ruled out.', 'pulmonary embolism')).toBe('negated');
    expect(neg('The headache has resolved.', 'headache')).toBe('negated');
    expect(neg('Abdominal pain: no.', 'abdominal pain')).toBe('negated');
  });

  it('reads an exclusion with its subject first, and a diagnosis set aside', () => {
    expect(neg('He was ruled out for myocardial infarction.', 'myocardial infarction')).toBe('negated');
    expect(neg('He was not found to have any infection.', 'infection')).toBe('negated');
    expect(neg('MI was r/o.', 'MI')).toBe('negated');
    expect(neg('Admitted to r/o MI.', 'MI')).toBe('possible');
    expect(neg('Acute coronary syndrome is not suspected.', 'acute coronary syndrome')).toBe('negated');
  });

  it('ends a negation at a dating event, a closed clause and a new subject', () => {
    expect(neg('He had no further chest pain after catheterization.', 'chest pain')).toBe('negated');
    expect(neg('He had no further chest pain after catheterization.', 'catheterization')).toBe('affirmed');
    expect(neg('She has remained free of disease since her resection.', 'resection')).toBe('affirmed');
    expect(neg('The rash has since resolved.', 'rash')).toBe('negated');
    expect(neg('No bleeding source found, anemia secondary to CKD.', 'anemia')).toBe('affirmed');
    expect(neg('No evidence of rebleeding, and the hemoglobin remained stable.', 'hemoglobin')).toBe('affirmed');
    expect(neg('No evidence of rebleeding, and the hemoglobin remained stable.', 'rebleeding')).toBe('negated');
  });

  it('limits the scope to a window of words', () => {
    const far = 'No fever was recorded during the long stay on the ward with many visitors and staff changes and later cough.';
    expect(neg(far, 'cough')).toBe('affirmed');
  });

  it('tells uncertainty from negation', () => {
    expect(neg('Cannot rule out pulmonary embolism.', 'pulmonary embolism')).toBe('possible');
    expect(neg('Possible early pneumonia.', 'pneumonia')).toBe('possible');
    expect(neg('Malignancy is unlikely.', 'malignancy')).toBe('possible');
  });

  it('returns the trigger that decided, as written', () => {
    expect(detectAssertion('Patient DENIES chest pain.', 'chest pain').trigger).toBe('DENIES');
    expect(detectAssertion('Chest pain.', 'chest pain').trigger).toBeUndefined();
  });
});

describe('lists, fields and hedges', () => {
  it('runs a negation through a long list of short items, but not through prose', () => {
    const ros = 'Denies fevers, chills, night sweats, weight loss, headache, vision change, sore throat, chest pain, palpitations, cough, abdominal pain, or dysuria.';
    expect(neg(ros, 'dysuria')).toBe('negated');
    expect(neg('No fever was recorded during the long stay on the ward with many visitors and staff changes and later cough.', 'cough')).toBe('affirmed');
  });

  it('reads a field and its value, with a colon, a dash or a sign', () => {
    expect(neg('Murmurs - none.', 'murmurs')).toBe('negated');
    expect(neg('Influenza A/B PCR - negative.', 'influenza')).toBe('negated');
    expect(neg('(+) nausea, (-) vomiting.', 'vomiting')).toBe('negated');
    expect(neg('(+) nausea, (-) vomiting.', 'nausea')).toBe('affirmed');
    expect(neg('ROS - negative for fever, chills.', 'chills')).toBe('negated');
    expect(neg('Shortness-of-breath on exertion.', 'shortness of breath')).toBe('affirmed');
  });

  it('reads a denied denial as affirmed and a hedged cause as possible', () => {
    expect(neg('He does not deny chest pain when asked directly.', 'chest pain')).toBe('affirmed');
    expect(neg('Dyspnea likely secondary to heart failure exacerbation.', 'heart failure')).toBe('possible');
    expect(neg('Dyspnea likely secondary to heart failure exacerbation.', 'dyspnea')).toBe('affirmed');
    expect(neg('Her pain is no longer present.', 'pain')).toBe('negated');
    expect(neg('HIV antibody nonreactive.', 'HIV')).toBe('negated');
  });
});

describe('outcomes and verbs after a negation', () => {
  it('lets a negation reach past the verb it negates', () => {
    expect(neg('Patient has not complained of chest pain since admission.', 'chest pain')).toBe('negated');
    expect(neg('No fever and is eating well.', 'fever')).toBe('negated');
  });

  it('reads a finding that has gone or not come back as negated', () => {
    expect(neg('Diarrhea has ceased.', 'diarrhea')).toBe('negated');
    expect(neg('Wheezing was no longer heard after nebulizers.', 'wheezing')).toBe('negated');
    expect(neg('Fatigue has improved and is no longer present.', 'fatigue')).toBe('negated');
    expect(neg('Rash has not recurred.', 'rash')).toBe('negated');
    expect(neg('Sepsis was considered and excluded.', 'sepsis')).toBe('negated');
    expect(neg('Evaluation for hemorrhage was negative.', 'hemorrhage')).toBe('negated');
  });

  it('reads a study that fails to show a finding, and a finding now absent', () => {
    expect(neg('Renal artery dopplers fail to show stenosis.', 'stenosis')).toBe('negated');
    expect(neg('Swelling has decreased and is now absent.', 'swelling')).toBe('negated');
    expect(neg('Cough persists but is no longer productive.', 'cough')).toBe('affirmed');
  });

  it('does not negate an outcome that is only awaited', () => {
    expect(detectAssertion('Empiric ceftriaxone until bacterial meningitis is excluded.', 'bacterial meningitis')).toMatchObject({ negation: 'affirmed', temporality: 'hypothetical' });
  });

  it('ends a negation at a list item described as found, unless an "or" shows the list is still denied', () => {
    expect(neg('No wheezes, bibasilar crackles.', 'crackles')).toBe('affirmed');
    expect(neg('No JVD, 2+ edema bilaterally.', 'edema')).toBe('affirmed');
    expect(neg('No fever, persistent cough, or hemoptysis.', 'cough')).toBe('negated');
    expect(neg('No fever but cough or cold.', 'cold')).toBe('affirmed');
  });

  it('does not carry a negated action over to its cause or purpose', () => {
    expect(neg('Not tolerating PO due to nausea.', 'nausea')).toBe('affirmed');
    expect(neg('Patient does not take medication for his tremor.', 'tremor')).toBe('affirmed');
    expect(neg('No fever due to the infection, no chills.', 'chills')).toBe('negated');
  });

  it('reads a negative review of systems with "including" as a list of negations', () => {
    expect(neg('All other systems were reviewed and are negative, including rash, joint pain and weight change.', 'weight change')).toBe('negated');
  });
});

describe('temporality and experiencer', () => {
  it('keeps an absent finding recent, even after a history trigger', () => {
    expect(detectAssertion('Denies any history of seizures.', 'seizures')).toMatchObject({ negation: 'negated', temporality: 'recent' });
    expect(detectAssertion('Remote MI, no angina since.', 'angina').temporality).toBe('recent');
    expect(detectAssertion('Remote MI, no angina since.', 'MI').temporality).toBe('historical');
  });

  it('dates what a year closing the clause follows', () => {
    expect(detectAssertion('Endoscopic sinus surgery 2013.', 'sinus surgery').temporality).toBe('historical');
    expect(detectAssertion('Fluid restriction 2000 mL for hyponatremia.', 'hyponatremia').temporality).toBe('recent');
  });

  it('reads discharge instructions as hypothetical', () => {
    expect(detectAssertion('She was told to return if she developed a fever.', 'fever').temporality).toBe('hypothetical');
    expect(detectAssertion('F/u with PCP; RTED for fever or worsening sx.', 'fever').temporality).toBe('hypothetical');
    expect(detectAssertion('Instructed to call 911 for any new weakness or numbness.', 'numbness').temporality).toBe('hypothetical');
    expect(detectAssertion('Follow up in 2 weeks, sooner if symptoms worsen.', 'symptoms').temporality).toBe('hypothetical');
    expect(detectAssertion('Seek medical attention for increased swelling.', 'swelling').temporality).toBe('hypothetical');
  });

  it('keeps the patient as experiencer when named with others, and another person found to have a condition', () => {
    expect(detectAssertion('She and several family members developed diarrhea.', 'diarrhea').experiencer).toBe('patient');
    expect(detectAssertion('His sister was recently found to have hemochromatosis.', 'hemochromatosis').experiencer).toBe('other');
    expect(detectAssertion('Family denies that he has had memory loss.', 'memory loss')).toMatchObject({ negation: 'negated', experiencer: 'patient' });
    expect(detectAssertion('Family history of hypertension and a personal history of diabetes.', 'diabetes')).toMatchObject({ temporality: 'historical', experiencer: 'patient' });
    expect(detectAssertion('Several children at daycare have conjunctivitis.', 'conjunctivitis').experiencer).toBe('other');
    expect(detectAssertion('Mother denies any seizures in the child.', 'seizures')).toMatchObject({ negation: 'negated', experiencer: 'patient' });
  });

  it('marks history and time expressions as historical, up to a current-time term', () => {
    expect(detectAssertion('History of asthma, now with wheezing.', 'asthma').temporality).toBe('historical');
    expect(detectAssertion('History of asthma, now with wheezing.', 'wheezing').temporality).toBe('recent');
    expect(detectAssertion('He had a stroke five years ago.', 'stroke').temporality).toBe('historical');
    expect(detectAssertion('A 45 year old man with chest pain.', 'chest pain').temporality).toBe('recent');
  });

  it('marks conditional mentions as hypothetical', () => {
    expect(detectAssertion('Return to clinic if fever develops.', 'fever').temporality).toBe('hypothetical');
    expect(detectAssertion('Ondansetron as needed for nausea.', 'nausea').temporality).toBe('hypothetical');
  });

  it('attributes family history to another person, but not an informant', () => {
    expect(detectAssertion('Mother had breast cancer.', 'breast cancer').experiencer).toBe('other');
    expect(detectAssertion('Family history: noncontributory; no diabetes.', 'diabetes').experiencer).toBe('other');
    expect(detectAssertion('Brought in by his wife for confusion.', 'confusion').experiencer).toBe('patient');
    expect(detectAssertion('His wife noticed slurred speech.', 'slurred speech').experiencer).toBe('patient');
    expect(detectAssertion('My dad had a heart attack and now I have chest pain.', 'chest pain').experiencer).toBe('patient');
  });
});

describe('target location and odd input', () => {
  it('is case, diacritic and plural insensitive', () => {
    expect(neg('NO PLEURAL EFFUSIONS.', 'pleural effusion')).toBe('negated');
    expect(neg('No FIÈVRE today.', 'fievre')).toBe('negated');
  });

  it('answers from the whole sentence when the target is not in it', () => {
    expect(neg('No acute distress.', 'pneumothorax')).toBe('negated');
    expect(detectAssertion('Cough.', 'fever')).toEqual({ negation: 'affirmed', temporality: 'recent', experiencer: 'patient' });
  });

  it('never throws on emoji, HTML, SQL or other scripts', () => {
    for (const s of ['🤒🤒 no fever 🤒', '<script>alert(1)</script> no rash', "'; DROP TABLE patients; -- no cough", '患者没有发烧', '   ', '\u0000\uffff']) {
      expect(() => detectAssertion(s, 'fever')).not.toThrow();
    }
    expect(neg('🤒🤒 no fever 🤒', 'fever')).toBe('negated');
  });
});

describe('headings and lists', () => {
  it('lets a heading govern its whole list, through list numbers', () => {
    const s = 'Past medical history: 1. hypertension, type 2 diabetes, chronic kidney disease, gout, osteoarthritis of both knees and hips, and remote peptic ulcer disease.';
    expect(detectAssertion(s, 'peptic ulcer disease').temporality).toBe('historical');
    expect(detectAssertion('Family history: father with colon cancer; mother with hypertension.', 'hypertension').experiencer).toBe('other');
  });

  it('keeps radiology comparisons current', () => {
    expect(detectAssertion('Compared with the prior study, there is a new left pleural effusion.', 'pleural effusion').temporality).toBe('recent');
  });
});
