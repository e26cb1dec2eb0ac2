'use server';

import { AppError } from '@/lib/errors';
import type { Result } from '@/lib/result';
import { requirePrincipal } from '@/server/access/principal';
import { logger } from '@/server/platform/logger';
import type { DashboardLayout } from '@/lib/dashboard-layout';
import { saveDashboardLayout } from './dashboard-settings';

/** Saves the active role's dashboard layout with the account. */
export async function saveDashboardLayoutAction(layout: DashboardLayout): Promise<Result<DashboardLayout>> {
  const principal = await requirePrincipal();
  try {
    return { ok: true, data: await saveDashboardLayout(principal, layout) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } };
    logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'dashboard layout action failed');
    return { ok: false, error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' } };
  }
}
