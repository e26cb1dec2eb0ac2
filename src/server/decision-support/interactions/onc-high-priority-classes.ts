import { split, type DrugClass } from './class-types';

/**
 * Membership of the 15 ONC high-priority pairs: the "Revised Table 2" sheet of
 * dbmi-pitt/public-PDDI-analysis "ONC High Priority List.xls" (Hines and Malone), with the corrections
 * CALCULATORS.md lists (esomeprazole and voriconazole spelt right, dexlansoprazole added to the PPIs,
 * "NSAID" removed from the protease inhibitors, moclobemide and methylene blue only under triptans).
 */
const sheet = 'Phansalkar S, et al. JAMIA 2012;19:735-743, Table 2 (Revised Table 2, Hines and Malone)';

const cyp3a4ProteaseInhibitors = 'indinavir, saquinavir, tipranavir, ritonavir, nelfinavir, atazanavir, amprenavir, darunavir, lopinavir';

export const oncClasses: Record<string, DrugClass> = {
  amphetamines: {
    label: 'Amphetamine and derivatives',
    members: split('dexmethylphenidate, dextroamphetamine, methylphenidate, lisdexamfetamine, methamphetamine, phendimetrazine, pseudoephedrine, amphetamine, benzphetamine, diethylpropion, phentermine, atomoxetine'),
    source: sheet,
  },
  maois: { label: 'MAO inhibitors', members: split('tranylcypromine, phenelzine, isocarboxazid, procarbazine, selegiline'), source: sheet },
  maois_triptan: { label: 'MAO inhibitors', members: split('tranylcypromine, phenelzine, isocarboxazid, moclobemide, methylene blue'), source: sheet },
  atazanavir: { label: 'Atazanavir', members: ['atazanavir'] },
  ppis: { label: 'Proton pump inhibitors', members: split('omeprazole, lansoprazole, pantoprazole, rabeprazole, esomeprazole, dexlansoprazole'), source: sheet },
  febuxostat: { label: 'Febuxostat', members: ['febuxostat'] },
  thiopurines: { label: 'Azathioprine, mercaptopurine', members: split('azathioprine, mercaptopurine') },
  serotonergic_antidepressants: {
    label: 'SSRIs and other serotonergic agents',
    members: split('fluoxetine, paroxetine, citalopram, escitalopram, sertraline, fluvoxamine, duloxetine, nefazodone, desvenlafaxine, milnacipran, venlafaxine'),
    source: sheet,
  },
  irinotecan: { label: 'Irinotecan', members: ['irinotecan'] },
  cyp3a4_inhibitors_irinotecan: {
    label: 'Strong (and listed moderate) CYP3A4 inhibitors',
    members: split(`${cyp3a4ProteaseInhibitors}, fosamprenavir, clarithromycin, erythromycin, telithromycin, amiodarone, verapamil, diltiazem, ketoconazole, itraconazole, fluconazole, voriconazole, nefazodone, aprepitant, cimetidine`),
    source: sheet,
  },
  narcotic_analgesics: { label: 'Narcotic analgesics', members: split('meperidine, methadone, tapentadol, fentanyl, tramadol, dextromethorphan'), source: sheet },
  tricyclic_antidepressants: {
    label: 'Tricyclic antidepressants',
    members: split('amitriptyline, clomipramine, desipramine, doxepin, imipramine, nortriptyline, protriptyline, trimipramine'),
    source: sheet,
  },
  ramelteon: { label: 'Ramelteon', members: ['ramelteon'] },
  cyp1a2_inhibitors_ramelteon: { label: 'CYP1A2 inhibitors', members: split('fluvoxamine, amiodarone, ticlopidine, ciprofloxacin'), source: sheet },
  // Atazanavir is added: it is a protease inhibitor and its FDA label contraindicates rifampin and St John's wort.
  protease_inhibitors: {
    label: 'Protease inhibitors',
    members: split('ritonavir, amprenavir, darunavir, fosamprenavir, indinavir, lopinavir, nelfinavir, saquinavir, tipranavir, atazanavir'),
    source: `${sheet}; atazanavir added from its FDA label (Reyataz)`,
  },
  strong_cyp3a4_inducers: { label: 'Strong CYP3A4 inducers', members: split("bosentan, rifapentine, carbamazepine, rifabutin, rifampin, st john's wort"), source: sheet },
  statins_cyp3a4: { label: 'HMG-CoA reductase inhibitors (simvastatin, lovastatin)', members: split('simvastatin, lovastatin') },
  cyp3a4_inhibitors_statin: {
    label: 'CYP3A4 inhibitors incl. protease inhibitors',
    members: split(`${cyp3a4ProteaseInhibitors}, clarithromycin, erythromycin, telithromycin, amiodarone, verapamil, diltiazem, ketoconazole, itraconazole, fluconazole, voriconazole, nefazodone`),
    source: sheet,
  },
  ergot_alkaloids: { label: 'Ergot alkaloids and derivatives', members: split('ergotamine, methylergonovine, dihydroergotamine, ergonovine'), source: sheet },
  cyp3a4_inhibitors_ergot: {
    label: 'CYP3A4 inhibitors incl. protease inhibitors',
    members: split(`${cyp3a4ProteaseInhibitors}, clarithromycin, erythromycin, telithromycin, ketoconazole, itraconazole, voriconazole`),
    source: sheet,
  },
  tizanidine: { label: 'Tizanidine', members: ['tizanidine'] },
  cyp1a2_inhibitors_tizanidine: { label: 'CYP1A2 inhibitors', members: split('ciprofloxacin, fluvoxamine, mexiletine, propafenone, zileuton, amiodarone, ticlopidine'), source: sheet },
  tranylcypromine: { label: 'Tranylcypromine', members: ['tranylcypromine'] },
  procarbazine: { label: 'Procarbazine', members: ['procarbazine'] },
  triptans: { label: 'Triptans', members: split('sumatriptan, zolmitriptan, rizatriptan'), source: sheet },
};
