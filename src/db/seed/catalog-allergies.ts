/** Allergy entries as a clinician records them: substance, the reaction seen, its severity. */
export interface AllergySpec {
  substance: string;
  reaction: string;
  severity: 'mild' | 'moderate' | 'severe';
}

export const allergyCatalog: Readonly<Record<string, AllergySpec>> = {
  penicillin: { substance: 'Penicillin', reaction: 'Hives', severity: 'moderate' },
  amoxicillin: { substance: 'Amoxicillin', reaction: 'Maculopapular rash', severity: 'mild' },
  sulfonamide: { substance: 'Sulfamethoxazole/trimethoprim', reaction: 'Rash', severity: 'mild' },
  aspirin: { substance: 'Aspirin', reaction: 'Bronchospasm', severity: 'severe' },
  codeine: { substance: 'Codeine', reaction: 'Nausea and vomiting', severity: 'mild' },
  lisinopril: { substance: 'Lisinopril', reaction: 'Angioedema', severity: 'severe' },
  peanut: { substance: 'Peanut', reaction: 'Anaphylaxis', severity: 'severe' },
  shellfish: { substance: 'Shellfish', reaction: 'Urticaria and lip swelling', severity: 'severe' },
  latex: { substance: 'Latex', reaction: 'Contact dermatitis', severity: 'mild' },
  egg: { substance: 'Egg', reaction: 'Urticaria', severity: 'moderate' },
  'dust-mite': { substance: 'House dust mite', reaction: 'Rhinitis and wheeze', severity: 'mild' },
  'cat-dander': { substance: 'Cat dander', reaction: 'Sneezing and itchy eyes', severity: 'mild' },
  'bee-venom': { substance: 'Bee venom', reaction: 'Large local swelling', severity: 'moderate' },
  contrast: { substance: 'Iodinated contrast media', reaction: 'Hives', severity: 'moderate' },
};
