import { checkMedicationList } from '@/server/decision-support/check-medications';
import type { PrescriptionAlert, PrescriptionCheck } from './prescription.schemas';

/**
 * Decision support for one new drug against the patient's active medications and allergies. Only alerts that
 * involve the new drug are shown; ONC high-priority interactions and allergy conflicts are hard stops.
 */
export function checkPrescriptionAlerts(drug: string, activeMedications: readonly string[], allergies: readonly string[]): PrescriptionCheck {
  const check = checkMedicationList({ medications: [drug, ...activeMedications].slice(0, 50), allergies: allergies.slice(0, 50) });
  const mine = check.medications.find((m) => m.input === drug);
  const ingredients = new Set(mine?.ingredients ?? []);
  const involves = (names: readonly string[]) => names.some((n) => ingredients.has(n));
  const alerts: PrescriptionAlert[] = [];
  for (const a of check.allergyConflicts.filter((c) => ingredients.has(c.drug))) {
    alerts.push({ kind: 'allergy', hardStop: true, title: `Allergy conflict: ${a.drug} and recorded allergy to ${a.allergen}`, detail: a.message, citation: a.citation });
  }
  for (const i of check.interactions.filter((x) => involves(x.drugs))) {
    alerts.push({
      kind: 'interaction',
      hardStop: i.interruptive,
      title: `${i.interruptive ? 'High-priority interaction' : 'Interaction'} (${i.severity}): ${i.drugs.join(' + ')}`,
      detail: `${i.effect} ${i.management}`.trim(),
      citation: i.citation,
    });
  }
  for (const d of check.duplicateTherapy.filter((x) => involves(x.drugs))) {
    alerts.push({ kind: 'duplicate', hardStop: false, title: `Duplicate therapy (${d.class}): ${d.drugs.join(' + ')}`, detail: d.message, citation: d.citation });
  }
  alerts.sort((a, b) => Number(b.hardStop) - Number(a.hardStop));
  return { drug, known: Boolean(mine), requiresOverride: alerts.some((a) => a.hardStop), alerts };
}
