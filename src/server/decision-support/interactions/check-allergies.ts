import { allergyClasses, allergyUmbrellas, classCrossReactivity, drugCrossReactivity, nonDrugAllergens, opioidGroups } from './allergy-classes';
import { normalizeDrugName, resolveDrug } from './drug-lexicon';

export interface AllergyConflict {
  drug: string;
  allergen: string;
  crossReactivity: boolean;
  message: string;
  citation: string;
}

/** What an allergy entry means: whole classes, single drugs, or something that is not a drug. */
export type ResolvedAllergen =
  | { kind: 'classes'; input: string; classes: readonly string[] }
  | { kind: 'drugs'; input: string; drugs: readonly string[] }
  | { kind: 'non-drug'; input: string; note: string }
  | { kind: 'unknown'; input: string };

const classBySynonym = new Map<string, string>();
for (const [id, cls] of Object.entries(allergyClasses)) for (const s of [...cls.synonyms, cls.label.toLowerCase()]) classBySynonym.set(s, id);

export function resolveAllergen(input: string): ResolvedAllergen {
  const name = normalizeDrugName(input).replace(/\s+allergy$/, '');
  const umbrella = allergyUmbrellas[name];
  if (umbrella) return { kind: 'classes', input, classes: umbrella };
  const cls = classBySynonym.get(name);
  if (cls) return { kind: 'classes', input, classes: [cls] };
  if (nonDrugAllergens[name]) return { kind: 'non-drug', input, note: nonDrugAllergens[name] };
  const drugs = resolveDrug(name);
  return drugs ? { kind: 'drugs', input, drugs } : { kind: 'unknown', input };
}

const classesOf = (drug: string) => Object.entries(allergyClasses).filter(([, cls]) => cls.members.includes(drug)).map(([id]) => id);
const opioidGroupOf = (drug: string) => Object.values(opioidGroups).find((group) => group.includes(drug));

/** The allergy conflicts of one medication ingredient against one allergen; the first, most direct, wins. */
function conflictOf(drug: string, allergen: ResolvedAllergen): Omit<AllergyConflict, 'allergen'> | null {
  if (allergen.kind === 'classes' || allergen.kind === 'drugs') {
    // Classes the allergy stands for, directly (named) or through the drugs it names.
    const named = allergen.kind === 'classes' ? allergen.classes : [];
    const viaDrugs = allergen.kind === 'drugs' ? allergen.drugs.flatMap(classesOf).filter((id) => id !== 'opioids') : [];
    for (const id of named) {
      if (allergyClasses[id]!.members.includes(drug)) return { drug, crossReactivity: false, message: `${drug} is one of the ${allergyClasses[id]!.label.toLowerCase()}; the patient reports an allergy to them.`, citation: allergyClasses[id]!.citation };
    }
    if (allergen.kind === 'drugs') {
      if (allergen.drugs.includes(drug)) return { drug, crossReactivity: false, message: `The patient reports an allergy to ${drug}.`, citation: allergyClasses[classesOf(drug)[0] ?? '']?.citation ?? 'Patient-reported allergy.' };
      const group = allergen.drugs.map(opioidGroupOf).find((g) => g?.includes(drug));
      if (group) return { drug, crossReactivity: true, message: `${drug} is structurally related to the opioid the patient reports an allergy to.`, citation: allergyClasses.opioids!.citation };
      const shared = viaDrugs.find((id) => allergyClasses[id]!.members.includes(drug));
      if (shared) return { drug, crossReactivity: true, message: `${drug} is in the same class (${allergyClasses[shared]!.label.toLowerCase()}) as a drug the patient reports an allergy to.`, citation: allergyClasses[shared]!.citation };
    }
    const sources = [...named, ...viaDrugs, ...(allergen.kind === 'drugs' ? allergen.drugs : [])];
    for (const source of sources) {
      for (const cross of classCrossReactivity[source] ?? []) {
        if (allergyClasses[cross.to]!.members.includes(drug) && !cross.except?.includes(drug)) return { drug, crossReactivity: true, message: `${drug} is one of the ${allergyClasses[cross.to]!.label.toLowerCase()}. ${cross.note}`, citation: cross.citation };
      }
      const single = drugCrossReactivity.find((c) => c.allergenClassOrDrug === source && c.drug === drug);
      if (single) return { drug, crossReactivity: true, message: single.note, citation: single.citation };
    }
  }
  return null;
}

export function checkAllergies(medications: readonly (readonly string[])[], allergens: readonly ResolvedAllergen[]): AllergyConflict[] {
  const conflicts: AllergyConflict[] = [];
  const seen = new Set<string>();
  for (const drug of new Set(medications.flat())) {
    for (const allergen of allergens) {
      const conflict = conflictOf(drug, allergen);
      const key = `${drug}|${allergen.input}`;
      if (conflict && !seen.has(key)) {
        seen.add(key);
        conflicts.push({ ...conflict, allergen: allergen.input });
      }
    }
  }
  // Direct conflicts before cross-reactivity.
  return conflicts.sort((a, b) => Number(a.crossReactivity) - Number(b.crossReactivity));
}
