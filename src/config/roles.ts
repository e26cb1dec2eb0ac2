/** The roles a membership can hold. platform_admin is installation-wide (no clinic). */
export const roles = ['patient', 'clinician', 'clinic_admin', 'platform_admin'] as const;
export type Role = (typeof roles)[number];

export const staffRoles: readonly Role[] = ['clinician', 'clinic_admin'];

export const roleLabels: Record<Role, string> = {
  patient: 'Patient',
  clinician: 'Clinician',
  clinic_admin: 'Clinic admin',
  platform_admin: 'Platform admin',
};

/** Where each role starts its day. */
export const roleHome: Record<Role, string> = {
  patient: '/patient',
  clinician: '/clinician',
  clinic_admin: '/admin',
  platform_admin: '/platform',
};
