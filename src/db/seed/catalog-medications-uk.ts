import type { MedicationSpec } from './catalog-medications';

/** Paediatric templates as a UK paediatrician writes them (BNF for Children names and units). */
export const ukPaediatricMedications: Readonly<Record<string, MedicationSpec>> = {
  'salbutamol-mdi': { genericName: 'salbutamol', dose: '100 micrograms/dose, 2 puffs via spacer', route: 'inhaled', frequency: 'up to four times daily as needed for wheeze', for: 'J45.909' },
  'beclometasone-mdi': { genericName: 'beclometasone dipropionate', dose: '100 micrograms/dose, 1 puff via spacer', route: 'inhaled', frequency: 'twice daily', for: 'J45.909' },
  'emollient': { genericName: 'white soft paraffin / liquid paraffin 50:50', dose: 'apply liberally', route: 'topical', frequency: 'at least twice daily', for: 'L20.9' },
  'hydrocortisone-1': { genericName: 'hydrocortisone 1% cream', dose: 'thin layer', route: 'topical', frequency: 'twice daily for up to 7 days during flares', for: 'L20.9' },
  'amoxicillin-susp': { genericName: 'amoxicillin oral suspension 125 mg/5 mL', dose: '5 mL', route: 'oral', frequency: 'three times daily for 5 days', for: 'H66.90' },
  'paracetamol-susp': { genericName: 'paracetamol oral suspension 120 mg/5 mL', dose: '5 mL', route: 'oral', frequency: 'every 4-6 hours as needed, max 4 doses in 24 hours', for: 'J06.9' },
  'methylphenidate-mr-18': { genericName: 'methylphenidate modified-release', dose: '18 mg', route: 'oral', frequency: 'once daily in the morning', for: 'F90.9' },
  'insulin-glargine': { genericName: 'insulin glargine', dose: '14 units', route: 'subcutaneous', frequency: 'once daily at bedtime', for: 'E10.9' },
  'insulin-aspart': { genericName: 'insulin aspart', dose: '1 unit per 10 g carbohydrate', route: 'subcutaneous', frequency: 'with meals', for: 'E10.9' },
  'macrogol': { genericName: 'macrogol 3350 with electrolytes (paediatric sachet)', dose: '1 sachet (6.9 g)', route: 'oral', frequency: 'once daily', for: 'K59.00' },
  'adrenaline-150': { genericName: 'adrenaline auto-injector', dose: '150 micrograms', route: 'intramuscular', frequency: 'once as needed for anaphylaxis', for: 'Z91.010' },
  'cetirizine-5': { genericName: 'cetirizine', dose: '5 mg', route: 'oral', frequency: 'once daily', for: 'J30.2' },
  'cetirizine-10': { genericName: 'cetirizine', dose: '10 mg', route: 'oral', frequency: 'once daily during pollen season', for: 'J30.2' },
  'adapalene-gel': { genericName: 'adapalene 0.1% gel', dose: 'thin layer', route: 'topical', frequency: 'once daily at night', for: 'L70.0' },
  'levetiracetam-500': { genericName: 'levetiracetam', dose: '500 mg', route: 'oral', frequency: 'twice daily', for: 'G40.909' },
};
