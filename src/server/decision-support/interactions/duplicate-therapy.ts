import { classesByDrug, drugClasses } from './drug-classes';

export interface DuplicateTherapy {
  drugs: [string, string];
  class: string;
  message: string;
  citation: string;
}

/**
 * Classes where two members at once are rarely intended. Classes whose members are routinely combined
 * (oral contraceptive components, calcium salts) or that exist only for interaction rules are left out.
 */
const duplicateClasses = [
  'statins', 'ppis', 'serotonin_reuptake_blockers', 'tricyclic_antidepressants', 'maois', 'ace_inhibitors', 'arbs', 'beta_blockers',
  'dihydropyridines', 'thiazides', 'nsaids', 'benzodiazepines', 'opioids', 'anticoagulants', 'sulfonylureas', 'triptans',
  'bisphosphonates', 'thyroid_hormones', 'corticosteroids', 'fluoroquinolones', 'macrolides', 'penicillins', 'cephalosporins',
];
const citation = 'Class membership per the FDA Established Pharmacologic Class in Structured Product Labeling (public domain); therapeutic duplication screening as in the ASHP guidelines on preventing medication errors in hospitals (Am J Health Syst Pharm 2018;75:1493-1517).';

export function findDuplicateTherapy(medications: readonly (readonly string[])[]): DuplicateTherapy[] {
  const found: DuplicateTherapy[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < medications.length; i++) {
    for (let j = i + 1; j < medications.length; j++) {
      for (const a of medications[i]!) {
        for (const b of medications[j]!) {
          const pair = [a, b].sort().join('|');
          if (a === b) {
            if (!seen.has(`same|${pair}`)) found.push({ drugs: [a, b], class: 'Same ingredient', message: `${a} is listed more than once (perhaps under a brand and a generic name).`, citation });
            seen.add(`same|${pair}`);
            continue;
          }
          for (const id of duplicateClasses) {
            if (!classesByDrug.get(a)?.has(id) || !classesByDrug.get(b)?.has(id) || seen.has(`${id}|${pair}`)) continue;
            seen.add(`${id}|${pair}`);
            const label = drugClasses.get(id)!.label;
            found.push({ drugs: [a, b], class: label, message: `${a} and ${b} are both ${label.toLowerCase()}: check that both are intended.`, citation });
          }
        }
      }
    }
  }
  return found;
}
