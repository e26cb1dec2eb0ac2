'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { authLinkClass } from './auth-page';
import { FormAlert } from './form-alert';
import { SubmitButton } from './submit-button';
import { SuccessPanel } from './success-panel';

export type VerifyEmailState = 'idle' | 'verified' | 'invalid';

type VerifyEmailFormProps = {
  token: string;
  /** A server action defined by the page: redeems the token and says how it went. */
  confirm: (state: VerifyEmailState, form: FormData) => Promise<VerifyEmailState>;
};

/**
 * The link in the email opens this page, and only the button spends the single-use token: mail scanners
 * that fetch every link in a message do not press buttons.
 */
export function VerifyEmailForm({ token, confirm }: VerifyEmailFormProps) {
  const [state, dispatch, pending] = useActionState(confirm, 'idle');

  if (state === 'verified') {
    return (
      <SuccessPanel title="Your email is confirmed">
        <p>Your account is ready. Sign in with your email address and the password you chose.</p>
        <Button asChild className="w-full sm:w-fit">
          <Link href="/sign-in">Sign in</Link>
        </Button>
      </SuccessPanel>
    );
  }
  if (state === 'invalid') {
    return (
      <div className="flex flex-col gap-4">
        <FormAlert
          title="This link has expired or was already used"
          message="Each link works once, for 24 hours. If you have already confirmed your address, just sign in."
        />
        <p className="text-sm">
          Not confirmed yet? <Link href="/forgot-password" className={authLinkClass}>Choose a new password</Link>: the link we
          send for it confirms your address too.
        </p>
        <Button asChild variant="outline" className="w-full sm:w-fit">
          <Link href="/sign-in">Go to sign in</Link>
        </Button>
      </div>
    );
  }
  return (
    <form action={dispatch} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <p className="text-sm">Press the button to confirm this email address belongs to you and finish creating your account.</p>
      <SubmitButton pending={pending} pendingLabel="Confirming…" className="w-full">
        Confirm my email
      </SubmitButton>
    </form>
  );
}
