import type { Result } from '@/lib/result';

/**
 * The answer of the staff server actions (src/server/clinics/staff.actions.ts). Restated here because
 * components do not import server modules; the page that passes an action checks that the two agree.
 */
export type StaffFormState = Result<{ message: string }> | null;

export type StaffFormAction = (state: StaffFormState, form: FormData) => Promise<StaffFormState>;

export const staffRoleOptions = [
  { value: 'clinician', label: 'Clinician' },
  { value: 'clinic_admin', label: 'Clinic admin' },
] as const;
