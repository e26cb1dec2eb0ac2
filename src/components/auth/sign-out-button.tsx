'use client';

import { LogOut } from 'lucide-react';
import type { ButtonProps } from '@/components/ui/button';
import type { FormAction } from './form-state';
import { SubmitButton } from './submit-button';

type SignOutButtonProps = Pick<ButtonProps, 'variant' | 'size' | 'className'> & {
  /** signOutAction, or signOutEverywhereAction with `everywhere`. */
  action: FormAction;
  /** Says "Sign out of all devices": the action ends every session of the account. */
  everywhere?: boolean;
};

/** Sign-out is a POST (a server action), never a link a prefetch or a crawler could follow. */
export function SignOutButton({ action, everywhere = false, variant = 'outline', size, className }: SignOutButtonProps) {
  return (
    <form action={action}>
      <SubmitButton variant={variant} size={size} className={className} pendingLabel="Signing out…">
        <LogOut aria-hidden="true" />
        {everywhere ? 'Sign out of all devices' : 'Sign out'}
      </SubmitButton>
    </form>
  );
}
