import type { Result } from '@/lib/result';

/**
 * The answer of the auth server actions (src/server/auth/auth.actions.ts, FormState there). Pages pass those
 * actions to these components as props; the type is restated here because components do not import server
 * modules, and the page that passes an action checks that the two agree.
 */
export type AuthFormState = Result<{ message: string }> | null;

export type AuthFormAction = (state: AuthFormState, form: FormData) => Promise<AuthFormState>;

/** A form-only action: sign out, sign out everywhere, continue with Google, switch role. */
export type FormAction = (form: FormData) => Promise<void>;
