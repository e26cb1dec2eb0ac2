import { roleLabels, roles, type Role } from '@/config/roles';

/**
 * Plain words for the chart actions the platform audits (a test checks every one in the code has a label);
 * an action without one is worded from its parts rather than hidden.
 */
export const chartActionLabels: Readonly<Record<string, string>> = {
  'chart.read': 'Opened your chart',
  'chart.document.read': 'Opened a document in your chart',
  'chart.document.upload': 'Added a document to your chart',
  'chart.export': 'Exported your chart',
  'chart.update': 'Changed your chart',
  'chart.write': 'Changed your chart',
  'chart.contact.update': 'Changed your contact details',
  'chart.entry.confirm': 'Confirmed an entry in your chart',
  'chart.allergy.add': 'Added an allergy',
  'chart.allergy.create': 'Added an allergy',
  'chart.medications.read': 'Viewed your medication list',
  'chart.medication.add': 'Added a medication',
  'chart.medication.update': 'Changed a medication',
  'chart.medication.stop': 'Stopped a medication',
  'chart.medication.restart': 'Restarted a medication',
  'chart.observation.add': 'Recorded a measurement (such as blood pressure)',
  'chart.problem.add': 'Added a health problem',
  'chart.problem.update': 'Changed a health problem',
  'chart.problem.resolve': 'Marked a health problem as resolved',
  'chart.problem.reactivate': 'Marked a health problem as current again',
  'privacy.export': 'Downloaded a copy of your record',
};

export function describeChartAction(action: string): string {
  if (chartActionLabels[action]) return chartActionLabels[action];
  const [, part, verb] = action.split('.');
  if (verb === 'read') return `Viewed ${part?.replace(/[-_]/g, ' ')} in your chart`;
  if (verb && part) return `${verb.replace(/[-_]/g, ' ')}: ${part.replace(/[-_]/g, ' ')}`.replace(/^./, (c) => c.toUpperCase());
  return action;
}

export function describeRole(role: string | null): string | null {
  return role && (roles as readonly string[]).includes(role) ? roleLabels[role as Role] : role;
}
