import { z } from 'zod';
import { notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { normalizeLayout, type DashboardLayout } from '@/lib/dashboard-layout';
import { savedLayout, storeLayout } from './dashboard-settings.repo';
import { dashboardRoles, type DashboardRole } from '@/config/dashboard-widgets';

const widgetId = z.string().regex(/^[a-z-]{1,40}$/, 'widget ids are lower-case words joined by -');
const layoutSchema = z.object({ order: z.array(widgetId, { error: 'must be a list of widget ids' }).max(20, 'at most 20 widgets'), hidden: z.array(widgetId, { error: 'must be a list of widget ids' }).max(20, 'at most 20 widgets') }).strict();

/** The dashboard role of the caller's active role; a role without a dashboard has no settings. */
function dashboardRoleOf(principal: Principal): DashboardRole {
  const role = principal.active?.role;
  if (!role || !(dashboardRoles as string[]).includes(role)) throw notFound('The dashboard');
  return role as DashboardRole;
}

/** The layout saved with the account for the active role (the default one when nothing is saved). */
export async function getDashboardLayout(principal: Principal): Promise<DashboardLayout & { saved: boolean }> {
  const role = dashboardRoleOf(principal);
  const saved = await savedLayout(principal.userId, role);
  return { ...normalizeLayout(role, saved), saved: saved !== null };
}

export async function saveDashboardLayout(principal: Principal, raw: unknown, now = new Date()): Promise<DashboardLayout> {
  const role = dashboardRoleOf(principal);
  const parsed = layoutSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const layout = normalizeLayout(role, parsed.data);
  await storeLayout(principal.userId, role, layout, now);
  return layout;
}
