import { split, type DrugClass } from './class-types';

/**
 * Membership of the classes named by the 33 non-interruptive pairs (Phansalkar 2013). The paper names
 * classes only; the Pitt spreadsheet's members contain errors (salicylates mapped to methacholine), so each
 * class here is keyed in from the FDA Established Pharmacologic Class of its members (public-domain labelling).
 */
const epc = 'FDA Established Pharmacologic Class (public-domain labelling)';
const c = (label: string, members: string): DrugClass => ({ label, members: split(members), source: epc });

export const statinMembers = 'atorvastatin, fluvastatin, lovastatin, pitavastatin, pravastatin, rosuvastatin, simvastatin';
export const nsaidMembers = 'ibuprofen, naproxen, diclofenac, celecoxib, indomethacin, ketorolac, meloxicam, piroxicam, etodolac, nabumetone, ketoprofen, flurbiprofen, sulindac, oxaprozin, mefenamic acid, diflunisal, fenoprofen, tolmetin';
export const corticosteroidMembers = 'prednisone, prednisolone, methylprednisolone, dexamethasone, hydrocortisone, cortisone, betamethasone, budesonide, fludrocortisone, triamcinolone, deflazacort';

export const lowPriorityClasses: Record<string, DrugClass> = {
  ace_inhibitors: c('ACE inhibitors', 'benazepril, captopril, enalapril, fosinopril, lisinopril, moexipril, perindopril, quinapril, ramipril, trandolapril'),
  salicylates: c('Salicylates', 'aspirin, salsalate, choline magnesium trisalicylate, magnesium salicylate'),
  niacin: c('Niacin', 'niacin'),
  statins: c('Statins', statinMembers),
  beta_blockers: c('β-blockers', 'acebutolol, atenolol, betaxolol, bisoprolol, carvedilol, esmolol, labetalol, metoprolol, nadolol, nebivolol, pindolol, propranolol, sotalol, timolol'),
  serotonin_reuptake_blockers: c('Serotonin reuptake blockers', 'citalopram, escitalopram, fluoxetine, fluvoxamine, paroxetine, sertraline, venlafaxine, desvenlafaxine, duloxetine, levomilnacipran, milnacipran, vilazodone, vortioxetine'),
  iron_salts: c('Iron salts (oral)', 'ferrous sulfate, ferrous gluconate, ferrous fumarate, ferric citrate, polysaccharide-iron complex, carbonyl iron, ferric maltol'),
  ppis: c('Proton pump inhibitors', 'omeprazole, esomeprazole, lansoprazole, dexlansoprazole, pantoprazole, rabeprazole'),
  thiazides: c('Thiazide-type diuretics', 'hydrochlorothiazide, chlorthalidone, chlorothiazide, indapamide, metolazone'),
  thyroid_hormones: c('Thyroid hormones', 'levothyroxine, liothyronine, liotrix, thyroid'),
  calcium_salts: c('Calcium salts (oral)', 'calcium carbonate, calcium citrate, calcium acetate, calcium gluconate, calcium lactate, calcium phosphate'),
  nsaids: c('NSAIDs', nsaidMembers),
  macrolide_immunosuppressants: c('Macrolide immunosuppressants', 'tacrolimus, sirolimus, everolimus'),
  corticosteroids: c('Corticosteroids', corticosteroidMembers),
  corticosteroids_or_corticotropin: c('Corticosteroids / corticotropin', `${corticosteroidMembers}, corticotropin`),
  antacids: c('Antacids', 'aluminum hydroxide, magnesium hydroxide, calcium carbonate, magnesium trisilicate, sodium bicarbonate, magaldrate'),
  bisphosphonates: c('Bisphosphonates', 'alendronate, risedronate, ibandronate, etidronate'),
  vitamin_b12: c('Vitamin B12', 'cyanocobalamin, hydroxocobalamin'),
  omeprazole: c('Omeprazole', 'omeprazole'),
  folic_acid: c('Folic acid', 'folic acid'),
  methotrexate: c('Methotrexate', 'methotrexate'),
  sulfonylureas: c('Sulfonylureas', 'glipizide, glyburide, glimepiride, gliclazide, chlorpropamide, tolbutamide, tolazamide'),
  // Oral anticoagulants: vitamin K antagonists and direct oral anticoagulants.
  anticoagulants: c('Anticoagulants', 'warfarin, acenocoumarol, phenprocoumon, apixaban, rivaroxaban, edoxaban, dabigatran'),
  acetaminophen: c('Acetaminophen', 'acetaminophen'),
  // Imidazoles in the strict sense (the triazoles fluconazole, itraconazole and voriconazole are not).
  imidazoles: c('Imidazoles', 'ketoconazole, miconazole, clotrimazole'),
  arbs: c('Angiotensin II receptor antagonists', 'losartan, valsartan, irbesartan, candesartan, olmesartan, telmisartan, azilsartan, eprosartan'),
  benzodiazepines: c('Benzodiazepines', 'alprazolam, chlordiazepoxide, clobazam, clonazepam, clorazepate, diazepam, estazolam, flurazepam, lorazepam, midazolam, oxazepam, temazepam, triazolam'),
  vitamin_e: c('Vitamin E', 'vitamin e'),
  zinc_salts: c('Zinc salts (oral)', 'zinc sulfate, zinc gluconate, zinc acetate'),
  quinolones: c('Quinolones (oral)', 'ciprofloxacin, levofloxacin, moxifloxacin, ofloxacin, norfloxacin, gemifloxacin, delafloxacin'),
  clopidogrel: c('Clopidogrel', 'clopidogrel'),
  oral_contraceptives: c('Oral contraceptives', 'ethinyl estradiol, norethindrone, levonorgestrel, drospirenone, norgestimate, desogestrel, norgestrel, ethynodiol'),
  dihydropyridines: c('Nifedipine and derivatives (dihydropyridines)', 'nifedipine, amlodipine, felodipine, isradipine, nicardipine, nisoldipine, nimodipine'),
  anticholinesterases: c('Anticholinesterases', 'pyridostigmine, neostigmine, physostigmine, edrophonium, ambenonium, donepezil, rivastigmine, galantamine'),
};
