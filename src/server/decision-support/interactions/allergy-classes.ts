import { split, type DrugClass } from './class-types';
import { nsaidMembers } from './low-priority-classes';

/**
 * Allergy classes, the names people use for them, and the cross-reactivity we chose to show.
 * Choice (documented for clinicians): a drug in the allergen's own class conflicts directly; a drug in a
 * class with known cross-reactivity (penicillins ↔ cephalosporins ↔ carbapenems, aspirin ↔ non-selective
 * NSAIDs, aztreonam ↔ ceftazidime, sulfonamide antibiotics → celecoxib per its label) is flagged with
 * crossReactivity: true. Non-antibiotic sulfonamides (furosemide, thiazides) are not flagged (Strom 2003).
 */
export interface AllergyClass extends DrugClass {
  synonyms: readonly string[];
  citation: string;
}

const practiceParameter = 'Khan DA, Banerji A, Blumenthal KG, et al. Drug allergy: a 2022 practice parameter update. J Allergy Clin Immunol 2022;150:1333-1393.';
const nsaidCitation = 'Kowalski ML, Asero R, Bavbek S, et al. Classification and practical approach to the diagnosis and management of hypersensitivity to nonsteroidal anti-inflammatory drugs. Allergy 2013;68:1219-1232.';
const a = (label: string, members: string, synonyms: string, citation = practiceParameter): AllergyClass => ({ label, members: split(members), synonyms: split(synonyms), citation });

export const opioidGroups: Record<string, readonly string[]> = {
  phenanthrenes: split('morphine, codeine, hydrocodone, hydromorphone, oxycodone, oxymorphone, buprenorphine, nalbuphine, butorphanol, levorphanol'),
  phenylpiperidines: split('fentanyl, meperidine, sufentanil, remifentanil, alfentanil'),
  diphenylheptanes: split('methadone'),
  others: split('tramadol, tapentadol'),
};

export const allergyClasses: Record<string, AllergyClass> = {
  penicillins: a('Penicillins', 'amoxicillin, ampicillin, penicillin g, penicillin v, piperacillin, nafcillin, oxacillin, dicloxacillin, cloxacillin, flucloxacillin, ticarcillin, temocillin', 'penicillin, penicillins, pcn, penicillin allergy'),
  cephalosporins: a('Cephalosporins', 'cephalexin, cefadroxil, cefazolin, cefuroxime, cefaclor, cefprozil, cefoxitin, cefotetan, ceftriaxone, cefotaxime, ceftazidime, cefdinir, cefixime, cefpodoxime, cefepime, ceftaroline, ceftolozane, cefiderocol', 'cephalosporin, cephalosporins'),
  carbapenems: a('Carbapenems', 'imipenem, meropenem, ertapenem, doripenem', 'carbapenem, carbapenems'),
  monobactams: a('Monobactams', 'aztreonam', 'monobactam, monobactams'),
  sulfonamide_antibiotics: a('Sulfonamide antibiotics', 'sulfamethoxazole, sulfadiazine, sulfisoxazole, sulfacetamide, sulfasalazine', 'sulfa, sulfa drugs, sulfa antibiotics, sulfonamide, sulfonamides, sulphonamide, sulphonamides, sulfonamide antibiotics',
    'Strom BL, Schinnar R, Apter AJ, et al. Absence of cross-reactivity between sulfonamide antibiotics and sulfonamide nonantibiotics. N Engl J Med 2003;349:1628-1635.'),
  nsaids: a('NSAIDs', nsaidMembers, 'nsaid, nsaids, non-steroidal anti-inflammatory drugs, nonsteroidal anti-inflammatory drugs, anti-inflammatories', nsaidCitation),
  salicylates: a('Aspirin and salicylates', 'aspirin, salsalate, choline magnesium trisalicylate, magnesium salicylate', 'salicylate, salicylates, asa', nsaidCitation),
  opioids: a('Opioids', Object.values(opioidGroups).flat().join(', '), 'opioid, opioids, opiate, opiates, narcotic, narcotics'),
  iodinated_contrast: a('Iodinated contrast media', 'iohexol, iopamidol, iodixanol, ioversol, iopromide, ioxaglate, diatrizoate, ioxilan', 'contrast, contrast media, contrast dye, iodinated contrast, iodinated contrast media, iv contrast, ct contrast, radiocontrast, x-ray contrast',
    'American College of Radiology. ACR Manual on Contrast Media. Reston, VA: ACR; 2023.'),
  gadolinium_contrast: a('Gadolinium-based contrast agents', 'gadobutrol, gadoterate, gadoteridol, gadobenate, gadopentetate, gadoxetate, gadopiclenol', 'gadolinium, gadolinium contrast, mri contrast',
    'American College of Radiology. ACR Manual on Contrast Media. Reston, VA: ACR; 2023.'),
  ace_inhibitors: a('ACE inhibitors', 'benazepril, captopril, enalapril, fosinopril, lisinopril, moexipril, perindopril, quinapril, ramipril, trandolapril', 'ace inhibitor, ace inhibitors, ace-inhibitors',
    'FDA prescribing information of ACE inhibitors (Contraindications: history of angioedema related to previous ACE inhibitor treatment).'),
  fluoroquinolones: a('Fluoroquinolones', 'ciprofloxacin, levofloxacin, moxifloxacin, ofloxacin, norfloxacin, gemifloxacin, delafloxacin', 'quinolone, quinolones, fluoroquinolone, fluoroquinolones'),
  macrolides: a('Macrolide antibiotics', 'azithromycin, clarithromycin, erythromycin', 'macrolide, macrolides'),
  tetracyclines: a('Tetracyclines', 'doxycycline, minocycline, tetracycline', 'tetracycline antibiotics, tetracyclines'),
};

