import type { Result } from '@/lib/result';

/** The answer of the admin server actions (restated: components do not import server modules). */
export type AdminFormState = Result<{ message: string }> | null;
export type AdminFormAction = (state: AdminFormState, form: FormData) => Promise<AdminFormState>;
