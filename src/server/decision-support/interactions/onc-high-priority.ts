import type { InteractionRule, Severity } from './class-types';

/**
 * The 15 high-priority drug–drug interactions of Phansalkar et al. 2012 (the ONC list), numbered as in
 * CALCULATORS.md with the paper's ID kept. All are interruptive: prescribing stops until overridden with a reason.
 * Severity is "contraindicated" where the FDA labels contraindicate the combination, else "major"; members whose
 * labels only limit the dose or advise against the combination are "major" (severityByDrug).
 */
const paper = 'Phansalkar S, Desai AA, Bell D, et al. High-priority drug-drug interactions for use in electronic health records. J Am Med Inform Assoc 2012;19:735-743 (PMC3422823), Table 2';

function rule(n: number, paperId: number, objectClass: string, precipitantClass: string, classPair: string, severity: Severity, effect: string, management: string, severityByDrug?: Record<string, Severity>): InteractionRule {
  return {
    id: `onc-${paperId}`,
    objectClass,
    precipitantClass,
    classPair,
    severity,
    ...(severityByDrug ? { severityByDrug } : {}),
    oncHighPriority: true,
    interruptive: true,
    effect,
    management,
    citation: `${paper}, item ${paperId} (${classPair}; #${n} of the 15).`,
  };
}

const maoiWashout = 'Do not combine; allow at least 14 days after stopping the MAO inhibitor before starting it (longer after fluoxetine).';

export const oncHighPriorityRules: readonly InteractionRule[] = [
  rule(1, 3, 'amphetamines', 'maois', 'Amphetamine and derivatives – MAO inhibitors', 'contraindicated',
    'Hypertensive crisis from increased noradrenaline release.', maoiWashout),
  rule(2, 4, 'atazanavir', 'ppis', 'Atazanavir – proton pump inhibitors', 'major',
    'Reduced atazanavir absorption and concentrations; loss of virological response and resistance.',
    'Avoid; if a PPI is unavoidable, follow the atazanavir label limits (ritonavir boosting, dose and timing limits for omeprazole-equivalent ≤ 20 mg in treatment-naive patients).'),
  rule(3, 6, 'febuxostat', 'thiopurines', 'Febuxostat – azathioprine, mercaptopurine', 'contraindicated',
    'Xanthine oxidase inhibition raises thiopurine levels: severe bone marrow suppression.', 'Do not combine (contraindicated in the febuxostat label).'),
  rule(4, 8, 'serotonergic_antidepressants', 'maois', 'SSRIs and serotonergic agents – MAO inhibitors', 'contraindicated',
    'Serotonin syndrome (hyperthermia, rigidity, autonomic instability), potentially fatal.', maoiWashout),
  rule(5, 11, 'irinotecan', 'cyp3a4_inhibitors_irinotecan', 'Irinotecan – strong CYP3A4 inhibitors', 'major',
    'Increased exposure to irinotecan and its active metabolite SN-38: severe neutropenia and diarrhoea.',
    'Avoid; stop strong CYP3A4 inhibitors at least 1 week before irinotecan unless there is no alternative.'),
  rule(6, 16, 'narcotic_analgesics', 'maois', 'Narcotic analgesics – MAO inhibitors', 'contraindicated',
    'Serotonin syndrome or opioid toxicity (agitation, hyperthermia, respiratory depression, hypotension).', maoiWashout,
    { methadone: 'major', fentanyl: 'major' }),
  rule(7, 20, 'tricyclic_antidepressants', 'maois', 'Tricyclic antidepressants – MAO inhibitors', 'contraindicated',
    'Serotonin syndrome, hypertensive crisis, seizures.', maoiWashout),
  rule(8, 21, 'qt_prolonging', 'qt_prolonging', 'QT-prolonging agents – QT-prolonging agents', 'major',
    'Additive QT prolongation: torsades de pointes and sudden death.',
    'Avoid the combination; if necessary, obtain a baseline ECG, correct potassium and magnesium, and monitor the QTc.'),
  rule(9, 22, 'ramelteon', 'cyp1a2_inhibitors_ramelteon', 'Ramelteon – CYP1A2 inhibitors', 'major',
    'Markedly increased ramelteon exposure (about 190-fold with fluvoxamine): excessive sedation.',
    'Do not combine ramelteon with fluvoxamine (label contraindication); use other strong or moderate CYP1A2 inhibitors with caution.',
    { fluvoxamine: 'contraindicated' }),
  rule(10, 23, 'protease_inhibitors', 'strong_cyp3a4_inducers', 'Protease inhibitors – strong CYP3A4 inducers', 'contraindicated',
    'Large fall in protease inhibitor concentrations: loss of virological response and resistance.', 'Do not combine; choose an alternative without strong CYP3A4 induction, with specialist HIV advice.',
    { rifabutin: 'major', bosentan: 'major', carbamazepine: 'major', rifapentine: 'major' }),
  rule(11, 25, 'statins_cyp3a4', 'cyp3a4_inhibitors_statin', 'Simvastatin, lovastatin – CYP3A4 inhibitors', 'contraindicated',
    'Raised statin concentrations: myopathy and rhabdomyolysis.',
    'Do not combine with strong CYP3A4 inhibitors; with amiodarone, verapamil or diltiazem keep within the label dose limits or use a statin not metabolised by CYP3A4.',
    { amiodarone: 'major', verapamil: 'major', diltiazem: 'major', fluconazole: 'major' }),
  rule(12, 27, 'ergot_alkaloids', 'cyp3a4_inhibitors_ergot', 'Ergot alkaloids – CYP3A4 inhibitors', 'contraindicated',
    'Acute ergot toxicity: vasospasm with ischaemia of the limbs and other tissues.', 'Do not combine (contraindicated in the ergot labels).'),
  rule(13, 28, 'tizanidine', 'cyp1a2_inhibitors_tizanidine', 'Tizanidine – CYP1A2 inhibitors', 'contraindicated',
    'Greatly increased tizanidine levels: hypotension, bradycardia, excessive sedation.',
    'Do not combine with fluvoxamine or ciprofloxacin (label contraindication); avoid other CYP1A2 inhibitors.',
    { mexiletine: 'major', propafenone: 'major', zileuton: 'major', amiodarone: 'major', ticlopidine: 'major' }),
  rule(14, 30, 'tranylcypromine', 'procarbazine', 'Tranylcypromine – procarbazine', 'contraindicated',
    'Two MAO inhibitors: hypertensive crisis and serotonin toxicity.', 'Do not combine.'),
  rule(15, 31, 'triptans', 'maois_triptan', 'Triptans – MAO inhibitors', 'contraindicated',
    'Raised triptan levels (MAO-A metabolism) and serotonin syndrome.', 'Do not use sumatriptan, rizatriptan or zolmitriptan during or within 2 weeks of an MAO-A inhibitor.'),
];
