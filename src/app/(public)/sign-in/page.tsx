import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthPage, authLinkClass } from '@/components/auth/auth-page';
import { callbackPathFrom } from '@/components/auth/callback-path';
import { CookieCheck } from '@/components/auth/cookie-check';
import { GoogleSignIn } from '@/components/auth/google-sign-in';
import { Notice } from '@/components/auth/notice';
import { signInNotice } from '@/components/auth/sign-in-notices';
import { SignInForm } from '@/components/auth/sign-in-form';
import { googleSignInEnabled, idleTimeoutMinutes } from '@/server/auth/auth-page-data';
import { signInWithGoogleAction, signInWithPasswordAction } from '@/server/auth/auth.actions';

export const metadata: Metadata = { title: 'Sign in', description: 'Sign in to ClinixAI.' };

type SignInPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const params = await searchParams;
  const callbackUrl = callbackPathFrom(params.callbackUrl);
  const notice = signInNotice(params, idleTimeoutMinutes());
  const google = googleSignInEnabled();

  return (
    <AuthPage
      title="Sign in"
      description="Patients and clinic staff sign in here."
      footer={
        <>
          <p>
            New patient? <Link href="/sign-up" className={authLinkClass}>Create an account</Link>
          </p>
          <p>
            Clinic staff get their account from their clinic’s administrator.
          </p>
        </>
      }
    >
      <CookieCheck />
      {notice && <Notice notice={notice} />}
      <SignInForm callbackUrl={callbackUrl} action={signInWithPasswordAction} />
      {google && (
        <>
          <div className="flex items-center gap-3 text-sm text-muted-foreground">
            <span aria-hidden="true" className="h-px flex-1 bg-border" />
            or
            <span aria-hidden="true" className="h-px flex-1 bg-border" />
          </div>
          <GoogleSignIn callbackUrl={callbackUrl} action={signInWithGoogleAction} />
        </>
      )}
    </AuthPage>
  );
}
