'use server';

import { AuthError } from 'next-auth';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { requirePrincipal } from '@/server/access/principal';
import { signIn, updateSession } from '@/server/auth/auth';
import { baseUrlFrom } from '@/server/platform/base-url';
import { acceptInvitation, type Joined } from './accept-invitation';
import { toFormError, type FormState as StaffFormState } from '@/server/platform/form-state';
import { inviteStaff } from './invite-staff';
import { joinWithPassword } from './join-with-password';
import { revokeInvitation } from './revoke-invitation';
import { deactivateStaffMember } from './deactivate-staff-member';
import { reactivateStaffMember } from './reactivate-staff-member';
import { setStaffRoles } from './set-staff-roles';

/*
 * Each action asks for the principal before anything else and lets that failure escape: an
 * anonymous caller gets an error response, never a form answer that looks like success.
 */

export async function inviteStaffAction(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const principal = await requirePrincipal();
  try {
    const { invitation } = await inviteStaff(principal, { email: form.get('email'), role: form.get('role') }, baseUrlFrom(await headers()));
    revalidatePath('/admin/staff');
    return { ok: true, data: { message: `Invitation sent to ${invitation.email}. The link works once, for 7 days.` } };
  } catch (error) {
    return toFormError(error, 'clinic administration');
  }
}

export async function revokeInvitationAction(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const principal = await requirePrincipal();
  try {
    await revokeInvitation(principal, { invitationId: form.get('invitationId') });
    revalidatePath('/admin/staff');
    return { ok: true, data: { message: 'Invitation withdrawn: its link no longer works.' } };
  } catch (error) {
    return toFormError(error, 'clinic administration');
  }
}

export async function setStaffRolesAction(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const principal = await requirePrincipal();
  try {
    await setStaffRoles(principal, { userId: form.get('userId'), roles: form.getAll('roles') });
    revalidatePath('/admin/staff');
    return { ok: true, data: { message: 'Roles saved.' } };
  } catch (error) {
    return toFormError(error, 'clinic administration');
  }
}

export async function deactivateStaffAction(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const principal = await requirePrincipal();
  try {
    await deactivateStaffMember(principal, { userId: form.get('userId') });
    revalidatePath('/admin/staff');
    return { ok: true, data: { message: 'Deactivated: they can no longer act in this clinic.' } };
  } catch (error) {
    return toFormError(error, 'clinic administration');
  }
}

export async function reactivateStaffAction(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const principal = await requirePrincipal();
  try {
    await reactivateStaffMember(principal, { userId: form.get('userId') });
    revalidatePath('/admin/staff');
    return { ok: true, data: { message: 'Reactivated with their previous roles.' } };
  } catch (error) {
    return toFormError(error, 'clinic administration');
  }
}

/** Accept as the signed-in account, then act in the new role at once. */
export async function acceptInvitationAction(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const principal = await requirePrincipal();
  let joined: Joined;
  try {
    joined = await acceptInvitation(principal, { token: form.get('token') });
  } catch (error) {
    return toFormError(error, 'clinic administration');
  }
  await updateSession({ active: { clinicId: joined.clinicId, role: joined.role } });
  redirect(joined.home);
}

/** Create the account from the invitation, then sign in with it (its email counts as verified). */
export async function joinWithPasswordAction(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const password = form.get('password');
  let joined: Joined & { email: string };
  try {
    joined = await joinWithPassword({ token: form.get('token'), name: form.get('name'), password });
  } catch (error) {
    return toFormError(error, 'clinic administration');
  }
  try {
    await signIn('credentials', { email: joined.email, password, redirectTo: joined.home });
  } catch (error) {
    // The account exists; if sign-in is refused (throttled), the person signs in by hand.
    if (error instanceof AuthError) redirect(`/sign-in?callbackUrl=${encodeURIComponent(joined.home)}`);
    throw error; // Next.js redirects by throwing
  }
  return null;
}
