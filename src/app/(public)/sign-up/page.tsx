import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthPage, authLinkClass } from '@/components/auth/auth-page';
import { CookieCheck } from '@/components/auth/cookie-check';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { signUpAction } from '@/server/auth/auth.actions';

export const metadata: Metadata = { title: 'Create an account', description: 'Create your ClinixAI patient account.' };

export default function SignUpPage() {
  return (
    <AuthPage
      title="Create your account"
      description="For patients. Clinic staff get their account from their clinic’s administrator."
      footer={
        <p>
          Already have an account? <Link href="/sign-in" className={authLinkClass}>Sign in</Link>
        </p>
      }
    >
      <CookieCheck />
      <SignUpForm action={signUpAction} />
    </AuthPage>
  );
}
