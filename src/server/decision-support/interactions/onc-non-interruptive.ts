import type { InteractionRule, Severity } from './class-types';

/**
 * The 33 class pairs Phansalkar et al. 2013 recommend as non-interruptive: shown quietly, never blocking.
 * IDs as transcribed in CALCULATORS.md (from the Pitt spreadsheet), verified against the pair names of the paper.
 * Severity is "minor" for absorption/timing pairs and "moderate" for pharmacodynamic or monitoring pairs.
 */
const paper = 'Phansalkar S, van der Sijs H, Tucker AD, et al. Drug-drug interactions that should be non-interruptive in order to reduce alert fatigue in electronic health records. J Am Med Inform Assoc 2013;20:489-493 (PMC3628052)';

type Row = [number, string, string, string, Severity, string, string];

const rows: Row[] = [
  [1, 'ace_inhibitors', 'salicylates', 'ACE inhibitors – salicylates', 'moderate', 'Aspirin may blunt the antihypertensive effect; low-dose aspirin usually does not.', 'Monitor blood pressure and renal function.'],
  [2, 'niacin', 'statins', 'Niacin – statins', 'moderate', 'Small added risk of myopathy.', 'Monitor for muscle symptoms.'],
  [3, 'beta_blockers', 'serotonin_reuptake_blockers', 'β-blockers – serotonin reuptake blockers', 'moderate', 'Some SSRIs (CYP2D6 inhibitors) raise metoprolol and similar β-blocker levels: bradycardia.', 'Monitor heart rate and blood pressure.'],
  [4, 'iron_salts', 'ppis', 'Iron salts – proton pump inhibitors', 'minor', 'Reduced absorption of oral iron.', 'Monitor response to iron therapy.'],
  [5, 'thiazides', 'ace_inhibitors', 'Thiazide-type diuretics – ACE inhibitors', 'moderate', 'Additive hypotension, especially with the first dose.', 'Monitor blood pressure, potassium and renal function.'],
  [6, 'thyroid_hormones', 'calcium_salts', 'Thyroid hormones – calcium salts', 'minor', 'Calcium reduces levothyroxine absorption.', 'Separate doses by at least 4 hours.'],
  [7, 'thyroid_hormones', 'statins', 'Thyroid hormones – statins', 'minor', 'Occasional changes in thyroid hormone requirement.', 'Monitor TSH if clinically indicated.'],
  [8, 'thiazides', 'nsaids', 'Thiazide-type diuretics – NSAIDs', 'moderate', 'NSAIDs can reduce the diuretic and antihypertensive effect.', 'Monitor blood pressure and renal function.'],
  [9, 'beta_blockers', 'thyroid_hormones', 'β-blockers – thyroid hormones', 'minor', 'Changes in thyroid status alter β-blocker clearance.', 'Review β-blocker dose when thyroid status changes.'],
  [10, 'macrolide_immunosuppressants', 'corticosteroids', 'Macrolide immunosuppressants – corticosteroids', 'moderate', 'Corticosteroids can change tacrolimus, sirolimus or everolimus levels.', 'Monitor immunosuppressant levels when the steroid dose changes.'],
  [11, 'antacids', 'corticosteroids', 'Antacids – corticosteroids (oral)', 'minor', 'Antacids may reduce absorption of some oral corticosteroids.', 'Separate administration.'],
  [12, 'bisphosphonates', 'calcium_salts', 'Bisphosphonates – calcium salts', 'minor', 'Calcium reduces bisphosphonate absorption.', 'Take the bisphosphonate first, fasting; calcium later in the day.'],
  [13, 'vitamin_b12', 'omeprazole', 'Vitamin B12 – omeprazole', 'minor', 'Long-term acid suppression reduces absorption of food-bound B12.', 'Consider B12 monitoring with long-term use.'],
  [14, 'folic_acid', 'methotrexate', 'Folic acid – methotrexate', 'minor', 'Folic acid is used on purpose to reduce methotrexate toxicity in low-dose regimens.', 'No action for intended supplementation.'],
  [15, 'sulfonylureas', 'ace_inhibitors', 'Sulfonylureas – ACE inhibitors', 'moderate', 'ACE inhibitors may enhance the glucose-lowering effect.', 'Monitor blood glucose when starting.'],
  [16, 'iron_salts', 'thyroid_hormones', 'Iron salts – thyroid hormones', 'minor', 'Iron reduces levothyroxine absorption.', 'Separate doses by at least 4 hours.'],
  [17, 'anticoagulants', 'corticosteroids', 'Anticoagulants – corticosteroids', 'moderate', 'Possible change in INR and added gastrointestinal bleeding risk.', 'Monitor INR and for bleeding.'],
  [18, 'anticoagulants', 'acetaminophen', 'Anticoagulants – acetaminophen', 'moderate', 'Regular acetaminophen can raise the INR on warfarin.', 'Monitor INR with regular use.'],
  [19, 'antacids', 'iron_salts', 'Antacids – iron salts (oral)', 'minor', 'Antacids reduce oral iron absorption.', 'Separate doses by at least 2 hours.'],
  [20, 'anticoagulants', 'ppis', 'Anticoagulants – proton pump inhibitors', 'minor', 'Small changes in INR reported with some PPIs.', 'Monitor INR when starting or stopping.'],
  [21, 'ppis', 'imidazoles', 'Proton pump inhibitors – imidazoles', 'minor', 'Reduced absorption of ketoconazole at higher gastric pH.', 'Consider an alternative antifungal or take with an acidic drink.'],
  [22, 'beta_blockers', 'calcium_salts', 'β-blockers – calcium salts (oral)', 'minor', 'Calcium may reduce absorption of some β-blockers (atenolol).', 'Separate administration.'],
  [23, 'ace_inhibitors', 'arbs', 'ACE inhibitors – angiotensin II receptor antagonists', 'moderate', 'Dual RAAS blockade: hyperkalaemia, hypotension, kidney injury.', 'Usually avoid combining; monitor potassium and renal function if used.'],
  [24, 'anticoagulants', 'statins', 'Anticoagulants – statins', 'minor', 'Some statins slightly raise the INR on warfarin.', 'Monitor INR when starting or changing the dose.'],
  [25, 'omeprazole', 'benzodiazepines', 'Omeprazole – benzodiazepines', 'minor', 'Omeprazole (CYP2C19) may raise diazepam levels.', 'Monitor for sedation.'],
  [26, 'anticoagulants', 'vitamin_e', 'Anticoagulants – vitamin E', 'minor', 'High-dose vitamin E may add to bleeding risk.', 'Monitor for bleeding.'],
  [27, 'zinc_salts', 'quinolones', 'Zinc salts (oral) – quinolones (oral)', 'minor', 'Zinc chelates quinolones and reduces their absorption.', 'Give the quinolone 2 hours before or 6 hours after zinc.'],
  [28, 'nsaids', 'beta_blockers', 'NSAIDs – β-blockers', 'moderate', 'NSAIDs may reduce the antihypertensive effect.', 'Monitor blood pressure.'],
  [29, 'clopidogrel', 'salicylates', 'Clopidogrel – salicylates', 'moderate', 'Added bleeding risk; the combination is often intended (dual antiplatelet therapy).', 'Confirm the indication and duration; monitor for bleeding.'],
  [30, 'oral_contraceptives', 'corticosteroids', 'Oral contraceptives – corticosteroids', 'minor', 'Oestrogens can raise corticosteroid levels.', 'Monitor for corticosteroid effects.'],
  [31, 'beta_blockers', 'dihydropyridines', 'β-blockers – nifedipine and derivatives (dihydropyridines)', 'minor', 'Additive blood-pressure lowering; the combination is common and intended.', 'Monitor blood pressure and heart rate.'],
  [32, 'corticosteroids_or_corticotropin', 'anticholinesterases', 'Corticosteroids / corticotropin – anticholinesterases', 'moderate', 'Corticosteroids may antagonise anticholinesterases in myasthenia gravis (transient weakness).', 'Monitor muscle strength when starting steroids.'],
  [33, 'ace_inhibitors', 'nsaids', 'ACE inhibitors – NSAIDs', 'moderate', 'NSAIDs reduce the antihypertensive effect and add to the risk of kidney injury.', 'Monitor blood pressure and renal function.'],
];

export const nonInterruptiveRules: readonly InteractionRule[] = rows.map(([id, objectClass, precipitantClass, classPair, severity, effect, management]) => ({
  id: `onc-low-${id}`,
  objectClass,
  precipitantClass,
  classPair,
  severity,
  oncHighPriority: false,
  interruptive: false,
  effect,
  management,
  citation: `${paper}, non-interruptive class pair ${id}.`,
}));
