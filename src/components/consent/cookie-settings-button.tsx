'use client';

import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';
import { useConsent } from './consent-provider';

/**
 * Opens the cookie settings dialog from anywhere (the footer of every page, the Cookie Policy, the privacy
 * settings). A button, not a link: it opens a dialog and goes nowhere. Style it like its neighbours with className.
 */
export function CookieSettingsButton({ className, children = 'Cookie settings', ...props }: Omit<ComponentProps<'button'>, 'onClick' | 'type'>) {
  const { setDialogOpen } = useConsent();
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      className={cn('inline-flex min-h-6 items-center rounded-sm underline-offset-4 hover:underline', className)}
      onClick={() => setDialogOpen(true)}
      {...props}
    >
      {children}
    </button>
  );
}
