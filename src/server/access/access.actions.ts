'use server';

import { redirect } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { activeRoleInputSchema } from './me.schemas';
import { requirePrincipal } from './principal';
import { switchActiveRole } from './switch-active-role';

/** The header's role switcher: switch, then land on that role's dashboard. */
export async function switchRoleAction(form: FormData): Promise<void> {
  const principal = await requirePrincipal();
  const clinicId = form.get('clinicId');
  const parsed = activeRoleInputSchema.safeParse({ clinicId: clinicId === '' ? null : clinicId, role: form.get('role') });
  if (!parsed.success) redirect('/dashboard?error=role');
  let home: string;
  try {
    ({ home } = await switchActiveRole(principal, parsed.data));
  } catch (error) {
    // A role the person no longer holds (deactivated since the page loaded): say so, do not crash.
    if (error instanceof AppError && error.code === 'forbidden') redirect('/dashboard?error=role');
    throw error;
  }
  redirect(home);
}
