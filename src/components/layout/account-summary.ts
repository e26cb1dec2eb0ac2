import type { FormAction } from '@/components/auth/form-state';
import type { Role } from '@/config/roles';

/**
 * What the header's account menu shows about the signed-in person: plain data, built on the server
 * (src/server/auth/auth-page-data.ts) and passed to client components, so no server code reaches the browser.
 */
export type MembershipOption = {
  clinicId: string | null;
  clinicName: string | null;
  role: Role;
  roleLabel: string;
};

export type AccountSummary = {
  name: string;
  email: string;
  active: MembershipOption | null;
  memberships: MembershipOption[];
};

/** The server actions the shell's menus and inactivity warning submit to, passed down from the layout. */
export type ShellActions = {
  /** switchRoleAction: form fields clinicId and role. */
  switchRole: FormAction;
  signOut: FormAction;
};

/** A stable key for one (clinic, role) pair, used as the value of the role switcher's radio items. */
export const membershipKey = (m: { clinicId: string | null; role: Role }) => `${m.clinicId ?? 'installation'}:${m.role}`;

/** "Clinician at Riverside Family Clinic"; roles without a clinic are installation-wide. */
export function describeMembership(m: MembershipOption): string {
  return m.clinicName ? `${m.roleLabel} at ${m.clinicName}` : `${m.roleLabel} for this installation`;
}
