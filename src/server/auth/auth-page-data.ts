import { env } from '@/config/env';
import { roleLabels } from '@/config/roles';
import type { AccountSummary, MembershipOption, ShellActions } from '@/components/layout/account-summary';
import type { Role } from '@/config/roles';
import { switchRoleAction } from '@/server/access/access.actions';
import type { Principal } from '@/server/access/principal';
import { auth } from './auth';
import { signOutAction } from './auth.actions';

/**
 * What the sign-in pages and the signed-in shell need to know from Auth.js and the configuration,
 * as plain values a page can pass to client components.
 */

/** "Continue with Google" is offered only when the installation has Google credentials. */
export function googleSignInEnabled(): boolean {
  const config = env();
  return Boolean(config.AUTH_GOOGLE_ID && config.AUTH_GOOGLE_SECRET);
}

/** The staff inactivity limit, for the sign-in page's "signed out after N minutes" message. */
export function idleTimeoutMinutes(): number {
  return env().CLINIXAI_IDLE_TIMEOUT_MINUTES;
}

export type SessionTimes = {
  /** Staff inactivity limit of this session in ms; 0 when none applies (patients, or turned off). */
  idleTimeoutMs: number;
  signedInAt: string | null;
  expiresAt: string | null;
};

export async function sessionTimes(): Promise<SessionTimes> {
  const session = await auth();
  return {
    idleTimeoutMs: session?.idleTimeoutMs ?? 0,
    signedInAt: session?.signedInAt ? new Date(session.signedInAt).toISOString() : null,
    expiresAt: session?.expiresAtAbsolute ?? null,
  };
}

function optionOf(m: { clinicId: string | null; clinicName: string | null; role: MembershipOption['role'] }): MembershipOption {
  return { clinicId: m.clinicId, clinicName: m.clinicName, role: m.role, roleLabel: roleLabels[m.role] };
}

/** The account menu's data: name, active (clinic, role) with the clinic's name, and every membership to switch to. */
export function accountSummaryOf(principal: Principal): AccountSummary {
  const memberships = principal.memberships.map(optionOf);
  const { active } = principal;
  const activeOption = active
    ? (memberships.find((m) => m.clinicId === active.clinicId && m.role === active.role) ??
      optionOf({ clinicId: active.clinicId, clinicName: null, role: active.role }))
    : null;
  return { name: principal.name?.trim() || principal.email, email: principal.email, active: activeOption, memberships };
}

/** Server actions the signed-in shell submits to; components receive them as props, never by import. */
export const shellActions: ShellActions = { switchRole: switchRoleAction, signOut: signOutAction };

export type ShellProps = { role: Role | null; account: AccountSummary; idleTimeoutMs: number; actions: ShellActions };

/** Everything RoleShell needs from the server, for a layout that has already checked the principal. */
export async function shellPropsOf(principal: Principal): Promise<ShellProps> {
  const { idleTimeoutMs } = await sessionTimes();
  return { role: principal.active?.role ?? null, account: accountSummaryOf(principal), idleTimeoutMs, actions: shellActions };
}
