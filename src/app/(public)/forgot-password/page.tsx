import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthPage, authLinkClass } from '@/components/auth/auth-page';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { requestPasswordResetAction } from '@/server/auth/auth.actions';

export const metadata: Metadata = { title: 'Forgot your password?', description: 'Get a link to choose a new ClinixAI password.' };

export default function ForgotPasswordPage() {
  return (
    <AuthPage
      title="Forgot your password?"
      description="Enter the email address of your account and we will send you a link to choose a new password."
      footer={
        <p>
          Remembered it? <Link href="/sign-in" className={authLinkClass}>Sign in</Link>
        </p>
      }
    >
      <ForgotPasswordForm action={requestPasswordResetAction} />
    </AuthPage>
  );
}
