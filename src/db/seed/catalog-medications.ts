/**
 * Medication templates by id. Each names the problem it treats (`for`), so a chart only
 * lists drugs its problem list explains; drugs for acute problems, and those marked
 * `stopped`, are entered as stopped. US entries use US generic names (albuterol),
 * UK entries UK ones (salbutamol, adrenaline), as each clinic's clinicians would write them.
 */
export interface MedicationSpec {
  genericName: string;
  dose: string;
  route: string;
  frequency: string;
  for: string;
  stopped?: boolean;
}

const daily = 'once daily';
const twice = 'twice daily';

export const medications: Readonly<Record<string, MedicationSpec>> = {
  'metformin-500': { genericName: 'metformin', dose: '500 mg', route: 'oral', frequency: `${twice} with meals`, for: 'E28.2' },
  'metformin-1000': { genericName: 'metformin', dose: '1000 mg', route: 'oral', frequency: `${twice} with meals`, for: 'E11.9' },
  'empagliflozin-10': { genericName: 'empagliflozin', dose: '10 mg', route: 'oral', frequency: daily, for: 'E11.9' },
  'linagliptin-5': { genericName: 'linagliptin', dose: '5 mg', route: 'oral', frequency: daily, for: 'E11.9' },
  'lisinopril-10': { genericName: 'lisinopril', dose: '10 mg', route: 'oral', frequency: daily, for: 'I10' },
  'lisinopril-20': { genericName: 'lisinopril', dose: '20 mg', route: 'oral', frequency: daily, for: 'I10' },
  'losartan-50': { genericName: 'losartan', dose: '50 mg', route: 'oral', frequency: daily, for: 'I10' },
  'amlodipine-5': { genericName: 'amlodipine', dose: '5 mg', route: 'oral', frequency: daily, for: 'I10' },
  'amlodipine-10': { genericName: 'amlodipine', dose: '10 mg', route: 'oral', frequency: daily, for: 'I10' },
  'hctz-12.5': { genericName: 'hydrochlorothiazide', dose: '12.5 mg', route: 'oral', frequency: `${daily} in the morning`, for: 'I10' },
  'atorvastatin-20': { genericName: 'atorvastatin', dose: '20 mg', route: 'oral', frequency: daily, for: 'E78.5' },
  'atorvastatin-40': { genericName: 'atorvastatin', dose: '40 mg', route: 'oral', frequency: daily, for: 'E78.5' },
  'atorvastatin-80': { genericName: 'atorvastatin', dose: '80 mg', route: 'oral', frequency: daily, for: 'I25.10' },
  'rosuvastatin-10': { genericName: 'rosuvastatin', dose: '10 mg', route: 'oral', frequency: daily, for: 'E78.5' },
  'simvastatin-20': { genericName: 'simvastatin', dose: '20 mg', route: 'oral', frequency: `${daily} in the evening`, for: 'E78.5' },
  'aspirin-81': { genericName: 'aspirin', dose: '81 mg', route: 'oral', frequency: daily, for: 'I25.10' },
  'clopidogrel-75': { genericName: 'clopidogrel', dose: '75 mg', route: 'oral', frequency: daily, for: 'Z95.5' },
  'metoprolol-succinate-25': { genericName: 'metoprolol succinate', dose: '25 mg', route: 'oral', frequency: daily, for: 'I25.10' },
  'metoprolol-succinate-50': { genericName: 'metoprolol succinate', dose: '50 mg', route: 'oral', frequency: daily, for: 'I48.91' },
  'apixaban-5': { genericName: 'apixaban', dose: '5 mg', route: 'oral', frequency: twice, for: 'I48.91' },
  'furosemide-40': { genericName: 'furosemide', dose: '40 mg', route: 'oral', frequency: `${daily} in the morning`, for: 'I50.9' },
  'carvedilol-6.25': { genericName: 'carvedilol', dose: '6.25 mg', route: 'oral', frequency: `${twice} with food`, for: 'I50.9' },
  'potassium-chloride-20': { genericName: 'potassium chloride', dose: '20 mEq', route: 'oral', frequency: daily, for: 'I50.9' },
  'albuterol-mdi': { genericName: 'albuterol', dose: '90 mcg/actuation, 2 puffs', route: 'inhaled', frequency: 'every 4-6 hours as needed for wheeze', for: 'J45.909' },
  'albuterol-mdi-copd': { genericName: 'albuterol', dose: '90 mcg/actuation, 2 puffs', route: 'inhaled', frequency: 'every 4-6 hours as needed for breathlessness', for: 'J44.9' },
  'fluticasone-mdi': { genericName: 'fluticasone propionate', dose: '110 mcg/actuation, 2 puffs', route: 'inhaled', frequency: twice, for: 'J45.909' },
  'tiotropium-18': { genericName: 'tiotropium', dose: '18 mcg', route: 'inhaled', frequency: daily, for: 'J44.9' },
  'fluticasone-nasal': { genericName: 'fluticasone propionate', dose: '50 mcg/spray, 2 sprays each nostril', route: 'nasal', frequency: daily, for: 'J30.9' },
  'cetirizine-10': { genericName: 'cetirizine', dose: '10 mg', route: 'oral', frequency: daily, for: 'J30.9' },
  'cetirizine-10-seasonal': { genericName: 'cetirizine', dose: '10 mg', route: 'oral', frequency: `${daily} during pollen season`, for: 'J30.2' },
  'sertraline-50': { genericName: 'sertraline', dose: '50 mg', route: 'oral', frequency: daily, for: 'F41.1' },
  'escitalopram-10': { genericName: 'escitalopram', dose: '10 mg', route: 'oral', frequency: daily, for: 'F32.A' },
  'buspirone-10': { genericName: 'buspirone', dose: '10 mg', route: 'oral', frequency: twice, for: 'F41.1' },
  'sumatriptan-50': { genericName: 'sumatriptan', dose: '50 mg', route: 'oral', frequency: 'at migraine onset; may repeat once after 2 hours', for: 'G43.909' },
  'methylphenidate-er-36': { genericName: 'methylphenidate extended-release', dose: '36 mg', route: 'oral', frequency: `${daily} in the morning`, for: 'F90.9' },
  'levothyroxine-50': { genericName: 'levothyroxine', dose: '50 mcg', route: 'oral', frequency: `${daily} before breakfast`, for: 'E03.9' },
  'levothyroxine-88': { genericName: 'levothyroxine', dose: '88 mcg', route: 'oral', frequency: `${daily} before breakfast`, for: 'E03.9' },
  'omeprazole-20': { genericName: 'omeprazole', dose: '20 mg', route: 'oral', frequency: `${daily} before breakfast`, for: 'K21.9' },
  'pantoprazole-40': { genericName: 'pantoprazole', dose: '40 mg', route: 'oral', frequency: `${daily} before breakfast`, for: 'K21.9' },
  'famotidine-20': { genericName: 'famotidine', dose: '20 mg', route: 'oral', frequency: twice, for: 'K21.9' },
  'ibuprofen-400': { genericName: 'ibuprofen', dose: '400 mg', route: 'oral', frequency: 'every 8 hours as needed for pain', for: 'M54.50' },
  'cyclobenzaprine-5': { genericName: 'cyclobenzaprine', dose: '5 mg', route: 'oral', frequency: 'at bedtime as needed', for: 'M54.50', stopped: true },
  'acetaminophen-1000': { genericName: 'acetaminophen', dose: '1000 mg', route: 'oral', frequency: 'every 8 hours as needed for pain', for: 'M17.11' },
  'acetaminophen-1000-back': { genericName: 'acetaminophen', dose: '1000 mg', route: 'oral', frequency: 'every 8 hours as needed for pain', for: 'M54.50' },
  'naproxen-500': { genericName: 'naproxen', dose: '500 mg', route: 'oral', frequency: `${twice} with food as needed`, for: 'N94.6' },
  'ibuprofen-ankle': { genericName: 'ibuprofen', dose: '400 mg', route: 'oral', frequency: 'every 8 hours with food for 7 days', for: 'S93.401A' },
  'alendronate-70': { genericName: 'alendronate', dose: '70 mg', route: 'oral', frequency: 'once weekly, fasting, upright for 30 minutes', for: 'M81.0' },
  'cholecalciferol-2000': { genericName: 'cholecalciferol', dose: '2000 units', route: 'oral', frequency: daily, for: 'E55.9' },
  'ferrous-sulfate-325': { genericName: 'ferrous sulfate', dose: '325 mg', route: 'oral', frequency: `${daily} on an empty stomach`, for: 'D50.9' },
  'tamsulosin-0.4': { genericName: 'tamsulosin', dose: '0.4 mg', route: 'oral', frequency: `${daily} after the same meal`, for: 'N40.1' },
  'nitrofurantoin-100': { genericName: 'nitrofurantoin monohydrate/macrocrystals', dose: '100 mg', route: 'oral', frequency: `${twice} for 5 days`, for: 'N39.0' },
  'nicotine-patch-21': { genericName: 'nicotine transdermal patch', dose: '21 mg/24 hours', route: 'transdermal', frequency: daily, for: 'F17.210' },
  'tretinoin-cream': { genericName: 'tretinoin 0.025% cream', dose: 'pea-sized amount', route: 'topical', frequency: 'once nightly', for: 'L70.0' },
  'epinephrine-0.3': { genericName: 'epinephrine auto-injector', dose: '0.3 mg', route: 'intramuscular', frequency: 'once as needed for anaphylaxis', for: 'Z91.010' },
};
