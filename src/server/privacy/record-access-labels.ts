import { roleLabels, roles, type Role } from '@/config/roles';

/** Plain words for chart actions; an action without a label is shown by its name rather than hidden. */
const actionLabels: Record<string, string> = {
  'chart.read': 'Opened your chart',
  'chart.document.read': 'Opened a document in your chart',
  'chart.export': 'Exported your chart',
  'chart.update': 'Changed your chart',
  'chart.write': 'Changed your chart',
  'privacy.export': 'Downloaded a copy of your record',
};

export function describeChartAction(action: string): string {
  if (actionLabels[action]) return actionLabels[action];
  const [, part, verb] = action.split('.');
  if (verb === 'read') return `Viewed ${part?.replace(/[-_]/g, ' ')} in your chart`;
  if (verb && part) return `${verb.replace(/[-_]/g, ' ')}: ${part.replace(/[-_]/g, ' ')}`.replace(/^./, (c) => c.toUpperCase());
  return action;
}

export function describeRole(role: string | null): string | null {
  return role && (roles as readonly string[]).includes(role) ? roleLabels[role as Role] : role;
}
