'use server';

import type { Result } from '@/lib/result';
import { requirePrincipal } from '@/server/access/principal';
import type { DashboardLayout } from '@/lib/dashboard-layout';
import { saveDashboardLayout } from './dashboard-settings';
import { failureOf } from '@/server/platform/form-state';

/** Saves the active role's dashboard layout with the account. */
export async function saveDashboardLayoutAction(layout: DashboardLayout): Promise<Result<DashboardLayout>> {
  const principal = await requirePrincipal();
  try {
    return { ok: true, data: await saveDashboardLayout(principal, layout) };
  } catch (error) {
    return failureOf(error, 'dashboard layout');
  }
}
