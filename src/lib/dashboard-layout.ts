import { dashboardWidgets, type DashboardRole } from '@/config/dashboard-widgets';

export interface DashboardLayout {
  order: string[];
  hidden: string[];
}

/**
 * A saved layout made valid for today's widget catalogue: unknown ids dropped, duplicates removed, widgets added
 * since the layout was saved appended in their default place at the end. Pure, so the browser can use it too.
 */
export function normalizeLayout(role: DashboardRole, saved: Partial<DashboardLayout> | null | undefined): DashboardLayout {
  const known: string[] = dashboardWidgets[role].map((widget) => widget.id);
  const order = [...new Set((saved?.order ?? []).filter((id) => known.includes(id)))];
  for (const id of known) if (!order.includes(id)) order.push(id);
  const hidden = [...new Set((saved?.hidden ?? []).filter((id) => known.includes(id)))];
  return { order, hidden };
}

/** The compact form kept in the clinixai-ui cookie (a value of at most 100 characters): "a,b,-c" (- = hidden). */
export function encodeLayout(layout: DashboardLayout): string {
  return layout.order.map((id) => (layout.hidden.includes(id) ? `-${id}` : id)).join(',');
}

export function decodeLayout(role: DashboardRole, text: unknown): DashboardLayout | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const parts = text.split(',');
  return normalizeLayout(role, { order: parts.map((part) => part.replace(/^-/, '')), hidden: parts.filter((part) => part.startsWith('-')).map((part) => part.slice(1)) });
}

/** Moves a widget one place up (-1) or down (+1). */
export function moveWidget(layout: DashboardLayout, id: string, by: -1 | 1): DashboardLayout {
  const order = [...layout.order];
  const from = order.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.length) return layout;
  [order[from], order[to]] = [order[to]!, order[from]!];
  return { ...layout, order };
}

export function toggleWidget(layout: DashboardLayout, id: string): DashboardLayout {
  return { ...layout, hidden: layout.hidden.includes(id) ? layout.hidden.filter((h) => h !== id) : [...layout.hidden, id] };
}
