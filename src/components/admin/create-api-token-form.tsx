'use client';

import { useEffect, useRef } from 'react';
import { FormAlert } from '@/components/auth/form-alert';
import { describedBy, FieldError, TextField } from '@/components/auth/form-field';
import { SubmitButton } from '@/components/auth/submit-button';
import { useFormAction } from '@/components/auth/use-form-action';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Label } from '@/components/ui/label';
import { selectClass } from './admin-fields';
import type { TokenFormAction, TokenFormState } from './api-token-form-state';

export type MembershipChoice = { value: string; label: string };

/** Create a token for one of the person's roles; the token appears once, ready to copy. */
export function CreateApiTokenForm({ memberships, action }: { memberships: readonly MembershipChoice[]; action: TokenFormAction }) {
  const { state, dispatch, pending, onSubmit } = useFormAction<TokenFormState>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const tokenRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state?.ok) {
      formRef.current?.reset();
      tokenRef.current?.focus();
      tokenRef.current?.select();
    }
  }, [state]);
  const errors = state && !state.ok ? (state.error.fieldErrors ?? {}) : {};
  return (
    <div className="grid gap-5">
      {state?.ok && state.data.token && (
        <Alert role="status" variant="info">
          <AlertTitle>{state.data.message}</AlertTitle>
          <AlertDescription className="grid gap-2 text-foreground">
            <label htmlFor="new-api-token" className="text-sm font-medium">Your new token</label>
            <input id="new-api-token" ref={tokenRef} readOnly value={state.data.token} className="w-full rounded-md border border-input bg-background px-3 py-2 font-mono text-sm" />
            <p className="text-sm">Send it as <code>Authorization: Bearer &lt;token&gt;</code> to the JSON API under /api/v1.</p>
          </AlertDescription>
        </Alert>
      )}
      {state && !state.ok && <FormAlert title="The token was not created" message={Object.keys(errors).length > 0 ? 'Some fields need attention.' : state.error.message} focusKey={state} />}
      <form ref={formRef} action={dispatch} onSubmit={onSubmit} noValidate className="grid gap-5" aria-label="New API token">
        <div className="grid gap-5 sm:grid-cols-3">
          <TextField id="token-name" name="name" label="Name" hint="What uses it, e.g. Reporting script." maxLength={80} required errors={errors.name} />
          <div className="grid gap-2">
            <Label htmlFor="token-membership">Acts as</Label>
            <select id="token-membership" name="membership" className={selectClass} aria-invalid={errors.membership ? true : undefined} aria-describedby={describedBy('token-membership', false, errors.membership)}>
              {memberships.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
            <FieldError id="token-membership" errors={errors.membership} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="token-expiry">Expires after</Label>
            <select id="token-expiry" name="expiresInDays" defaultValue="30" className={selectClass} aria-invalid={errors.expiresInDays ? true : undefined} aria-describedby={describedBy('token-expiry', false, errors.expiresInDays)}>
              {[7, 30, 60, 90].map((d) => (
                <option key={d} value={d}>
                  {d} days
                </option>
              ))}
            </select>
            <FieldError id="token-expiry" errors={errors.expiresInDays} />
          </div>
        </div>
        <SubmitButton pending={pending} pendingLabel="Creating…" className="w-full sm:w-fit">
          Create token
        </SubmitButton>
      </form>
    </div>
  );
}