/** Umbrella names that cover several classes. */
export const allergyUmbrellas: Record<string, readonly string[]> = {
  'beta-lactam': ['penicillins', 'cephalosporins', 'carbapenems', 'monobactams'],
  'beta-lactams': ['penicillins', 'cephalosporins', 'carbapenems', 'monobactams'],
  'beta lactam': ['penicillins', 'cephalosporins', 'carbapenems', 'monobactams'],
  'beta lactams': ['penicillins', 'cephalosporins', 'carbapenems', 'monobactams'],
  'β-lactam': ['penicillins', 'cephalosporins', 'carbapenems', 'monobactams'],
  'β-lactams': ['penicillins', 'cephalosporins', 'carbapenems', 'monobactams'],
};

export interface CrossReactivity {
  to: string;
  /** Members of the target class that are not cross-reactive (COX-2 selective celecoxib with aspirin). */
  except?: readonly string[];
  note: string;
  citation: string;
}

export const classCrossReactivity: Record<string, readonly CrossReactivity[]> = {
  penicillins: [
    { to: 'cephalosporins', note: 'Cross-reactivity with penicillins is low (about 1–2 %), higher when R1 side chains are shared (amoxicillin–cefadroxil/cefprozil, ampicillin–cephalexin/cefaclor).', citation: practiceParameter },
    { to: 'carbapenems', note: 'Cross-reactivity with penicillins is below 1 %.', citation: practiceParameter },
  ],
  cephalosporins: [
    { to: 'penicillins', note: 'Cross-reactivity with cephalosporins is low, higher with shared R1 side chains.', citation: practiceParameter },
    { to: 'carbapenems', note: 'Cross-reactivity with cephalosporins is below 1 %.', citation: practiceParameter },
  ],
  carbapenems: [
    { to: 'penicillins', note: 'Cross-reactivity between carbapenems and penicillins is below 1 %.', citation: practiceParameter },
    { to: 'cephalosporins', note: 'Cross-reactivity between carbapenems and cephalosporins is below 1 %.', citation: practiceParameter },
  ],
  salicylates: [{ to: 'nsaids', except: ['celecoxib'], note: 'Aspirin hypersensitivity (COX-1 mediated) usually extends to non-selective NSAIDs; COX-2 selective agents are generally tolerated.', citation: nsaidCitation }],
  nsaids: [{ to: 'salicylates', note: 'NSAID hypersensitivity (COX-1 mediated) usually extends to aspirin.', citation: nsaidCitation }],
};

/** Cross-reactivity between single drugs (shared side chains, label contraindications). */
export const drugCrossReactivity: readonly { allergenClassOrDrug: string; drug: string; note: string; citation: string }[] = [
  { allergenClassOrDrug: 'ceftazidime', drug: 'aztreonam', note: 'Aztreonam shares an identical R1 side chain with ceftazidime.', citation: practiceParameter },
  { allergenClassOrDrug: 'aztreonam', drug: 'ceftazidime', note: 'Ceftazidime shares an identical R1 side chain with aztreonam.', citation: practiceParameter },
  { allergenClassOrDrug: 'sulfonamide_antibiotics', drug: 'celecoxib', note: 'The celecoxib label contraindicates it after allergic-type reactions to sulfonamides.', citation: 'FDA prescribing information, Celebrex (celecoxib), Contraindications.' },
];

/** Allergies that are real and worth recording but are not to a drug: recognised, never "unknown". */
export const nonDrugAllergens: Record<string, string> = {
  latex: 'Latex is not a drug: no medication conflict; use latex-free equipment.',
  shellfish: 'Shellfish allergy is not a reason to avoid iodinated contrast (ACR Manual on Contrast Media).',
  seafood: 'Seafood allergy is not a reason to avoid iodinated contrast (ACR Manual on Contrast Media).',
  iodine: 'Iodine is not an allergen; record the actual reaction (contrast medium, antiseptic) instead.',
  egg: 'Not a drug allergy; check vaccines and propofol guidance separately.',
  peanut: 'Not a drug allergy.',
  'tree nuts': 'Not a drug allergy.',
  'bee venom': 'Not a drug allergy.',
  'house dust mite': 'Not a drug allergy.',
  'dust mite': 'Not a drug allergy.',
  'cat dander': 'Not a drug allergy.',
  pollen: 'Not a drug allergy.',
};
