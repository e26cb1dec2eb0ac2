import type { Role } from '../../../src/config/roles';

/**
 * Who may reach each route and action. A route or action the application serves but this table
 * does not name fails the authorization matrix, and so does an entry for something that no
 * longer exists: new routes must be classified when they are added.
 *
 * - public: everyone, signed in or not.
 * - signed-in: any signed-in person, whatever the active role; anonymous is refused.
 * - a role: only a session whose active role is that one; others get 404, anonymous is refused.
 */
export type Access = 'public' | 'signed-in' | Role;

/** Page templates; `sample` is the concrete path to request for dynamic segments. */
export const pageAccess: Record<string, { access: Access; sample?: string }> = {
  '/': { access: 'public' },
  '/contact': { access: 'public' },
  '/cookies': { access: 'public' },
  '/privacy': { access: 'public' },
  '/terms': { access: 'public' },
  '/sign-in': { access: 'public' },
  '/sign-up': { access: 'public' },
  '/forgot-password': { access: 'public' },
  '/reset-password': { access: 'public' },
  '/verify-email': { access: 'public' },
  '/join': { access: 'public' },
  '/dashboard': { access: 'signed-in' },
  '/settings': { access: 'signed-in' },
  '/settings/privacy': { access: 'signed-in' },
  '/settings/api-tokens': { access: 'signed-in' },
  '/patient': { access: 'patient' },
  '/clinician': { access: 'clinician' },
  '/admin': { access: 'clinic_admin' },
  '/admin/staff': { access: 'clinic_admin' },
  '/admin/audit': { access: 'clinic_admin' },
  '/admin/settings': { access: 'clinic_admin' },
  '/admin/schedules': { access: 'clinic_admin' },
  '/platform': { access: 'platform_admin' },
  '/platform/clinics': { access: 'platform_admin' },
};

/** API templates, per method; `sample` as above. */
export const apiAccess: Record<string, { methods: Record<string, Access>; sample?: string }> = {
  '/api/health': { methods: { GET: 'public' } },
  '/api/v1/clinics': { methods: { GET: 'public' } },
  '/api/v1/me': { methods: { GET: 'signed-in' } },
  '/api/v1/me/active-role': { methods: { POST: 'signed-in' } },
  '/api/v1/me/export': { methods: { GET: 'signed-in' }, sample: '/api/v1/me/export?format=json' },
  '/api/v1/me/consent-receipt': { methods: { GET: 'signed-in' } },
  '/api/v1/me/record-access': { methods: { GET: 'signed-in' } },
  '/api/v1/audit/export': { methods: { GET: 'clinic_admin' } },
  '/api/v1/audit/events': { methods: { GET: 'clinic_admin' } },
  // Cookie consent is everyone's, signed in or not (the banner shows before sign-in).
  '/api/v1/consent': { methods: { GET: 'public', POST: 'public' } },
  '/api/v1/consent/ui-preferences': { methods: { POST: 'public' } },
  '/.well-known/gpc.json': { methods: { GET: 'public' } },
  // Auth.js's own endpoints (csrf, session, sign-in, callbacks, sign-out) are public by nature;
  // their protections (CSRF double submit, throttling, revocation) have their own specs.
  '/api/auth/[...nextauth]': { methods: { GET: 'public', POST: 'public' }, sample: '/api/auth/providers' },
};

/**
 * Server actions by "file#export". public actions are safe for anyone (signing in, signing up,
 * signing out of nothing); signed-in actions must refuse an anonymous caller.
 */
export const actionAccess: Record<string, 'public' | 'signed-in'> = {
  'src/server/auth/auth.actions.ts#signInWithPasswordAction': 'public',
  'src/server/auth/auth.actions.ts#signInWithGoogleAction': 'public',
  'src/server/auth/auth.actions.ts#signUpAction': 'public',
  'src/server/auth/auth.actions.ts#requestPasswordResetAction': 'public',
  'src/server/auth/auth.actions.ts#resetPasswordAction': 'public',
  'src/server/auth/auth.actions.ts#signOutAction': 'public',
  'src/server/auth/auth.actions.ts#signOutEverywhereAction': 'public',
  'src/app/(public)/verify-email/page.tsx#$$RSC_SERVER_ACTION_0': 'public',
  'src/server/access/access.actions.ts#switchRoleAction': 'signed-in',
  'src/server/clinics/staff.actions.ts#inviteStaffAction': 'signed-in',
  'src/server/clinics/staff.actions.ts#revokeInvitationAction': 'signed-in',
  'src/server/clinics/staff.actions.ts#acceptInvitationAction': 'signed-in',
  'src/server/clinics/staff.actions.ts#setStaffRolesAction': 'signed-in',
  'src/server/clinics/staff.actions.ts#deactivateStaffAction': 'signed-in',
  'src/server/clinics/staff.actions.ts#reactivateStaffAction': 'signed-in',
  'src/server/clinics/clinic-settings.actions.ts#updateClinicSettingsAction': 'signed-in',
  'src/server/clinics/clinic-settings.actions.ts#setOpeningHoursAction': 'signed-in',
  'src/server/clinics/clinic-settings.actions.ts#saveVisitTypeAction': 'signed-in',
  'src/server/clinics/clinic-settings.actions.ts#deleteVisitTypeAction': 'signed-in',
  'src/server/clinics/schedules.actions.ts#setWorkingHoursAction': 'signed-in',
  'src/server/clinics/schedules.actions.ts#addScheduleExceptionAction': 'signed-in',
  'src/server/clinics/schedules.actions.ts#removeScheduleExceptionAction': 'signed-in',
  'src/server/clinics/schedules.actions.ts#setClinicianVisitTypesAction': 'signed-in',
  'src/server/clinics/platform.actions.ts#createClinicAction': 'signed-in',
  'src/server/access/api-tokens.actions.ts#createApiTokenAction': 'signed-in',
  'src/server/access/api-tokens.actions.ts#revokeApiTokenAction': 'signed-in',
  // Joining from an invitation creates the account: the token, not a session, is what authorizes it.
  'src/server/clinics/staff.actions.ts#joinWithPasswordAction': 'public',
};

/** One demo account per role (DESIGN.md §5). */
export const roleAccounts: Record<Role, string> = {
  patient: 'patient@riverside.example',
  clinician: 'dr.lee@riverside.example',
  clinic_admin: 'admin@riverside.example',
  platform_admin: 'platform@clinixai.example',
};
