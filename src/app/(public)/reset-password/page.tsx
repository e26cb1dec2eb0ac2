import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthPage, authLinkClass } from '@/components/auth/auth-page';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { resetPasswordAction } from '@/server/auth/auth.actions';

export const metadata: Metadata = { title: 'Choose a new password' };

type ResetPasswordPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: ResetPasswordPageProps) {
  const { token } = await searchParams;
  const value = typeof token === 'string' ? token : '';

  return (
    <AuthPage
      title="Choose a new password"
      description={value ? 'Saving it signs your account out on every device.' : undefined}
      footer={
        <p>
          <Link href="/sign-in" className={authLinkClass}>Back to sign in</Link>
        </p>
      }
    >
      {value ? (
        <ResetPasswordForm token={value} action={resetPasswordAction} />
      ) : (
        <div className="flex flex-col gap-2 text-sm">
          <h2 className="text-lg font-semibold">This link is incomplete</h2>
          <p>Open the link from the email again, or copy the whole address into your browser.</p>
          <p>
            <Link href="/forgot-password" className={authLinkClass}>Ask for a new link</Link>
          </p>
        </div>
      )}
    </AuthPage>
  );
}
