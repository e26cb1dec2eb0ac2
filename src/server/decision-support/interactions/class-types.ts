/** A named set of generic drug names (lower case, INN/USAN spelling). */
export interface DrugClass {
  label: string;
  members: readonly string[];
  /** Where the membership comes from, when it is not the interaction paper itself. */
  source?: string;
}

export type Severity = 'contraindicated' | 'major' | 'moderate' | 'minor';

/** One interaction rule between two classes (either order matches). */
export interface InteractionRule {
  id: string;
  objectClass: string;
  precipitantClass: string;
  classPair: string;
  severity: Severity;
  /** Where a member's own label differs from the class (a dose limit rather than a contraindication). */
  severityByDrug?: Readonly<Record<string, Severity>>;
  oncHighPriority: boolean;
  interruptive: boolean;
  effect: string;
  management: string;
  citation: string;
}

export const split = (list: string): string[] => list.split(',').map((s) => s.trim()).filter(Boolean);
