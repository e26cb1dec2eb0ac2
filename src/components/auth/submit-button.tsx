'use client';

import { LoaderCircle } from 'lucide-react';
import type { MouseEvent } from 'react';
import { useFormStatus } from 'react-dom';
import { Button, type ButtonProps } from '@/components/ui/button';

type SubmitButtonProps = Omit<ButtonProps, 'type' | 'asChild'> & {
  /** Pass useActionState's pending flag; without it the enclosing form's status is used. */
  pending?: boolean;
  /** What the button says while the request runs, e.g. "Signing in…". */
  pendingLabel: string;
};

/**
 * A submit button with a loading state. It stays focusable while busy (aria-disabled, not disabled), so
 * keyboard focus is not thrown to the top of the page; a second press is ignored.
 */
export function SubmitButton({ pending, pendingLabel, children, onClick, ...props }: SubmitButtonProps) {
  const status = useFormStatus();
  const busy = pending ?? status.pending;
  function guard(event: MouseEvent<HTMLButtonElement>) {
    if (busy) event.preventDefault();
    else onClick?.(event);
  }
  return (
    <>
      <Button type="submit" aria-disabled={busy || undefined} onClick={guard} {...props}>
        {busy && <LoaderCircle aria-hidden="true" className="motion-safe:animate-spin" />}
        {busy ? pendingLabel : children}
      </Button>
      <span role="status" className="sr-only">
        {busy ? pendingLabel : ''}
      </span>
    </>
  );
}
