import { allergyClasses } from './allergy-classes';
import { split, type DrugClass } from './class-types';
import { lowPriorityClasses } from './low-priority-classes';
import { oncHighPriorityRules } from './onc-high-priority';
import { oncClasses } from './onc-high-priority-classes';
import { nonInterruptiveRules } from './onc-non-interruptive';
import { qtProlongingClass } from './qt-drugs';
import { brandNames, otherKnownGenerics } from './brand-names';

/**
 * Every class by id, and every drug's classes, computed once at start-up. A class id used by both papers
 * (proton pump inhibitors) is the union of both memberships.
 */
function mergeClasses(...tables: Record<string, DrugClass>[]): Map<string, DrugClass> {
  const merged = new Map<string, DrugClass>();
  for (const table of tables) {
    for (const [id, cls] of Object.entries(table)) {
      const existing = merged.get(id);
      merged.set(id, existing ? { ...existing, members: [...new Set([...existing.members, ...cls.members])] } : cls);
    }
  }
  return merged;
}

export const drugClasses = mergeClasses(oncClasses, lowPriorityClasses, { qt_prolonging: qtProlongingClass }, allergyClasses);

export const classesByDrug = new Map<string, Set<string>>();
for (const [id, cls] of drugClasses) {
  for (const member of cls.members) {
    let set = classesByDrug.get(member);
    if (!set) classesByDrug.set(member, (set = new Set()));
    set.add(id);
  }
}

export const knownGenerics = new Set<string>([...classesByDrug.keys(), ...split(otherKnownGenerics), ...Object.values(brandNames).flat()]);

export const interactionRules = [...oncHighPriorityRules, ...nonInterruptiveRules];

// Every rule must name classes that exist: a typo would silently disable an interaction.
for (const rule of interactionRules) {
  for (const id of [rule.objectClass, rule.precipitantClass]) if (!drugClasses.has(id)) throw new Error(`interaction rule ${rule.id} names unknown class ${id}`);
}
