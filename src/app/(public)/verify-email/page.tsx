import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthPage, authLinkClass } from '@/components/auth/auth-page';
import { VerifyEmailForm, type VerifyEmailState } from '@/components/auth/verify-email-form';
import { verifyEmail } from '@/server/auth/verify-email';

export const metadata: Metadata = { title: 'Confirm your email' };

/**
 * Spends the single-use token. Only the form's POST does it: mail scanners and link previews that fetch
 * the address from the email (a GET) leave the token untouched. Next.js checks the Origin of server actions.
 */
async function confirmEmail(_state: VerifyEmailState, form: FormData): Promise<VerifyEmailState> {
  'use server';
  const token = form.get('token');
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return 'invalid';
  return (await verifyEmail(token)) ? 'verified' : 'invalid';
}

type VerifyEmailPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function VerifyEmailPage({ searchParams }: VerifyEmailPageProps) {
  const { token } = await searchParams;
  const value = typeof token === 'string' ? token : '';

  return (
    <AuthPage title="Confirm your email">
      {value ? (
        <VerifyEmailForm token={value} confirm={confirmEmail} />
      ) : (
        <div className="flex flex-col gap-2 text-sm">
          <h2 className="text-lg font-semibold">This link is incomplete</h2>
          <p>Open the link from the email again, or copy the whole address into your browser.</p>
          <p>
            Already confirmed? <Link href="/sign-in" className={authLinkClass}>Sign in</Link>
          </p>
        </div>
      )}
    </AuthPage>
  );
}
