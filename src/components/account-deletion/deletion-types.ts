import type { AuthFormState, FormAction } from '@/components/auth/form-state';

/** Restated from src/server/privacy/account-deletion.schemas.ts (components do not import server modules). */
export interface DeletionStatusView {
  pending: { requestedAt: string; eraseAfter: string } | null;
  confirmation: 'password' | 'fresh-sign-in';
  freshSignIn: boolean;
  graceDays: number;
}

export type DeletionAction = (state: AuthFormState, form: FormData) => Promise<AuthFormState>;

export interface DeletionActions {
  request: DeletionAction;
  cancel: DeletionAction;
  /** Signs in again with Google, for accounts without a password. */
  reauthenticate: FormAction;
}
