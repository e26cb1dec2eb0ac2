import { checkAllergies, resolveAllergen, type AllergyConflict } from './interactions/check-allergies';
import { resolveDrug } from './interactions/drug-lexicon';
import { findDuplicateTherapy, type DuplicateTherapy } from './interactions/duplicate-therapy';
import { findInteractions, type InteractionAlert } from './interactions/find-interactions';
import type { InteractionRequest } from './interaction.schemas';

export interface MedicationCheck {
  interactions: InteractionAlert[];
  allergyConflicts: AllergyConflict[];
  unknownDrugs: string[];
  /** True when prescribing must stop for an override reason: an ONC high-priority interaction or any allergy conflict. */
  requiresOverride: boolean;
  /** Beyond the contract's minimum: how each name was read, duplicates, and allergies we could not place. */
  medications: { input: string; ingredients: readonly string[] }[];
  duplicateTherapy: DuplicateTherapy[];
  unknownAllergens: string[];
  allergyNotes: { allergen: string; note: string }[];
}

/** Pure and synchronous: the API, the clinician's checker and the bench call this. */
export function checkMedicationList(request: InteractionRequest): MedicationCheck {
  const medications: MedicationCheck['medications'] = [];
  const unknownDrugs: string[] = [];
  for (const input of request.medications) {
    const ingredients = resolveDrug(input);
    if (ingredients) medications.push({ input, ingredients });
    else unknownDrugs.push(input);
  }
  const ingredientLists = medications.map((m) => m.ingredients);
  const allergens = (request.allergies ?? []).map(resolveAllergen);
  const interactions = findInteractions(ingredientLists);
  const allergyConflicts = checkAllergies(ingredientLists, allergens);
  return {
    interactions,
    allergyConflicts,
    unknownDrugs,
    requiresOverride: interactions.some((i) => i.interruptive) || allergyConflicts.length > 0,
    medications,
    duplicateTherapy: findDuplicateTherapy(ingredientLists),
    unknownAllergens: allergens.filter((a) => a.kind === 'unknown').map((a) => a.input),
    allergyNotes: allergens.flatMap((a) => (a.kind === 'non-drug' ? [{ allergen: a.input, note: a.note }] : [])),
  };
}
