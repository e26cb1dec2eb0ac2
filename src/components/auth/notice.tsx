import { CircleCheck, Info } from 'lucide-react';
import Link from 'next/link';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { FormAlert } from './form-alert';
import type { SignInNotice } from './sign-in-notices';

/**
 * An error takes focus (it answers what the person just did); an outcome such as "You are signed out" is a
 * status message, announced politely without moving focus.
 */
export function Notice({ notice }: { notice: SignInNotice }) {
  if (notice.tone === 'error') {
    return (
      <FormAlert title={notice.title} message={notice.message}>
        {notice.suggestReset && (
          <p>
            <Link href="/forgot-password" className="font-medium text-destructive underline hover:no-underline">
              Reset your password
            </Link>
          </p>
        )}
      </FormAlert>
    );
  }
  const Icon = notice.tone === 'success' ? CircleCheck : Info;
  return (
    <Alert role="status" variant="info">
      <Icon aria-hidden="true" />
      <AlertTitle>{notice.title}</AlertTitle>
      <AlertDescription>
        <p>{notice.message}</p>
      </AlertDescription>
    </Alert>
  );
}
