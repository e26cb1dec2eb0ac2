import type { InteractionRule, Severity } from './class-types';
import { classesByDrug, interactionRules } from './drug-classes';
import { qtLabelSections } from './qt-drugs';

export interface InteractionAlert {
  drugs: [string, string];
  severity: Severity;
  oncHighPriority: boolean;
  interruptive: boolean;
  classPair: string;
  effect: string;
  management: string;
  citation: string;
}

/** Rules indexed by "objectClass|precipitantClass", built once. */
const rulesByClassPair = new Map<string, InteractionRule[]>();
for (const rule of interactionRules) {
  const key = `${rule.objectClass}|${rule.precipitantClass}`;
  rulesByClassPair.set(key, [...(rulesByClassPair.get(key) ?? []), rule]);
}

const severityRank: Record<Severity, number> = { contraindicated: 0, major: 1, moderate: 2, minor: 3 };

function citationFor(rule: InteractionRule, object: string, precipitant: string): string {
  if (rule.objectClass !== 'qt_prolonging') return rule.citation;
  // The QT membership comes from each drug's FDA label, so the label sections are part of the citation.
  return `${rule.citation} QT membership from US FDA prescribing information (DailyMed): ${object}, ${qtLabelSections[object]}; ${precipitant}, ${qtLabelSections[precipitant]}.`;
}

/** Rules matching an ordered pair of generics (object first). */
function matchOrdered(object: string, precipitant: string): InteractionRule[] {
  const objectClasses = classesByDrug.get(object);
  const precipitantClasses = classesByDrug.get(precipitant);
  if (!objectClasses || !precipitantClasses) return [];
  const found: InteractionRule[] = [];
  for (const o of objectClasses) for (const p of precipitantClasses) found.push(...(rulesByClassPair.get(`${o}|${p}`) ?? []));
  return found;
}

/**
 * Every interaction between ingredients of different medications. Each rule is reported once per pair of
 * ingredients, object drug first; interruptive alerts come first, then by severity.
 */
export function findInteractions(medications: readonly (readonly string[])[]): InteractionAlert[] {
  const alerts = new Map<string, InteractionAlert>();
  for (let i = 0; i < medications.length; i++) {
    for (let j = i + 1; j < medications.length; j++) {
      for (const a of medications[i]!) {
        for (const b of medications[j]!) {
          if (a === b) continue;
          for (const [object, precipitant] of [[a, b], [b, a]] as const) {
            for (const rule of matchOrdered(object, precipitant)) {
              const key = `${rule.id}|${[object, precipitant].sort().join('|')}`;
              if (alerts.has(key)) continue;
              alerts.set(key, {
                drugs: [object, precipitant],
                severity: rule.severityByDrug?.[precipitant] ?? rule.severityByDrug?.[object] ?? rule.severity,
                oncHighPriority: rule.oncHighPriority,
                interruptive: rule.interruptive,
                classPair: rule.classPair,
                effect: rule.effect,
                management: rule.management,
                citation: citationFor(rule, object, precipitant),
              });
            }
          }
        }
      }
    }
  }
  return [...alerts.values()].sort((x, y) => Number(y.interruptive) - Number(x.interruptive) || severityRank[x.severity] - severityRank[y.severity]);
}
