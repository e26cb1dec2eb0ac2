/**
 * The ICD-10-CM codes the demo charts use, with their official short descriptions, so every
 * problem-list entry is a real, correctly displayed code. `acute` problems are entered as
 * resolved, diagnosed at a past visit; the rest are chronic and date back years.
 */
export interface ConditionSpec {
  code: string;
  display: string;
  /** The appointment reason a scheduler would type for a review of this problem. */
  reason: string;
  acute?: boolean;
}

const list: ConditionSpec[] = [
  { code: 'E11.9', display: 'Type 2 diabetes mellitus without complications', reason: 'Diabetes review' },
  { code: 'E10.9', display: 'Type 1 diabetes mellitus without complications', reason: 'Diabetes review' },
  { code: 'R73.03', display: 'Prediabetes', reason: 'Prediabetes check-in' },
  { code: 'I10', display: 'Essential (primary) hypertension', reason: 'Blood pressure review' },
  { code: 'E78.5', display: 'Hyperlipidemia, unspecified', reason: 'Cholesterol review' },
  { code: 'I25.10', display: 'Atherosclerotic heart disease of native coronary artery without angina pectoris', reason: 'Heart health review' },
  { code: 'Z95.5', display: 'Presence of coronary angioplasty implant and graft', reason: 'Heart health review' },
  { code: 'I48.91', display: 'Unspecified atrial fibrillation', reason: 'Atrial fibrillation review' },
  { code: 'I50.9', display: 'Heart failure, unspecified', reason: 'Heart failure review' },
  { code: 'N18.30', display: 'Chronic kidney disease, stage 3 unspecified', reason: 'Kidney function review' },
  { code: 'J45.909', display: 'Unspecified asthma, uncomplicated', reason: 'Asthma review' },
  { code: 'J44.9', display: 'Chronic obstructive pulmonary disease, unspecified', reason: 'COPD review' },
  { code: 'J30.9', display: 'Allergic rhinitis, unspecified', reason: 'Allergy symptoms' },
  { code: 'J30.2', display: 'Other seasonal allergic rhinitis', reason: 'Hay fever' },
  { code: 'F41.1', display: 'Generalized anxiety disorder', reason: 'Anxiety follow-up' },
  { code: 'F32.A', display: 'Depression, unspecified', reason: 'Mood follow-up' },
  { code: 'F90.9', display: 'Attention-deficit hyperactivity disorder, unspecified type', reason: 'ADHD medication review' },
  { code: 'G47.00', display: 'Insomnia, unspecified', reason: 'Sleep difficulties' },
  { code: 'G43.909', display: 'Migraine, unspecified, not intractable, without status migrainosus', reason: 'Migraine follow-up' },
  { code: 'G40.909', display: 'Epilepsy, unspecified, not intractable, without status epilepticus', reason: 'Epilepsy review' },
  { code: 'M54.50', display: 'Low back pain, unspecified', reason: 'Low back pain' },
  { code: 'M17.11', display: 'Unilateral primary osteoarthritis, right knee', reason: 'Right knee pain' },
  { code: 'M81.0', display: 'Age-related osteoporosis without current pathological fracture', reason: 'Bone health review' },
  { code: 'K21.9', display: 'Gastro-esophageal reflux disease without esophagitis', reason: 'Heartburn follow-up' },
  { code: 'K59.00', display: 'Constipation, unspecified', reason: 'Constipation review' },
  { code: 'E03.9', display: 'Hypothyroidism, unspecified', reason: 'Thyroid review' },
  { code: 'E28.2', display: 'Polycystic ovarian syndrome', reason: 'PCOS follow-up' },
  { code: 'E55.9', display: 'Vitamin D deficiency, unspecified', reason: 'Vitamin D recheck' },
  { code: 'E66.9', display: 'Obesity, unspecified', reason: 'Weight management' },
  { code: 'D50.9', display: 'Iron deficiency anemia, unspecified', reason: 'Anemia follow-up' },
  { code: 'N40.1', display: 'Benign prostatic hyperplasia with lower urinary tract symptoms', reason: 'Urinary symptoms review' },
  { code: 'N94.6', display: 'Dysmenorrhea, unspecified', reason: 'Period pain' },
  { code: 'F17.210', display: 'Nicotine dependence, cigarettes, uncomplicated', reason: 'Smoking cessation' },
  { code: 'L70.0', display: 'Acne vulgaris', reason: 'Acne review' },
  { code: 'L20.9', display: 'Atopic dermatitis, unspecified', reason: 'Eczema review' },
  { code: 'L21.1', display: 'Seborrheic infantile dermatitis', reason: 'Cradle cap' },
  { code: 'Z91.010', display: 'Allergy to peanuts', reason: 'Allergy plan review' },
  { code: 'N39.0', display: 'Urinary tract infection, site not specified', reason: 'Urinary symptoms', acute: true },
  { code: 'S93.401A', display: 'Sprain of unspecified ligament of right ankle, initial encounter', reason: 'Ankle injury', acute: true },
  { code: 'H66.90', display: 'Otitis media, unspecified, unspecified ear', reason: 'Ear pain and fever', acute: true },
  { code: 'J06.9', display: 'Acute upper respiratory infection, unspecified', reason: 'Cough and runny nose', acute: true },
];

export const conditions: ReadonlyMap<string, ConditionSpec> = new Map(list.map((entry) => [entry.code, entry]));

export function conditionFor(code: string): ConditionSpec {
  const found = conditions.get(code);
  // A typo in a hand-written profile must fail loudly in tests, not seed an uncoded problem.
  if (!found) throw new Error(`Demo seed: unknown ICD-10-CM code ${code}`);
  return found;
}
